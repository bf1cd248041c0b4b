import {
  clientProgress,
  goalProgress,
  OtNotFoundError,
  progressFromEntries,
  type OtGoal,
  type OtGoalProgress,
  type OtProgressRange,
  type OtState,
} from '@otkit/sdk';

/** The collections the chart and its report read: the element re-renders when one of them changes. */
const READ_COLLECTIONS = ['goals', 'progressEntries', 'clients', 'homePrograms', 'practiceLogs', 'notes'] as const;

/** Whether two states hold the same records in every collection the chart reads. */
export const sameProgressData = (a: OtState, b: OtState): boolean =>
  READ_COLLECTIONS.every((collection) => a[collection] === b[collection]);

/** Where the chart's data comes from, and which goal and period it shows. */
export interface ChartSource {
  /** Page data (standalone): goals and progress entries set as properties. */
  readonly goals: readonly OtGoal[] | undefined;
  readonly entries: unknown;
  /** A provider's state (connected), when there is no page data. */
  readonly state: OtState | undefined;
  readonly goalId: string | undefined;
  readonly clientId: string | undefined;
  readonly range: OtProgressRange;
}

/** The series the element shows: every goal's (the overview), and the one goal's the chart and table show. */
export interface ChartData {
  readonly series: readonly OtGoalProgress[];
  readonly selected: OtGoalProgress | undefined;
}

/**
 * The series from page data or a store's state. Throws a named error for what the page got wrong: an
 * `OtValidationError` whose paths name a malformed entry (`entries[3].trials.plus`), an `OtNotFoundError` for a
 * `goal-id` that is not among the goals.
 */
export function chartData(source: ChartSource): ChartData | undefined {
  const { goalId, clientId, range } = source;
  if (source.goals !== undefined || source.entries !== undefined) {
    const goals = [...(source.goals ?? [])]
      .filter((goal) => (clientId === undefined || goal.clientId === clientId) && goal.lifecycle !== 'cancelled')
      .sort((a, b) => a.order - b.order);
    const series = goals.map((goal) => progressFromEntries(goal, source.entries ?? [], range));
    // Checked even with no goal to show, so a malformed entry is never silently ignored.
    if (!goals.length) progressFromEntries(PLACEHOLDER_GOAL, source.entries ?? [], range);
    return { series, selected: pick(series, goalId) };
  }
  if (!source.state) return undefined;
  const series = clientProgress(source.state, clientId, range);
  const selected = goalId === undefined ? series[0] : goalProgress(source.state, goalId, range);
  return { series, selected };
}

const PLACEHOLDER_GOAL: OtGoal = { id: '-', description: '-', order: 0, lifecycle: 'active', createdAt: 0 };

function pick(series: readonly OtGoalProgress[], goalId: string | undefined): OtGoalProgress | undefined {
  if (goalId === undefined) return series[0];
  const found = series.find((progress) => progress.goal.id === goalId);
  if (!found) throw new OtNotFoundError('goals', goalId);
  return found;
}
