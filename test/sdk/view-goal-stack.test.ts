import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OT_NOTE_STATUSES, createStore, goalStackView, memoryAdapter, stackGoals, type OtState } from '@otkit/sdk';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;

const goalArb = fc.record({
  order: fc.integer({ min: -3, max: 3 }),
  createdAt: fc.integer({ min: 0, max: 5 }),
  client: fc.constantFrom('c1', 'c2', undefined),
  lifecycle: fc.constantFrom('active', 'active', 'active', 'completed' as const),
});
const noteArb = fc.record({
  goal: fc.integer({ min: -1, max: 7 }),
  status: fc.constantFrom(...OT_NOTE_STATUSES),
  text: fc.oneof(fc.constant('short'), fc.constant('x'.repeat(281)), fc.constant('a\nb\nc\nd\ne')),
});

/** A state of random goals (some of other clients, some done) and notes, some under no goal. */
const stateArb = fc
  .tuple(fc.array(goalArb, { maxLength: 8 }), fc.array(noteArb, { maxLength: 20 }))
  .map(([goals, notes]) => {
    const goalRecords = goals.map((g, i) => ({
      id: `g${i}`,
      description: `Goal ${i}`,
      order: g.order,
      createdAt: g.createdAt,
      lifecycle: g.lifecycle,
      ...(g.client ? { clientId: g.client } : {}),
    }));
    const noteRecords = notes.map((n, i) => {
      const goalId = n.goal >= 0 && n.goal < goalRecords.length ? goalRecords[n.goal]!.id : null;
      return {
        id: `n${i}`,
        goalId,
        text: n.text,
        status: n.status === 'promoted' && goalRecords.length === 0 ? ('open' as const) : n.status,
        createdAt: T0 + i,
        ...(n.status === 'promoted' && goalRecords.length ? { promotedGoalId: goalRecords[0]!.id } : {}),
        ...(n.status === 'addressed' ? { addressedAt: T0 + i } : {}),
      };
    });
    return { goals: goalRecords, notes: noteRecords };
  });

async function stateOf(seed: { goals: object[]; notes: object[] }): Promise<OtState> {
  const store = createStore({
    adapter: memoryAdapter({
      seed: {
        clients: [
          { id: 'c1', alias: 'Blue', createdAt: 0 },
          { id: 'c2', alias: 'Green', createdAt: 0 },
        ],
        ...seed,
      },
    }),
  });
  await store.ready;
  return store.getState();
}

const optionsArb = fc.record({
  clientId: fc.constantFrom('c1', 'c2', undefined),
  includeGoalsWithoutClient: fc.boolean(),
  current: fc.constantFrom(undefined, 'g0', 'g3', 'nope'),
  shown: fc.constantFrom(undefined, 'g1', 'g5'),
});

describe('goalStackView', () => {
  it('shows the active goals of the client in order, one of them on top, and the counts of the pile', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, optionsArb, async (seed, options) => {
        const state = await stateOf(seed);
        const view = goalStackView(state, options, T0 + 60 * MIN);
        // The stack: active goals of the client, in order.
        for (const goal of view.goals) {
          expect(goal.lifecycle).to.equal('active');
          if (options.clientId)
            expect([options.clientId, ...(options.includeGoalsWithoutClient ? [undefined] : [])]).to.include(
              goal.clientId,
            );
        }
        for (let i = 1; i < view.goals.length; i++) {
          const [a, b] = [view.goals[i - 1]!, view.goals[i]!];
          expect(a.order < b.order || (a.order === b.order && a.createdAt <= b.createdAt)).to.equal(true);
        }
        // The card on top: the one asked for, else the one shown before, else the first.
        if (!view.goals.length) expect([view.index, view.current]).to.deep.equal([-1, undefined]);
        else {
          const ids = view.goals.map((g) => g.id);
          const expected = ids.includes(options.current!)
            ? options.current
            : ids.includes(options.shown!)
              ? options.shown
              : ids[0];
          expect(view.current!.id).to.equal(expected);
          expect(view.goals[view.index]).to.equal(view.current);
          expect(view.remaining).to.equal(view.goals.length - view.index - 1);
        }
        // The pile: open notes under the card or under no goal, then those addressed; counts agree.
        const open = view.pile.filter((n) => !n.addressed);
        expect(view.pile.slice(0, open.length)).to.deep.equal(open);
        expect(view.openCount).to.equal(open.length);
        for (const { note, long } of view.pile) {
          expect([null, view.current?.id]).to.include(note.goalId);
          expect(long).to.equal(note.text.length > 280 || note.text.split('\n').length > 4);
        }
        const perGoal = Object.values(view.openByGoal).reduce((sum, count) => sum + count, 0);
        const unassigned = view.review.toCarryOver.filter((n) => n.goalId === null).length;
        expect(perGoal + unassigned).to.equal(view.review.toCarryOver.length);
        // Pure: the same inputs give the same view.
        expect(goalStackView(state, options, T0 + 60 * MIN)).to.deep.equal(view);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the session phase at the time it is given', async () => {
    const state = await stateOf({ goals: [], notes: [] });
    const store = createStore({
      adapter: memoryAdapter({
        seed: {
          sessionRecords: [
            {
              id: 's1',
              autoAdvance: true,
              phases: [
                { id: 'check-in', minutes: 5 },
                { id: 'warm-up', minutes: 10 },
              ],
              events: [{ type: 'start', at: T0 }],
              createdAt: T0,
            },
          ],
        },
      }),
    });
    await store.ready;
    expect(goalStackView(store.getState(), {}, T0 + MIN).session).to.include({ sessionId: 's1', phaseId: 'check-in' });
    expect(goalStackView(store.getState(), {}, T0 + 6 * MIN).session).to.include({
      sessionId: 's1',
      phaseId: 'warm-up',
    });
    expect(goalStackView(state, {}, T0).session).to.include({ sessionId: undefined, phaseId: undefined });
    expect(stackGoals(state)).to.deep.equal([]);
  });
});
