/**
 * Home practice measures: adherence per week (practice done against the program's plan), the week strip a
 * family sees, and the summary the therapist reads at the next session (practice since the program was made,
 * i.e. since the last session, with how it went and what helped).
 */
import { OtNotFoundError } from '../errors.js';
import type { OtHomeProgram, OtPracticeLogEntry, OtPracticeRating } from '../model/home-programs.js';
import { listRecords, getRecord } from '../store/read.js';
import type { OtState } from '../store/types.js';
import { addDays, dayNumber } from './service-dates.js';

/** One activity in one week. */
export interface OtActivityWeek {
  readonly activityId: string;
  /** Practices the plan asks for in the week (days so far for a daily activity). */
  readonly planned: number;
  /** Practices logged done. */
  readonly done: number;
  readonly minutes: number;
}

/** One week of a program: the 7 days from its start date, the 7 after, and so on. */
export interface OtPracticeWeek {
  /** First day (`YYYY-MM-DD`). */
  readonly start: string;
  /** Last day counted: the week's 7th day, or today, or the program's end, whichever comes first. */
  readonly end: string;
  readonly activities: readonly OtActivityWeek[];
  readonly planned: number;
  /** Practices done, each activity counted up to its plan (extra practice of one does not hide a missed one). */
  readonly done: number;
  /** `done / planned` as a whole percent; 0 when nothing was planned. */
  readonly percent: number;
}

/**
 * Adherence per week from the program's start to `today` (and not past its end): a daily activity asks for
 * `timesPerPeriod` on each day so far, a weekly one for `timesPerPeriod` in each week (whole, even in the week
 * under way). Only `logs` of this program count; entries not done add nothing.
 *
 * @example
 * const weeks = practiceAdherence(program, logs, { today: '2026-12-13' });
 * weeks[0].percent; // e.g. 79
 */
export function practiceAdherence(
  program: OtHomeProgram,
  logs: readonly OtPracticeLogEntry[],
  options: { readonly today: string },
): OtPracticeWeek[] {
  const last = program.endDate !== undefined && program.endDate < options.today ? program.endDate : options.today;
  const weeks: OtPracticeWeek[] = [];
  const mine = logs.filter((log) => log.homeProgramId === program.id && log.done);
  for (let start = program.startDate; start <= last; start = addDays(start, 7)) {
    const end = addDays(start, 6) < last ? addDays(start, 6) : last;
    const days = dayNumber(end) - dayNumber(start) + 1;
    const activities = program.activities.map((activity) => {
      const inWeek = mine.filter((log) => log.activityId === activity.id && log.date >= start && log.date <= end);
      return {
        activityId: activity.id,
        planned: activity.period === 'day' ? activity.timesPerPeriod * days : activity.timesPerPeriod,
        done: inWeek.length,
        minutes: inWeek.reduce((sum, log) => sum + log.minutes, 0),
      };
    });
    const planned = activities.reduce((sum, a) => sum + a.planned, 0);
    const done = activities.reduce((sum, a) => sum + Math.min(a.done, a.planned), 0);
    weeks.push({ start, end, activities, planned, done, percent: planned ? Math.round((done / planned) * 100) : 0 });
  }
  return weeks;
}

/** One day of the week strip. */
export interface OtPracticeDay {
  readonly date: string;
  /** Practices logged done that day, per activity id. */
  readonly done: Readonly<Record<string, number>>;
  /** The entries of that day (done or not), oldest first. */
  readonly entries: readonly OtPracticeLogEntry[];
  readonly isToday: boolean;
}

/**
 * The last 7 days up to `today`, for a family's week strip: what was done each day.
 *
 * @example
 * practiceWeekStrip(program, logs, { today: '2026-12-06' }).map((day) => day.done.a1 ?? 0); // [1, 0, 1, 1, 0, 2, 1]
 */
