import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OtNotFoundError,
  OtValidationError,
  carryOverNotes,
  createManualClock,
  createStore,
  memoryAdapter,
  sessionReview,
  type OtStore,
} from '@otkit/sdk';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;
const S1 = { sessionId: 's1', since: T0 };

async function setup(): Promise<{ store: OtStore; clock: ReturnType<typeof createManualClock> }> {
  const clock = createManualClock(T0 - 60 * MIN);
  const store = createStore({
    clock,
    adapter: memoryAdapter({
      seed: {
        sessionRecords: [
          { id: 's1', phases: [{ id: 'targeted', minutes: 30 }], events: [{ type: 'start', at: T0 }], createdAt: T0 },
          { id: 's2', phases: [{ id: 'targeted', minutes: 30 }], events: [], createdAt: T0 },
        ],
        goals: [
          { id: 'shoes', description: 'Shoe-tying', order: 2, createdAt: 0 },
          { id: 'drink', description: 'Getting a drink in the cafeteria line', order: 1, createdAt: 0 },
          { id: 'zip', description: 'Zipping a coat', order: 3, createdAt: 0 },
          { id: 'other', description: 'Another client’s goal', order: 0, createdAt: 0 },
        ],
        notes: [
          { id: 'old-open', goalId: 'zip', text: 'Asked last week about recess', createdAt: T0 - 7 * 24 * 60 * MIN },
        ],
      },
    }),
  });
  await store.ready;
  clock.set(T0 + MIN);
  await store.transaction((tx) => {
    tx.progressEntries.add({ goalId: 'shoes', sessionId: 's1', trials: { plus: 3, minus: 1 }, assistance: 'minimal' });
    tx.progressEntries.add({ goalId: 'drink', sessionId: 's1', status: 'progressing' });
    tx.progressEntries.add({ goalId: 'zip', sessionId: 's1' }); // every tap undone: no data
    tx.progressEntries.add({ goalId: 'shoes', sessionId: 's2', trials: { plus: 9, minus: 0 } });
    tx.progressEntries.add({ goalId: 'other', sessionId: 's1', status: 'met' });
    tx.notes.add({ id: 'fire', goalId: 'shoes', text: 'Worried about the fire drill', sessionId: 's1' });
    tx.notes.add({
      id: 'lunch',
      goalId: 'drink',
      text: 'Lunch money',
      sessionId: 's1',
      status: 'addressed',
      addressedAt: T0 + MIN,
    });
    tx.notes.add({ id: 'loose', goalId: null, text: 'New shoes with velcro?', sessionId: 's1' });
    tx.notes.add({ id: 'elsewhere', goalId: 'other', text: 'Not this stack', sessionId: 's1' });
  });
  return { store, clock };
}

/** The stack under review: every goal but another client's. */
const stackOf = (store: OtStore) => store.goals.list().filter((goal) => goal.id !== 'other');
const ids = (notes: readonly { id: string }[]) => notes.map((n) => n.id);

describe('sessionReview', () => {
  it('lists the goals worked on, in stack order, each with its data of this session', async () => {
    const { store } = await setup();
    const review = sessionReview(store.getState(), S1, { goals: stackOf(store) });
    expect(review.goals.map((g) => g.goal.id)).to.deep.equal(['drink', 'shoes']);
    expect(review.goals[1]!.entry.trials).to.deep.equal({ plus: 3, minus: 1 });
    expect(review.goals[1]!.entry.assistance).to.equal('minimal');
    expect(Object.keys(review.entries).sort(), 'entries include the one whose data was undone').to.deep.equal([
      'drink',
      'shoes',
      'zip',
    ]);
  });

  it('splits the notes into addressed and to carry over, leaving out other stacks', async () => {
    const { store } = await setup();
    const review = sessionReview(store.getState(), S1, { goals: stackOf(store) });
    expect(ids(review.addressed)).to.deep.equal(['lunch']);
    expect(ids(review.toCarryOver)).to.deep.equal(['old-open', 'fire', 'loose']);
    expect(review.carriedOver).to.deep.equal([]);
    expect(review.promoted).to.deep.equal([]);
  });

  it('counts untagged data made since the scope began when no session is recorded', async () => {
    const { store } = await setup();
    await store.progressEntries.add({ goalId: 'zip', trials: { plus: 1, minus: 0 } });
    const today = sessionReview(store.getState(), { since: T0 }, { goals: stackOf(store) });
    expect(today.goals.map((g) => g.goal.id)).to.deep.equal(['zip']);
    expect(sessionReview(store.getState(), { since: T0 + 60 * MIN }, { goals: stackOf(store) }).goals).to.deep.equal(
      [],
    );
  });
});

