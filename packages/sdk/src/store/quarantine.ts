/**
 * The quarantine: stored values the store could not read, kept aside (never dropped) with their issues and
 * stored revisions, so they are reported, references to them still resolve, and the host can repair or
 * discard them on purpose.
 */
import type { OtQuarantined } from '../adapters/adapter.js';
import { OtError } from '../errors.js';
import { isCollectionName, type OtCollectionName } from './collections.js';

const keyOf = (collection: string, key: string) => `${collection}\u0000${key}`;

export class Quarantine {
  /** What `store.quarantine` lists; a new array on every change. */
  items: readonly OtQuarantined[] = [];
  readonly #revisions = new Map<string, number>();

  /** Notes a value the store could not read, with its stored revision; listed once. */
  add(item: OtQuarantined, rev: number): void {
    const key = keyOf(item.collection, item.key);
    const known = this.#revisions.has(key);
    this.#revisions.set(key, rev);
    const { collection, key: stored, value, issues } = item;
    if (!known) this.items = [...this.items, { collection, key: stored, value, issues }];
  }

  /** The stored revision of a quarantined value, or 0 when there is none (what a transaction's reads need). */
  readonly revision = (collection: OtCollectionName, id: string): number =>
    this.#revisions.get(keyOf(collection, id)) ?? 0;

  /** The value was written again (repaired here or in another tab) or removed: it leaves the quarantine. */
  leave(collection: string, key: string): void {
    if (!this.#revisions.delete(keyOf(collection, key))) return;
    this.items = this.items.filter((item) => item.collection !== collection || item.key !== key);
  }

  /** The collection of a listed item, or a typed error when the store cannot write there. */
  collectionOf(item: OtQuarantined): OtCollectionName {
    const listed = this.items.includes(item);
    if (!listed || !isCollectionName(item.collection))
      throw new OtError(
        'not-quarantined',
        listed
          ? `"${item.collection}" is not a collection this OT Kit knows; export the value and keep it elsewhere`
          : 'That value is not in store.quarantine (already repaired or discarded?)',
      );
    return item.collection;
  }
}
