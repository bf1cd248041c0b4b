import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_END_REASONS,
  OT_PAUSE_REASONS,
  OtNotFoundError,
  OtValidationError,
  addSessionEvent,
  createManualClock,
  createSessionEvent,
  createStore,
  currentSessionPhase,
  endSession,
  extendPhase,
  memoryAdapter,
  nextPhase,
  pauseSession,
  previousPhase,
  recordIncident,
  resumeSession,
  sessionFlow,
  sessionTemplate,
  skipPhase,
  startSession,
  type OtSessionAction,
  type OtStore,
} from '@otkit/sdk';

const M = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

async function storeAt(time = T0) {
  const clock = createManualClock(time);
  const store = createStore({ adapter: memoryAdapter(), clock });
  await store.ready;
  return { store, clock };
}

async function refusal(promise: Promise<unknown>): Promise<OtValidationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(OtValidationError);
    return error as OtValidationError;
  }
  throw new Error('the command was not refused');
}

const actionArb: fc.Arbitrary<OtSessionAction> = fc.oneof(
  fc.constantFrom<OtSessionAction>({ type: 'resume' }, { type: 'next' }, { type: 'skip' }, { type: 'back' }),
  fc.constantFrom(...OT_PAUSE_REASONS).map((reason) => ({ type: 'pause' as const, reason })),
  fc.constantFrom(...OT_END_REASONS).map((reason) => ({ type: 'end' as const, reason })),
  fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(0, -2, 500)).map((minutes) => ({
    type: 'extend' as const,
    minutes,
  })),
);

const COMMANDS = {
  pause: (store: OtStore, sessionId: string, a: OtSessionAction & { type: 'pause' }) =>
    pauseSession(store, { sessionId, reason: a.reason }),
  resume: (store: OtStore, sessionId: string) => resumeSession(store, { sessionId }),
  next: (store: OtStore, sessionId: string) => nextPhase(store, { sessionId }),
  skip: (store: OtStore, sessionId: string) => skipPhase(store, { sessionId }),
  back: (store: OtStore, sessionId: string) => previousPhase(store, { sessionId }),
  extend: (store: OtStore, sessionId: string, a: OtSessionAction & { type: 'extend' }) =>
    extendPhase(store, { sessionId, minutes: a.minutes }),
  end: (store: OtStore, sessionId: string, a: OtSessionAction & { type: 'end' }) =>
    endSession(store, { sessionId, reason: a.reason }),
} as Record<string, (store: OtStore, sessionId: string, action: never) => Promise<{ events: readonly unknown[] }>>;

