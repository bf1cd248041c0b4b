import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OtNotFoundError,
  OtValidationError,
  createStore,
  editServiceEntry,
  listRecords,
  logMissedSession,
  logServiceSession,
  markMakeUp,
  memoryAdapter,
  serviceLogCsv,
  serviceMinutesReport,
  serviceMinutesSource,
  voidServiceEntry,
  type OtStore,
} from '@otkit/sdk';
import { rejection } from '../helpers/sdk-testing.js';

const T0 = Date.UTC(2026, 8, 14, 14, 0);
const STUDENTS = ['ana', 'ben', 'caz', 'dee', 'eli', 'fay'];

async function caseloadStore(): Promise<OtStore> {
  const store = createStore({
    adapter: memoryAdapter({
      seed: {
        clients: STUDENTS.map((alias) => ({ id: `c-${alias}`, alias, createdAt: T0 })),
        iepServices: STUDENTS.map((alias, i) => ({
          id: `s-${alias}`,
          clientId: `c-${alias}`,
          model: i % 2 ? 'push-in' : 'small-group',
          minutesPerSession: 30,
          sessionsPerPeriod: 2,
          period: 'week',
          startDate: '2026-09-14',
          endDate: '2026-10-09',
          providerRole: 'cota',
          createdAt: T0,
        })),
      },
    }),
    clock: { now: () => T0 },
  });
  await store.ready;
  return store;
}

