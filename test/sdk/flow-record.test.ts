import { expect } from '@open-wc/testing';
import {
  OtValidationError,
  activeSession,
  createStore,
  memoryAdapter,
  phaseName,
  safeParse,
  sessionRecordSchema,
  sessionSummary,
  sessionSummaryText,
  sessionTemplate,
  type OtIncident,
  type OtSessionEvent,
} from '@otkit/sdk';

const M = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

const LOG: OtSessionEvent[] = [
  { type: 'start', at: T0 },
  { type: 'next', at: T0 + 6 * M },
  { type: 'pause', at: T0 + 10 * M, reason: 'interruption', note: 'Fire drill' },
  { type: 'resume', at: T0 + 17 * M },
  { type: 'skip', at: T0 + 18 * M },
  { type: 'extend', at: T0 + 20 * M, minutes: 5 },
  { type: 'pause', at: T0 + 30 * M, reason: 'emergency' },
  { type: 'end', at: T0 + 42 * M, reason: 'emergency' },
];

const INCIDENT: OtIncident = {
  id: 'inc-1',
  at: T0 + 30 * M,
  what: 'Client fell from the swing',
  actions: 'First aid, called the parent',
  followUpNeeded: true,
  followUp: 'Check the swing mount',
  createdAt: T0 + 35 * M,
};

describe('session record: the log must make sense', () => {
  const base = { id: 'rec-1', phases: sessionTemplate(30), createdAt: T0 };

  it('accepts a sensible log', () => {
    expect(safeParse(sessionRecordSchema, { ...base, events: LOG }).success).to.equal(true);
  });

  it('names the event that makes no sense at its point, with the reason', () => {
    const events = [LOG[0], { type: 'resume', at: T0 + M }, { type: 'next', at: T0 + 2 * M }];
    const r = safeParse(sessionRecordSchema, { ...base, events });
    expect(r.success).to.equal(false);
    expect(!r.success && r.issues).to.deep.equal([
      { path: ['events', 1], code: 'invalid', message: 'cannot resume: the session is not paused' },
    ]);
    const afterEnd = safeParse(sessionRecordSchema, { ...base, events: [...LOG, { type: 'next', at: T0 + 50 * M }] });
    expect(!afterEnd.success && afterEnd.issues[0]).to.deep.include({
      path: ['events', 8],
      message: 'cannot next: the session has ended',
    });
  });

  it('keeps the time-order check of the event list', () => {
    const r = safeParse(sessionRecordSchema, { ...base, events: [LOG[0], { type: 'next', at: T0 - 1 }] });
    expect(!r.success && r.issues).to.deep.equal([
      {
        path: ['events', 1, 'at'],
        code: 'order',
        message: 'is earlier than the event before it (events must be in time order)',
      },
    ]);
  });

  it('judges next at the last phase by the record’s auto-advance setting', () => {
    const events: OtSessionEvent[] = [
      { type: 'start', at: T0 },
      { type: 'next', at: T0 + 29 * M },
    ];
    const phases = [
      { id: 'warm-up', minutes: 5 },
      { id: 'cool-down', minutes: 5 },
    ];
    expect(safeParse(sessionRecordSchema, { ...base, phases, events }).success).to.equal(true);
    const auto = safeParse(sessionRecordSchema, { ...base, phases, events, autoAdvance: true });
    expect(!auto.success && auto.issues[0]!.message).to.equal('cannot next: there is no phase after the last one');
  });

  it('makes the store refuse a nonsensical append and keep the record it had', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    const record = await store.sessionRecords.add({ phases: sessionTemplate(30), events: [{ type: 'start', at: T0 }] });
    let error: unknown;
    try {
      await store.sessionRecords.update(record.id, (r) => ({ events: [...r.events, { type: 'resume', at: T0 + M }] }));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(OtValidationError);
    expect((error as OtValidationError).message).to.equal(
      'Invalid session record: events[1]: cannot resume: the session is not paused',
    );
    expect(store.sessionRecords.get(record.id)).to.equal(record);
  });
});

