/**
 * The several-goals overview of the progress chart: per goal, a small line of percent correct, the latest values
 * and the trend in one word. Pure, like the chart's view model (views/progress-chart.ts).
 */
import type { OtAssistanceLevel, OtGasLevel } from '../model/enums.js';
import type { OtGoal } from '../model/goals.js';
import {
  goalProgress,
  progressTrend,
  type OtGoalProgress,
  type OtProgressRange,
  type OtTrendDirection,
} from '../measures/progress.js';
import { listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';
import { columnCentres, linearScale, linePath } from './chart-geometry.js';

/** Display options of {@link progressOverview}. */
export interface OtProgressOverviewOptions {
  /** Size of each goal's small line in SVG user units; default 160 × 40. */
  readonly sparkWidth?: number | undefined;
  readonly sparkHeight?: number | undefined;
  /** `rtl` runs the small lines from right to left. */
  readonly direction?: 'ltr' | 'rtl' | undefined;
}

/** One goal of the overview. */
export interface OtProgressOverviewRow {
  readonly goal: OtGoal;
  /** How many entries the goal has. */
  readonly entries: number;
  /** Path data of percent correct over the sessions, in a `sparkWidth` × `sparkHeight` box. */
  readonly sparkline: string;
  /** The latest values recorded (each from the latest entry that has it). */
  readonly latestPercent: number | undefined;
  readonly latestAssistance: OtAssistanceLevel | undefined;
  readonly latestGasLevel: OtGasLevel | undefined;
  /** The trend of percent correct, or of assistance when no trials were counted (as in the progress report). */
  readonly trend: OtTrendDirection;
}

/** What the overview shows. */
export interface OtProgressOverview {
  readonly sparkWidth: number;
  readonly sparkHeight: number;
  readonly rows: readonly OtProgressOverviewRow[];
}

const latest = <T>(values: readonly (T | undefined)[]): T | undefined =>
  [...values].reverse().find((value) => value !== undefined);

/**
 * The overview of several goals' series.
 *
 * @example
 * const overview = progressOverview(clientProgress(store.getState(), clientId));
 * overview.rows.map((row) => `${row.goal.description}: ${row.trend}`);
 */
export function progressOverview(
  series: readonly OtGoalProgress[],
  options: OtProgressOverviewOptions = {},
): OtProgressOverview {
  const sparkWidth = options.sparkWidth ?? 160;
  const sparkHeight = options.sparkHeight ?? 40;
  const y = linearScale([0, 100], [sparkHeight - 3, 3]);
  const rows = series.map(({ goal, points }): OtProgressOverviewRow => {
    const columns =
      options.direction === 'rtl'
        ? columnCentres(points.length, sparkWidth, 0)
        : columnCentres(points.length, 0, sparkWidth);
    const percent = progressTrend(points, 'percentCorrect');
    const trend = percent.direction === 'insufficient-data' ? progressTrend(points, 'assistance') : percent;
    return {
      goal,
      entries: points.length,
      sparkline: linePath(
        points.map((point, index) =>
          point.percentCorrect === undefined ? undefined : { x: columns.centres[index]!, y: y(point.percentCorrect) },
        ),
      ),
      latestPercent: latest(points.map((point) => point.percentCorrect)),
      latestAssistance: latest(points.map((point) => point.assistance)),
      latestGasLevel: latest(points.map((point) => point.gasLevel)),
      trend: trend.direction,
    };
  });
  return { sparkWidth, sparkHeight, rows };
}

/**
 * The series of a client's goals from a store's state, in the goals' order; cancelled goals are left out. With no
 * client id, every goal in the state.
 *
 * @example
 * clientProgress(store.getState(), clientId, { from: Date.parse('2026-09-01') }).length; // 3 goals
 */
export function clientProgress(
  state: OtState,
  clientId: string | undefined,
  range: OtProgressRange = {},
): OtGoalProgress[] {
  return listRecords(state, 'goals')
    .filter((goal) => (clientId === undefined || goal.clientId === clientId) && goal.lifecycle !== 'cancelled')
    .sort((a, b) => a.order - b.order)
    .map((goal) => goalProgress(state, goal.id, range));
}
