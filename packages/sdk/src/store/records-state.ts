import { OT_COLLECTION_NAMES } from './collection-refs.js';
import type { OtCollectionName, OtRecord } from './collections.js';
import { deepFreeze } from './freeze.js';
import type { OtState } from './types.js';

/**
 * A state made straight from plain lists of records, for reading only: what an element draws from its page's data
 * before the store that will hold that data has loaded (a server render, the browser's first render). It answers
 * every read of a state (`getRecord`, `hasRecord`, `listRecords`, `countRecords`, a view model) the way a store's
 * state with the same records would, without the store's copy-on-write tables, so a bundle that only draws page
 * data does not carry the store's write code.
 */

/**
 * Lists of records by collection, as a page gives them; a collection left out is empty.
 *
 * @example
 * const lists: OtRecordLists = { goals: [goal], notes: [] };
 */
export type OtRecordLists = { readonly [C in OtCollectionName]?: readonly OtRecord<C>[] };

/**
 * The read side of a table (see `OtTable`) over records already sorted by id: an id looks its record up in a
 * `Map`, whose order is the insertion order, so lists come out sorted by id as a store's do.
 */
class RecordsTable<T> {
  readonly #byId: ReadonlyMap<string, T>;

  constructor(byId: ReadonlyMap<string, T>) {
    this.#byId = byId;
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  values(): T[] {
    return [...this.#byId.values()];
  }

  keys(): string[] {
    return [...this.#byId.keys()];
  }

  entries(): IterableIterator<[string, T]> {
    return this.#byId.entries();
  }

  [Symbol.iterator](): IterableIterator<[string, T]> {
    return this.#byId.entries();
  }

  toJSON(): Record<string, T> {
    return Object.fromEntries(this.#byId);
  }
}

const byId = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A read-only state holding these records, frozen as a store freezes what it holds (pass a copy of data you keep
 * changing). A later record with the same id wins, as in a store. It is for reading: `applyOps` and a store's
 * writes need a store's own state (`emptyState()`, `store.getState()`).
 *
 * @example
 * const state = stateOfRecords({ goals: [goal], notes: [note] });
 * listRecords(state, 'notes'); // [note]
 * goalStackView(state, options, Date.now()); // what the goal stack shows, before any store exists
 */
export function stateOfRecords(lists: OtRecordLists): OtState {
  const state: Record<string, RecordsTable<unknown>> = {};
  for (const name of OT_COLLECTION_NAMES) {
    const entries = (lists[name] ?? []).map((record) => [record.id, deepFreeze(record)] as const);
    // Stable: the last of equal ids stays last, and wins in the Map.
    state[name] = new RecordsTable(new Map(entries.sort(byId)));
  }
  // Every read of a state goes through the methods above; the write methods of the store's tables are never
  // called on a state of page data (the controllers hand it to renders only).
  return state as unknown as OtState;
}
