import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_ASSISTANCE_LEVELS,
  OT_GOAL_SESSION_STATUSES,
  OT_PROMPT_TYPES,
  OtValidationError,
  activeSession,
  addGoal,
  addNote,
  addressNote,
  carryOverNotes,
  createManualClock,
  createStore,
  memoryAdapter,
  moveNote,
  promoteNote,
  recordTrial,
  reorderGoals,
  setAssistance,
  setGoalStatus,
  setProgressNote,
  setPromptLevel,
  stackGoals,
  undoQuickData,
  type OtManualClock,
  type OtMemoryAdapterOptions,
  type OtProgressEntry,
  type OtQuickDataResult,
  type OtStore,
} from '@otkit/sdk';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;

async function storeWith(
  seed: OtMemoryAdapterOptions['seed'] = {},
  start = T0,
): Promise<{ store: OtStore; clock: OtManualClock }> {
  const clock = createManualClock(start);
  const store = createStore({ adapter: memoryAdapter({ seed }), clock });
  await store.ready;
  return { store, clock };
}

const goals = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `g${i}`, description: `Goal ${i}`, order: i, createdAt: 0 }));

/** The data fields of an entry, without the times the store stamps. */
const dataOf = (entry: OtProgressEntry | undefined) => {
  if (!entry) return undefined;
  const { updatedAt: _updated, at: _at, ...data } = entry;
  return data;
};

async function expectRefused(run: () => Promise<unknown>, path: (string | number)[]): Promise<void> {
  let error: unknown;
  try {
    await run();
  } catch (caught) {
    error = caught;
  }
  expect(error).to.be.instanceOf(OtValidationError);
  expect((error as OtValidationError).issues.map((i) => i.path)).to.deep.include(path);
}

