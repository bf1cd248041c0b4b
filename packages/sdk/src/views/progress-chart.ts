/**
 * The progress chart's view model: a pure function of one goal's series (from a store with `goalProgress`, or
 * from a portal's own entries with `progressFromEntries`) and the display options, giving every coordinate the
 * chart draws — percent correct as a line, level of assistance as steps on its ordinal scale, the GAS levels as
 * bands — and the same numbers per point for the data table and the spoken labels. Elements and a React portal
 * get identical numbers; nothing here touches the DOM.
 */
import { OT_ASSISTANCE_LEVELS, OT_GAS_LEVELS, type OtAssistanceLevel, type OtGasLevel } from '../model/enums.js';
import type { OtGoal } from '../model/goals.js';
import {
  progressTrend,
  type OtGoalProgress,
  type OtProgressPoint,
  type OtProgressTrend,
} from '../measures/progress.js';
import { columnCentres, linearScale, linePath, stepPath, type OtPathPoint } from './chart-geometry.js';

/** The panels of the chart, top to bottom. */
export const OT_PROGRESS_PANELS = ['percent', 'assistance', 'gas'] as const;
/** A panel of the chart. */
export type OtProgressPanelName = (typeof OT_PROGRESS_PANELS)[number];

/** Display options of {@link progressChartView}. */
export interface OtProgressChartViewOptions {
  /** Width of the drawing in SVG user units; default 640. Height follows from the panels shown. */
  readonly width?: number | undefined;
  /** Space at the inline start for the axis labels; default 120. */
  readonly labelWidth?: number | undefined;
  /** `rtl` runs sessions from right to left and puts the labels on the right. Default `ltr`. */
  readonly direction?: 'ltr' | 'rtl' | undefined;
  /** Index of the point last focused: it keeps the tab stop. Default: the latest point. */
  readonly focusIndex?: number | undefined;
}

/** One panel: where it is, and the values its vertical scale shows. */
export interface OtProgressPanel {
  readonly name: OtProgressPanelName;
  readonly top: number;
  readonly height: number;
  /** Gridlines / rows with their label's value: percents, assistance levels (0 on top) or GAS levels (+2 on top). */
  readonly ticks: readonly { readonly value: number | OtAssistanceLevel | OtGasLevel; readonly y: number }[];
}

/** A GAS level as a horizontal band of the GAS panel, with the therapist's description of it when there is one. */
export interface OtGasBand {
  readonly level: OtGasLevel;
  readonly top: number;
  readonly height: number;
  readonly description: string | undefined;
  /** The goal's baseline level. */
  readonly baseline: boolean;
}

/** One session's point: the recorded values (from {@link OtProgressPoint}) and where each is drawn. */
export interface OtChartPoint extends OtProgressPoint {
  /** 0-based position in session order. */
  readonly index: number;
  /** Centre of the session's column. */
  readonly x: number;
  /** y of the percent-correct point, when trials were counted. */
  readonly percentY: number | undefined;
  /** y of the assistance step, when a level was recorded. */
  readonly assistanceY: number | undefined;
  /** y of the GAS point, when a level was recorded. */
  readonly gasY: number | undefined;
  /** The one point in the tab order (roving tab stop). */
  readonly tabStop: boolean;
}

/** What the progress chart shows for one goal. */
export interface OtProgressChartView {
  readonly goal: OtGoal;
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  /** The plot area: every point lies inside it. */
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Where the axis labels go (inline start of the plot: left, or right for `rtl`). */
  readonly labelX: number;
  /** Width of one session's column. */
  readonly columnWidth: number;
  readonly panels: readonly OtProgressPanel[];
  readonly points: readonly OtChartPoint[];
  /** Path data: percent correct as a line, assistance as steps, GAS levels as a line over the bands. */
  readonly percentPath: string;
  readonly assistancePath: string;
  readonly gasPath: string;
  readonly gasBands: readonly OtGasBand[];
  /** Sessions whose number is written under the axis (at most about eight, always the first and last). */
  readonly xLabels: readonly { readonly index: number; readonly x: number }[];
  /** Trends over the last sessions, for the plain-words summary. */
  readonly trend: { readonly percentCorrect: OtProgressTrend; readonly assistance: OtProgressTrend };
  readonly tabStop: number | undefined;
}

const PERCENT_HEIGHT = 180;
const ROW_HEIGHT = 22;
const PANEL_GAP = 30;
const TOP = 12;
const AXIS_HEIGHT = 28;
const END_MARGIN = 16;
const MAX_X_LABELS = 8;

const hasAny = (points: readonly OtProgressPoint[], key: 'percentCorrect' | 'assistance' | 'gasLevel') =>
  points.some((point) => point[key] !== undefined);

function panelsOf(progress: OtGoalProgress): OtProgressPanelName[] {
  const { goal, points } = progress;
  const shown: OtProgressPanelName[] = [];
  if (hasAny(points, 'percentCorrect') || !hasAny(points, 'assistance')) shown.push('percent');
  if (hasAny(points, 'assistance')) shown.push('assistance');
  if (hasAny(points, 'gasLevel') || goal.gas?.levels) shown.push('gas');
  return shown;
}

function panelAt(name: OtProgressPanelName, top: number): OtProgressPanel {
  if (name === 'percent') {
    const y = linearScale([0, 100], [top + PERCENT_HEIGHT, top]);
    return { name, top, height: PERCENT_HEIGHT, ticks: [0, 25, 50, 75, 100].map((value) => ({ value, y: y(value) })) };
  }
  const values: readonly (OtAssistanceLevel | OtGasLevel)[] =
    name === 'assistance' ? OT_ASSISTANCE_LEVELS : [...OT_GAS_LEVELS].reverse();
  return {
    name,
    top,
    height: values.length * ROW_HEIGHT,
    ticks: values.map((value, row) => ({ value, y: top + (row + 0.5) * ROW_HEIGHT })),
  };
}