describe('service-minutes commands', () => {
  it('logs a session for one student with the mandate’s minutes and the service’s model and provider role', async () => {
    const store = await caseloadStore();
    const [entry] = await logServiceSession(store, { serviceIds: ['s-ana'], date: '2026-09-15', setting: 'gym' });
    expect(entry).to.include({
      serviceId: 's-ana',
      date: '2026-09-15',
      minutes: 30,
      status: 'provided',
      model: 'small-group',
      groupSize: 1,
      setting: 'gym',
      providerRole: 'cota',
    });
    expect(entry!.groupId).to.equal(undefined);
  });

  it('gives every student of a group an entry of the same minutes, group size and group id (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(STUDENTS, { minLength: 1 }),
        fc.integer({ min: 1, max: 480 }),
        async (group, minutes) => {
          const store = await caseloadStore();
          const entries = await logServiceSession(store, {
            serviceIds: group.map((s) => `s-${s}`),
            date: '2026-09-16',
            minutes,
          });
          const stored = listRecords(store.getState(), 'serviceLogs');
          expect(stored).to.have.length(group.length);
          expect(stored.map((e) => e.serviceId).sort()).to.deep.equal(group.map((s) => `s-${s}`).sort());
          for (const e of stored) expect(e).to.include({ minutes, groupSize: group.length });
          expect(new Set(entries.map((e) => e.groupId)).size).to.equal(1);
          expect(entries[0]!.groupId === undefined).to.equal(group.length === 1);
          store.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('takes the local date of the session from an instant in an explicit time zone', async () => {
    const store = await caseloadStore();
    const at = Date.UTC(2026, 8, 18, 4, 30); // 23:30 on Thu 17 Sep in Chicago
    const [entry] = await logServiceSession(store, { serviceIds: ['s-ana'], at, timeZone: 'America/Chicago' });
    expect(entry).to.include({ date: '2026-09-17', startedAt: at });
    const error = await rejection(logServiceSession(store, { serviceIds: ['s-ana'], at }));
    expect((error as OtValidationError).issues[0]!.path).to.deep.equal(['timeZone']);
  });

  it('logs a missed session with its reason, and a make-up for it', async () => {
    const store = await caseloadStore();
    const [missed] = await logMissedSession(store, {
      serviceIds: ['s-ana'],
      date: '2026-09-17',
      reason: 'provider-absent',
    });
    expect(missed).to.include({ status: 'provider-absent', minutes: 30 });
    const [extra] = await logServiceSession(store, { serviceIds: ['s-ana'], date: '2026-09-23' });
    const makeUp = await markMakeUp(store, { entryId: extra!.id, makeUpFor: '2026-09-17' });
    expect(makeUp.makeUpFor).to.equal('2026-09-17');
    const report = serviceMinutesReport(serviceMinutesSource(store.getState()), {
      today: '2026-09-23',
      serviceId: 's-ana',
    });
    expect(report.services[0]!.periods[0]).to.include({ provided: 30, notProvided: 0, makeUpsDelivered: 30 });
    // A make-up for a date with no missed session is refused.
    const error = await rejection(markMakeUp(store, { entryId: extra!.id, makeUpFor: '2026-09-16' }));
    expect((error as OtValidationError).issues.map((i) => i.path[0])).to.deep.equal(['makeUpFor']);
  });

  it('edits an entry, and voids one: it stays stored, stops counting, and its history stays in the change log', async () => {
    const store = await caseloadStore();
    const [entry] = await logServiceSession(store, { serviceIds: ['s-ben'], date: '2026-09-15', note: 'Scissors' });
    const edited = await editServiceEntry(store, { entryId: entry!.id, changes: { minutes: 25, note: null } });
    expect(edited.minutes).to.equal(25);
    expect(edited.note).to.equal(undefined);
    const voided = await voidServiceEntry(store, { entryId: entry!.id, reason: 'Wrong student' });
    expect(voided).to.include({ voidedAt: T0, voidReason: 'Wrong student' });
    expect(listRecords(store.getState(), 'serviceLogs')).to.have.length(1);
    const report = serviceMinutesReport(serviceMinutesSource(store.getState()), {
      today: '2026-09-18',
      serviceId: 's-ben',
    });
    expect(report.services[0]!.total.provided).to.equal(0);
    const commands = (await store.changes()).map((c) => c.command);
    expect(commands).to.deep.equal(['serviceLogs.logSession', 'serviceLogs.edit', 'serviceLogs.void']);
    const again = await rejection(editServiceEntry(store, { entryId: entry!.id, changes: { minutes: 30 } }));
    expect((again as OtValidationError).issues[0]!.path).to.deep.equal(['entryId']);
  });

  describe('bad input: refused, naming the field, nothing stored', () => {
    const cases: [string, Parameters<typeof logServiceSession>[1], (string | number)[][]][] = [
      ['a date before the service starts', { serviceIds: ['s-ana'], date: '2026-09-11' }, [['date']]],
      ['a date after the service ends', { serviceIds: ['s-ana', 's-ben'], date: '2026-10-12' }, [['date'], ['date']]],
      ['negative minutes', { serviceIds: ['s-ana'], date: '2026-09-15', minutes: -5 }, [['minutes']]],
      ['an unknown service', { serviceIds: ['s-ana', 's-zed'], date: '2026-09-15' }, [['serviceIds', 1]]],
      ['no service', { serviceIds: [], date: '2026-09-15' }, [['serviceIds']]],
      ['a date in another format', { serviceIds: ['s-ana'], date: '15/09/2026' }, [['date']]],
      [
        'several problems at once',
        { serviceIds: ['s-zed'], date: '2026-01-01', minutes: 0 },
        [['serviceIds', 0], ['minutes']],
      ],
    ];
    for (const [what, input, paths] of cases)
      it(what, async () => {
        const store = await caseloadStore();
        await logServiceSession(store, { serviceIds: ['s-caz'], date: '2026-09-15' });
        const error = await rejection(logServiceSession(store, input));
        expect(error).to.be.instanceOf(OtValidationError);
        expect((error as OtValidationError).issues.map((i) => i.path)).to.deep.equal(paths);
        expect(listRecords(store.getState(), 'serviceLogs')).to.have.length(1);
      });

    it('a missed session with an unknown reason, and an unknown entry to edit', async () => {
      const store = await caseloadStore();
      const error = await rejection(
        logMissedSession(store, { serviceIds: ['s-ana'], date: '2026-09-15', reason: 'sick' as 'holiday' }),
      );
      expect((error as OtValidationError).issues.map((i) => i.path)).to.deep.equal([['reason']]);
      expect(await rejection(voidServiceEntry(store, { entryId: 'nope' }))).to.be.instanceOf(OtNotFoundError);
      expect(listRecords(store.getState(), 'serviceLogs')).to.have.length(0);
    });
  });

  describe('export', () => {
    it('writes the service log as CSV with district and Medicaid-style columns, one row per entry', async () => {
      const store = await caseloadStore();
      await logServiceSession(store, {
        serviceIds: ['s-ana', 's-ben'],
        date: '2026-09-15',
        setting: 'cafeteria',
        note: '=cmd, "opened" milk',
      });
      await logMissedSession(store, { serviceIds: ['s-caz'], date: '2026-09-16', reason: 'student-absent' });
      const csv = serviceLogCsv(serviceMinutesSource(store.getState()), {
        labelOf: (id) => id?.replace('c-', 'Student '),
      });
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal(
        'date_of_service,student_id,student,service_id,service,minutes,status,reason_not_provided,make_up_for,' +
          'delivery_model,provider_role,place_of_service,group_size,group_id,goal_id,note,start_time_utc,voided,' +
          'void_reason,entry_id,logged_at_utc',
      );
      expect(lines).to.have.length(5); // header, three rows, the empty string after the last CRLF
      expect(lines[1]).to.match(
        /^2026-09-15,c-ana,Student ana,s-ana,occupational therapy,30,provided,,,small-group,COTA,cafeteria,2,[^,]+,,"'=cmd, ""opened"" milk",,false,,/,
      );
      expect(lines[3]).to.match(
        /^2026-09-16,c-caz,Student caz,s-caz,occupational therapy,30,not-provided,student-absent,/,
      );
    });

    it('writes a JSON report of the mandate and the figures per week', async () => {
      const store = await caseloadStore();
      await logServiceSession(store, { serviceIds: ['s-dee'], date: '2026-09-15' });
      const report = serviceMinutesReport(serviceMinutesSource(store.getState()), {
        today: '2026-09-18',
        clientId: 'c-dee',
      });
      const round = JSON.parse(JSON.stringify(report)) as typeof report;
      expect(round.format).to.equal('otkit-service-minutes-report');
      expect(round.services[0]!.mandate).to.deep.equal({
        minutesPerSession: 30,
        sessionsPerPeriod: 2,
        minutesPerPeriod: 60,
        period: 'week',
      });
      expect(round.services[0]!.periods).to.have.length(4);
      expect(round.services[0]!.periods[0]).to.include({ mandated: 60, provided: 30, remaining: 30 });
      expect(round.services[0]!.total).to.include({ mandated: 240, provided: 30, remaining: 210 });
    });
  });
});
