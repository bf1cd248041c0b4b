import type { OtCollectionName, OtRecord } from './collections.js';
import { recordsById } from './replay.js';
import type { OtState } from './types.js';

/**
 * Reading a state without knowing how the store keeps it. Every reader of an {@link OtState} (view models,
 * measures, elements, a portal) goes through these, so the store may change its representation (for example to
 * a structure with structural sharing) without breaking them, and an id such as `constructor` or `__proto__`
 * never reaches `Object.prototype`.
 */

/**
 * The record with this id in one collection of a state, or undefined.
 *
 * @example
 * const goal = getRecord(store.getState(), 'goals', goalId);
 */
export function getRecord<C extends OtCollectionName>(
  state: OtState,
  collection: C,
  id: string,
): OtRecord<C> | undefined {
  const table = state[collection] as Readonly<Record<string, OtRecord<C>>>;
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** Whether one collection of a state holds a record with this id. */
export function hasRecord(state: OtState, collection: OtCollectionName, id: string): boolean {
  return Object.hasOwn(state[collection], id);
}

/**
 * Every record of one collection of a state, sorted by id (creation order for ids the store made). A new array
 * each call: sort or filter it freely.
 *
 * @example
 * const openNotes = listRecords(state, 'notes').filter((note) => note.status === 'open');
 */
export function listRecords<C extends OtCollectionName>(state: OtState, collection: C): OtRecord<C>[] {
  return recordsById(state[collection] as Readonly<Record<string, OtRecord<C>>>);
}

/** How many records one collection of a state holds. */
export function countRecords(state: OtState, collection: OtCollectionName): number {
  return Object.keys(state[collection]).length;
}
