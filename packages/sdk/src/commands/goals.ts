/**
 * Commands of the goals-and-notes domain: goals, "To Get To" notes and the quick data of a session. Each one
 * validates, runs in one store transaction, stamps what it writes with the store's clock at the moment it runs
 * (the session and its phase too), and resolves with the stored records once the store has saved them.
 * `<ot-goal-stack>` calls them; so can any portal, React or Vue app, or a Node server.
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import type { OtAssistanceLevel, OtGoalSessionStatus, OtPromptType } from '../model/enums.js';
import type { OtGoal, OtNote, OtProgressEntry } from '../model/entities.js';
import type { OtImageRef } from '../model/fields.js';
import { sessionAt, sessionReview } from '../measures/session-review.js';
import { listRecords } from '../store/read.js';
import type { OtStore } from '../store/store.js';
import type { OtPatch, OtTransaction } from '../store/types.js';
import { stackGoals, type OtGoalStackScope } from '../views/goal-stack.js';

/** The most characters a goal's description holds: a note promoted to a goal is clipped to it. */
const GOAL_DESCRIPTION_MAX = 500;

/** Runs `write` as one transaction of the store, named `command` in the change log; resolves once saved. */
function run<R>(store: OtStore, command: string, write: (tx: OtTransaction) => R): Promise<R> {
  return store.transaction(write, { command });
}

function invalid(subject: string, path: OtIssue['path'], code: OtIssue['code'], message: string): OtValidationError {
  return new OtValidationError(subject, [{ path, code, message }]);
}

/** The text of a note or goal, trimmed; empty text is refused, naming the field. */
function requiredText(subject: string, field: string, text: unknown): string {
  if (typeof text !== 'string') throw invalid(subject, [field], 'type', `must be a string (got ${typeof text})`);
  const trimmed = text.trim();
  if (!trimmed) throw invalid(subject, [field], 'required', 'must not be empty');
  return trimmed;
}

function noteOf(tx: OtTransaction, noteId: string): OtNote {
  const note = tx.notes.get(noteId);
  if (!note) throw new OtNotFoundError('notes', noteId);
  return note;
}

function nextOrder(tx: OtTransaction): number {
  return Math.max(-1, ...listRecords(tx.state, 'goals').map((goal) => goal.order)) + 1;
}

// ——— Goals ———

/** Input of {@link addGoal}. */
export interface OtAddGoalInput {
  readonly description: string;
  readonly clientId?: string | undefined;
  readonly image?: OtImageRef | undefined;
  /** Position in the stack. Default: after every goal. */
  readonly order?: number | undefined;
}

/**
 * Adds a goal, at the end of the stack unless `order` says otherwise. The description is trimmed; empty is
 * refused (`description`), and a `clientId` must name a stored client.
 *
 * @example
 * const goal = await addGoal(store, { description: 'Shoe-tying', clientId: 'c-17' });
 */
export function addGoal(store: OtStore, input: OtAddGoalInput): Promise<OtGoal> {
  return run(store, 'goals.add', (tx) =>
    tx.goals.add({
      description: requiredText('goal', 'description', input.description),
      clientId: input.clientId,
      image: input.image,
      order: input.order ?? nextOrder(tx),
    }),
  );
}

/** Input of {@link reorderGoals}. */
export interface OtReorderGoalsInput extends OtGoalStackScope {
  /** The goal to move. */
  readonly goalId: string;
  /** Its new position in the stack, 0-based. */
  readonly to: number;
}

/**
 * Moves one goal of a stack to another position, reading the stack's order from the store when it runs (so
 * quick repeated moves add up), and renumbers the goals whose order changes. Resolves with the stack in its new
 * order. A goal not in the stack, or a position outside it, is refused.
 *
 * @example
 * const stack = await reorderGoals(store, { goalId: 'shoes', to: 0, clientId: 'c-17' });
 */
export function reorderGoals(store: OtStore, input: OtReorderGoalsInput): Promise<OtGoal[]> {
  return run(store, 'goals.reorder', (tx) => {
    const goals = stackGoals(tx.state, input);
    const from = goals.findIndex((goal) => goal.id === input.goalId);
    if (from < 0) throw invalid('reorder', ['goalId'], 'reference', `names no goal of the stack ("${input.goalId}")`);
    if (!Number.isInteger(input.to) || input.to < 0 || input.to >= goals.length)
      throw invalid('reorder', ['to'], 'invalid', `must be a position from 0 to ${goals.length - 1} (got ${input.to})`);
    const [moved] = goals.splice(from, 1);
    goals.splice(input.to, 0, moved!);
    return goals.map((goal, order) => (goal.order === order ? goal : tx.goals.update(goal.id, { order })));
  });
}

// ——— "To Get To" notes ———

/** Input of {@link addNote}. */
export interface OtAddNoteInput {
  readonly text: string;
  /** The goal the note goes under (the current card); null or left out: no goal. */
  readonly goalId?: string | null | undefined;
  /** The session it belongs to. Default: the session running when the command runs. */
  readonly sessionId?: string | undefined;
  /** The phase it was taken in. Default: the running session's phase when the command runs. */
  readonly phaseId?: string | undefined;
  /** The id to store it under (an element that shows it as pending names it first). Default: a new id. */
  readonly id?: string | undefined;
}

