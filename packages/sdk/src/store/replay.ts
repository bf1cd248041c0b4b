import { OT_COLLECTION_NAMES, type OtCollectionName } from './collections.js';
import type { OtChange, OtOp, OtState } from './types.js';

/** A state with every collection empty. */
export function emptyState(): OtState {
  const state: Record<string, Record<string, unknown>> = {};
  for (const name of OT_COLLECTION_NAMES) state[name] = {};
  return state as unknown as OtState;
}

/** Freezes a value and everything inside it, so records held by the store cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const SORTED = new WeakMap<object, readonly unknown[]>();

/**
 * The records of one collection sorted by id: for ids the store makes that is creation order, and it is the
 * same in every adapter and after a reload (IndexedDB returns records by key). Tables never change once
 * made, so the sorted list is kept per table.
 */
export function recordsById<T>(table: Readonly<Record<string, T>>): T[] {
  let sorted = SORTED.get(table) as T[] | undefined;
  if (!sorted) {
    sorted = Object.keys(table)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((id) => table[id]!);
    SORTED.set(table, sorted);
  }
  return [...sorted];
}

/**
 * Applies ops to a state and returns the new state. Collections that did not change keep their identity, so
 * selectors over them see no change; with no ops the state itself is returned.
 */
export function applyOps(state: OtState, ops: readonly OtOp[]): OtState {
  if (ops.length === 0) return state;
  const next = { ...state } as Record<OtCollectionName, Record<string, unknown>>;
  const copied = new Set<OtCollectionName>();
  for (const op of ops) {
    if (!copied.has(op.collection)) {
      next[op.collection] = { ...next[op.collection] };
      copied.add(op.collection);
    }
    if (op.type === 'put') next[op.collection][op.id] = deepFreeze(op.value);
    else delete next[op.collection][op.id];
  }
  return next as unknown as OtState;
}

/**
 * Rebuilds a state from a change log: what persistence and sync do.
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
