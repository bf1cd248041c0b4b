/**
 * IEP service minutes, exact to the minute: what an IEP mandates for a period, what was provided, what was not
 * and why, what is accounted for, what remains, which make-ups are owed, and whether delivery is on pace for
 * today. The definitions are those of the service-fidelity reports districts already file (see
 * docs/service-minutes.md):
 *
 * - mandated: the IEP's minutes for the period (prorated by school days when the service starts or ends
 *   inside it);
 * - provided: minutes of `provided` entries, make-ups included;
 * - not provided, by reason: minutes of missed entries that no make-up has covered yet;
 * - accounted = provided + not provided; not accounted = mandated − accounted; remaining = mandated − provided.
 *
 * A make-up counts toward the period of the date it makes up (`makeUpFor`), not the day it was given, so it
 * covers the miss it was for. Voided entries never count. Dates are local calendar dates; pass `today` as one
 * (see `localDateOf`). Pure functions; no DOM.
 */
import { OT_SERVICE_MISS_REASONS, type OtServiceMissReason } from '../model/enums.js';
import type { OtIepService, OtServiceLogEntry } from '../model/iep-services.js';
import {
  OT_SCHOOL_WEEKDAYS,
  addDays,
  countSchoolDays,
  intersectRanges,
  monthOf,
  weekOf,
  type OtDateRange,
} from './service-dates.js';

/** How the figures are counted. Only `today` is required. */
export interface OtServiceMinutesOptions {
  /** Today's local date, `YYYY-MM-DD`: the period shown and the pace are taken for it. */
  readonly today: string;
  /** The first day of a week: 0 Sunday … 6 Saturday. Default 1 (Monday). */
  readonly weekStartsOn?: number;
  /** The weekdays school is open (0 Sunday … 6 Saturday), for prorating and pace. Default Monday to Friday. */
  readonly schoolWeekdays?: readonly number[];
  /** The reasons a missed session must be made up for. Default: the provider was absent. */
  readonly makeUpOwedFor?: readonly OtServiceMissReason[];
}

/** Where delivery stands against the minutes expected by the end of today. */
export type OtServicePaceStatus = 'behind' | 'on-track' | 'ahead';

/** Pace of one service in one period. */
export interface OtServicePace {
  readonly status: OtServicePaceStatus;
  /**
   * Minutes that should have been provided by the end of today: the period's mandate prorated over its school
   * days up to today, in whole sessions (all of it once the period is over).
   */
  readonly expected: number;
  /** `expected − provided` when positive, else 0. */
  readonly behindBy: number;
  /** `provided − expected` when positive, else 0. */
  readonly aheadBy: number;
}

/** Minutes per reason a session was not provided. */
export type OtMinutesByReason = { readonly [R in OtServiceMissReason]: number };

/** The figures of one service over one period (see the module's definitions). */
export interface OtServiceFigures {
  readonly serviceId: string;
  /** The dates counted: the period, cut to the service's dates. */
  readonly range: OtDateRange;
  readonly mandated: number;
  readonly provided: number;
  /** Missed minutes not yet covered by a make-up. */
  readonly notProvided: number;
  readonly notProvidedByReason: OtMinutesByReason;
  /** Every missed minute logged, made up or not. */
  readonly missed: number;
  readonly missedByReason: OtMinutesByReason;
  /** provided + notProvided. */
  readonly accounted: number;
  /** mandated − accounted (negative when more was accounted for than mandated). */
  readonly notAccounted: number;
  /** mandated − provided (negative when more was provided than mandated). */
  readonly remaining: number;
  /** Minutes of make-up sessions for missed dates of this period. */
  readonly makeUpsDelivered: number;
  /** Missed minutes, for a reason that must be made up, that no make-up covers yet. */
  readonly makeUpsOwed: number;
  readonly pace: OtServicePace;
  /** The entries counted, by date (a make-up by the date it makes up). Voided entries are left out. */
  readonly entries: readonly OtServiceLogEntry[];
}

/** A service's records for the math: its service and its log entries (any order; voided ones are skipped). */
export interface OtServiceMinutesSource {
  readonly services: readonly OtIepService[];
  readonly entries: readonly OtServiceLogEntry[];
}

const DEFAULT_OWED: readonly OtServiceMissReason[] = ['provider-absent'];