describe('activeSession', () => {
  async function storeWith(...records: { events: OtSessionEvent[]; autoAdvance?: boolean }[]) {
    const store = createStore({ adapter: memoryAdapter() });
    const saved = [];
    for (const r of records) saved.push(await store.sessionRecords.add({ phases: sessionTemplate(30), ...r }));
    return { store, saved };
  }

  it('is undefined with no session, a session not started, or only ended ones', async () => {
    const { store } = await storeWith({ events: [] }, { events: LOG });
    expect(activeSession(store.getState(), T0 + 60 * M)).to.equal(undefined);
  });

  it('finds the running session and the phase the therapist moved to', async () => {
    const { store, saved } = await storeWith(
      { events: LOG },
      {
        events: [
          { type: 'start', at: T0 },
          { type: 'next', at: T0 + 2 * M },
        ],
      },
    );
    const active = activeSession(store.getState(), T0 + 20 * M);
    expect(active?.record).to.equal(saved[1]);
    expect(active?.phaseId).to.equal('warm-up');
  });

  it('follows the time when the session auto-advances, also while paused', async () => {
    const { store } = await storeWith({ events: [{ type: 'start', at: T0 }], autoAdvance: true });
    expect(activeSession(store.getState(), T0 + 2 * M)?.phaseId).to.equal('check-in');
    expect(activeSession(store.getState(), T0 + 9 * M)?.phaseId).to.equal('targeted');
    const paused = await storeWith({
      events: [
        { type: 'start', at: T0 },
        { type: 'pause', at: T0 + 4 * M, reason: 'break' },
      ],
      autoAdvance: true,
    });
    expect(activeSession(paused.store.getState(), T0 + 50 * M)?.phaseId).to.equal('warm-up');
  });

  it('picks the most recently started of two running sessions', async () => {
    const { store, saved } = await storeWith(
      { events: [{ type: 'start', at: T0 + M }] },
      { events: [{ type: 'start', at: T0 }] },
    );
    expect(activeSession(store.getState(), T0 + 2 * M)?.record).to.equal(saved[0]);
  });
});