/** Which sessions get a number under the axis: every k-th, and always the last. */
function labelledIndexes(count: number): number[] {
  const every = Math.max(1, Math.ceil(count / MAX_X_LABELS));
  const indexes = Array.from({ length: count }, (_, index) => index).filter((index) => index % every === 0);
  if (count && indexes[indexes.length - 1] !== count - 1) {
    if (count - 1 - indexes[indexes.length - 1]! < every / 2) indexes.pop();
    indexes.push(count - 1);
  }
  return indexes;
}

/**
 * The progress chart of one goal. Points are in session order, left to right (right to left for `rtl`); each
 * lies inside `plot`; the panels without data are left out (no assistance recorded → no assistance panel; no GAS
 * level and no GAS descriptions → no GAS panel).
 *
 * @example
 * const view = progressChartView(goalProgress(store.getState(), goalId), { direction: 'rtl' });
 * view.points.map((p) => p.percentCorrect); // the same numbers the data table shows
 * svg.setAttribute('viewBox', `0 0 ${view.width} ${view.height}`); path.setAttribute('d', view.percentPath);
 */
export function progressChartView(
  progress: OtGoalProgress,
  options: OtProgressChartViewOptions = {},
): OtProgressChartView {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 120;
  const direction = options.direction ?? 'ltr';
  const rtl = direction === 'rtl';
  const left = rtl ? END_MARGIN : labelWidth;
  const right = width - (rtl ? labelWidth : END_MARGIN);

  const panels: OtProgressPanel[] = [];
  let top = TOP;
  for (const name of panelsOf(progress)) {
    const panel = panelAt(name, top);
    panels.push(panel);
    top += panel.height + PANEL_GAP;
  }
  const bottom = top - PANEL_GAP;
  const panel = (name: OtProgressPanelName) => panels.find((shown) => shown.name === name);

  const count = progress.points.length;
  const columns = rtl ? columnCentres(count, right, left) : columnCentres(count, left, right);
  const lastIndex = count - 1;
  const focus = options.focusIndex;
  const tabStop = count ? (focus !== undefined && focus >= 0 && focus < count ? focus : lastIndex) : undefined;

  const percentPanel = panel('percent');
  const percentY = percentPanel && linearScale([0, 100], [percentPanel.top + percentPanel.height, percentPanel.top]);
  const rowY = (name: OtProgressPanelName, value: unknown) =>
    panel(name)?.ticks.find((tick) => tick.value === value)?.y;

  const points: OtChartPoint[] = progress.points.map((point, index) => ({
    ...point,
    index,
    x: columns.centres[index]!,
    percentY: point.percentCorrect === undefined || !percentY ? undefined : percentY(point.percentCorrect),
    assistanceY: point.assistance === undefined ? undefined : rowY('assistance', point.assistance),
    gasY: point.gasLevel === undefined ? undefined : rowY('gas', point.gasLevel),
    tabStop: index === tabStop,
  }));
  const at = (y: number | undefined, x: number): OtPathPoint => (y === undefined ? undefined : { x, y });

  const gasPanel = panel('gas');
  const gasBands: OtGasBand[] = gasPanel
    ? gasPanel.ticks.map((tick) => ({
        level: tick.value as OtGasLevel,
        top: tick.y - ROW_HEIGHT / 2,
        height: ROW_HEIGHT,
        description: progress.goal.gas?.levels?.[String(tick.value) as '-2' | '-1' | '0' | '1' | '2'],
        baseline: progress.goal.gas?.baseline === tick.value,
      }))
    : [];

  return {
    goal: progress.goal,
    width,
    height: bottom + AXIS_HEIGHT,
    direction,
    plot: { left, right, top: TOP, bottom },
    labelX: rtl ? right + 8 : left - 8,
    columnWidth: Math.abs(columns.step),
    panels,
    points,
    percentPath: linePath(points.map((point) => at(point.percentY, point.x))),
    assistancePath: stepPath(
      points.map((point) => at(point.assistanceY, point.x)),
      columns.step,
    ),
    gasPath: linePath(points.map((point) => at(point.gasY, point.x))),
    gasBands,
    xLabels: labelledIndexes(count).map((index) => ({ index, x: columns.centres[index]! })),
    trend: {
      percentCorrect: progressTrend(progress.points, 'percentCorrect'),
      assistance: progressTrend(progress.points, 'assistance'),
    },
    tabStop,
  };
}

/**
 * The keyboard rule of the chart's points (one tab stop, arrows between sessions): where a key moves the focus
 * from `index`, or undefined for a key that does not move it. ArrowRight is the next session left to right and
 * the previous one right to left; Home and End go to the first and last; PageUp/PageDown jump five sessions.
 *
 * @example
 * nextPointIndex(3, 'ArrowRight', 12, 'rtl'); // 2
 */
export function nextPointIndex(
  index: number,
  key: string,
  count: number,
  direction: 'ltr' | 'rtl' = 'ltr',
): number | undefined {
  if (count === 0) return undefined;
  const forward = direction === 'rtl' ? -1 : 1;
  const moves: Record<string, number> = {
    ArrowRight: index + forward,
    ArrowLeft: index - forward,
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + 5,
    PageUp: index - 5,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined ? undefined : Math.min(count - 1, Math.max(0, target));
}
