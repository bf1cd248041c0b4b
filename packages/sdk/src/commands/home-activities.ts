/**
 * Changing the activities of a home program: add one (from the library or the therapist's own), remove one,
 * change or move one. An activity keeps its id for good: a new one takes a number no activity of the program
 * and no practice logged for it ever had, so a log entry never moves to another activity (issue 13).
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import type { OtHomeLibraryLanguage } from '../model/home-library.js';
import { homeProgramSchema, type OtHomeActivity, type OtHomeProgram } from '../model/home-programs.js';
import { safeParse } from '../model/schema.js';
import { listRecords } from '../store/read.js';
import type { OtStore } from '../store/store.js';
import type { OtState, OtTransaction } from '../store/types.js';
import { activityOf, type OtHomeActivityDraft, type OtHomeCommandOptions } from './home-program.js';
import { runCommand } from './run-command.js';

const fail = (subject: string, issues: OtIssue[]): never => {
  throw new OtValidationError(subject, issues);
};

/** The activities of `program` checked as a whole program, or an {@link OtValidationError} naming the field. */
function checked(program: OtHomeProgram, activities: readonly OtHomeActivity[]): OtHomeProgram['activities'] {
  const result = safeParse(homeProgramSchema, { ...program, activities });
  return result.success ? result.data.activities : fail('home program', [...result.issues]);
}

/**
 * The id a new activity of `program` gets: `a` and one more than the highest number among its activities and
 * `used` (the activity ids of its logged practice), so a removed activity's id is never given again.
 *
 * @example
 * nextHomeActivityId({ activities: [{ id: 'a2' }] }, ['a1', 'a2']); // 'a3'
 */
