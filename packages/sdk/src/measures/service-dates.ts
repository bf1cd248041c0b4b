/**
 * Calendar arithmetic for service minutes, on local dates written `YYYY-MM-DD`: the local date of an instant in
 * a time zone named explicitly (so Node and every browser agree, whatever zone the machine is in), weekdays,
 * the week or month around a date, and school days. Pure; no DOM.
 */
import { OtValidationError } from '../errors.js';

const DAY_MS = 86_400_000;

/**
 * A time zone: an IANA name such as `America/Chicago`, or a fixed offset from UTC in minutes (`-300` for
 * UTC−5). Always given explicitly: the SDK never reads the zone of the machine it runs on.
 */
export type OtTimeZone = string | number;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (internal: the dates are checked by their callers). */
export function dayNumber(date: string): number {
  const day = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  day.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(day.getTime() / DAY_MS);
}

/** The `YYYY-MM-DD` date of a day number (see {@link dayNumber}). */
export function dateOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The date `days` days after `date` (before, when negative).
 *
 * @example
 * addDays('2046-02-27', 2); // '2046-03-01'
 */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/**
 * The weekday of a date: 0 Sunday … 6 Saturday.
 *
 * @example
 * weekdayOf('2046-09-03'); // 1 (a Monday)
 */
export function weekdayOf(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      throw new OtValidationError('time zone', [
        { path: ['timeZone'], code: 'invalid', message: `is not a known time zone (got "${timeZone}")` },
      ]);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The local calendar date of an instant in a time zone (an IANA name or an offset in minutes). A session
 * logged at 23:30 in Chicago belongs to that Chicago date, though it is already the next day in UTC. Throws an
 * `OtValidationError` naming `timeZone` for an unknown zone name.
 *
 * @example
 * localDateOf(Date.UTC(2046, 8, 4, 4, 30), 'America/Chicago'); // '2046-09-03' (23:30 local)
 * localDateOf(Date.UTC(2046, 8, 4, 4, 30), -300); // '2046-09-03'
 */
export function localDateOf(at: number, timeZone: OtTimeZone): string {
  if (typeof timeZone === 'number') {
    if (!Number.isInteger(timeZone) || Math.abs(timeZone) > 18 * 60)
      throw new OtValidationError('time zone', [
        { path: ['timeZone'], code: 'invalid', message: `must be whole minutes from −1080 to 1080 (got ${timeZone})` },
      ]);
    return dateOfDay(Math.floor((at + timeZone * 60_000) / DAY_MS));
  }
  const parts = zoneFormatter(timeZone).formatToParts(new Date(at));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * The calendar date of an instant on this device's clock, `YYYY-MM-DD` (a family's "today", not the UTC one):
 * {@link localDateOf} with the device's own offset at that instant.
 *
 * @example
 * localDate(Date.now()); // '2026-12-06'
 */
export function localDate(at: number): string {
  return localDateOf(at, -new Date(at).getTimezoneOffset());
}

/** A span of local dates, both ends included. */
export interface OtDateRange {
  /** The first date, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last date, `YYYY-MM-DD` (included). */
  readonly to: string;
}

/**
 * The week (seven days from `weekStartsOn`, 0 Sunday … 6 Saturday; Monday by default) that holds `date`.
 *
 * @example
 * weekOf('2046-09-05'); // { from: '2046-09-03', to: '2046-09-09' }
 */
export function weekOf(date: string, weekStartsOn = 1): OtDateRange {
  const back = (weekdayOf(date) - weekStartsOn + 7) % 7;
  const from = addDays(date, -back);
  return { from, to: addDays(from, 6) };
}

/**
 * The calendar month that holds `date`.
 *
 * @example
 * monthOf('2046-02-14'); // { from: '2046-02-01', to: '2046-02-28' }
 */
export function monthOf(date: string): OtDateRange {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstOfNext =
    month === 12
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${date.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`;
  return { from: `${date.slice(0, 8)}01`, to: addDays(firstOfNext, -1) };
}

/** The weekdays a school is open by default: Monday to Friday. */
export const OT_SCHOOL_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

/**
 * How many school days (dates whose weekday is in `schoolWeekdays`) a range holds; 0 for an empty range.
 *
 * @example
 * countSchoolDays({ from: '2046-09-03', to: '2046-09-09' }); // 5
 */
export function countSchoolDays(range: OtDateRange, schoolWeekdays: readonly number[] = OT_SCHOOL_WEEKDAYS): number {
  const first = dayNumber(range.from);
  const last = dayNumber(range.to);
  if (last < first) return 0;
  const days = last - first + 1;
  const weeks = Math.floor(days / 7);
  let count = weeks * new Set(schoolWeekdays).size;
  const startWeekday = weekdayOf(range.from);
  for (let i = 0; i < days % 7; i++) if (schoolWeekdays.includes((startWeekday + i) % 7)) count++;
  return count;
}

/** The overlap of two ranges, or undefined when they do not meet. */
export function intersectRanges(a: OtDateRange, b: OtDateRange): OtDateRange | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : undefined;
}
