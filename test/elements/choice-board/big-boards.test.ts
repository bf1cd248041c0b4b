import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtChoiceBoardData } from '@otkit/elements';
import { rows } from './helpers.js';

// Issue 14, item 3: an imported AAC board is laid out as its file says — 12 × 12 here, with empty cells — with
// tiles of at least 44 px; 12 columns fit a laptop, and on a phone the grid scrolls rather than shrinks.

const SIDE = 12;
/** Cells left empty: a diagonal, as spacer cells sit in real core-vocabulary boards. */
const isEmpty = (row: number, column: number) => row === column;

function bigBoard(): OtChoiceBoardData {
  const order = Array.from({ length: SIDE }, (_, r) =>
    Array.from({ length: SIDE }, (_, c) => (isEmpty(r, c) ? null : `b${r}-${c}`)),
  );
  const ids = order.flat().filter((id): id is string => id !== null);
  return {
    name: 'Core 144',
    obf: { id: 'core-144' },
    choices: ids.map((id) => ({ id, label: `w${id.slice(1)}` })),
    grid: { rows: SIDE, columns: SIDE, order },
  };
}

async function layoutAt(width: number) {
  await setViewport({ width, height: 800 });
  const el = await fixture<OtChoiceBoard>(html`<ot-choice-board .board=${bigBoard()}></ot-choice-board>`);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

describe('<ot-choice-board> big imported boards', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [1280, 390]) {
    it(`lays a 12 × 12 board out as its file says at ${width} px: rows, columns, empty cells, 44 px targets`, async () => {
      const el = await layoutAt(width);
      const grid = rows(el);
      expect(grid).to.have.length(SIDE);
      grid.forEach((row, r) => {
        const cells = [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];
        expect(cells, `row ${r}`).to.have.length(SIDE);
        cells.forEach((cell, c) => {
          if (isEmpty(r, c)) expect(cell.getAttribute('part'), `cell ${r},${c}`).to.equal('empty-cell');
          else expect(cell.textContent!.trim(), `cell ${r},${c}`).to.equal(`w${r}-${c}`);
        });
        // On screen, each row's cells run from the start to the end of the row, in order.
        const lefts = cells.map((cell) => cell.getBoundingClientRect().left);
        expect(lefts, `row ${r} is in column order`).to.deep.equal([...lefts].sort((a, b) => a - b));
      });
      const tops = grid.map((row) => row.getBoundingClientRect().top);
      expect(tops, 'rows top to bottom').to.deep.equal([...tops].sort((a, b) => a - b));
      for (const cell of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="choice"]')) {
        const box = cell.getBoundingClientRect();
        expect(Math.min(box.width, box.height), 'a 44 px target').to.be.at.least(44);
      }
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="grid"]')!;
      if (width === 1280) expect(scroller.scrollWidth, 'fits a laptop').to.be.at.most(scroller.clientWidth + 1);
      else expect(scroller.scrollWidth, 'scrolls on a phone').to.be.above(scroller.clientWidth);
    });
  }

  it('keeps the 2–36 default for a board made for a child', async () => {
    const el = await fixture<OtChoiceBoard>(html`<ot-choice-board></ot-choice-board>`);
    const choices = Array.from({ length: 37 }, (_, i) => ({ id: `c${i}`, label: `Choice ${i}` }));
    el.board = { name: 'Too many', choices };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('at most 36');
  });
});
