import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_HOME_LIBRARY,
  OtFragmentError,
  OtValidationError,
  addHomeActivity,
  changeHomeActivity,
  createHomeProgram,
  createStore,
  decodeHomeProgramFragment,
  decodePracticeLog,
  encodeHomeProgramFragment,
  encodePracticeLog,
  importPracticeLog,
  listRecords,
  memoryAdapter,
  planHomeProgram,
  planPracticeLog,
  practiceLogFile,
  removeHomeActivity,
  type OtHomeProgram,
  type OtPracticeLogEntry,
} from '@otkit/sdk';
import { rejection } from '../helpers/sdk-testing.js';

const T0 = Date.UTC(2026, 11, 7, 12);

const words = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s.length > 0);
const activityArb = fc.record({
  libraryId: fc.option(fc.constantFrom(...OT_HOME_LIBRARY.map((entry) => entry.id)), { nil: undefined }),
  name: words,
  minutes: fc.integer({ min: 1, max: 30 }),
  timesPerPeriod: fc.integer({ min: 1, max: 7 }),
  period: fc.constantFrom('day' as const, 'week' as const),
  when: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  safety: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
  image: fc.option(
    fc.oneof(
      fc.constantFrom({ symbol: 'swing' }, { symbol: 'playdough' }),
      fc.constant({ src: 'https://example.org/putty.png', alt: 'Putty' }),
    ),
    { nil: undefined },
  ),
});
const programArb = fc
  .record({
    title: words,
    activities: fc.array(activityArb, { minLength: 1, maxLength: 2 }),
    language: fc.constantFrom('en' as const, 'es' as const),
    day: fc.integer({ min: 0, max: 2000 }),
  })
  .map(({ day, ...input }) => planHomeProgram(input, { at: T0 + day * 86_400_000, id: 'p1' }));

/** What a link carries of a program: everything but its id and times. */
const content = ({ id: _id, createdAt: _c, updatedAt: _u, clientId: _cl, sessionId: _s, ...rest }: OtHomeProgram) =>
  rest;

