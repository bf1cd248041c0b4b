import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_HOME_LIBRARY,
  OtNotFoundError,
  OtValidationError,
  addHomeActivity,
  changeHomeActivity,
  createHomeProgram,
  createStore,
  homePracticeSummary,
  listRecords,
  localDate,
  logPractice,
  memoryAdapter,
  nextHomeActivityId,
  planHomeActivityAdd,
  planHomeActivityRemove,
  planHomeProgram,
  planPracticeLog,
  practiceAdherence,
  practiceWeekStrip,
  removeHomeActivity,
  unlogPractice,
  type OtPracticeLogEntry,
} from '@otkit/sdk';
import { rejection } from '../helpers/sdk-testing.js';

const T0 = new Date(2026, 11, 7, 18, 0).getTime(); // Monday 7 December 2026, 18:00 local time

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const paths = (error: unknown) => (error as OtValidationError).issues.map((issue) => issue.path.join('.'));

describe('home program commands', () => {
  it('builds a program from the library in the family language, with ids a1, a2', () => {
    const program = planHomeProgram(
      { activities: [{ libraryId: 'calm-breathing' }, { libraryId: 'putty', timesPerPeriod: 3 }], language: 'es' },
      { at: T0, id: 'p1' },
    );
    expect(program.title).to.equal('Práctica en casa');
    expect(program.startDate).to.equal('2026-12-07');
    expect(program.activities.map((a) => [a.id, a.name, a.timesPerPeriod, a.period])).to.deep.equal([
      ['a1', 'Respiración tranquila', 2, 'day'],
      ['a2', 'Fortalecer las manos con masilla', 3, 'week'],
    ]);
    expect(program.activities[0]!.image).to.deep.equal({ symbol: 'calm-breathing' });
    expect(program.activities[0]!.safety).to.equal('Paren si el niño se marea.');
  });

  it('every library entry makes a valid program in English and Spanish', () => {
    for (const entry of OT_HOME_LIBRARY)
      for (const language of ['en', 'es'] as const)
        expect(
          planHomeProgram({ activities: [{ libraryId: entry.id }], language }, { at: T0 }).activities[0]!.name,
        ).to.equal(entry.words[language].name);
  });

  it('names every bad field: too many activities, an unknown library entry, a missing name, a script picture', () => {
    const tooMany = caught(() =>
      planHomeProgram(
        { activities: [{ libraryId: 'putty' }, { libraryId: 'putty' }, { libraryId: 'putty' }] },
        { at: T0 },
      ),
    );
    expect(tooMany).to.be.instanceOf(OtValidationError);
    expect(paths(tooMany)).to.include('activities');
    const bad = caught(() =>
      planHomeProgram(
        {
          activities: [{ libraryId: 'juggling' }, { minutes: 5, image: { src: 'javascript:alert(1)' } }],
        },
        { at: T0 },
      ),
    );
    expect(paths(bad)).to.include.members(['activities.0.libraryId', 'activities.0.name', 'activities.1.name']);
    expect(paths(bad).some((path) => path.startsWith('activities.1.image'))).to.equal(true);
    const none = caught(() => planHomeProgram({ activities: [] }, { at: T0 }));
    expect(paths(none)).to.deep.equal(['activities']);
  });

  it('refuses a data: picture too big to share, naming its field', () => {
    const src = `data:image/png;base64,${'A'.repeat(20_000)}`;
    const error = caught(() =>
      planHomeProgram({ activities: [{ name: 'Swing', minutes: 5, image: { src } }] }, { at: T0 }),
    );
    expect(paths(error)).to.include('activities.0.image.src');
  });

  it('stores a program made at the Home plan phase of a session, and refuses an unknown session', async () => {
    const store = createStore({ adapter: memoryAdapter(), clock: { now: () => T0 } });
    expect(
      await rejection(createHomeProgram(store, { sessionId: 'nope', activities: [{ libraryId: 'putty' }] })),
    ).to.be.instanceOf(OtNotFoundError);
    expect(store.homePrograms.size).to.equal(0);
    const program = await createHomeProgram(store, { activities: [{ libraryId: 'putty' }] }, { id: 'p1', at: T0 });
    expect(store.homePrograms.get('p1')).to.deep.equal(program);
  });

  it('an activity keeps its id for good: removing one never renumbers the rest, and a new one takes a fresh id', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await createHomeProgram(store, { activities: [{ libraryId: 'putty' }, { libraryId: 'heavy-work' }] }, { id: 'p1' });
    await logPractice(store, { homeProgramId: 'p1', activityId: 'a2', date: localDate(Date.now()) });
    await removeHomeActivity(store, { homeProgramId: 'p1', activityId: 'a2' });
    // a2 is gone but its logged practice still names it: the next activity is a3, not a2 again.
    const added = await addHomeActivity(store, { homeProgramId: 'p1', activity: { libraryId: 'calm-breathing' } });
    expect(added.activities.map((a) => [a.id, a.libraryId])).to.deep.equal([
      ['a1', 'putty'],
      ['a3', 'calm-breathing'],
    ]);
    const third = await rejection(addHomeActivity(store, { homeProgramId: 'p1', activity: { libraryId: 'putty' } }));
    expect(third).to.be.instanceOf(OtValidationError);
    const last = caught(() => planHomeActivityRemove({ ...added, activities: [added.activities[0]!] }, 'a1'));
    expect(last).to.be.instanceOf(OtValidationError);
    expect((caught(() => planHomeActivityRemove(added, 'a9')) as OtValidationError).issues[0]!.path).to.deep.equal([
      'activityId',
    ]);
    expect(await rejection(removeHomeActivity(store, { homeProgramId: 'nope', activityId: 'a1' }))).to.be.instanceOf(
      OtNotFoundError,
    );
  });

  it('ids stay put under any sequence of removals and additions (property)', () => {
    const start = planHomeProgram({ activities: [{ libraryId: 'putty' }, { libraryId: 'trampoline' }] }, { at: T0 });
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 12 }), (removeFirst) => {
        let program = start;
        const everUsed = new Set(program.activities.map((a) => a.id));
        for (const first of removeFirst) {
          const gone = program.activities[first ? 0 : program.activities.length - 1]!;
          const kept = planHomeActivityRemove(program, gone.id);
          const before = kept.map((a) => `${a.id}=${a.name}`);
          program = { ...program, activities: kept };
          program = {
            ...program,
            activities: planHomeActivityAdd(program, { name: `n${everUsed.size}`, minutes: 3 }, { used: everUsed }),
          };
          const added = program.activities[program.activities.length - 1]!;
          expect(everUsed.has(added.id)).to.equal(false);
          expect(program.activities.slice(0, -1).map((a) => `${a.id}=${a.name}`)).to.deep.equal(before);
          everUsed.add(added.id);
        }
      }),
      { numRuns: 100 },
    );
    expect(nextHomeActivityId({ activities: [{ id: 'a2' }] }, ['a1', 'a5', 'x'])).to.equal('a6');
  });

  it('reorders and changes frequency; a bad change names its field and changes nothing', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await createHomeProgram(
      store,
      { activities: [{ libraryId: 'heavy-work' }, { libraryId: 'animal-walks' }] },
      { id: 'p1', at: T0 },
    );
    await changeHomeActivity(store, { homeProgramId: 'p1', activityId: 'a2', toIndex: 0 });
    expect(store.homePrograms.get('p1')!.activities.map((a) => a.id)).to.deep.equal(['a2', 'a1']);
    await changeHomeActivity(store, {
      homeProgramId: 'p1',
      activityId: 'a1',
      changes: { timesPerPeriod: 4, period: 'week' },
    });
    expect(store.homePrograms.get('p1')!.activities[1]).to.include({ timesPerPeriod: 4, period: 'week' });
    const error = await rejection(
      changeHomeActivity(store, { homeProgramId: 'p1', activityId: 'a1', changes: { minutes: -1 } }),
    );
    expect(paths(error)).to.deep.equal(['activities.1.minutes']);
    expect(
      paths(await rejection(changeHomeActivity(store, { homeProgramId: 'p1', activityId: 'a1', toIndex: 5 }))),
    ).to.deep.equal(['toIndex']);
    expect(store.homePrograms.get('p1')!.activities[1]!.minutes).to.equal(5);
  });

  it('logs practice with one tap (done today, the planned minutes) and takes it back', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await createHomeProgram(store, { activities: [{ libraryId: 'putty' }] }, { id: 'p1', at: T0 });
    const entry = await logPractice(store, { homeProgramId: 'p1', activityId: 'a1' }, { at: T0 + 3_600_000 });
    expect(entry).to.include({ date: '2026-12-07', done: true, minutes: 5 });
    const skipped = await logPractice(
      store,
      { homeProgramId: 'p1', activityId: 'a1', done: false, rating: 'hard', helped: ' timer ', note: 'Tired' },
      { at: T0 + 7_200_000 },
    );
    expect(skipped).to.include({ done: false, minutes: 0, rating: 'hard', helped: 'timer', note: 'Tired' });
    await unlogPractice(store, { id: entry.id });
    expect(listRecords(store.getState(), 'practiceLogs').map((log) => log.id)).to.deep.equal([skipped.id]);
  });

  it('refuses a log that names no activity, a bad rating, a long note or a day before the program', () => {
    const program = planHomeProgram({ activities: [{ libraryId: 'putty' }] }, { at: T0, id: 'p1' });
    const error = caught(() =>
      planPracticeLog(
        program,
        {
          homeProgramId: 'p1',
          activityId: 'a9',
          rating: 'great' as never,
          note: 'x'.repeat(300),
          date: '2026-12-01',
        },
        { at: T0 },
      ),
    );
    expect(paths(error)).to.include.members(['activityId', 'rating', 'note', 'date']);
  });

  it('a logged entry is always valid whatever the family enters (property)', () => {
    const program = planHomeProgram({ activities: [{ libraryId: 'putty' }, { libraryId: 'trampoline' }] }, { at: T0 });
    fc.assert(
      fc.property(
        fc.constantFrom('a1', 'a2'),
        fc.boolean(),
        fc.option(fc.constantFrom('hard', 'okay', 'good') as fc.Arbitrary<'hard' | 'okay' | 'good'>, {
          nil: undefined,
        }),
        fc.option(fc.string({ maxLength: 280 }), { nil: undefined }),
        fc.integer({ min: 0, max: 60 }),
        (activityId, done, rating, note, day) => {
          const entry = planPracticeLog(
            program,
            { homeProgramId: program.id, activityId, done, rating, note },
            { at: T0 + day * 86_400_000 },
          );
          expect(entry.minutes).to.equal(done ? program.activities.find((a) => a.id === activityId)!.minutes : 0);
          expect(entry.date).to.equal(localDate(T0 + day * 86_400_000));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('home practice measures', () => {
  // Worked example: breathing twice a day and putty 3 times a week, from Monday 7 December.
  const program = planHomeProgram(
    { activities: [{ libraryId: 'calm-breathing' }, { libraryId: 'putty', timesPerPeriod: 3 }] },
    { at: T0, id: 'p1' },
  );
  let n = 0;
  const log = (activityId: string, date: string, done = true, extra: Partial<OtPracticeLogEntry> = {}) =>
    planPracticeLog(program, { homeProgramId: 'p1', activityId, date, done, ...extra }, { at: T0 + n++, id: `l${n}` });
  const logs = [
    // Week 1: breathing on 10 of the 14 planned times; putty 4 times (counts as 3 of 3).
    ...['07', '07', '08', '08', '09', '10', '10', '11', '12', '13'].map((d) => log('a1', `2026-12-${d}`)),
    ...['07', '09', '11', '12'].map((d) => log('a2', `2026-12-${d}`, true, { rating: 'good', helped: 'music' })),
    log('a1', '2026-12-13', false, { note: 'Sick' }),
    // Week 2 (to Wednesday 16th): breathing 3 of 6, putty 1 of 3.
    ...['14', '15', '16'].map((d) => log('a1', `2026-12-${d}`)),
    log('a2', '2026-12-15', true, { rating: 'hard', helped: 'music' }),
  ];

  it('adherence per week on a worked example', () => {
    const weeks = practiceAdherence(program, logs, { today: '2026-12-16' });
    expect(weeks.map((w) => [w.start, w.end, w.planned, w.done, w.percent])).to.deep.equal([
      ['2026-12-07', '2026-12-13', 17, 13, 76],
      ['2026-12-14', '2026-12-16', 9, 4, 44],
    ]);
    expect(weeks[0]!.activities).to.deep.equal([
      { activityId: 'a1', planned: 14, done: 10, minutes: 20 },
      { activityId: 'a2', planned: 3, done: 4, minutes: 20 },
    ]);
  });

  it('stops at the end date', () => {
    const ended = { ...program, endDate: '2026-12-09' };
    expect(
      practiceAdherence(ended, logs, { today: '2026-12-16' }).map((w) => [w.end, w.planned, w.done]),
    ).to.deep.equal([['2026-12-09', 9, 7]]);
  });

  it('the week strip shows the last 7 days with what was done', () => {
    const strip = practiceWeekStrip(program, logs, { today: '2026-12-13' });
    expect(strip.map((day) => day.date.slice(8))).to.deep.equal(['07', '08', '09', '10', '11', '12', '13']);
    expect(strip.map((day) => day.done.a1 ?? 0)).to.deep.equal([2, 2, 1, 2, 1, 1, 1]);
    expect(strip.map((day) => day.isToday)).to.deep.equal([false, false, false, false, false, false, true]);
  });

  it('summarises practice since the last session for the next one', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await store.transaction((tx) => {
      tx.homePrograms.put(program);
      for (const entry of logs) tx.practiceLogs.put(entry);
    });
    const summary = homePracticeSummary(store.getState(), { homeProgramId: 'p1', today: '2026-12-16' })!;
    expect([summary.since, summary.planned, summary.done, summary.percent, summary.daysPractised]).to.deep.equal([
      '2026-12-07',
      26,
      17,
      65,
      10,
    ]);
    expect(summary.activities[1]).to.deep.include({ done: 5, notDone: 0, helped: ['music'] });
    expect(summary.activities[1]!.ratings).to.deep.equal({ hard: 1, okay: 0, good: 4 });
    expect(summary.activities[0]).to.deep.include({ notDone: 1, notes: ['Sick'] });
    expect(homePracticeSummary(store.getState(), { clientId: 'nobody', today: '2026-12-16' })).to.equal(undefined);
    expect(
      caught(() => homePracticeSummary(store.getState(), { homeProgramId: 'x', today: '2026-12-16' })),
    ).to.be.instanceOf(OtNotFoundError);
  });
});