describe('session summary', () => {
  it('gives planned against actual minutes, interruptions and incidents as data', () => {
    const summary = sessionSummary({ phases: sessionTemplate(30), events: LOG }, { incidents: [INCIDENT] });
    expect(summary).to.deep.include({
      status: 'ended',
      startedAt: T0,
      endedAt: T0 + 42 * M,
      endReason: 'emergency',
      plannedMinutes: 35,
      actualMinutes: 23,
    });
    expect(
      summary.phases.map((p) => [p.id, p.plannedMinutes, p.extendedMinutes, p.actualMinutes, p.status]),
    ).to.deep.equal([
      ['check-in', 3, 0, 6, 'done'],
      ['warm-up', 5, 0, 5, 'skipped'],
      ['targeted', 10, 5, 12, 'done'],
      ['coaching', 5, 0, 0, 'upcoming'],
      ['cool-down', 3, 0, 0, 'upcoming'],
      ['home-plan', 4, 0, 0, 'upcoming'],
    ]);
    expect(summary.interruptions).to.deep.equal([
      { at: T0 + 10 * M, reason: 'interruption', note: 'Fire drill', minutes: 7, phaseId: 'warm-up' },
      { at: T0 + 30 * M, reason: 'emergency', note: undefined, minutes: 12, phaseId: 'targeted' },
    ]);
    expect(summary.incidents).to.deep.equal([
      {
        at: INCIDENT.at,
        what: INCIDENT.what,
        actions: INCIDENT.actions,
        followUpNeeded: true,
        followUp: INCIDENT.followUp,
      },
    ]);
  });

  it('writes text a therapist can paste into a note, in English', () => {
    const text = sessionSummaryText(
      sessionSummary({ phases: sessionTemplate(30), events: LOG }, { incidents: [INCIDENT] }),
      'en',
      {
        timeZone: 'UTC',
      },
    );
    expect(text.split('\n')).to.deep.equal([
      'Session summary: 11/23/26, 09:00–09:42',
      'Active time: 23 min of 35 min planned. Ended: emergency.',
      'Planned vs actual:',
      '- Check-in & plan: 3 min planned, 6 min actual',
      '- Warm-up & regulation: 5 min planned, 5 min actual (skipped)',
      '- Targeted activities: 10 + 5 min planned, 12 min actual',
      '- Coaching & modeling: 5 min planned, not reached',
      '- Cool-down: 3 min planned, not reached',
      '- Home plan: 4 min planned, not reached',
      'Interruptions: 2 (19 min)',
      '- 09:10, interruption, 7 min: Fire drill',
      '- 09:30, emergency, 12 min',
      'Incidents: 1',
      '- 09:30: What happened: Client fell from the swing; What was done: First aid, called the parent; Follow-up needed: yes (Check the swing mount)',
    ]);
  });

  it('writes the same summary in Spanish', () => {
    const text = sessionSummaryText(
      sessionSummary({ phases: sessionTemplate(30), events: LOG }, { incidents: [INCIDENT] }),
      'es',
      {
        timeZone: 'UTC',
      },
    );
    expect(text).to.contain('Resumen de la sesión: 23/11/26, 09:00–09:42');
    expect(text).to.contain('Tiempo activo: 23 min de 35 min previstos. Terminó: emergencia.');
    expect(text).to.contain('- Calentamiento y regulación: 5 min previstos, 5 min reales (omitida)');
    expect(text).to.contain('- Entrenamiento y modelado: 5 min previstos, no se llegó');
    expect(text).to.contain('- 09:10, interrupción, 7 min: Fire drill');
    expect(text).to.contain(
      'Qué pasó: Client fell from the swing; Qué se hizo: First aid, called the parent; Requiere seguimiento: sí',
    );
  });

  it('makes the Spanish words agree with what they count: ningun(a/o), 1 min previsto, 1 min real', () => {
    const phases = [
      { id: 'check-in', minutes: 1 },
      { id: 'targeted', minutes: 4 },
    ];
    const events: OtSessionEvent[] = [
      { type: 'start', at: T0 },
      { type: 'next', at: T0 + M },
      { type: 'end', at: T0 + M, reason: 'completed' },
    ];
    const lines = sessionSummaryText(sessionSummary({ phases, events }), 'es', { timeZone: 'UTC' }).split('\n');
    expect(lines.slice(1)).to.deep.equal([
      'Tiempo activo: 1 min de 5 min previstos. Terminó: completada.',
      'Previsto y real:',
      '- Saludo y plan: 1 min previsto, 1 min real',
      '- Actividades dirigidas: 4 min previstos, 0 min reales',
      'Interrupciones: ninguna',
      'Incidentes: ninguno',
    ]);
    const one = sessionSummaryText(sessionSummary({ phases: [{ id: 'check-in', minutes: 1 }], events: [] }), 'es');
    expect(one).to.contain('Tiempo activo: 0 min de 1 min previsto.');
  });

  it('summarises a running session at now and names custom phases by their labels', () => {
    const phases = [{ id: 'swing', label: 'Swing time', minutes: 10 }];
    const summary = sessionSummary({ phases, events: [{ type: 'start', at: T0 }] }, { now: T0 + 4 * M });
    expect(summary).to.deep.include({ status: 'running', actualMinutes: 4, endedAt: undefined });
    const text = sessionSummaryText(summary, 'en', { timeZone: 'UTC' });
    expect(text).to.contain('Session summary: 11/23/26, 09:00\n');
    expect(text).to.contain('The session has not ended.');
    expect(text).to.contain('- Swing time: 10 min planned, 4 min actual');
    expect(text).to.contain('Interruptions: none');
    expect(phaseName({ id: 'warm-up' }, 'es')).to.equal('Calentamiento y regulación');
    expect(phaseName({ id: 'mystery' })).to.equal('mystery');
  });
});
