/**
 * Page data of a standalone `<ot-goal-stack>` (the `goals`, `notes` and `progress` properties, or the markup
 * list), checked with the SDK's schemas the way the store checks records, into the seed of the element's own
 * store.
 */
import {
  OT_COLLECTION_REFS,
  OtValidationError,
  array,
  goalSchema,
  noteSchema,
  progressEntrySchema,
  safeParse,
  stateOfRecords,
  type OtGoal,
  type OtIssue,
  type OtNote,
  type OtProgressEntry,
  type OtState,
} from '@otkit/sdk';

/** The page's goals, notes and progress entries, as given (unchecked). */
export interface OtGoalStackPageData {
  readonly goals: unknown;
  readonly notes: unknown;
  readonly progress: unknown;
}

/** The checked records of the page, as the element's own store takes them. */
export interface OtGoalStackSeed {
  readonly goals: readonly OtGoal[];
  readonly notes: readonly OtNote[];
  readonly progressEntries: readonly OtProgressEntry[];
}

/** The seed of an element-local store, or why the data cannot be one. */
export type OtCheckedPageData =
  | { readonly seed: OtGoalStackSeed; readonly error?: undefined }
  | { readonly seed?: undefined; readonly error: OtValidationError };

type PageSchema = typeof goalSchema | typeof noteSchema | typeof progressEntrySchema;

/**
 * Checks one list: every problem with its path under `name`; `defaults` fill what a page may leave out
 * (a goal's order is its position, times are now).
 */
function checkList<T>(
  name: string,
  schema: PageSchema,
  list: unknown,
  defaults: (index: number) => object,
  issues: OtIssue[],
): T[] {
  const items = Array.isArray(list)
    ? list.map((item: unknown, index) => (item && typeof item === 'object' ? { ...defaults(index), ...item } : item))
    : list;
  const result = safeParse(array(schema as typeof goalSchema, { uniqueBy: (x) => x.id, uniqueLabel: 'id' }), items);
  if (result.success) return result.data as unknown as T[];
  issues.push(...result.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })));
  return [];
}

/** References between the lists (a note under a goal the page did not give), checked the way the store does. */
function checkReferences(
  goals: readonly OtGoal[],
  lists: readonly [string, readonly (OtNote | OtProgressEntry)[], 'notes' | 'progressEntries'][],
  notes: readonly OtNote[],
  issues: OtIssue[],
): void {
  const known: Record<string, Set<string>> = {
    goals: new Set(goals.map((goal) => goal.id)),
    notes: new Set(notes.map((note) => note.id)),
  };
  for (const [name, list, collection] of lists) {
    list.forEach((record, index) => {
      for (const [field, target] of Object.entries(OT_COLLECTION_REFS[collection].refs)) {
        const id = (record as unknown as Record<string, unknown>)[field];
        if (typeof id === 'string' && known[target] && !known[target].has(id))
          issues.push({
            path: [name, index, field],
            code: 'reference',
            message: `names no ${OT_COLLECTION_REFS[target as 'goals'].entity} with id "${id}"`,
          });
      }
    });
  }
}

/**
 * Checks page data (every problem, with its path) and turns it into the seed of the element's own store.
 * `subject` names where it came from in the error (`properties`, `markup`).
 */
export function checkPageData(data: OtGoalStackPageData, now: number, subject: string): OtCheckedPageData {
  const issues: OtIssue[] = [];
  const goals = checkList<OtGoal>('goals', goalSchema, data.goals, (i) => ({ order: i, createdAt: now }), issues);
  const notes = checkList<OtNote>('notes', noteSchema, data.notes, () => ({ goalId: null, createdAt: now }), issues);
  const progress = checkList<OtProgressEntry>(
    'progress',
    progressEntrySchema,
    data.progress,
    () => ({ at: now }),
    issues,
  );
  checkReferences(
    goals,
    [
      ['notes', notes, 'notes'],
      ['progress', progress, 'progressEntries'],
    ],
    notes,
    issues,
  );
  if (issues.length) return { error: new OtValidationError(subject, issues) };
  return {
    seed: {
      goals,
      notes,
      progressEntries: progress,
    },
  };
}

/**
 * The state a store seeded with `seed` holds once it has loaded, made at once: what the element shows before its
 * store is ready (a server render, the first browser render), so the page data shows with no loading state between.
 */
export function seedState(seed: NonNullable<OtCheckedPageData['seed']>): OtState {
  // A copy, as the memory adapter takes: the state freezes its records, never the page's objects.
  return stateOfRecords(structuredClone(seed));
}