describe('session commands', () => {
  it('store every accepted action at the store’s clock and refuse the rest without changing anything', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ action: actionArb, gap: fc.integer({ min: 0, max: 8 * M }) }), { maxLength: 20 }),
        fc.boolean(),
        async (steps, autoAdvance) => {
          const { store, clock } = await storeAt();
          const started = await startSession(store, { minutes: 30, autoAdvance });
          for (const { action, gap } of steps) {
            clock.advance(gap);
            const before = store.sessionRecords.get(started.id)!;
            const expected = sessionFlow(before.phases, [...before.events], 0, { autoAdvance });
            let stored;
            try {
              stored = await COMMANDS[action.type]!(store, started.id, action as never);
            } catch (error) {
              expect(error).to.be.instanceOf(OtValidationError);
              expect(store.sessionRecords.get(started.id)).to.equal(before);
              continue;
            }
            expect(expected.problem).to.equal(undefined);
            expect(stored.events).to.have.length(before.events.length + 1);
            expect(stored.events.at(-1)).to.deep.include({ ...action, at: clock.now() });
            expect(store.sessionRecords.get(started.id)).to.deep.equal(stored);
          }
          const record = store.sessionRecords.get(started.id)!;
          expect(sessionFlow(record.phases, record.events, clock.now(), { autoAdvance }).problem).to.equal(undefined);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('start a session from phases, a plan, a stored plan id or a template, linking only a stored plan', async () => {
    const { store } = await storeAt();
    const plan = await store.sessionPlans.add({
      name: 'Swing',
      phases: [{ id: 'swing', label: 'Swing', minutes: 12 }],
    });
    expect((await startSession(store)).phases).to.deep.equal(sessionTemplate(60));
    expect((await startSession(store, { minutes: 30 })).phases).to.deep.equal(sessionTemplate(30));
    expect(await startSession(store, { planId: plan.id })).to.deep.include({ planId: plan.id, phases: plan.phases });
    expect(await startSession(store, { plan })).to.deep.include({ planId: plan.id });
    const loose = await startSession(store, { plan: { id: 'not-stored', phases: plan.phases } });
    expect(loose.planId).to.equal(undefined);
    expect(loose.events).to.deep.equal([{ type: 'start', at: T0 }]);
  });

  it('refuse a bad start with an error naming the field, storing nothing', async () => {
    const { store } = await storeAt();
    expect((await refusal(startSession(store, { minutes: 3 }))).issues[0]!.path).to.deep.equal(['minutes']);
    expect((await refusal(startSession(store, { planId: 'nope' }))).issues[0]!.path).to.deep.equal(['planId']);
    const phases = await refusal(startSession(store, { phases: [{ id: 'swing', minutes: 0 }] }));
    expect(phases.issues.map((i) => i.path[0])).to.deep.equal(['phases', 'phases']);
    expect((await refusal(startSession(store, { at: Number.NaN }))).issues[0]!.path).to.deep.equal(['at']);
    expect(store.sessionRecords.size).to.equal(0);
  });

  it('name the field of a bad event, and report a session that does not exist', async () => {
    const { store } = await storeAt();
    const { id } = await startSession(store);
    const reason = await refusal(pauseSession(store, { sessionId: id, reason: 'nap' as never }));
    expect(reason.issues[0]!.path).to.deep.equal(['reason']);
    const move = await refusal(previousPhase(store, { sessionId: id }));
    expect(move.issues[0]).to.deep.include({ path: ['type'], code: 'invalid' });
    expect(move.message).to.contain('there is no phase before the first one');
    expect((await refusal(nextPhase(store, { sessionId: '' }))).issues[0]!.path).to.deep.equal(['sessionId']);
    try {
      await nextPhase(store, { sessionId: 'gone' });
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(OtNotFoundError);
    }
  });

  it('keep the log in order when a time before the last event is given', async () => {
    const { store } = await storeAt();
    const { id } = await startSession(store, { at: T0 + 5000 });
    const record = await addSessionEvent(store, { sessionId: id, action: { type: 'next' }, at: T0 });
    expect(record.events.map((e) => e.at)).to.deep.equal([T0 + 5000, T0 + 5000]);
  });

  it('record an incident at the start of the emergency pause, with the session’s client', async () => {
    const { store, clock } = await storeAt();
    const client = await store.clients.add({ alias: 'Robin' });
    const { id } = await startSession(store, { clientId: client.id });
    clock.advance(M);
    await pauseSession(store, { sessionId: id, reason: 'emergency' });
    clock.advance(3 * M);
    const incident = await recordIncident(store, { sessionId: id, what: ' Fell ', actions: 'Ice', followUp: ' ' });
    expect(incident).to.deep.include({
      sessionId: id,
      clientId: client.id,
      at: T0 + M,
      what: 'Fell',
      actions: 'Ice',
      followUpNeeded: false,
    });
    expect(incident.followUp).to.equal(undefined);
    const blank = await refusal(recordIncident(store, { sessionId: id, what: ' ', actions: '' }));
    expect(blank.issues.map((i) => i.path)).to.deep.equal([['what'], ['actions']]);
    expect(store.incidents.size).to.equal(1);
  });

  it('make the same event for a log kept outside a store', () => {
    const phases = sessionTemplate(30);
    const events = [{ type: 'start' as const, at: T0 }];
    expect(createSessionEvent({ phases, events }, { type: 'extend', minutes: 5 }, T0 + 999.6)).to.deep.equal({
      type: 'extend',
      minutes: 5,
      at: T0 + 1000,
    });
    expect(() => createSessionEvent({ phases, events }, { type: 'resume' }, T0)).to.throw(
      OtValidationError,
      'not paused',
    );
  });

  it('tell a command the session and phase current when it runs, not when the page last drew', async () => {
    const { store, clock } = await storeAt();
    const { id } = await startSession(store, { minutes: 30, autoAdvance: true });
    const goal = await store.goals.add({ description: 'Tie shoes', order: 1 });
    const seenAtRender = currentSessionPhase(store.getState(), clock.now());
    clock.advance(3 * M + 1);
    const note = await store.transaction((tx) => {
      const where = currentSessionPhase(tx.state, tx.now);
      return tx.notes.add({ goalId: goal.id, text: 'Asked about recess', ...where });
    });
    expect(seenAtRender).to.deep.equal({ sessionId: id, phaseId: 'check-in' });
    expect(note).to.deep.include({ sessionId: id, phaseId: 'warm-up' });
    await endSession(store, { sessionId: id, reason: 'completed' });
    expect(currentSessionPhase(store.getState(), clock.now())).to.equal(undefined);
  });
});
