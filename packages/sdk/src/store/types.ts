import type { OtCollectionName, OtRecord, OtRecordInput } from './collections.js';
import type { OtTable } from './table.js';

/**
 * The whole state of a store: every collection as an immutable table from id to record. Read it with
 * `getRecord`, `hasRecord`, `listRecords` and `countRecords`; a table that did not change keeps its identity,
 * so a selector such as `(s) => s.goals` sees a change only when a goal changed.
 */
export type OtState = { readonly [C in OtCollectionName]: OtTable<OtRecord<C>> };

/**
 * One write inside a change. `rev` is the record's revision after a put (1 for a new record, one more than the
 * stored one otherwise), and the revision that was removed for a delete. An op without `rev` (a change log
 * written before revisions) counts as revision 1.
 */
export type OtOp =
  | {
      readonly type: 'put';
      readonly collection: OtCollectionName;
      readonly id: string;
      readonly value: unknown;
      readonly rev?: number;
    }
  | { readonly type: 'delete'; readonly collection: OtCollectionName; readonly id: string; readonly rev?: number };

/**
 * A field value a write replaced while another tab (or device) had changed it since the writer read it: the
 * later write wins, and the value it overwrote is kept here, in the change log, so nothing is lost unseen.
 */
export interface OtOverwrite {
  readonly collection: OtCollectionName;
  readonly id: string;
  readonly field: string;
  /** The stored value that was replaced (undefined when the other side had removed the field). */
  readonly value: unknown;
  /** The stored revision that held it. */
  readonly rev: number;
}

/**
 * One entry of the change log: what one command or transaction did, when, and on whose behalf.
 * Replaying the log from an empty state gives the state again (see {@link replay}).
 */
export interface OtChange {
  /** Sortable unique id; ids sort in the order changes were made. */
  readonly id: string;
  /** When the change was made (ms since the epoch). */
  readonly at: number;
  /** Who made it, as the host named them (`createStore({ actor })`). */
  readonly actor: string;
  /** The command, e.g. `goals.add` or the name passed to a transaction. */
  readonly command: string;
  readonly ops: readonly OtOp[];
  /** Values this change overwrote that someone else had written concurrently (see {@link OtOverwrite}). */
  readonly overwritten?: readonly OtOverwrite[];
}

type FillableKeys = 'id' | 'createdAt' | 'at';
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** What `add` accepts: a record without the fields the store fills in (id, createdAt, and `at` for events). */
export type OtAddInput<C extends OtCollectionName> = Simplify<
  Omit<OtRecordInput<C>, FillableKeys> & Partial<Pick<OtRecordInput<C>, FillableKeys & keyof OtRecordInput<C>>>
>;

/** What `update` accepts: any fields but the id. A field set to `undefined` is removed. */
export type OtPatch<C extends OtCollectionName> = Simplify<Partial<Omit<OtRecordInput<C>, 'id'>>>;

/** Read and write access to one collection inside a transaction. Writes are checked at once and throw. */
export interface OtTxCollection<C extends OtCollectionName> {
  get(id: string): OtRecord<C> | undefined;
  list(): OtRecord<C>[];
  add(input: OtAddInput<C>): OtRecord<C>;
  put(record: OtRecordInput<C>): OtRecord<C>;
  update(id: string, patch: OtPatch<C> | ((current: OtRecord<C>) => OtPatch<C>)): OtRecord<C>;
  remove(id: string): void;
}

/** A transaction: every collection, all writes applied together or not at all. */
export type OtTransaction = { readonly [C in OtCollectionName]: OtTxCollection<C> } & {
  /** The state as the transaction sees it so far. */
  readonly state: OtState;
  /** The store's clock, read once when the transaction began: the time of every write it makes. */
  readonly now: number;
  /**
   * Keeps values this transaction's writes replace in its change-log entry's `overwritten` list, beside the
   * ones the store's own merges keep: sync passes this device's values that a later write elsewhere replaced.
   */
  keepOverwritten(values: readonly OtOverwrite[]): void;
};

/** Options of a write: the command name for the change log and the actor. */
export interface OtWriteOptions {
  command?: string;
  actor?: string;
}

/** Read and write access to one collection. Writes resolve once the adapter has committed them. */
export interface OtCollection<C extends OtCollectionName> {
  readonly name: C;
  /** The record with this id, or undefined. */
  get(id: string): OtRecord<C> | undefined;
  /** All records, sorted by id: creation order for ids the store made, and the same in every adapter and after a reload. */
  list(): OtRecord<C>[];
  /** How many records the collection holds. */
  readonly size: number;
  /**
   * Adds a record; `id` and `createdAt` (and `at` where the entity has it) are filled in when missing.
   *
   * @example
   * const goal = await store.goals.add({ description: 'Tie shoes', order: 1 });
   */
  add(input: OtAddInput<C>, options?: OtWriteOptions): Promise<OtRecord<C>>;
  /** Stores a whole record, replacing any with the same id. */
  put(record: OtRecordInput<C>, options?: OtWriteOptions): Promise<OtRecord<C>>;
  /**
   * Changes some fields of a record (the others stay). `updatedAt` is set where the entity has it.
   *
   * @example
   * await store.notes.update(note.id, { status: 'addressed' });
   */
  update(
    id: string,
    patch: OtPatch<C> | ((current: OtRecord<C>) => OtPatch<C>),
    options?: OtWriteOptions,
  ): Promise<OtRecord<C>>;
  /** Removes a record. Refused while other records still refer to it. */
  remove(id: string, options?: OtWriteOptions): Promise<void>;
}

/** How a subscription compares selected slices; `Object.is` by default. */
export type OtEquality<T> = (a: T, b: T) => boolean;

/** Options of {@link OtStore.subscribe}. */
export interface OtSubscribeOptions<T> {
  equals?: OtEquality<T>;
  /** Calls the listener once at once with the current slice. */
  fireImmediately?: boolean;
}

/**
 * Where the store is in its life. `read-only`: the data was written by a newer OT Kit; it is shown but every
 * write is refused (with an `OtVersionError`), so nothing the newer version wrote is lost.
 */
export type OtStoreStatus = 'loading' | 'ready' | 'read-only' | 'error' | 'closed';
