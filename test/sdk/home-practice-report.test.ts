import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  createStore,
  homePracticeLines,
  homePracticeSinceLastSession,
  memoryAdapter,
  planHomeProgram,
  planPracticeLog,
  progressReport,
  sessionAt,
  sessionNote,
  sessionNoteText,
  type OtPracticeLogEntry,
} from '@otkit/sdk';

const DAY = 86_400_000;
const MADE = new Date(2026, 11, 7, 17).getTime(); // the last session: Monday 7 December 2026, local time
const NEXT = new Date(2026, 11, 14, 9).getTime(); // this session: Monday 14 December 2026
const PROGRAM = planHomeProgram(
  {
    clientId: 'c1',
    activities: [
      { libraryId: 'calm-breathing', timesPerPeriod: 1, minutes: 3 },
      { libraryId: 'heavy-work', timesPerPeriod: 3, period: 'week' },
    ],
  },
  { at: MADE, id: 'p1' },
);

/** The worked example: a week of breathing on 5 days, heavy work twice, one evening skipped. */
function worked(): OtPracticeLogEntry[] {
  const log = (activityId: string, date: string, extra: Record<string, unknown> = {}) =>
    planPracticeLog(
      PROGRAM,
      { homeProgramId: 'p1', activityId, date, ...extra },
      { at: MADE + DAY, id: date + activityId },
    );
  return [
    log('a1', '2026-12-07', { rating: 'good', helped: 'Music on' }),
    log('a1', '2026-12-08', { rating: 'good' }),
    log('a1', '2026-12-09', { rating: 'hard' }),
    log('a1', '2026-12-10', { done: false, note: 'Too tired' }),
    log('a1', '2026-12-11', { rating: 'okay', helped: 'Music on' }),
    log('a1', '2026-12-12'),
    log('a2', '2026-12-08', { rating: 'good', helped: 'Carrying the shopping' }),
    log('a2', '2026-12-12'),
  ];
}

async function storeWith(logs: readonly OtPracticeLogEntry[]) {
  const store = createStore({ adapter: memoryAdapter(), clock: { now: () => NEXT } });
  await store.clients.put({ id: 'c1', alias: 'Blue fox', createdAt: MADE - DAY });
  await store.homePrograms.put(PROGRAM);
  for (const entry of logs) await store.practiceLogs.put(entry);
  return store;
}

describe('home practice since the last session', () => {
  it('adds up the worked example: days practised of days, done of planned, minutes, how it went, what helped', async () => {
    const store = await storeWith(worked());
    const report = homePracticeSinceLastSession(store.getState(), {
      clientId: 'c1',
      before: NEXT,
      today: '2026-12-14',
    })!;
    // 8 days (7–14 December): breathing once a day = 8, heavy work 3 a week in two started weeks = 6.
    expect(report).to.include({ since: '2026-12-07', days: 8, daysPractised: 5, planned: 14, done: 7, percent: 50 });
    expect(report.minutes).to.equal(5 * 3 + 2 * 5);
    expect(homePracticeLines(report, 'en')).to.deep.equal({
      title: 'Home practice since the last session',
      lines: [
        'Since 2026-12-07: practised on 5 of 8 days; 7 of 14 planned practices done (50%), 25 min.',
        'Calm breathing: 5 of 8 planned, 15 min; 1 time not done; how it went: went well 2, okay 1, hard 1; what helped: Music on',
        'Heavy work: 2 of 6 planned, 10 min; how it went: went well 1; what helped: Carrying the shopping',
      ],
    });
    expect(homePracticeLines(report, 'es').lines[0]).to.equal(
      'Desde el 2026-12-07: practicó 5 de 8 días; 7 de 14 prácticas previstas hechas (50 %), 25 min.',
    );
  });

  it('counts only the program made before this session, and nothing before its start', async () => {
    const store = await storeWith([]);
    const state = store.getState();
    expect(homePracticeSinceLastSession(state, { clientId: 'c1', before: MADE, today: '2026-12-14' })).to.equal(
      undefined,
    );
    expect(homePracticeSinceLastSession(state, { clientId: 'c2', before: NEXT, today: '2026-12-14' })).to.equal(
      undefined,
    );
    expect(homePracticeSinceLastSession(state, { clientId: 'c1', before: NEXT, today: '2026-12-01' })).to.equal(
      undefined,
    );
    expect(homePracticeLines(undefined, 'es').lines).to.deep.equal(['No hay programa para casa de la última sesión.']);
  });

  it('goes into the session note and the progress report, in English and Spanish', async () => {
    const store = await storeWith(worked());
    const note = sessionNote(store.getState(), sessionAt(store.getState(), NEXT), { clientId: 'c1', now: NEXT });
    expect(note.homePractice!.done).to.equal(7);
    expect(sessionNoteText(note, 'es')).to.include('Práctica en casa desde la última sesión:\n- Desde el 2026-12-07');
    const report = progressReport(store, { clientId: 'c1', from: MADE - 7 * DAY, to: NEXT, language: 'en' });
    expect(report.homePractice!.percent).to.equal(50);
    expect(report.text).to.include(
      'Home practice since the last session:\n- Since 2026-12-07: practised on 5 of 8 days',
    );
  });

  it('never says more was done than logged, nor more days than the period has (property)', async () => {
    const dates = Array.from({ length: 10 }, (_, i) => `2026-12-${String(7 + i).padStart(2, '0')}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ a: fc.constantFrom('a1', 'a2'), d: fc.constantFrom(...dates), done: fc.boolean() }), {
          maxLength: 30,
        }),
        fc.constantFrom(...dates),
        async (entries, today) => {
          const logs = entries.map((e, i) =>
            planPracticeLog(
              PROGRAM,
              { homeProgramId: 'p1', activityId: e.a, date: e.d, done: e.done },
              {
                at: MADE,
                id: `l${i}`,
              },
            ),
          );
          const store = await storeWith(logs);
          const report = homePracticeSinceLastSession(store.getState(), { clientId: 'c1', before: NEXT, today })!;
          const counted = logs.filter((l) => l.done && l.date <= today);
          expect(report.daysPractised).to.be.at.most(report.days);
          expect(report.done).to.be.at.most(Math.min(report.planned, counted.length));
          expect(report.minutes).to.equal(counted.reduce((sum, l) => sum + l.minutes, 0));
          expect(homePracticeLines(report).lines).to.have.length(1 + PROGRAM.activities.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
