import type { OtCollectionName } from '../store/collections.js';
import type { OtChange } from '../store/types.js';

/** What an adapter hands the store when it opens: the stored records of each collection, unchecked. */
export interface OtLoadResult {
  readonly records: { readonly [C in OtCollectionName]?: readonly unknown[] };
}

/**
 * Where a store keeps its data. The store checks every record it loads and every write before it reaches
 * the adapter; the adapter's job is to keep them.
 */
export interface OtAdapter {
  /** A short name for messages, e.g. `memory` or `indexeddb:otkit`. */
  readonly kind: string;
  /** Reads everything stored. */
  load(): Promise<OtLoadResult>;
  /**
   * Writes one change (its records and its change-log entry) all or nothing. Resolves only once the write
   * is durable; rejects when it failed (the store then rolls the change back).
   */
  commit(change: OtChange): Promise<void>;
  /** The change log, oldest first. */
  changes(): Promise<OtChange[]>;
  /** Calls `listener` with changes committed by another store on the same data (another tab). */
  watch?(listener: (change: OtChange) => void): () => void;
  /** Releases what the adapter holds (a database connection). */
  close?(): void;
}
