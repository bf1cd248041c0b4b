import type { OtCollectionName, OtRecord } from './collections.js';
import { revisionOf } from './replay.js';
import type { OtState } from './types.js';

/**
 * Reading a state without knowing how the store keeps it. Every reader of an {@link OtState} (view models,
 * measures, elements, a portal) goes through these, so the store may change its representation without
 * breaking them. Tables are maps, never plain objects, so an id such as `constructor` or `__proto__` never
 * reaches `Object.prototype`.
 */

/**
 * The record with this id in one collection of a state, or undefined. O(log n).
 *
 * @example
 * const goal = getRecord(store.getState(), 'goals', goalId);
 */
export function getRecord<C extends OtCollectionName>(
  state: OtState,
  collection: C,
  id: string,
): OtRecord<C> | undefined {
  return (state[collection] as OtState[C]).get(id) as OtRecord<C> | undefined;
}

/**
 * Whether one collection of a state holds a record with this id.
 *
 * @example
 * if (!hasRecord(state, 'goals', note.goalId)) showOrphan(note);
 */
export function hasRecord(state: OtState, collection: OtCollectionName, id: string): boolean {
  return state[collection].has(id);
}

/**
 * Every record of one collection of a state, sorted by id (creation order for ids the store made). A new array
 * each call: sort or filter it freely.
 *
 * @example
 * const openNotes = listRecords(state, 'notes').filter((note) => note.status === 'open');
 */
export function listRecords<C extends OtCollectionName>(state: OtState, collection: C): OtRecord<C>[] {
  return (state[collection] as OtState[C]).values() as OtRecord<C>[];
}

/**
 * How many records one collection of a state holds. O(1).
 *
 * @example
 * const label = `${countRecords(state, 'notes')} notes`;
 */
export function countRecords(state: OtState, collection: OtCollectionName): number {
  return state[collection].size;
}

/**
 * The revision of a record in a state: 1 when it was first written, one more on every write since; 0 when the
 * state holds no such record. Two tabs (and later sync) settle concurrent writes by it (see docs/store.md).
 *
 * @example
 * const before = getRevision(store.getState(), 'goals', id);
 * await store.goals.update(id, { status: 'met' });
 * getRevision(store.getState(), 'goals', id); // before + 1 (or more, if another tab wrote too)
 */
export function getRevision(state: OtState, collection: OtCollectionName, id: string): number {
  const record = state[collection].get(id);
  return record === undefined ? 0 : revisionOf(record);
}