describe('home-program link codec', () => {
  it('round trips any program, and carries no ids (property)', async () => {
    await fc.assert(
      fc.asyncProperty(programArb, fc.boolean(), async (program, withIds) => {
        const shared = withIds ? { ...program, clientId: 'client-1234', sessionId: 'session-99' } : program;
        const fragment = await encodeHomeProgramFragment(shared);
        expect(fragment).to.match(/^#h1\.[A-Za-z0-9_-]+$/);
        const { program: back } = await decodeHomeProgramFragment(fragment);
        expect(content(back)).to.deep.equal(content(program));
        expect(back).not.to.have.property('clientId');
        expect(back.id).to.match(/^home-[0-9a-z]+$/);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the activity ids of a reordered program', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await createHomeProgram(store, { activities: [{ libraryId: 'putty' }, { libraryId: 'trampoline' }] }, { id: 'p1' });
    const moved = await changeHomeActivity(store, { homeProgramId: 'p1', activityId: 'a2', toIndex: 0 });
    const { program } = await decodeHomeProgramFragment(await encodeHomeProgramFragment(moved));
    expect(program.activities.map((a) => [a.id, a.libraryId])).to.deep.equal([
      ['a2', 'trampoline'],
      ['a1', 'putty'],
    ]);
  });

  it('keeps the activity ids of a program changed after a removal, and its returned log attaches to them', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await createHomeProgram(store, { activities: [{ libraryId: 'putty' }, { libraryId: 'trampoline' }] }, { id: 'p1' });
    await removeHomeActivity(store, { homeProgramId: 'p1', activityId: 'a1' });
    const changed = await addHomeActivity(store, { homeProgramId: 'p1', activity: { libraryId: 'heavy-work' } });
    const { program } = await decodeHomeProgramFragment(await encodeHomeProgramFragment(changed));
    expect(program.activities.map((a) => [a.id, a.libraryId])).to.deep.equal([
      ['a2', 'trampoline'],
      ['a3', 'heavy-work'],
    ]);
    const entry = planPracticeLog(program, { homeProgramId: program.id, activityId: 'a3' }, { at: T0, id: 'x' });
    const code = await encodePracticeLog(program, [entry]);
    expect((await decodePracticeLog(code)).entries.map((e) => e.activityId)).to.deep.equal(['a3']);
    const result = await importPracticeLog(store, { homeProgramId: 'p1', text: code });
    expect(result.added).to.have.length(1);
    expect(listRecords(store.getState(), 'practiceLogs').map((e) => e.activityId)).to.deep.equal(['a3']);
  });

  it('refuses activity numbers that do not fit the activities, naming them', async () => {
    const program = planHomeProgram({ activities: [{ libraryId: 'putty' }] }, { at: T0 });
    const good = await encodeHomeProgramFragment({ ...program, activities: [{ ...program.activities[0]!, id: 'a7' }] });
    expect((await decodeHomeProgramFragment(good)).program.activities[0]!.id).to.equal('a7');
    const bad = await encodeHomeProgramFragment({ ...program, activities: [{ ...program.activities[0]!, id: 'x' }] })
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(bad).to.be.instanceOf(OtValidationError);
  });

  it('rejects garbage with a named error, never anything else (property)', async () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['#h1.', 'truncated'],
      ['#v1.AAAA', 'malformed'],
      ['#h1.<script>', 'malformed'],
      ['#h2.AAAA', 'version'],
      [`#h1.${'A'.repeat(40_000)}`, 'oversize'],
    ];
    for (const [fragment, problem] of cases) {
      const error = await rejection(decodeHomeProgramFragment(fragment));
      expect(error, fragment.slice(0, 20)).to.be.instanceOf(OtFragmentError);
      expect((error as OtFragmentError).problem, fragment.slice(0, 20)).to.equal(problem);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const error = await rejection(decodeHomeProgramFragment(`#h1.${text}`)).catch(() => undefined);
        if (error)
          expect(error instanceof OtFragmentError || error instanceof OtValidationError, String(error)).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });

  it('the encoder names the bad field of a bad program', async () => {
    const program = planHomeProgram({ activities: [{ libraryId: 'putty' }] }, { at: T0 });
    const good = await encodeHomeProgramFragment(program);
    const { program: back } = await decodeHomeProgramFragment(good);
    const bad = await encodeHomeProgramFragment(back).then(() =>
      encodeHomeProgramFragment({ ...back, activities: [{ ...back.activities[0]!, minutes: 0 }] }).catch(
        (e: unknown) => e,
      ),
    );
    expect(bad).to.be.instanceOf(OtValidationError);
    expect((bad as OtValidationError).issues[0]!.path).to.deep.equal(['activities', 0, 'minutes']);
  });
});

describe('returned practice log', () => {
  const program = planHomeProgram(
    { activities: [{ libraryId: 'calm-breathing' }, { libraryId: 'putty' }] },
    { at: T0, id: 'p1' },
  );
  const entry = (activityId: string, date: string, extra: Partial<Parameters<typeof planPracticeLog>[1]> = {}) =>
    planPracticeLog(program, { homeProgramId: 'p1', activityId, date, ...extra }, { at: T0 });
  const family: OtPracticeLogEntry[] = [
    entry('a1', '2026-12-07'),
    entry('a1', '2026-12-07'),
    entry('a2', '2026-12-08', { rating: 'good', helped: 'A timer', note: 'Loved it' }),
    entry('a1', '2026-12-09', { done: false, note: 'Sick' }),
  ];

  async function storeWithProgram() {
    const store = createStore({ adapter: memoryAdapter() });
    await store.transaction((tx) => void tx.homePrograms.put(program));
    return store;
  }

  it('round trips as a code and as a file', async () => {
    const code = await encodePracticeLog(program, family);
    expect(code).to.match(/^L1\.[A-Za-z0-9_-]+$/);
    expect(code.length).to.be.below(120);
    const log = await decodePracticeLog(code.replace(/(.{20})/g, '$1\n'));
    expect(log.entries).to.deep.equal(
      family.map(({ activityId, date, done, minutes, rating, helped, note }) =>
        JSON.parse(JSON.stringify({ activityId, date, done, minutes, rating, helped, note })),
      ),
    );
    const file = await practiceLogFile(program, family);
    expect(file.name).to.equal('practice-log-2026-12-07.json');
    expect((await decodePracticeLog(file.text)).entries).to.deep.equal(log.entries);
  });

  it('importing the same log twice changes nothing the second time', async () => {
    const store = await storeWithProgram();
    const code = await encodePracticeLog(program, family);
    const first = await importPracticeLog(store, { homeProgramId: 'p1', text: code });
    expect([first.added.length, first.skipped]).to.deep.equal([4, 0]);
    const before = store.getState();
    const second = await importPracticeLog(store, {
      homeProgramId: 'p1',
      text: (await practiceLogFile(program, family)).text,
    });
    expect([second.added.length, second.skipped]).to.deep.equal([0, 4]);
    expect(listRecords(store.getState(), 'practiceLogs')).to.deep.equal(listRecords(before, 'practiceLogs'));
    // A later log with one more entry adds only that one.
    const later = await encodePracticeLog(program, [...family, entry('a2', '2026-12-10')]);
    expect(
      (await importPracticeLog(store, { homeProgramId: 'p1', text: later })).added.map((e) => e.date),
    ).to.deep.equal(['2026-12-10']);
  });

  it('refuses a log kept for another program, and garbage, with named errors; nothing is stored', async () => {
    const store = await storeWithProgram();
    const other = planHomeProgram({ activities: [{ libraryId: 'trampoline' }] }, { at: T0, id: 'p2' });
    const foreign = await rejection(
      importPracticeLog(store, { homeProgramId: 'p1', text: await encodePracticeLog(other, []) }),
    );
    expect((foreign as OtValidationError).issues[0]!.path).to.deep.equal(['program']);
    expect(((await rejection(decodePracticeLog('hello'))) as OtFragmentError).problem).to.equal('malformed');
    expect(((await rejection(decodePracticeLog('{"format":"x"}'))) as OtFragmentError).problem).to.equal('malformed');
    expect(((await rejection(decodePracticeLog('L9.AAAA'))) as OtFragmentError).problem).to.equal('version');
    const cut = (await encodePracticeLog(program, family)).slice(0, -6);
    expect(await rejection(decodePracticeLog(cut))).to.be.instanceOf(OtFragmentError);
    // A well-packed log naming an activity the program does not have.
    const wrong = await encodePracticeLog({ ...program, activities: [...program.activities] }, [
      { ...family[0]!, activityId: 'a7' },
    ]);
    const error = (await rejection(
      importPracticeLog(store, { homeProgramId: 'p1', text: wrong }),
    )) as OtValidationError;
    expect(error.issues.map((issue) => issue.path.join('.'))).to.deep.equal(['entries.0.activityId']);
    expect(store.practiceLogs.size).to.equal(0);
  });
});
