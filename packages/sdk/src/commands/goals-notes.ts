/**
 * Commands of the "To Get To" pile: add a note under a goal, mark it addressed, move it, make a goal of it
 * (and take that back), carry it over, correct its text or delete it. See goals.ts for what every goal
 * command shares.
 */
import type { OtGoal, OtNote } from '../model/entities.js';
import { sessionAt } from '../measures/session-review.js';
import { listRecords } from '../store/read.js';
import type { OtStore } from '../store/store.js';
import type { OtTransaction } from '../store/types.js';
import { GOAL_DESCRIPTION_MAX, invalid, nextOrder, noteOf, requiredText, run } from './goals-shared.js';

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

/**
 * Corrects a note's text (trimmed; empty is refused, naming `text`). Its goal, session and phase stay.
 *
 * @example
 * await editNote(store, { noteId: note.id, text: 'Asked about the fire drill on Friday' });
 */
export function editNote(store: OtStore, input: { readonly noteId: string; readonly text: string }): Promise<OtNote> {
  return run(store, 'notes.edit', (tx) => {
    noteOf(tx, input.noteId);
    return tx.notes.update(input.noteId, { text: requiredText('parking-lot note', 'text', input.text) });
  });
}

/**
 * Deletes a note taken by mistake. A note that a carried-over copy points back to is refused: carry-overs
 * are history (open the copy and delete that one). Resolves with the note as it was, for an undo with
 * {@link restoreNote}.
 *
 * @example
 * const removed = await deleteNote(store, { noteId: note.id });
 * await restoreNote(store, removed); // Undo
 */
export function deleteNote(store: OtStore, input: { readonly noteId: string }): Promise<OtNote> {
  return run(store, 'notes.delete', (tx) => {
    const note = noteOf(tx, input.noteId);
    tx.notes.remove(note.id);
    return note;
  });
}

/**
 * Puts back a note {@link deleteNote} removed, as it was.
 *
 * @example
 * await restoreNote(store, removed);
 */
export function restoreNote(store: OtStore, note: OtNote): Promise<OtNote> {
  return run(store, 'notes.restore', (tx) => tx.notes.put(note));
}

/**
 * Takes back "Make a goal": removes the goal a note was made into and opens the note again. Refused when the
 * goal has data recorded since (archive or delete the goal instead, knowing what goes with it).
 *
 * @example
 * const { note } = await promoteNote(store, { noteId: 'velcro' });
 * await undoPromotion(store, { noteId: note.id });
 */
export function undoPromotion(store: OtStore, input: { readonly noteId: string }): Promise<OtNote> {
  return run(store, 'notes.unpromote', (tx) => {
    const note = noteOf(tx, input.noteId);
    const goalId = note.promotedGoalId;
    if (note.status !== 'promoted' || goalId === undefined)
      throw invalid(`note "${note.id}"`, ['status'], 'invalid', `is "${note.status}"; only a promoted note goes back`);
    const reopened = tx.notes.update(note.id, { status: 'open', promotedGoalId: undefined });
    if (tx.goals.get(goalId)) {
      if (listRecords(tx.state, 'progressEntries').some((entry) => entry.goalId === goalId))
        throw invalid(`goal "${goalId}"`, ['progressEntries'], 'invalid', 'has data recorded: archive or delete it');
      tx.goals.remove(goalId);
    }
    return reopened;
  });
}