export function practiceWeekStrip(
  program: OtHomeProgram,
  logs: readonly OtPracticeLogEntry[],
  options: { readonly today: string },
): OtPracticeDay[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(options.today, i - 6);
    const entries = logs
      .filter((log) => log.homeProgramId === program.id && log.date === date)
      .sort((a, b) => a.createdAt - b.createdAt);
    const done: Record<string, number> = {};
    for (const log of entries) if (log.done) done[log.activityId] = (done[log.activityId] ?? 0) + 1;
    return { date, done, entries, isToday: date === options.today };
  });
}

/** One activity in a {@link OtHomePracticeSummary}. */
export interface OtActivityPractice {
  readonly activityId: string;
  readonly name: string;
  readonly planned: number;
  readonly done: number;
  /** Entries saying it was not done. */
  readonly notDone: number;
  readonly minutes: number;
  readonly ratings: Readonly<Record<OtPracticeRating, number>>;
  /** What helped, as the family wrote it, newest first, without repeats. */
  readonly helped: readonly string[];
  /** The notes, newest first. */
  readonly notes: readonly string[];
}

/** Home practice since the last session; see {@link homePracticeSummary}. */
export interface OtHomePracticeSummary {
  readonly program: OtHomeProgram;
  /** First day counted: the program's start (it was made at the last session). */
  readonly since: string;
  readonly today: string;
  readonly activities: readonly OtActivityPractice[];
  /** Days with any practice done. */
  readonly daysPractised: number;
  readonly planned: number;
  readonly done: number;
  /** Done against planned over the whole period, as a whole percent. */
  readonly percent: number;
}

/**
 * The home practice since the last session, for the next one: the program of `homeProgramId`, or the newest
 * program of `clientId`; undefined when the client has none. Throws an {@link OtNotFoundError} for an unknown
 * `homeProgramId`.
 *
 * @example
 * const summary = homePracticeSummary(store.getState(), { clientId, today: localDate(Date.now()) });
 * summary && `${summary.done} of ${summary.planned} (${summary.percent}%)`;
 */
export function homePracticeSummary(
  state: OtState,
  options: { readonly homeProgramId?: string; readonly clientId?: string; readonly today: string },
): OtHomePracticeSummary | undefined {
  let program: OtHomeProgram | undefined;
  if (options.homeProgramId !== undefined) {
    program = getRecord(state, 'homePrograms', options.homeProgramId);
    if (!program) throw new OtNotFoundError('homePrograms', options.homeProgramId);
  } else {
    program = listRecords(state, 'homePrograms')
      .filter((p) => p.clientId === options.clientId)
      .sort((a, b) => a.createdAt - b.createdAt)
      .pop();
  }
  if (!program) return undefined;
  const found = program;
  const logs = listRecords(state, 'practiceLogs')
    .filter((log) => log.homeProgramId === found.id && log.date <= options.today)
    .sort((a, b) => b.createdAt - a.createdAt);
  const weeks = practiceAdherence(found, logs, options);
  const activities = found.activities.map((activity) => {
    const own = logs.filter((log) => log.activityId === activity.id);
    const done = own.filter((log) => log.done);
    const ratings = { hard: 0, okay: 0, good: 0 };
    for (const log of own) if (log.rating) ratings[log.rating]++;
    return {
      activityId: activity.id,
      name: activity.name,
      planned: weeks.reduce((sum, week) => sum + week.activities.find((a) => a.activityId === activity.id)!.planned, 0),
      done: done.length,
      notDone: own.length - done.length,
      minutes: done.reduce((sum, log) => sum + log.minutes, 0),
      ratings,
      helped: [...new Set(own.flatMap((log) => (log.helped ? [log.helped] : [])))],
      notes: own.flatMap((log) => (log.note ? [log.note] : [])),
    };
  });
  const planned = weeks.reduce((sum, week) => sum + week.planned, 0);
  const done = weeks.reduce((sum, week) => sum + week.done, 0);
  return {
    program: found,
    since: found.startDate,
    today: options.today,
    activities,
    daysPractised: new Set(logs.filter((log) => log.done).map((log) => log.date)).size,
    planned,
    done,
    percent: planned ? Math.round((done / planned) * 100) : 0,
  };
}