/**
 * Adds a "To Get To" note under a goal, stamped with the time, the session and the session's phase as the
 * store's clock reads them when the command runs: a note typed after an auto-advancing session moved from
 * check-in to warm-up records warm-up. The text is trimmed; empty is refused (`text`).
 *
 * @example
 * const note = await addNote(store, { text: 'Asked about the fire drill', goalId: 'shoes' });
 * note.phaseId; // e.g. 'warm-up'
 */
export function addNote(store: OtStore, input: OtAddNoteInput): Promise<OtNote> {
  return run(store, 'notes.add', (tx) => {
    const text = requiredText('parking-lot note', 'text', input.text);
    const { sessionId, phaseId } = sessionAt(tx.state, tx.now, input);
    return tx.notes.add({ id: input.id, text, goalId: input.goalId ?? null, sessionId, phaseId });
  });
}

/**
 * Marks a note addressed (stamping when), or, with `addressed: false`, opens it again.
 *
 * @example
 * await addressNote(store, { noteId: note.id });
 */
export function addressNote(
  store: OtStore,
  input: { readonly noteId: string; readonly addressed?: boolean },
): Promise<OtNote> {
  const addressed = input.addressed ?? true;
  return run(store, addressed ? 'notes.address' : 'notes.reopen', (tx) => {
    noteOf(tx, input.noteId);
    return tx.notes.update(
      input.noteId,
      addressed ? { status: 'addressed', addressedAt: tx.now } : { status: 'open', addressedAt: undefined },
    );
  });
}

/**
 * Moves a note under another goal (or, with `goalId: null`, under none).
 *
 * @example
 * await moveNote(store, { noteId: note.id, goalId: 'zip' });
 */
export function moveNote(
  store: OtStore,
  input: { readonly noteId: string; readonly goalId: string | null },
): Promise<OtNote> {
  return run(store, 'notes.move', (tx) => {
    noteOf(tx, input.noteId);
    return tx.notes.update(input.noteId, { goalId: input.goalId });
  });
}

/**
 * Makes a goal of a note: a new goal at the end of the stack with the note's text (clipped to the 500
 * characters a goal holds; the note keeps its whole text), and the note marked `promoted`, pointing at it.
 * Only open notes are promoted.
 *
 * @example
 * const { goal, note } = await promoteNote(store, { noteId: 'velcro', clientId: 'c-17' });
 */
export function promoteNote(
  store: OtStore,
  input: { readonly noteId: string; readonly clientId?: string | undefined },
): Promise<{ goal: OtGoal; note: OtNote }> {
  return run(store, 'notes.promote', (tx) => {
    const note = noteOf(tx, input.noteId);
    if (note.status !== 'open')
      throw invalid(
        `promotion of note "${note.id}"`,
        ['status'],
        'invalid',
        `is "${note.status}"; only open notes become goals`,
      );
    const description =
      note.text.length > GOAL_DESCRIPTION_MAX ? `${note.text.slice(0, GOAL_DESCRIPTION_MAX - 1)}…` : note.text;
    const goal = tx.goals.add({ description, clientId: input.clientId, order: nextOrder(tx) });
    return { goal, note: tx.notes.update(note.id, { status: 'promoted', promotedGoalId: goal.id }) };
  });
}

/** Options of {@link carryOverNotes}. */
export interface OtCarryOverOptions {
  /** The next session, when it is already recorded; otherwise the copies wait, open, for whichever comes. */
  readonly sessionId?: string | undefined;
}

/**
 * Carries open notes over to the next session: each gets an open copy (same goal and text, `carriedFromId`
 * pointing back), and is itself marked `carried-over`. Given a store it runs as one transaction and
 * resolves with the copies; given a transaction it writes into it and returns them. Notes that are not
 * open are refused (nothing changes).
 *
 * @example
 * const review = sessionReview(store.getState(), scope);
 * await carryOverNotes(store, review.toCarryOver.map((n) => n.id));
 */
export function carryOverNotes(
  target: OtStore,
  noteIds: readonly string[],
  options?: OtCarryOverOptions,
): Promise<OtNote[]>;
export function carryOverNotes(
  target: OtTransaction,
  noteIds: readonly string[],
  options?: OtCarryOverOptions,
): OtNote[];
export function carryOverNotes(
  target: OtStore | OtTransaction,
  noteIds: readonly string[],
  options: OtCarryOverOptions = {},
): OtNote[] | Promise<OtNote[]> {
  const write = (tx: OtTransaction): OtNote[] =>
    noteIds.map((id) => {
      const note = noteOf(tx, id);
      if (note.status !== 'open')
        throw invalid(
          `carry-over of note "${id}"`,
          ['status'],
          'invalid',
          `is "${note.status}"; only open notes are carried over`,
        );
      tx.notes.update(id, { status: 'carried-over' });
      return tx.notes.add({ goalId: note.goalId, text: note.text, sessionId: options.sessionId, carriedFromId: id });
    });
  return 'transaction' in target ? target.transaction(write, { command: 'notes.carryOver' }) : write(target);
}

// ——— Quick data ———

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
