import type { OtCollectionName, OtRecord, OtRecordInput } from '../model/collections.js';

/** The whole state of a store: every collection as a map from id to record. Never mutate it. */
export type OtState = { readonly [C in OtCollectionName]: Readonly<Record<string, OtRecord<C>>> };

/** One write inside a change. */
export type OtOp =
  | { readonly type: 'put'; readonly collection: OtCollectionName; readonly id: string; readonly value: unknown }
  | { readonly type: 'delete'; readonly collection: OtCollectionName; readonly id: string };

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

/** Where the store is in its life. */
export type OtStoreStatus = 'loading' | 'ready' | 'error' | 'closed';
