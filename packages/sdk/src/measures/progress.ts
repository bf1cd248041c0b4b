/**
 * Progress over time, per goal: the series of what was recorded in each session (percent of trials correct,
 * level of assistance and prompt level on their ordinal scales, status, GAS level, setting), the trend over the
 * last sessions, and a split by setting (clinic, school, home …). Pure functions over a state or over entries a
 * portal hands in; nothing here touches the DOM.
 */
import { OtNotFoundError, OtValidationError } from '../errors.js';
import { progressEntrySchema, type OtGoal, type OtProgressEntry } from '../model/goals.js';
import {
  OT_ASSISTANCE_LEVELS,
  OT_PROMPT_TYPES,
  type OtAssistanceLevel,
  type OtGasLevel,
  type OtGoalSessionStatus,
  type OtPromptType,
  type OtSetting,
} from '../model/enums.js';
import { array, safeParse } from '../model/schema.js';
import { getRecord, listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';

/** One point of a goal's series: what one progress entry recorded, with its ordinal ranks. */
export interface OtProgressPoint {
  /** The progress entry's id. */
  readonly entryId: string;
  /** The session the data was taken in, when there was one. */
  readonly sessionId: string | undefined;
  /** When the data was taken (ms since the epoch). */
  readonly at: number;
  /** Trials counted, when any were. */
  readonly trials: { readonly plus: number; readonly minus: number } | undefined;
  /** Percent of trials correct, 0–100 (not rounded); undefined when no trial was counted. */
  readonly percentCorrect: number | undefined;
  readonly assistance: OtAssistanceLevel | undefined;
  /** 0 = independent … 5 = dependent (the order of {@link OT_ASSISTANCE_LEVELS}); lower is more independent. */
  readonly assistanceRank: number | undefined;
  readonly prompt: OtPromptType | undefined;
  /** 0 = verbal … 4 = physical (the order of {@link OT_PROMPT_TYPES}); lower is less intrusive. */
  readonly promptRank: number | undefined;
  readonly status: OtGoalSessionStatus | undefined;
  readonly gasLevel: OtGasLevel | undefined;
  readonly setting: OtSetting | undefined;
}

/** A goal and its points, oldest first. */
export interface OtGoalProgress {
  readonly goal: OtGoal;
  readonly points: readonly OtProgressPoint[];
}

/** Which entries {@link goalProgress} keeps: those taken at or after `from` and before `to` (ms). */
export interface OtProgressRange {
  readonly from?: number;
  readonly to?: number;
}

/** What a trend is measured on. */
export type OtProgressMeasure = 'percentCorrect' | 'assistance' | 'prompt';

/** Which way a goal is going, in the words of FHIR's goal-achievement codes where they fit. */
export type OtTrendDirection = 'improving' | 'worsening' | 'no-change' | 'insufficient-data';

/** The trend of one measure over the last sessions. */
export interface OtProgressTrend {
  readonly measure: OtProgressMeasure;
  readonly direction: OtTrendDirection;
  /**
   * Least-squares change per session: percentage points for `percentCorrect`, ranks for `assistance` and
   * `prompt` (negative is better there). Undefined with fewer than {@link OT_TREND_MIN_POINTS} points.
   */
  readonly slopePerSession: number | undefined;
  /** How many points the trend was computed from. */
  readonly points: number;
  /** The first and last values it was computed from. */
  readonly first: number | undefined;
  readonly last: number | undefined;
}

/** The fewest points a trend is computed from. */
export const OT_TREND_MIN_POINTS = 3;
/** How many recent sessions a trend looks at by default. */
export const OT_TREND_DEFAULT_SESSIONS = 5;
/** Changes per session smaller than these count as no change. */
export const OT_TREND_DEAD_BAND: Readonly<Record<OtProgressMeasure, number>> = {
  percentCorrect: 2,
  assistance: 0.1,
  prompt: 0.1,
};

/** One setting's share of a goal's data. */
export interface OtSettingProgress {
  /** How many entries were taken there. */
  readonly entries: number;
  /** Trials summed over those entries. */
  readonly trials: { readonly plus: number; readonly minus: number };
  /** Percent correct over all those trials (not an average of percentages); undefined with no trials. */
  readonly percentCorrect: number | undefined;
  /** The most recent level of assistance recorded there. */
  readonly latestAssistance: OtAssistanceLevel | undefined;
}

const rankOf = <T>(list: readonly T[], value: T | undefined): number | undefined =>
  value === undefined ? undefined : list.indexOf(value);

/** Percent of trials correct, or undefined when none were counted. */
export function percentCorrect(
  trials: { readonly plus: number; readonly minus: number } | undefined,
): number | undefined {
  if (!trials) return undefined;
  const total = trials.plus + trials.minus;
  return total === 0 ? undefined : (100 * trials.plus) / total;
}

/**
 * One progress entry as a point of its goal's series.
 *
 * @example
 * progressPoint(entry).percentCorrect; // 75 for 6 correct of 8 trials
 */
export function progressPoint(entry: OtProgressEntry): OtProgressPoint {
  return {
    entryId: entry.id,
    sessionId: entry.sessionId,
    at: entry.at,
    trials: entry.trials,
    percentCorrect: percentCorrect(entry.trials),
    assistance: entry.assistance,
    assistanceRank: rankOf(OT_ASSISTANCE_LEVELS, entry.assistance),
    prompt: entry.prompt,
    promptRank: rankOf(OT_PROMPT_TYPES, entry.prompt),
    status: entry.status,
    gasLevel: entry.gasLevel,
    setting: entry.setting,
  };
}

function pointsOf(goalId: string, entries: readonly OtProgressEntry[], range: OtProgressRange): OtProgressPoint[] {
  const from = range.from ?? -Infinity;
  const to = range.to ?? Infinity;
  return entries
    .filter((entry) => entry.goalId === goalId && entry.at >= from && entry.at < to)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(progressPoint);
}

/**
 * One goal's series from a store's state, oldest first. Throws an {@link OtNotFoundError} for an unknown goal.
 *
 * @example
 * const { points } = goalProgress(store.getState(), goalId, { from: Date.parse('2026-09-01') });
 * points.map((p) => p.percentCorrect); // [40, 55, 62.5, …]
 */
export function goalProgress(state: OtState, goalId: string, range: OtProgressRange = {}): OtGoalProgress {
  const goal = getRecord(state, 'goals', goalId);
  if (!goal) throw new OtNotFoundError('goals', goalId);
  return { goal, points: pointsOf(goalId, listRecords(state, 'progressEntries'), range) };
}

/**
 * One goal's series from entries a portal hands in (its own API's data, say). Each entry is checked against the
 * progress-entry schema first: a malformed one gives an {@link OtValidationError} whose paths name it
 * (`entries[3].trials.plus`); an entry for another goal is left out.
 *
 * @example
 * const { points } = progressFromEntries(goal, await fetchEntries(goal.id));
 */
export function progressFromEntries(goal: OtGoal, entries: unknown, range: OtProgressRange = {}): OtGoalProgress {
  const checked = safeParse(array(progressEntrySchema), entries);
  if (!checked.success)
    throw new OtValidationError(
      'progress entries',
      checked.issues.map((issue) => ({ ...issue, path: ['entries', ...issue.path] })),
    );
  return { goal, points: pointsOf(goal.id, checked.data, range) };
}

const valueOf = (point: OtProgressPoint, measure: OtProgressMeasure): number | undefined =>
  measure === 'percentCorrect'
    ? point.percentCorrect
    : measure === 'assistance'
      ? point.assistanceRank
      : point.promptRank;

/**
 * The trend of one measure over the last `sessions` points that have it (default 5): the least-squares slope per
 * session, and a direction. For assistance and prompts a falling rank is improving (more independent, less
 * intrusive help). Changes smaller than {@link OT_TREND_DEAD_BAND} per session are no change; with fewer than
 * three points the direction is `insufficient-data`.
 *
 * @example
 * progressTrend(goalProgress(state, goalId).points, 'percentCorrect').direction; // 'improving'
 */
export function progressTrend(
  points: readonly OtProgressPoint[],
  measure: OtProgressMeasure,
  sessions: number = OT_TREND_DEFAULT_SESSIONS,
): OtProgressTrend {
  if (!Number.isInteger(sessions) || sessions < 1)
    throw new OtValidationError('trend options', [
      { path: ['sessions'], code: 'too-small', message: `must be a whole number of at least 1 (got ${sessions})` },
    ]);
  const values = points
    .map((point) => valueOf(point, measure))
    .filter((value): value is number => value !== undefined)
    .slice(-Math.max(sessions, OT_TREND_MIN_POINTS));
  const first = values[0];
  const last = values[values.length - 1];
  if (values.length < OT_TREND_MIN_POINTS)
    return { measure, direction: 'insufficient-data', slopePerSession: undefined, points: values.length, first, last };
  const meanX = (values.length - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / values.length;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, x) => {
    covariance += (x - meanX) * (value - meanY);
    variance += (x - meanX) ** 2;
  });
  const slope = covariance / variance;
  const better = measure === 'percentCorrect' ? slope : -slope;
  const direction: OtTrendDirection =
    Math.abs(slope) < OT_TREND_DEAD_BAND[measure] ? 'no-change' : better > 0 ? 'improving' : 'worsening';
  return { measure, direction, slopePerSession: slope, points: values.length, first, last };
}

/**
 * A goal's data split by where it was taken. Entries with no setting are under `unspecified`.
 *
 * @example
 * const split = progressBySetting(goalProgress(state, goalId).points);
 * split.home?.percentCorrect; // 70
 */
export function progressBySetting(
  points: readonly OtProgressPoint[],
): Partial<Record<OtSetting | 'unspecified', OtSettingProgress>> {
  const split: Partial<Record<OtSetting | 'unspecified', OtSettingProgress>> = {};
  for (const point of points) {
    const key = point.setting ?? 'unspecified';
    const before = split[key];
    const trials = {
      plus: (before?.trials.plus ?? 0) + (point.trials?.plus ?? 0),
      minus: (before?.trials.minus ?? 0) + (point.trials?.minus ?? 0),
    };
    split[key] = {
      entries: (before?.entries ?? 0) + 1,
      trials,
      percentCorrect: percentCorrect(trials),
      latestAssistance: point.assistance ?? before?.latestAssistance,
    };
  }
  return split;
}
