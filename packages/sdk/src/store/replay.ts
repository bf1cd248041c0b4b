import { OT_COLLECTION_NAMES } from './collection-refs.js';
import type { OtCollectionName } from './collections.js';
import { deepFreeze } from './freeze.js';
import { OtTable } from './table.js';
import type { OtChange, OtOp, OtState } from './types.js';

export { deepFreeze };

/** A state with every collection empty. */
export function emptyState(): OtState {
  const state: Record<string, OtTable<unknown>> = {};
  for (const name of OT_COLLECTION_NAMES) state[name] = OtTable.empty();
  return state as unknown as OtState;
}

/**
 * The revision of each record the store holds. Records are frozen and a new object is made for every
 * revision, so the revision can live beside the record instead of in it (the entity schemas stay as they are).
 */
const REVISIONS = new WeakMap<object, number>();

/** The revision of a record object the store made or loaded; 1 for one it does not know. */
export function revisionOf(record: unknown): number {
  return (typeof record === 'object' && record !== null && REVISIONS.get(record)) || 1;
}

/** Notes the revision of a record object (it must be an object the store holds, never shared between revisions). */
export function setRevision<T>(record: T, rev: number): T {
  // Revision 1 is what an unknown record has anyway: most records of a load or an import need no entry.
  if (typeof record === 'object' && record !== null && (rev !== 1 || REVISIONS.has(record))) REVISIONS.set(record, rev);
  return record;
}

type Tables = Record<OtCollectionName, OtTable<unknown>>;

function applyOp(next: Tables, op: OtOp): void {
  if (op.type === 'put') {
    next[op.collection] = next[op.collection].set(op.id, setRevision(deepFreeze(op.value), op.rev ?? 1));
  } else next[op.collection] = next[op.collection].delete(op.id);
}

/**
 * Applies ops to a state and returns the new state: O(ops × log n). Collections that did not change keep their
 * identity, so selectors over them see no change; with no ops the state itself is returned.
 *
 * @example
 * const next = applyOps(emptyState(), [{ type: 'put', collection: 'goals', id: goal.id, value: goal }]);
 */
export function applyOps(state: OtState, ops: readonly OtOp[]): OtState {
  if (ops.length === 0) return state;
  const next = { ...state } as unknown as Tables;
  for (const op of ops) applyOp(next, op);
  return next as unknown as OtState;
}

/**
 * Applies ops that another tab (or storage) reports, by revision: a put lands only when it is newer than the
 * record held, a delete only when it removed the revision held or a newer one. Messages can arrive late or
 * twice; the newer revision always wins, whatever the order. Returns the state itself when nothing changed.
 */
export function reconcileOps(state: OtState, ops: readonly OtOp[]): OtState {
  let next: Tables | undefined;
  for (const op of ops) {
    const table = (next ?? (state as unknown as Tables))[op.collection];
    const held = table.get(op.id);
    const heldRev = held === undefined ? 0 : revisionOf(held);
    const rev = op.rev ?? 1;
    if (op.type === 'put' ? rev <= heldRev : held === undefined || rev < heldRev) continue;
    next ??= { ...state } as unknown as Tables;
    applyOp(next, op);
  }
  return (next as unknown as OtState | undefined) ?? state;
}

/**
 * Rebuilds a state from a change log: what persistence and sync do. (Once the log was compacted, replay the
 * entries kept onto the state they started from.)
 *
 * @example
 * const log = await store.changes();
 * deepEqual(replay(log), store.getState()); // true
 */
export function replay(changes: readonly OtChange[], from: OtState = emptyState()): OtState {
  let state = from;
  for (const change of changes) state = applyOps(state, change.ops);
  return state;
}
