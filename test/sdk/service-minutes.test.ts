import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_SERVICE_LOG_STATUSES,
  addDays,
  caseloadMinutes,
  countSchoolDays,
  iepServiceSchema,
  localDateOf,
  mandatedMinutes,
  minutesByModel,
  monthOf,
  parse,
  serviceFigures,
  servicePeriodOf,
  servicePeriods,
  serviceLogSchema,
  weekOf,
  weekdayOf,
  type OtIepService,
  type OtServiceLogEntry,
} from '@otkit/sdk';

const T0 = Date.UTC(2026, 8, 1);

function service(fields: Partial<OtIepService> = {}): OtIepService {
  return parse(iepServiceSchema, {
    id: 'svc-ana',
    clientId: 'c-ana',
    model: 'individual',
    minutesPerSession: 30,
    sessionsPerPeriod: 2,
    period: 'week',
    startDate: '2026-09-14',
    endDate: '2026-10-09',
    createdAt: T0,
    ...fields,
  });
}

let serial = 0;
function entry(fields: Partial<OtServiceLogEntry> & Pick<OtServiceLogEntry, 'date'>): OtServiceLogEntry {
  return parse(serviceLogSchema, {
    id: `e-${String(serial++).padStart(4, '0')}`,
    serviceId: 'svc-ana',
    minutes: 30,
    status: 'provided',
    createdAt: T0,
    ...fields,
  });
}

/**
 * The worked example of docs/service-minutes.md: 2 × 30 min a week over four school weeks (Mon 14 Sep – Fri
 * 9 Oct 2026), sessions on Tuesdays and Thursdays; the therapist is absent on Thu 24 Sep and makes it up on
 * Wed 7 Oct; Thu 1 Oct is a school holiday.
 */
function workedExample(): { service: OtIepService; entries: OtServiceLogEntry[] } {
  return {
    service: service(),
    entries: [
      entry({ date: '2026-09-15' }),
      entry({ date: '2026-09-17' }),
      entry({ date: '2026-09-22' }),
      entry({ date: '2026-09-24', status: 'provider-absent' }),
      entry({ date: '2026-09-29' }),
      entry({ date: '2026-10-01', status: 'holiday' }),
      entry({ date: '2026-10-06' }),
      entry({ date: '2026-10-07', makeUpFor: '2026-09-24' }),
      entry({ date: '2026-10-08' }),
    ],
  };
}