describe('goal commands', () => {
  it('addNote stamps the phase of an auto-advancing session at the moment it runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: -10, max: 130 }),
        async (minutes, offset) => {
          const phases = minutes.map((m, i) => ({ id: `p${i}`, minutes: m }));
          const session = {
            id: 's1',
            autoAdvance: true,
            phases,
            events: [{ type: 'start' as const, at: T0 }],
            createdAt: T0,
          };
          const { store, clock } = await storeWith({ goals: goals(1), sessionRecords: [session] }, T0 - 20 * MIN);
          clock.set(T0 + offset * MIN);
          const running = activeSession(store.getState(), clock.now());
          const note = await addNote(store, { text: '  Asked for the swing ', goalId: 'g0' });
          expect(note).to.include({ text: 'Asked for the swing', goalId: 'g0', createdAt: T0 + offset * MIN });
          expect(note.sessionId).to.equal(running?.record.id);
          expect(note.phaseId).to.equal(running?.phaseId);
          store.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('addNote keeps the session and phase the host names, and a note of no goal', async () => {
    const { store } = await storeWith({
      sessionRecords: [{ id: 's1', phases: [{ id: 'warm-up', minutes: 5 }], events: [], createdAt: 0 }],
    });
    const note = await addNote(store, { text: 'Before any goal', sessionId: 's1', phaseId: 'warm-up' });
    expect(note).to.include({ goalId: null, sessionId: 's1', phaseId: 'warm-up', status: 'open' });
  });

  it('refuses empty notes and goals, naming the field, and changes nothing', async () => {
    const { store } = await storeWith({ goals: goals(2) });
    const before = store.getState();
    await expectRefused(() => addNote(store, { text: ' \n ' }), ['text']);
    await expectRefused(() => addGoal(store, { description: '' }), ['description']);
    await expectRefused(() => addNote(store, { text: 'x', goalId: 'nope' }), ['goalId']);
    await expectRefused(() => reorderGoals(store, { goalId: 'g0', to: 2 }), ['to']);
    await expectRefused(() => reorderGoals(store, { goalId: 'nope', to: 0 }), ['goalId']);
    expect(store.getState()).to.equal(before);
    expect(await store.changes()).to.have.length(0);
  });

  it('reorderGoals moves one goal like a splice, and numbers the stack 0…n−1', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 8 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 6 }))),
        async ([n, moves]) => {
          const { store } = await storeWith({ goals: goals(n).map((g) => ({ ...g, order: g.order * 10 })) });
          const expected = goals(n).map((g) => g.id);
          for (const [from, to] of moves) {
            const [moved] = expected.splice(from, 1);
            expected.splice(to, 0, moved!);
            const stack = await reorderGoals(store, { goalId: moved!, to });
            expect(stack.map((g) => g.id)).to.deep.equal(expected);
          }
          const stored = stackGoals(store.getState());
          expect(stored.map((g) => g.id)).to.deep.equal(expected);
          if (moves.length) expect(stored.map((g) => g.order)).to.deep.equal(expected.map((_, i) => i));
          store.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('addGoal puts a goal at the end; promoteNote clips its text to 500 characters and marks the note', async () => {
    const { store } = await storeWith({
      goals: goals(3),
      notes: [{ id: 'n', goalId: 'g0', text: 'x'.repeat(900), createdAt: 0 }],
    });
    const goal = await addGoal(store, { description: '  Zipping  ' });
    expect(goal).to.include({ description: 'Zipping', order: 3 });
    const { goal: promoted, note } = await promoteNote(store, { noteId: 'n' });
    expect(promoted.description).to.have.length(500);
    expect(promoted.order).to.equal(4);
    expect(note).to.include({ status: 'promoted', promotedGoalId: promoted.id });
    await expectRefused(() => promoteNote(store, { noteId: 'n' }), ['status']);
  });

  it('addressNote, moveNote and carryOverNotes change notes as the stack shows them', async () => {
    const { store, clock } = await storeWith({
      goals: goals(2),
      notes: [{ id: 'n', goalId: 'g0', text: 'Fire drill', createdAt: 0 }],
    });
    clock.advance(MIN);
    expect(await addressNote(store, { noteId: 'n' })).to.include({ status: 'addressed', addressedAt: T0 + MIN });
    const reopened = await addressNote(store, { noteId: 'n', addressed: false });
    expect(reopened.status).to.equal('open');
    expect(reopened.addressedAt).to.equal(undefined);
    expect((await moveNote(store, { noteId: 'n', goalId: 'g1' })).goalId).to.equal('g1');
    const [copy] = await carryOverNotes(store, ['n']);
    expect(copy).to.include({ goalId: 'g1', text: 'Fire drill', status: 'open', carriedFromId: 'n' });
    expect(store.notes.get('n')!.status).to.equal('carried-over');
    expect((await store.changes()).map((c) => c.command)).to.deep.equal([
      'notes.address',
      'notes.reopen',
      'notes.move',
      'notes.carryOver',
    ]);
  });

  it('quick data: any run of taps keeps one entry per goal and session, and undoing them in turn goes back step by step', async () => {
    const tapArb = fc.oneof(
      fc.record({ kind: fc.constant('trial' as const), result: fc.constantFrom('plus' as const, 'minus' as const) }),
      fc.record({ kind: fc.constant('assistance' as const), value: fc.constantFrom(...OT_ASSISTANCE_LEVELS) }),
      fc.record({ kind: fc.constant('prompt' as const), value: fc.constantFrom(...OT_PROMPT_TYPES) }),
      fc.record({ kind: fc.constant('status' as const), value: fc.constantFrom(...OT_GOAL_SESSION_STATUSES) }),
      fc.record({ kind: fc.constant('note' as const), value: fc.constantFrom('', 'Loop and swoop', ' Bunny ears ') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(1), tapArb), { minLength: 1, maxLength: 12 }), async (taps) => {
        const session = {
          id: 's1',
          phases: [{ id: 'targeted', minutes: 30 }],
          events: [{ type: 'start' as const, at: T0 }],
          createdAt: T0,
        };
        const { store } = await storeWith({ goals: goals(2), sessionRecords: [session] }, T0 + MIN);
        const history: { result: OtQuickDataResult; before: ReturnType<typeof dataOf> }[] = [];
        const trials: Record<string, { plus: number; minus: number }> = {};
        for (const [goalIndex, tap] of taps) {
          const goalId = `g${goalIndex}`;
          const before = dataOf(store.progressEntries.list().find((e) => e.goalId === goalId));
          const result =
            tap.kind === 'trial'
              ? await recordTrial(store, { goalId, result: tap.result })
              : tap.kind === 'assistance'
                ? await setAssistance(store, { goalId, level: tap.value, toggle: true })
                : tap.kind === 'prompt'
                  ? await setPromptLevel(store, { goalId, prompt: tap.value, toggle: true })
                  : tap.kind === 'status'
                    ? await setGoalStatus(store, { goalId, status: tap.value, toggle: true })
                    : await setProgressNote(store, { goalId, note: tap.value });
          if (tap.kind === 'trial') {
            const held = (trials[goalId] ??= { plus: 0, minus: 0 });
            held[tap.result] += 1;
            expect(result.entry.trials).to.deep.equal(held);
          }
          expect(result.entry).to.include({ goalId, sessionId: 's1' });
          expect(result.undo).to.include({ goalId, entryId: result.entry.id });
          history.push({ result, before });
        }
        const entries = store.progressEntries.list();
        expect(new Set(entries.map((e) => e.goalId)).size, 'one entry per goal').to.equal(entries.length);
        for (const { result, before } of history.reverse()) {
          const { entry } = await undoQuickData(store, result.undo);
          expect(dataOf(entry)).to.deep.equal(before);
        }
        expect(store.progressEntries.size, 'every tap undone: no entry left').to.equal(0);
        store.close();
      }),
      { numRuns: 40 },
    );
  });

  it('a second tap on the chosen value clears it only with toggle', async () => {
    const { store } = await storeWith({ goals: goals(1) });
    await setAssistance(store, { goalId: 'g0', level: 'minimal' });
    expect((await setAssistance(store, { goalId: 'g0', level: 'minimal' })).entry.assistance).to.equal('minimal');
    const cleared = await setAssistance(store, { goalId: 'g0', level: 'minimal', toggle: true });
    expect(cleared.entry.assistance).to.equal(undefined);
    expect(cleared.undo).to.include({ field: 'assistance', before: 'minimal', after: undefined });
    await expectRefused(() => recordTrial(store, { goalId: 'nope', result: 'plus' }), ['goalId']);
    await expectRefused(() => recordTrial(store, { goalId: 'g0', result: 'twice' as 'plus' }), ['result']);
  });
});
