import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OtNotFoundError,
  OtValidationError,
  choiceBoardSchema,
  createStore,
  memoryAdapter,
  parse,
  planSelection,
  select,
  type OtChoiceBoard,
} from '@otkit/sdk';

/** A board of 1–12 choices (ids c0, c1, …), some unavailable, some hidden. */
const boardArb: fc.Arbitrary<OtChoiceBoard> = fc
  .array(fc.record({ unavailable: fc.boolean(), hidden: fc.boolean() }), { minLength: 1, maxLength: 12 })
  .map((flags) =>
    parse(choiceBoardSchema, {
      id: 'break',
      name: 'Break',
      createdAt: 1,
      choices: flags.map((f, i) => ({ id: `c${i}`, label: `Choice ${i}`, ...f })),
    }),
  );

const shownIds = (board: OtChoiceBoard) => board.choices.filter((c) => !c.hidden).map((c) => c.id);

describe('choice-board commands', () => {
  describe('planSelection (properties)', () => {
    it('refuses unavailable choices, replaces the choice with one at a time, and toggles with multiple', () => {
      fc.assert(
        fc.property(
          boardArb,
          fc.nat(),
          fc.boolean(),
          fc.subarray([...Array(12).keys()]),
          (board, pick, multiple, before) => {
            const ids = shownIds(board);
            fc.pre(ids.length > 0);
            const choiceId = ids[pick % ids.length]!;
            const selection = before.map((i) => `c${i}`).filter((id) => ids.includes(id));
            const plan = planSelection(board, selection, choiceId, { multiple });
            const choice = board.choices.find((c) => c.id === choiceId)!;
            if (choice.unavailable) {
              expect(plan.kind).to.equal('unavailable');
              return;
            }
            if (plan.kind !== 'change') throw new Error(`expected a change, got ${plan.kind}`);
            const had = selection.includes(choiceId);
            if (!multiple) {
              expect(plan.value).to.deep.equal([choiceId]);
              expect(plan.selected).to.equal(true);
            } else {
              expect(plan.selected).to.equal(!had);
              expect(plan.value.includes(choiceId)).to.equal(!had);
              expect(plan.value.filter((id) => id !== choiceId)).to.deep.equal(
                selection.filter((id) => id !== choiceId),
              );
              // Choosing twice gives the selection back (as a set).
              const again = planSelection(board, plan.value, choiceId, { multiple });
              expect(again.kind === 'change' && [...again.value].sort()).to.deep.equal([...selection].sort());
            }
          },
        ),
      );
    });

    it('asks for confirmation of a choice not chosen yet, and counts it once confirmed', () => {
      fc.assert(
        fc.property(boardArb, fc.nat(), (board, pick) => {
          const available = board.choices.filter((c) => !c.hidden && !c.unavailable);
          fc.pre(available.length > 0);
          const choice = available[pick % available.length]!;
          expect(planSelection(board, [], choice.id, { confirm: true }).kind).to.equal('confirm');
          expect(planSelection(board, [], choice.id, { confirm: true, confirmed: true }).kind).to.equal('change');
          // Unchoosing a chosen choice needs no confirmation.
          expect(planSelection(board, [choice.id], choice.id, { confirm: true, multiple: true }).kind).to.equal(
            'change',
          );
        }),
      );
    });

    it('names a choice the board does not show', () => {
      const board = parse(choiceBoardSchema, {
        id: 'b',
        name: 'B',
        createdAt: 1,
        choices: [{ id: 'a', label: 'A', hidden: true }],
      });
      for (const id of ['a', 'zz'])
        expect(() => planSelection(board, [], id))
          .to.throw(OtValidationError)
          .with.property('issues')
          .that.satisfies((issues: OtValidationError['issues']) => issues[0]!.path[0] === 'choiceId');
    });
  });

  describe('select in the store', () => {
    const seeded = () => {
      const board = {
        id: 'break',
        name: 'Break',
        createdAt: 1,
        choices: [
          { id: 'swing', label: 'Swing' },
          { id: 'snack', label: 'Snack', unavailable: true },
          { id: 'ball', label: 'Ball' },
        ],
      };
      return createStore({ adapter: memoryAdapter({ seed: { choiceBoards: [board] } }) });
    };

    it('records a selection with its method and returns the stored record', async () => {
      const store = seeded();
      const result = await select(store, { boardId: 'break', choiceId: 'swing', method: 'dwell' });
      expect(result.value).to.deep.equal(['swing']);
      expect(result.selected).to.equal(true);
      expect(result.record).to.equal(store.selections.get(result.record!.id));
      expect(result.record).to.include({ boardId: 'break', choiceId: 'swing', method: 'dwell' });
      expect((await store.changes()).at(-1)!.command).to.equal('choiceBoards.select');
    });

    it('unchooses with multiple without recording anything', async () => {
      const store = seeded();
      await store.ready;
      const before = store.getState();
      const result = await select(
        store,
        { boardId: 'break', choiceId: 'swing', method: 'pointer', selection: ['swing', 'ball'] },
        { multiple: true },
      );
      expect(result).to.deep.include({ selected: false, value: ['ball'], record: undefined });
      expect(store.getState()).to.equal(before);
    });

    it('refuses an unavailable or unknown choice, a bad method, an unknown board or session, storing nothing', async () => {
      const store = seeded();
      const attempts = [
        select(store, { boardId: 'break', choiceId: 'snack', method: 'pointer' }),
        select(store, { boardId: 'break', choiceId: 'kite', method: 'pointer' }),
        select(store, { boardId: 'break', choiceId: 'swing', method: 'telepathy' as 'pointer' }),
        select(store, { boardId: 'break', choiceId: 'swing', method: 'pointer', sessionId: 'gone' }),
      ];
      const errors = (await Promise.all(attempts.map((p) => p.catch((e) => e)))) as OtValidationError[];
      expect(errors.map((e) => e.issues[0]!.path[0])).to.deep.equal(['choiceId', 'choiceId', 'method', 'sessionId']);
      const missing = await select(store, { boardId: 'nope', choiceId: 'swing', method: 'pointer' }).catch((e) => e);
      expect(missing).to.be.instanceOf(OtNotFoundError);
      expect(store.selections.size).to.equal(0);
    });
  });
});