describe('service minutes', () => {
  describe('the worked example (docs/service-minutes.md), to the minute', () => {
    it('over the whole service: 240 mandated, 210 provided, 30 not provided (holiday), 30 remaining', () => {
      const { service: s, entries } = workedExample();
      const f = serviceFigures(s, entries, { from: s.startDate, to: s.endDate }, { today: '2026-10-09' });
      expect(f.mandated).to.equal(240);
      expect(f.provided).to.equal(210);
      expect(f.missed).to.equal(60);
      expect(f.missedByReason).to.deep.equal({
        'student-absent': 0,
        'provider-absent': 30,
        'student-refused': 0,
        holiday: 30,
        other: 0,
      });
      expect(f.notProvided).to.equal(30);
      expect(f.notProvidedByReason.holiday).to.equal(30);
      expect(f.notProvidedByReason['provider-absent']).to.equal(0);
      expect(f.accounted).to.equal(240);
      expect(f.notAccounted).to.equal(0);
      expect(f.remaining).to.equal(30);
      expect(f.makeUpsDelivered).to.equal(30);
      expect(f.makeUpsOwed).to.equal(0);
      expect(f.pace).to.deep.equal({ status: 'behind', expected: 240, behindBy: 30, aheadBy: 0 });
    });

    it('week by week: the make-up counts in the week it makes up', () => {
      const { service: s, entries } = workedExample();
      const weeks = servicePeriods(s).map((week) => serviceFigures(s, entries, week, { today: '2026-10-09' }));
      expect(weeks.map((w) => w.range)).to.deep.equal([
        { from: '2026-09-14', to: '2026-09-20' },
        { from: '2026-09-21', to: '2026-09-27' },
        { from: '2026-09-28', to: '2026-10-04' },
        { from: '2026-10-05', to: '2026-10-09' },
      ]);
      expect(weeks.map((w) => w.mandated)).to.deep.equal([60, 60, 60, 60]);
      expect(weeks.map((w) => w.provided)).to.deep.equal([60, 60, 30, 60]);
      expect(weeks.map((w) => w.notProvided)).to.deep.equal([0, 0, 30, 0]);
      expect(weeks.map((w) => w.accounted)).to.deep.equal([60, 60, 60, 60]);
      expect(weeks.map((w) => w.remaining)).to.deep.equal([0, 0, 30, 0]);
      expect(weeks.map((w) => w.makeUpsDelivered)).to.deep.equal([0, 30, 0, 0]);
    });

    it('before the make-up, 30 minutes are owed for the provider absence; the holiday owes nothing', () => {
      const { service: s, entries } = workedExample();
      const before = entries.filter((e) => e.makeUpFor === undefined && e.date <= '2026-10-06');
      const f = serviceFigures(s, before, { from: s.startDate, to: s.endDate }, { today: '2026-10-06' });
      expect(f.makeUpsOwed).to.equal(30);
      expect(f.notProvided).to.equal(60);
      expect(f.provided).to.equal(150);
      expect(f.accounted).to.equal(210);
      expect(f.notAccounted).to.equal(30);
    });

    it('on Wednesday 7 Oct the last week is on track: one session expected by the end of the day, one given', () => {
      const { service: s, entries } = workedExample();
      const week = servicePeriodOf(s, '2026-10-07');
      const soFar = entries.filter((e) => e.date <= '2026-10-07');
      const f = serviceFigures(s, soFar, week, { today: '2026-10-07' });
      expect(f.pace).to.deep.equal({ status: 'on-track', expected: 30, behindBy: 0, aheadBy: 0 });
    });
  });

  describe('the definitions (properties)', () => {
    const statusArb = fc.constantFrom(...OT_SERVICE_LOG_STATUSES);
    const entriesArb = fc.array(
      fc.record({
        day: fc.integer({ min: -10, max: 70 }),
        minutes: fc.integer({ min: 0, max: 120 }),
        status: statusArb,
        makeUpBack: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        voided: fc.boolean(),
      }),
      { maxLength: 40 },
    );
    const serviceArb = fc.record({
      period: fc.constantFrom('week', 'month', 'iep' as const),
      startOffset: fc.integer({ min: 0, max: 10 }),
      length: fc.integer({ min: 0, max: 60 }),
      minutesPerSession: fc.integer({ min: 1, max: 60 }),
      sessionsPerPeriod: fc.integer({ min: 1, max: 5 }),
    });
    const build = (
      s: {
        period: 'week' | 'month' | 'iep';
        startOffset: number;
        length: number;
        minutesPerSession: number;
        sessionsPerPeriod: number;
      },
      list: {
        day: number;
        minutes: number;
        status: OtServiceLogEntry['status'];
        makeUpBack?: number | undefined;
        voided: boolean;
      }[],
    ) => {
      const startDate = addDays('2026-09-01', s.startOffset);
      const { startOffset: _offset, length, ...fields } = s;
      const svc = service({ ...fields, startDate, endDate: addDays(startDate, length) });
      const entries = list.map((e) => {
        const date = addDays('2026-09-01', e.day);
        return entry({
          date,
          minutes: e.minutes,
          status: e.status,
          ...(e.status === 'provided' && e.makeUpBack !== undefined ? { makeUpFor: addDays(date, -e.makeUpBack) } : {}),
          ...(e.voided ? { voidedAt: T0 } : {}),
        });
      });
      return { svc, entries };
    };

    it('accounted + not accounted = mandated, accounted = provided + not provided, in every period', () => {
      fc.assert(
        fc.property(serviceArb, entriesArb, fc.integer({ min: 0, max: 70 }), (s, list, todayOffset) => {
          const { svc, entries } = build(s, list);
          const today = addDays('2026-09-01', todayOffset);
          for (const range of [...servicePeriods(svc), { from: svc.startDate, to: svc.endDate }]) {
            const f = serviceFigures(svc, entries, range, { today });
            expect(f.accounted + f.notAccounted).to.equal(f.mandated);
            expect(f.accounted).to.equal(f.provided + f.notProvided);
            expect(f.notProvided).to.be.within(0, f.missed);
            expect(f.makeUpsOwed).to.be.within(0, f.notProvided);
          }
        }),
      );
    });

    it('remaining is mandated minus provided minutes only: missed minutes never count as provided', () => {
      fc.assert(
        fc.property(serviceArb, entriesArb, (s, list) => {
          const { svc, entries } = build(s, list);
          const range = { from: svc.startDate, to: svc.endDate };
          const f = serviceFigures(svc, entries, range, { today: svc.endDate });
          const providedByHand = entries
            .filter((e) => e.status === 'provided' && e.voidedAt === undefined)
            .filter((e) => (e.makeUpFor ?? e.date) >= range.from && (e.makeUpFor ?? e.date) <= range.to)
            .reduce((sum, e) => sum + e.minutes, 0);
          expect(f.provided).to.equal(providedByHand);
          expect(f.remaining).to.equal(f.mandated - providedByHand);
          const withoutMisses = serviceFigures(
            svc,
            entries.filter((e) => e.status === 'provided'),
            range,
            {
              today: svc.endDate,
            },
          );
          expect(withoutMisses.remaining).to.equal(f.remaining);
        }),
      );
    });

    it('the periods of a service cover each of its dates exactly once, weeks from the week start, months whole', () => {
      fc.assert(
        fc.property(serviceArb, fc.integer({ min: 0, max: 6 }), (s, weekStartsOn) => {
          const { svc } = build(s, []);
          const periods = servicePeriods(svc, { weekStartsOn });
          expect(periods[0]!.from).to.equal(svc.startDate);
          expect(periods.at(-1)!.to).to.equal(svc.endDate);
          periods.forEach((p, i) => {
            if (i > 0) expect(p.from).to.equal(addDays(periods[i - 1]!.to, 1));
            const whole =
              svc.period === 'week' ? weekOf(p.from, weekStartsOn) : svc.period === 'month' ? monthOf(p.from) : p;
            if (svc.period === 'week') expect(weekdayOf(whole.from)).to.equal(weekStartsOn);
            if (svc.period === 'month') expect(addDays(whole.to, 1).slice(8)).to.equal('01');
            expect(p.from >= whole.from && p.to <= whole.to).to.equal(true);
            expect(servicePeriodOf(svc, p.to, { weekStartsOn })).to.deep.equal(p);
          });
        }),
      );
    });

    it('full weeks are mandated in full, and a month of a weekly service sums its prorated weeks', () => {
      const s = service({ startDate: '2026-09-01', endDate: '2027-06-30' });
      expect(mandatedMinutes(s, { from: '2026-09-14', to: '2026-09-20' })).to.equal(60);
      // September 2026 starts on a Tuesday: 4 of its first week's 5 school days, then 3 whole weeks and
      // Mon 28 – Wed 30 (3 of 5): 60 × (4 + 15 + 3) / 5 = 264.
      expect(countSchoolDays(monthOf('2026-09-10'))).to.equal(22);
      expect(mandatedMinutes(s, monthOf('2026-09-10'))).to.equal(264);
      // A service starting on a Wednesday carries 3/5 of its first week.
      expect(mandatedMinutes(service({ startDate: '2026-09-16' }), weekOf('2026-09-16'))).to.equal(36);
    });
  });

  describe('local dates', () => {
    it('a session at 23:30 local belongs to its local date, in Node and every browser alike', () => {
      // 23:30 on Sunday 20 Sep 2026 in Chicago (UTC−5 in September) is 04:30 on Monday in UTC.
      const at = Date.UTC(2026, 8, 21, 4, 30);
      expect(localDateOf(at, 'America/Chicago')).to.equal('2026-09-20');
      expect(localDateOf(at, -300)).to.equal('2026-09-20');
      expect(localDateOf(at, 'UTC')).to.equal('2026-09-21');
      const s = service();
      const sunday = entry({ date: localDateOf(at, 'America/Chicago') });
      const weeks = servicePeriods(s).map((w) => serviceFigures(s, [sunday], w, { today: '2026-10-09' }).provided);
      expect(weeks).to.deep.equal([30, 0, 0, 0]);
    });

    it('an offset in minutes gives the date of the shifted instant; IANA zones agree with their offset', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
          fc.integer({ min: -720, max: 840 }),
          (at, offset) => {
            expect(localDateOf(at, offset)).to.equal(new Date(at + offset * 60_000).toISOString().slice(0, 10));
            expect(localDateOf(at, 'Asia/Kolkata')).to.equal(localDateOf(at, 330));
            expect(localDateOf(at, 'UTC')).to.equal(localDateOf(at, 0));
            expect([localDateOf(at, -300), localDateOf(at, -360)]).to.include(localDateOf(at, 'America/Chicago'));
          },
        ),
      );
    });

    it('refuses an unknown zone, naming timeZone', () => {
      expect(() => localDateOf(0, 'Mars/Olympus')).to.throw(/timeZone: is not a known time zone/);
      expect(() => localDateOf(0, 5000)).to.throw(/timeZone/);
    });
  });

  describe('caseload', () => {
    it('sorts students by who is furthest behind this week, and sums per delivery model', () => {
      const services = [
        service({ id: 's-ana', clientId: 'ana' }),
        service({ id: 's-ben', clientId: 'ben', model: 'push-in' }),
        service({ id: 's-caz', clientId: 'caz', model: 'push-in', minutesPerSession: 45, sessionsPerPeriod: 1 }),
        service({ id: 's-ben2', clientId: 'ben', model: 'consultation', period: 'month', minutesPerPeriod: 15 }),
      ];
      const entries = [
        entry({ serviceId: 's-ana', date: '2026-09-15' }),
        entry({ serviceId: 's-ana', date: '2026-09-17' }),
        entry({ serviceId: 's-ben', date: '2026-09-15', setting: 'classroom' }),
        entry({ serviceId: 's-caz', date: '2026-09-16', status: 'student-absent', minutes: 45 }),
      ];
      // Friday 18 Sep: the whole week is expected by the end of the day.
      const rows = caseloadMinutes({ services, entries }, { today: '2026-09-18' });
      expect(rows.map((r) => [r.clientId, r.behindBy])).to.deep.equal([
        ['caz', 45],
        ['ben', 30],
        ['ana', 0],
      ]);
      expect(rows[1]!.services.map((s) => s.service.id)).to.deep.equal(['s-ben', 's-ben2']);
      expect(caseloadMinutes({ services, entries }, { today: '2026-09-18', setting: 'classroom' })).to.have.length(1);
      expect(caseloadMinutes({ services, entries }, { today: '2026-09-18', model: 'push-in' })).to.have.length(2);
      const byModel = minutesByModel(rows);
      expect(byModel.map((m) => [m.model, m.services, m.mandated, m.provided, m.notProvided, m.behind])).to.deep.equal([
        // 15 a month, from Mon 14 Sep: 13 of September's 22 school days, 15 × 13 / 22 = 8.9 → 9.
        ['consultation', 1, 9, 0, 0, 0],
        ['push-in', 2, 105, 30, 45, 2],
        ['individual', 1, 60, 60, 0, 0],
      ]);
    });
  });
});
