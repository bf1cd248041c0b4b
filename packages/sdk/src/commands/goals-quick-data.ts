/**
 * Commands of a goal's quick data in a session: trials, assistance, prompt, status, a short note, and undoing
 * one tap. See goals.ts for what every goal command shares.
 */
import type { OtAssistanceLevel, OtGoalSessionStatus, OtPromptType } from '../model/enums.js';
import type { OtProgressEntry } from '../model/entities.js';
import { sessionAt, sessionReview } from '../measures/session-review.js';
import type { OtStore } from '../store/store.js';
import type { OtPatch } from '../store/types.js';
import { invalid, run } from './goals-shared.js';

/** The fields of a goal's quick data. */
const QUICK_DATA_FIELDS = ['trials', 'assistance', 'prompt', 'status', 'gasLevel', 'note'] as const;

/** A field of a goal's quick data that one tap changes. */
export type OtQuickDataField = Exclude<(typeof QUICK_DATA_FIELDS)[number], 'gasLevel'>;

/**
 * How to undo one quick-data tap, and what it will undo: the goal, the field, its value before and after the
 * tap. Pass it to {@link undoQuickData}.
 */
export interface OtQuickDataUndo {
  readonly goalId: string;
  /** The progress entry the tap wrote. */
  readonly entryId: string;
  /** True when the tap made the entry: undoing it removes the entry. */
  readonly created: boolean;
  readonly field: OtQuickDataField;
  /** The field's value before the tap (undefined: unset), which the undo puts back. */
  readonly before: OtProgressEntry[OtQuickDataField];
  /** The field's value after the tap. */
  readonly after: OtProgressEntry[OtQuickDataField];
}

/** What a quick-data command resolves with. */
export interface OtQuickDataResult {
  /** The goal's progress entry for the session, as stored now. */
  readonly entry: OtProgressEntry;
  /** The entry before the tap; undefined when the tap made it. */
  readonly previous: OtProgressEntry | undefined;
  /** How to undo the tap. */
  readonly undo: OtQuickDataUndo;
}

/** Where quick data goes: a goal, and the session (default: the one running when the command runs). */
export interface OtQuickDataTarget {
  readonly goalId: string;
  readonly sessionId?: string | undefined;
}

/**
 * One tap: finds the goal's progress entry of the session when the command runs (or makes it) and changes one
 * field. Each goal has one entry per session; with no session, one per day.
 */
function tap<F extends OtQuickDataField>(
  store: OtStore,
  input: OtQuickDataTarget,
  field: F,
  change: (value: OtProgressEntry[F]) => OtProgressEntry[F],
): Promise<OtQuickDataResult> {
  return run(store, 'progress.tap', (tx) => {
    const goal = tx.goals.get(input.goalId);
    if (!goal) throw invalid('progress entry', ['goalId'], 'reference', `names no goal with id "${input.goalId}"`);
    const { sessionId, scope } = sessionAt(tx.state, tx.now, input);
    const previous = sessionReview(tx.state, scope, { goals: [goal] }).entries[goal.id];
    const before = previous?.[field];
    const after = change(before);
    const patch = { [field]: after } as OtPatch<'progressEntries'>;
    const entry = previous
      ? tx.progressEntries.update(previous.id, patch)
      : tx.progressEntries.add({ goalId: goal.id, sessionId, ...patch });
    return { entry, previous, undo: { goalId: goal.id, entryId: entry.id, created: !previous, field, before, after } };
  });
}

/** A value that a second tap on the same choice clears: `toggle` turns "set it" into "set it, or clear it". */
function choose<T>(value: T | undefined, toggle: boolean | undefined): (held: T | undefined) => T | undefined {
  return (held) => (toggle && held === value ? undefined : value);
}

/**
 * Records one trial of a goal, + (`result: 'plus'`) or − (`'minus'`), in the goal's progress entry of the
 * session running when the command runs.
 *
 * @example
 * const { entry, undo } = await recordTrial(store, { goalId: 'shoes', result: 'plus' });
 * entry.trials; // { plus: 1, minus: 0 }
 * await undoQuickData(store, undo);
 */