/**
 * The minutes an IEP service mandates per period: `minutesPerPeriod` when the IEP states a total, else
 * minutes per session × sessions per period.
 *
 * @example
 * mandatePerPeriod({ minutesPerSession: 30, sessionsPerPeriod: 2 }); // 60
 * mandatePerPeriod({ minutesPerSession: 30, sessionsPerPeriod: 2, minutesPerPeriod: 45 }); // 45
 */
export function mandatePerPeriod(
  service: Pick<OtIepService, 'minutesPerSession' | 'sessionsPerPeriod' | 'minutesPerPeriod'>,
): number {
  return service.minutesPerPeriod ?? service.minutesPerSession * service.sessionsPerPeriod;
}

/** The service's whole date range. */
function serviceRange(service: OtIepService): OtDateRange {
  return { from: service.startDate, to: service.endDate };
}

/** The calendar period (week, month or the whole IEP) that holds `date`, not cut to the service. */
function calendarPeriodOf(service: OtIepService, date: string, weekStartsOn: number): OtDateRange {
  if (service.period === 'week') return weekOf(date, weekStartsOn);
  if (service.period === 'month') return monthOf(date);
  return serviceRange(service);
}

/**
 * The period of a service that holds `date`, cut to the service's dates. A date before the service starts
 * gives its first period, a date after it ends its last.
 *
 * @example
 * servicePeriodOf(weeklyService, '2046-09-05'); // { from: '2046-09-03', to: '2046-09-09' }
 */
export function servicePeriodOf(
  service: OtIepService,
  date: string,
  options: Pick<OtServiceMinutesOptions, 'weekStartsOn'> = {},
): OtDateRange {
  const clamped = date < service.startDate ? service.startDate : date > service.endDate ? service.endDate : date;
  return intersectRanges(calendarPeriodOf(service, clamped, options.weekStartsOn ?? 1), serviceRange(service))!;
}

/**
 * Every period of a service in order, each cut to the service's dates: its weeks, its months, or its one range.
 *
 * @example
 * servicePeriods(service).map((p) => p.from); // ['2046-09-03', '2046-09-10', …]
 */
export function servicePeriods(
  service: OtIepService,
  options: Pick<OtServiceMinutesOptions, 'weekStartsOn'> = {},
): OtDateRange[] {
  const periods: OtDateRange[] = [];
  for (let date = service.startDate; date <= service.endDate;) {
    const period = servicePeriodOf(service, date, options);
    periods.push(period);
    date = addDays(period.to, 1);
  }
  return periods;
}

/**
 * The minutes mandated over `range`: each period of the service that meets it contributes its mandate times the
 * share of its school days that fall inside both the range and the service, rounded to whole minutes at the end.
 * So a week the service starts on a Wednesday carries 3/5 of a week's minutes, and a service that ends on a
 * Friday carries that whole week.
 *
 * @example
 * mandatedMinutes(twiceThirtyAWeek, { from: '2046-09-03', to: '2046-09-30' }); // 240 (four school weeks)
 */
export function mandatedMinutes(
  service: OtIepService,
  range: OtDateRange,
  options: Pick<OtServiceMinutesOptions, 'weekStartsOn' | 'schoolWeekdays'> = {},
): number {
  const counted = intersectRanges(range, serviceRange(service));
  if (!counted) return 0;
  const weekdays = options.schoolWeekdays ?? OT_SCHOOL_WEEKDAYS;
  const perPeriod = mandatePerPeriod(service);
  let total = 0;
  for (let date = counted.from; date <= counted.to;) {
    const period = calendarPeriodOf(service, date, options.weekStartsOn ?? 1);
    const part = intersectRanges(period, counted)!;
    const periodDays = countSchoolDays(period, weekdays);
    // A period with no school day at all (a service that only spans a weekend) is shared by calendar days.
    total +=
      periodDays > 0
        ? (perPeriod * countSchoolDays(part, weekdays)) / periodDays
        : (perPeriod * countDays(part)) / countDays(period);
    date = addDays(part.to, 1);
  }
  return Math.round(total);
}

function countDays(range: OtDateRange): number {
  return countSchoolDays(range, [0, 1, 2, 3, 4, 5, 6]);
}

/** The date an entry counts on: a make-up counts on the date it makes up. */
export function creditedDate(entry: Pick<OtServiceLogEntry, 'date' | 'status' | 'makeUpFor'>): string {
  return entry.status === 'provided' && entry.makeUpFor !== undefined ? entry.makeUpFor : entry.date;
}

function zeroByReason(): Record<OtServiceMissReason, number> {
  return { 'student-absent': 0, 'provider-absent': 0, 'student-refused': 0, holiday: 0, other: 0 };
}

