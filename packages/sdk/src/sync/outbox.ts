/**
 * The outbox of a sync round, worked out from the change log and what the server has answered: the changes
 * not yet answered, in log order (a large one as its unanswered parts, see parts.ts), with the value each put
 * replaced in the log (to name the fields it changed). Pure: the engine records what it finds in its journal.
 */
import type { OtChange, OtOp } from '../store/types.js';
import type { OtJournalEntry } from './journal.js';
import { answerOfParts, partsOf, type OtPartLimits, type OtWirePart } from './parts.js';
import { OT_SYNC_PULL_COMMAND } from './pull.js';

type Json = Record<string, unknown>;

/** What one reading of the change log finds. */
export interface OtOutbox {
  /** What to push, in order: changes and parts of changes. */
  readonly changes: readonly OtChange[];
  readonly previous: ReadonlyMap<OtOp, Json | undefined>;
  /** Changes sent in parts whose every part is now answered: what the server said of each as a whole. */
  readonly completed: readonly OtJournalEntry[];
  /** Answered ids whose change (or part) left the log (compaction): the journal may forget them. */
  readonly gone: readonly string[];
  /** Changes of the log still waiting for an answer. */
  readonly pending: number;
  /** Values pulled changes overwrote on this device, kept in their log entries. */
  readonly overwritten: number;
}

/**
 * Reads the outbox from `log`. `parts` caches the parts of changes too large to send whole, by change id
 * (working them out again costs their records' bytes); entries of changes no longer pending are dropped from it.
 *
 * @example
 * const outbox = readOutbox(await store.changes(), answered, parts, { ops: 500, bytes: 1 << 20 });
 * await push(outbox.changes);
 */
export function readOutbox(
  log: readonly OtChange[],
  answered: ReadonlyMap<string, OtJournalEntry>,
  parts: Map<string, readonly OtWirePart[]>,
  limits: OtPartLimits,
): OtOutbox {
  const previous = new Map<OtOp, Json | undefined>();
  const last = new Map<string, Json | undefined>();
  const changes: OtChange[] = [];
  const present = new Set<string>();
  const completed: OtJournalEntry[] = [];
  let pending = 0;
  let overwritten = 0;
  for (const change of log) {
    present.add(change.id);
    const pulled = change.command === OT_SYNC_PULL_COMMAND;
    if (pulled) overwritten += change.overwritten?.length ?? 0;
    const waiting = !pulled && !answered.has(change.id);
    const before = new Map<OtOp, Json | undefined>();
    for (const op of change.ops) {
      const key = `${op.collection}/${op.id}`;
      if (waiting) before.set(op, last.get(key));
      last.set(key, op.type === 'put' ? (op.value as Json) : undefined);
    }
    if (!waiting) continue;
    let wire = parts.get(change.id);
    if (!wire) {
      wire = partsOf(change, (op) => before.get(op), limits);
      if (wire.length > 1) parts.set(change.id, wire);
    }
    const unanswered = wire.filter((part) => !answered.has(part.change.id));
    if (unanswered.length === 0) {
      completed.push(answerOfParts(change, wire, answered));
      continue;
    }
    pending++;
    for (const part of wire) present.add(part.change.id);
    for (const part of unanswered) {
      changes.push(part.change);
      for (const [op, value] of part.before) previous.set(op, value);
    }
  }
  for (const id of parts.keys()) if (!present.has(id) || completed.some((entry) => entry.id === id)) parts.delete(id);
  // Refused pulled changes were never in the log: they stay until the journal is cleared.
  const gone = [...answered.entries()]
    .filter(([id, entry]) => !present.has(id) && !(entry.status === 'rejected' && entry.pulled))
    .map(([id]) => id);
  return { changes, previous, completed, gone, pending, overwritten };
}
