import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { choiceBoardSchema, choiceBoardView, moveInGrid, parse, type OtChoiceBoard, type OtGridMove } from '@otkit/sdk';

const MOVES: OtGridMove[] = ['left', 'right', 'up', 'down', 'row-start', 'row-end', 'board-start', 'board-end'];

/** A board of 1–36 choices, some unavailable or hidden, with or without its own grid. */
const boardArb: fc.Arbitrary<OtChoiceBoard> = fc
  .record({
    flags: fc.array(fc.record({ unavailable: fc.boolean(), hidden: fc.boolean() }), { minLength: 1, maxLength: 36 }),
    gridColumns: fc.option(fc.integer({ min: 4, max: 12 }), { nil: undefined }),
    gaps: fc.array(fc.boolean(), { maxLength: 12 }),
  })
  .map(({ flags, gridColumns, gaps }) => {
    const choices = flags.map((f, i) => ({ id: `c${i}`, label: `Choice ${i}`, ...f }));
    let grid;
    if (gridColumns) {
      // Empty cells sprinkled between the choices, in rows of gridColumns.
      const cells: (string | null)[] = [];
      choices.forEach((c, i) => {
        if (gaps[i]) cells.push(null);
        cells.push(c.id);
      });
      while (cells.length % gridColumns) cells.push(null);
      const order = [];
      for (let r = 0; r < cells.length; r += gridColumns) order.push(cells.slice(r, r + gridColumns));
      grid = { rows: order.length, columns: gridColumns, order };
    }
    return parse(choiceBoardSchema, { id: 'b', name: 'B', createdAt: 1, choices, ...(grid ? { grid } : {}) });
  });

describe('choiceBoardView', () => {
  it('shows every shown choice once, in rectangular rows, with one tab stop and the scan order', () => {
    fc.assert(
      fc.property(boardArb, fc.integer({ min: 0, max: 8 }), fc.boolean(), (board, columns, disabled) => {
        const view = choiceBoardView(board, ['c0', 'c3'], { columns, disabled });
        const shown = board.choices.filter((c) => !c.hidden).map((c) => c.id);
        const cells = view.rows.flat();
        expect(cells.flatMap((c) => (c.choice ? [c.choice.id] : [])).sort()).to.deep.equal([...shown].sort());
        for (const row of view.rows) expect(row.length).to.equal(view.columns);
        expect(cells.filter((c) => c.tabStop).length).to.equal(shown.length ? 1 : 0);
        expect(view.selected).to.deep.equal(['c0', 'c3'].filter((id) => shown.includes(id)));
        for (const cell of cells)
          expect(cell.selected).to.equal(!!cell.choice && view.selected.includes(cell.choice.id));
        const scanned = view.scanRows.flat();
        expect(scanned.some((id) => view.unavailable.includes(id))).to.equal(false);
        if (disabled) expect(scanned).to.deep.equal([]);
        else expect(scanned.length + view.unavailable.length).to.equal(shown.length);
      }),
    );
  });

  it('keeps the tab stop on the choice last focused, and opens the confirm step for a shown choice only', () => {
    fc.assert(
      fc.property(boardArb, fc.nat(), (board, pick) => {
        const shown = board.choices.filter((c) => !c.hidden);
        fc.pre(shown.length > 0);
        const id = shown[pick % shown.length]!.id;
        const view = choiceBoardView(board, [], { focusId: id, confirming: id });
        expect(view.tabStop).to.equal(id);
        expect(view.confirm?.choice.id).to.equal(id);
        expect(choiceBoardView(board, [], { focusId: 'gone', confirming: 'gone' }).confirm).to.equal(undefined);
      }),
    );
  });
});

describe('moveInGrid', () => {
  it('always lands on a choice of the board, on the same line, and stays put at an end', () => {
    fc.assert(
      fc.property(boardArb, fc.nat(), fc.constantFrom(...MOVES), fc.boolean(), (board, pick, move, rtl) => {
        const view = choiceBoardView(board, []);
        const cells = view.rows.flat().filter((c) => c.choice);
        fc.pre(cells.length > 0);
        const from = cells[pick % cells.length]!;
        const to = cells.find((c) => c.choice!.id === moveInGrid(view, from.choice!.id, move, { rtl }))!;
        expect(to).to.exist;
        if (['left', 'right', 'row-start', 'row-end'].includes(move)) expect(to.row).to.equal(from.row);
        if (['up', 'down'].includes(move)) expect(to.column).to.equal(from.column);
        // A second move to an end changes nothing.
        if (move.endsWith('start') || move.endsWith('end'))
          expect(moveInGrid(view, to.choice!.id, move, { rtl })).to.equal(to.choice!.id);
        if (move === 'board-start') expect(to).to.equal(cells[0]);
        if (move === 'board-end') expect(to).to.equal(cells.at(-1));
      }),
    );
  });

  it('flips left and right for a right-to-left page', () => {
    const board = parse(choiceBoardSchema, {
      id: 'b',
      name: 'B',
      createdAt: 1,
      choices: ['a', 'b', 'c'].map((id) => ({ id, label: id })),
    });
    const view = choiceBoardView(board, []);
    expect(moveInGrid(view, 'b', 'right')).to.equal('c');
    expect(moveInGrid(view, 'b', 'right', { rtl: true })).to.equal('a');
  });
});