describe('carryOverNotes', () => {
  it('copies open notes into the next session and marks them carried over, as one change', async () => {
    const { store } = await setup();
    const copies = await carryOverNotes(store, ['fire', 'loose'], { sessionId: 's2' });
    expect(copies.map((c) => [c.text, c.status, c.sessionId, c.carriedFromId, c.goalId])).to.deep.equal([
      ['Worried about the fire drill', 'open', 's2', 'fire', 'shoes'],
      ['New shoes with velcro?', 'open', 's2', 'loose', null],
    ]);
    expect(store.notes.get('fire')!.status).to.equal('carried-over');
    const log = await store.changes();
    expect(log.at(-1)!.command).to.equal('notes.carryOver');
    expect(log.at(-1)!.ops).to.have.length(4);

    const thisSession = sessionReview(store.getState(), S1, { goals: stackOf(store) });
    expect(ids(thisSession.carriedOver)).to.deep.equal(['fire', 'loose']);
    expect(ids(thisSession.toCarryOver), 'the copies wait for the next session').to.deep.equal(['old-open']);
    const nextSession = sessionReview(
      store.getState(),
      { sessionId: 's2', since: T0 + 24 * 60 * MIN },
      { goals: stackOf(store) },
    );
    expect(ids(nextSession.toCarryOver)).to.include.members(copies.map((c) => c.id));
  });

  it('writes into a transaction with other changes', async () => {
    const { store } = await setup();
    await store.transaction((tx) => {
      const copies = carryOverNotes(tx, ['old-open']);
      tx.notes.update(copies[0]!.id, { text: 'Asked about recess (again)' });
    });
    const copy = store.notes.list().find((n) => n.carriedFromId === 'old-open')!;
    expect(copy.text).to.equal('Asked about recess (again)');
    expect(copy.sessionId).to.equal(undefined);
  });

  it('refuses notes that are not open, or do not exist, and changes nothing', async () => {
    const { store } = await setup();
    const before = store.getState();
    let error: unknown;
    try {
      await carryOverNotes(store, ['fire', 'lunch']);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(OtValidationError);
    expect((error as OtValidationError).issues[0]!.path).to.deep.equal(['status']);
    expect(store.getState()).to.equal(before);
    try {
      await carryOverNotes(store, ['nope']);
      error = undefined;
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(OtNotFoundError);
    expect(store.getState()).to.equal(before);
  });
});

describe('sessionReview (properties)', () => {
  it('puts every note of the stack in at most one list, and every open note that was not carried in the pile', async () => {
    const statuses = ['open', 'addressed', 'carried-over', 'promoted'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            offset: fc.integer({ min: -5, max: 5 }),
            goal: fc.boolean(),
          }),
          {
            maxLength: 30,
          },
        ),
        fc.integer({ min: -5, max: 5 }),
        async (specs, sinceOffset) => {
          const notes = specs.map((s, i) => ({
            id: `n${i}`,
            goalId: s.goal ? 'g' : null,
            text: `note ${i}`,
            status: s.status,
            createdAt: T0 + s.offset * MIN,
            ...(s.status === 'promoted' ? { promotedGoalId: 'g' } : {}),
          }));
          const store = createStore({
            adapter: memoryAdapter({
              seed: { goals: [{ id: 'g', description: 'Goal', order: 0, createdAt: 0 }], notes },
            }),
          });
          await store.ready;
          const review = sessionReview(store.getState(), { since: T0 + sinceOffset * MIN });
          const listed = [...review.addressed, ...review.toCarryOver, ...review.carriedOver, ...review.promoted].map(
            (n) => n.id,
          );
          expect(new Set(listed).size).to.equal(listed.length);
          for (const n of notes) if (n.status === 'open') expect(listed).to.include(n.id);
        },
      ),
      { numRuns: 50 },
    );
  });
});
