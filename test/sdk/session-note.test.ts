import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  createManualClock,
  createStore,
  memoryAdapter,
  recordTrial,
  sessionAt,
  sessionNote,
  sessionNoteText,
  sessionScheduleSteps,
  sessionTemplate,
  setAssistance,
  trialPercent,
} from '@otkit/sdk';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;

async function endedSession() {
  const clock = createManualClock(T0 + 5 * MIN);
  const store = createStore({
    clock,
    adapter: memoryAdapter({
      seed: {
        goals: [{ id: 'shoes', description: 'Shoe-tying', order: 0, createdAt: 0 }],
        sessionRecords: [
          {
            id: 's1',
            phases: sessionTemplate(45),
            events: [{ type: 'start', at: T0 }],
            createdAt: T0,
          },
        ],
        homePrograms: [
          {
            id: 'home',
            title: 'Shoes at home',
            activities: [{ id: 'a', name: 'Tie a shoe on the table', timesPerPeriod: 3, period: 'week', minutes: 10 }],
            startDate: '2026-11-01',
            createdAt: 0,
          },
        ],
      },
    }),
  });
  await store.ready;
  await recordTrial(store, { goalId: 'shoes', result: 'plus' });
  await recordTrial(store, { goalId: 'shoes', result: 'plus' });
  await recordTrial(store, { goalId: 'shoes', result: 'minus' });
  await setAssistance(store, { goalId: 'shoes', level: 'moderate' });
  clock.set(T0 + 40 * MIN);
  await store.sessionRecords.update('s1', {
    events: [
      { type: 'start', at: T0 },
      { type: 'end', at: T0 + 40 * MIN, reason: 'completed' },
    ],
  });
  return { store, clock };
}

describe('session note', () => {
  it('keeps the session just ended as the session of the page until a new one starts (issue 16, item 1)', async () => {
    const { store, clock } = await endedSession();
    clock.set(T0 + 50 * MIN);
    const at = sessionAt(store.getState(), clock.now());
    expect(at).to.include({ sessionId: 's1', ended: true, phaseId: undefined });
    expect(at.scope).to.deep.equal({ sessionId: 's1', since: T0 });
    // The next day the page starts afresh.
    expect(sessionAt(store.getState(), T0 + 24 * 60 * MIN).sessionId).to.equal(undefined);
  });

  it('writes the timer summary, the goals with the share of trials correct and the home plan, in en and es', async () => {
    const { store, clock } = await endedSession();
    const state = store.getState();
    const note = sessionNote(state, sessionAt(state, clock.now()), { now: clock.now() });
    expect(note.goals.map((g) => g.percentCorrect)).to.deep.equal([67]);
    const en = sessionNoteText(note, 'en', { timeZone: 'UTC' });
    expect(en).to.include('Session summary: ');
    expect(en).to.include('09:00–09:40');
    expect(en).to.include('- Shoe-tying: 2 correct, 1 incorrect (67%); assistance: moderate');
    expect(en).to.include('Home plan:\n- Shoes at home: Tie a shoe on the table, 3 times a week, 10 min');
    const es = sessionNoteText(note, 'es', { timeZone: 'UTC' });
    expect(es).to.include('Nota de la sesión');
    expect(es).to.include('- Shoe-tying: 2 correctos, 1 incorrecto (67%); asistencia: moderada');
    expect(es).to.include('3 veces por semana, 10 min');
  });

  it('gives the share of trials correct between 0 and 100, none without a trial', () => {
    expect(trialPercent(undefined)).to.equal(undefined);
    expect(trialPercent({ plus: 0, minus: 0 })).to.equal(undefined);
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (plus, minus) => {
        const percent = trialPercent({ plus, minus });
        if (plus + minus === 0) return percent === undefined;
        return Number.isInteger(percent) && percent! >= 0 && percent! <= 100 && (minus > 0 || percent === 100);
      }),
    );
  });
});

describe('session schedule steps (issue 16, item 8)', () => {
  it('shows the plan before the session and follows the session as it runs', async () => {
    const { store } = await endedSession();
    const plan = sessionTemplate(45);
    const before = sessionScheduleSteps(store.getState(), { plan, now: T0 - 24 * 60 * MIN, lang: 'es' });
    expect(before.map((s) => s.label)[0]).to.equal('Saludo y plan');
    expect(before.map((s) => s.minutes)).to.deep.equal(plan.map((p) => p.minutes));
    expect(new Set(before.map((s) => s.state))).to.deep.equal(new Set(['upcoming']));
    const during = sessionScheduleSteps(store.getState(), { plan, now: T0 + 2 * MIN, sessionId: 's1' });
    expect(during[0]).to.deep.include({ label: 'Check-in & plan', state: 'now', image: { symbol: 'calm-breathing' } });
  });
});