export function nextHomeActivityId(
  program: { readonly activities: readonly Pick<OtHomeActivity, 'id'>[] },
  used: Iterable<string> = [],
): string {
  let highest = 0;
  for (const id of [...program.activities.map((activity) => activity.id), ...used]) {
    const number = /^a(\d{1,6})$/.exec(id)?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  return `a${highest + 1}`;
}

/**
 * The rule of adding an activity to a program, with no store: filled from the library like
 * `planHomeProgram`, with a fresh id (see {@link nextHomeActivityId}); the others keep theirs. Throws an
 * {@link OtValidationError} naming the field (a third activity is refused: a home plan has one or two).
 *
 * @example
 * const activities = planHomeActivityAdd(program, { libraryId: 'putty' }, { used: ['a1', 'a2'] });
 */
export function planHomeActivityAdd(
  program: OtHomeProgram,
  draft: OtHomeActivityDraft,
  options: { readonly language?: OtHomeLibraryLanguage; readonly used?: Iterable<string> } = {},
): OtHomeProgram['activities'] {
  const issues: OtIssue[] = [];
  const index = program.activities.length;
  const language = options.language ?? (program.language === 'es' ? 'es' : 'en');
  const activity = activityOf(draft ?? {}, nextHomeActivityId(program, options.used), index, language, issues);
  if (issues.length) fail('home program', issues);
  return checked(program, [...program.activities, activity as unknown as OtHomeActivity]);
}

/**
 * The rule of removing an activity, with no store: the others keep their ids (and their logged practice).
 * Throws an {@link OtValidationError} for an unknown activity or the last one.
 *
 * @example
 * const activities = planHomeActivityRemove(program, 'a1'); // [{ id: 'a2', … }]
 */
export function planHomeActivityRemove(program: OtHomeProgram, activityId: string): OtHomeProgram['activities'] {
  activityIndexOf(program, activityId);
  return checked(
    program,
    program.activities.filter((activity) => activity.id !== activityId),
  );
}

/** Runs `plan` on a stored program's activities and stores what it gives, in one transaction named `command`. */
function changeActivities(
  store: OtStore,
  command: string,
  homeProgramId: string,
  options: OtHomeCommandOptions,
  plan: (program: OtHomeProgram, tx: OtTransaction) => OtHomeProgram['activities'],
): Promise<OtHomeProgram> {
  return runCommand(store, command, options, (tx) => {
    const program = tx.homePrograms.get(homeProgramId);
    if (!program) throw new OtNotFoundError('homePrograms', homeProgramId);
    return tx.homePrograms.update(program.id, { activities: plan(program, tx), updatedAt: options.at ?? tx.now });
  });
}

/** The activity ids the practice logged for a stored program names. */
function loggedActivityIds(state: OtState, homeProgramId: string): string[] {
  return listRecords(state, 'practiceLogs')
    .filter((entry) => entry.homeProgramId === homeProgramId)
    .map((entry) => entry.activityId);
}

/**
 * Adds an activity to a stored program, in one transaction; its id is new to the program and to its log.
 *
 * @example
 * await addHomeActivity(store, { homeProgramId, activity: { libraryId: 'animal-walks' } });
 */
export async function addHomeActivity(
  store: OtStore,
  input: {
    readonly homeProgramId: string;
    readonly activity: OtHomeActivityDraft;
    readonly language?: OtHomeLibraryLanguage;
  },
  options: OtHomeCommandOptions = {},
): Promise<OtHomeProgram> {
  return changeActivities(store, 'homePrograms.addActivity', input.homeProgramId, options, (program, tx) =>
    planHomeActivityAdd(program, input.activity, {
      ...(input.language !== undefined && { language: input.language }),
      used: loggedActivityIds(tx.state, program.id),
    }),
  );
}

/**
 * Removes an activity of a stored program, in one transaction. Its logged practice stays, under its own id.
 *
 * @example
 * await removeHomeActivity(store, { homeProgramId, activityId: 'a1' });
 */
export async function removeHomeActivity(
  store: OtStore,
  input: { readonly homeProgramId: string; readonly activityId: string },
  options: OtHomeCommandOptions = {},
): Promise<OtHomeProgram> {
  return changeActivities(store, 'homePrograms.removeActivity', input.homeProgramId, options, (program) =>
    planHomeActivityRemove(program, input.activityId),
  );
}

/** The fields of an activity the builder may change. */
export type OtHomeActivityChanges = Partial<
  Pick<OtHomeActivity, 'name' | 'instructions' | 'image' | 'minutes' | 'timesPerPeriod' | 'period' | 'when' | 'safety'>
>;

function activityIndexOf(program: OtHomeProgram, activityId: string): number {
  const index = program.activities.findIndex((activity) => activity.id === activityId);
  return index >= 0
    ? index
    : fail('home program command', [
        { path: ['activityId'], code: 'reference', message: `names no activity of this program (got "${activityId}")` },
      ]);
}

/**
 * The rule of changing one activity (how often, how long, when …) or moving it to `toIndex`, with no store.
 * Throws an {@link OtValidationError} naming the field.
 *
 * @example
 * const next = planHomeActivityChange(program, 'a1', { changes: { timesPerPeriod: 2 }, toIndex: 1 });
 */
export function planHomeActivityChange(
  program: OtHomeProgram,
  activityId: string,
  change: { readonly changes?: OtHomeActivityChanges; readonly toIndex?: number },
): OtHomeProgram['activities'] {
  const index = activityIndexOf(program, activityId);
  const activities = [...program.activities];
  const [activity] = activities.splice(index, 1);
  const changed: Record<string, unknown> = { ...activity, ...change.changes };
  for (const key of Object.keys(changed)) if (changed[key] === undefined) delete changed[key];
  const to = change.toIndex ?? index;
  if (!Number.isInteger(to) || to < 0 || to > activities.length)
    fail('home program command', [
      { path: ['toIndex'], code: 'too-big', message: `must be a position from 0 to ${activities.length} (got ${to})` },
    ]);
  activities.splice(to, 0, changed as OtHomeActivity);
  return checked(program, activities);
}

/**
 * Changes one activity of a stored program and/or moves it (`toIndex`), in one transaction.
 *
 * @example
 * await changeHomeActivity(store, { homeProgramId, activityId: 'a2', toIndex: 0 }); // reorder
 * await changeHomeActivity(store, { homeProgramId, activityId: 'a1', changes: { timesPerPeriod: 3, period: 'week' } });
 */
export async function changeHomeActivity(
  store: OtStore,
  input: {
    readonly homeProgramId: string;
    readonly activityId: string;
    readonly changes?: OtHomeActivityChanges;
    readonly toIndex?: number;
  },
  options: OtHomeCommandOptions = {},
): Promise<OtHomeProgram> {
  return changeActivities(store, 'homePrograms.changeActivity', input.homeProgramId, options, (program) =>
    planHomeActivityChange(program, input.activityId, input),
  );
}