export function recordTrial(
  store: OtStore,
  input: OtQuickDataTarget & { readonly result: 'plus' | 'minus' },
): Promise<OtQuickDataResult> {
  if (input.result !== 'plus' && input.result !== 'minus')
    return Promise.reject(
      invalid('trial', ['result'], 'enum', `must be "plus" or "minus" (got "${String(input.result)}")`),
    );
  return tap(store, input, 'trials', (trials) => ({
    plus: (trials?.plus ?? 0) + (input.result === 'plus' ? 1 : 0),
    minus: (trials?.minus ?? 0) + (input.result === 'minus' ? 1 : 0),
  }));
}

/** Options of the one-choice quick-data commands. */
export interface OtChoiceOptions {
  /** When the goal already holds this value, clear it instead (a second tap on the same button). */
  readonly toggle?: boolean | undefined;
}

/**
 * Sets (or, with `level: undefined`, clears) the level of assistance of a goal in this session.
 *
 * @example
 * await setAssistance(store, { goalId: 'shoes', level: 'minimal' });
 */
export function setAssistance(
  store: OtStore,
  input: OtQuickDataTarget & { readonly level: OtAssistanceLevel | undefined } & OtChoiceOptions,
): Promise<OtQuickDataResult> {
  return tap(store, input, 'assistance', choose(input.level, input.toggle));
}

/**
 * Sets (or clears) the prompt level of a goal in this session: verbal, gestural, visual, model, physical.
 *
 * @example
 * await setPromptLevel(store, { goalId: 'shoes', prompt: 'verbal' });
 */
export function setPromptLevel(
  store: OtStore,
  input: OtQuickDataTarget & { readonly prompt: OtPromptType | undefined } & OtChoiceOptions,
): Promise<OtQuickDataResult> {
  return tap(store, input, 'prompt', choose(input.prompt, input.toggle));
}

/**
 * Sets (or clears) how a goal went in this session: met, progressing or not addressed.
 *
 * @example
 * await setGoalStatus(store, { goalId: 'shoes', status: 'met' });
 */
export function setGoalStatus(
  store: OtStore,
  input: OtQuickDataTarget & { readonly status: OtGoalSessionStatus | undefined } & OtChoiceOptions,
): Promise<OtQuickDataResult> {
  return tap(store, input, 'status', choose(input.status, input.toggle));
}

/**
 * Sets (or, empty, clears) the short note of a goal's data in this session; the text is trimmed.
 *
 * @example
 * await setProgressNote(store, { goalId: 'shoes', note: 'Used a loop-and-swoop' });
 */
export function setProgressNote(
  store: OtStore,
  input: OtQuickDataTarget & { readonly note: string | undefined },
): Promise<OtQuickDataResult> {
  return tap(store, input, 'note', () => input.note?.trim() || undefined);
}

/**
 * Undoes one quick-data tap: puts the field back as it was before it (only that field, so data recorded
 * since in other fields stays), or removes the entry the tap made when it holds nothing else. Resolves with the entry as stored now
 * (undefined when removed) and as it was before the undo.
 *
 * @example
 * const { undo } = await recordTrial(store, { goalId: 'shoes', result: 'plus' });
 * `Undo ${undo.field} of ${undo.goalId}`; // what it will undo
 * await undoQuickData(store, undo);
 */
export function undoQuickData(
  store: OtStore,
  undo: OtQuickDataUndo,
): Promise<{ entry: OtProgressEntry | undefined; previous: OtProgressEntry | undefined }> {
  return run(store, 'progress.undo', (tx) => {
    const previous = tx.progressEntries.get(undo.entryId);
    if (!previous) return { entry: undefined, previous };
    const othersHeld = QUICK_DATA_FIELDS.some((field) => field !== undo.field && previous[field] !== undefined);
    if (undo.created && !othersHeld) {
      tx.progressEntries.remove(undo.entryId);
      return { entry: undefined, previous };
    }
    const entry = tx.progressEntries.update(undo.entryId, { [undo.field]: undo.before } as OtPatch<'progressEntries'>);
    return { entry, previous };
  });
}
