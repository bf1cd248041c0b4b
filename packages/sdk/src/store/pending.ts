/**
 * Changes a store has applied to its state but not saved yet, and how they are undone when saving fails: the
 * store's bookkeeping between a command and its commit.
 */
import { OtError } from '../errors.js';
import type { OtClock } from '../flow/clock.js';
import type { OtStoredRecord } from '../adapters/adapter.js';
import { getRevision } from './read.js';
import { applyOps } from './replay.js';
import type { OtChange, OtOp, OtState } from './types.js';

/** A change applied to the state but not yet saved, with the state before it. */
export interface Pending {
  change: OtChange;
  readonly before: OtState;
  /** Set when an earlier change failed to save: this one was built on it and is undone, not sent. */
  undoneBy?: { change: OtChange; error: unknown };
  /**
   * Set when storage refused the change on a rebuild (it no longer holds over another tab's writes), with the
   * stored records it was refused over, so the tab shows them.
   */
  refused?: OtStoredRecord[];
}

/** The clock's time in whole milliseconds; a clock that gives no usable time is named in the error. */
export function readClock(clock: OtClock): number {
  const time = clock.now();
  if (!Number.isFinite(time) || time < 0)
    throw new OtError(
      'clock',
      `The store's clock gave ${time}; it must give milliseconds since 1970 (like Date.now())`,
    );
  return Math.floor(time);
}

/**
 * Undoes changes, newest first. A record is restored only while it still holds what the change wrote, so
 * changes from other tabs made since are left alone.
 */
export function undoPending(from: OtState, entries: readonly Pending[]): OtState {
  let state = from;
  for (const { change, before } of [...entries].reverse()) {
    const ops: OtOp[] = [];
    for (const op of [...change.ops].reverse()) {
      const current = state[op.collection].get(op.id);
      const ours = op.type === 'put' ? op.value : undefined;
      if (current !== ours) continue;
      const old = before[op.collection].get(op.id);
      ops.push(
        old === undefined
          ? { type: 'delete', collection: op.collection, id: op.id }
          : { type: 'put', collection: op.collection, id: op.id, value: old, rev: revisionOfHeld(before, op) },
      );
    }
    state = applyOps(state, ops);
  }
  return state;
}

function revisionOfHeld(state: OtState, op: OtOp): number {
  return getRevision(state, op.collection, op.id);
}