function isMissed(entry: OtServiceLogEntry): entry is OtServiceLogEntry & { status: OtServiceMissReason } {
  return entry.status !== 'provided';
}

function paceOf(
  service: OtIepService,
  range: OtDateRange,
  mandated: number,
  provided: number,
  options: OtServiceMinutesOptions,
): OtServicePace {
  let expected: number;
  if (options.today >= range.to) expected = mandated;
  else if (options.today < range.from) expected = 0;
  else {
    const soFar = mandatedMinutes(service, { from: range.from, to: options.today }, options);
    expected = Math.floor(soFar / service.minutesPerSession) * service.minutesPerSession;
  }
  const behindBy = Math.max(0, expected - provided);
  const aheadBy = Math.max(0, provided - expected);
  return { status: behindBy > 0 ? 'behind' : aheadBy > 0 ? 'ahead' : 'on-track', expected, behindBy, aheadBy };
}

/**
 * The figures of one service over a range of dates (usually one of its periods, see {@link servicePeriodOf}),
 * from its log entries. Entries of other services and voided entries are skipped.
 *
 * @example
 * const week = servicePeriodOf(service, '2046-09-05');
 * const figures = serviceFigures(service, entries, week, { today: '2046-09-05' });
 * figures.remaining; // mandated − provided
 * figures.pace.status; // 'behind' | 'on-track' | 'ahead'
 */
export function serviceFigures(
  service: OtIepService,
  entries: readonly OtServiceLogEntry[],
  range: OtDateRange,
  options: OtServiceMinutesOptions,
): OtServiceFigures {
  const counted = intersectRanges(range, serviceRange(service)) ?? { from: range.from, to: range.from };
  const inRange = entries
    .filter((entry) => {
      if (entry.serviceId !== service.id || entry.voidedAt !== undefined) return false;
      const date = creditedDate(entry);
      return date >= counted.from && date <= counted.to;
    })
    .sort((a, b) => (creditedDate(a) < creditedDate(b) ? -1 : creditedDate(a) > creditedDate(b) ? 1 : 0));
  const owedReasons = options.makeUpOwedFor ?? DEFAULT_OWED;
  const missedByReason = zeroByReason();
  const notProvidedByReason = zeroByReason();
  const makeUpByDate = new Map<string, number>();
  const missedByDate = new Map<string, (OtServiceLogEntry & { status: OtServiceMissReason })[]>();
  let provided = 0;
  let makeUpsDelivered = 0;
  for (const entry of inRange) {
    if (!isMissed(entry)) {
      provided += entry.minutes;
      if (entry.makeUpFor !== undefined) {
        makeUpsDelivered += entry.minutes;
        makeUpByDate.set(entry.makeUpFor, (makeUpByDate.get(entry.makeUpFor) ?? 0) + entry.minutes);
      }
      continue;
    }
    missedByReason[entry.status] += entry.minutes;
    const sameDay = missedByDate.get(entry.date) ?? [];
    sameDay.push(entry);
    missedByDate.set(entry.date, sameDay);
  }
  let makeUpsOwed = 0;
  for (const [date, missed] of missedByDate) {
    let cover = makeUpByDate.get(date) ?? 0;
    // Make-ups cover the misses that must be made up first.
    const ordered = [...missed].sort(
      (a, b) => Number(owedReasons.includes(b.status)) - Number(owedReasons.includes(a.status)),
    );
    for (const entry of ordered) {
      const covered = Math.min(cover, entry.minutes);
      cover -= covered;
      const left = entry.minutes - covered;
      notProvidedByReason[entry.status] += left;
      if (owedReasons.includes(entry.status)) makeUpsOwed += left;
    }
  }
  const mandated = mandatedMinutes(service, counted, options);
  const notProvided = OT_SERVICE_MISS_REASONS.reduce((sum, reason) => sum + notProvidedByReason[reason], 0);
  const missed = OT_SERVICE_MISS_REASONS.reduce((sum, reason) => sum + missedByReason[reason], 0);
  const accounted = provided + notProvided;
  return {
    serviceId: service.id,
    range: counted,
    mandated,
    provided,
    notProvided,
    notProvidedByReason,
    missed,
    missedByReason,
    accounted,
    notAccounted: mandated - accounted,
    remaining: mandated - provided,
    makeUpsDelivered,
    makeUpsOwed,
    pace: paceOf(service, counted, mandated, provided, options),
    entries: inRange,
  };
}
