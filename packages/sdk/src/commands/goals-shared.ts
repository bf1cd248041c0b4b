/**
 * What the goals-and-notes commands share (not exported from the SDK): running one named transaction, the
 * validation errors they throw, and reading a note or the next stack position inside a transaction.
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import type { OtGoal, OtNote } from '../model/entities.js';
import { listRecords } from '../store/read.js';
import type { OtStore } from '../store/store.js';
import type { OtTransaction } from '../store/types.js';

/** The most characters a goal's description holds: a note promoted to a goal is clipped to it. */
export const GOAL_DESCRIPTION_MAX = 500;

/** Runs `write` as one transaction of the store, named `command` in the change log; resolves once saved. */
export function run<R>(store: OtStore, command: string, write: (tx: OtTransaction) => R): Promise<R> {
  return store.transaction(write, { command });
}

export function invalid(
  subject: string,
  path: OtIssue['path'],
  code: OtIssue['code'],
  message: string,
): OtValidationError {
  return new OtValidationError(subject, [{ path, code, message }]);
}

/** The text of a note or goal, trimmed; empty text is refused, naming the field. */
export function requiredText(subject: string, field: string, text: unknown): string {
  if (typeof text !== 'string') throw invalid(subject, [field], 'type', `must be a string (got ${typeof text})`);
  const trimmed = text.trim();
  if (!trimmed) throw invalid(subject, [field], 'required', 'must not be empty');
  return trimmed;
}

export function noteOf(tx: OtTransaction, noteId: string): OtNote {
  const note = tx.notes.get(noteId);
  if (!note) throw new OtNotFoundError('notes', noteId);
  return note;
}

export function goalOf(tx: OtTransaction, goalId: string): OtGoal {
  const goal = tx.goals.get(goalId);
  if (!goal) throw new OtNotFoundError('goals', goalId);
  return goal;
}

export function nextOrder(tx: OtTransaction): number {
  return Math.max(-1, ...listRecords(tx.state, 'goals').map((goal) => goal.order)) + 1;
}
