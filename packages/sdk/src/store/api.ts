/** The public shape of a store: what {@link createStore} returns and takes. */
import type { OtAdapter, OtQuarantined } from '../adapters/adapter.js';
import type { OtError, OtIssue } from '../errors.js';
import type { OtClock } from '../flow/clock.js';
import type { OtSync, OtSyncConnector } from '../sync/types.js';
import type { OtCollectionName, OtRecordInput } from './collections.js';
import type {
  OtChange,
  OtCollection,
  OtState,
  OtStoreStatus,
  OtSubscribeOptions,
  OtTransaction,
  OtWriteOptions,
} from './types.js';

/**
 * How long the change log keeps entries. Compaction runs after the store opens and every few hundred commits;
 * an entry goes when it is older than `maxAgeDays` or beyond the newest `maxEntries`, and only when
 * `acknowledged` says it may (sync passes its own: an entry the server has not acknowledged is the outbox and
 * is never dropped).
 *
 * @example
 * createStore({ changeLog: { maxAgeDays: 30, acknowledged: (change) => outbox.isAcknowledged(change.id) } });
 */
export interface OtChangeLogOptions {
  /** Default 90. */
  maxAgeDays?: number;
  /** Default 10,000. */
  maxEntries?: number;
  /** Whether an entry may be dropped. Default: every entry may (no sync). */
  acknowledged?: (change: OtChange) => boolean;
}

/** Options of {@link createStore}. */
export interface OtStoreOptions {
  /** Where the data lives. Default: in memory (lost on reload). */
  adapter?: OtAdapter;
  /** Who makes the changes, recorded in the change log (e.g. a staff role, never a child's name). */
  actor?: string;
  /** The time source for ids and timestamps. */
  clock?: OtClock;
  /** How long the change log keeps entries (see {@link OtChangeLogOptions}). */
  changeLog?: OtChangeLogOptions;
  /**
   * Collections whose records live outside this store: a reference into one of them is taken as it is, not
   * checked, and removing one of their records does not ask who refers to it. For a store of an element's own
   * (standalone, or holding the page's data), which keeps goals but not the client or session they name.
   * References into every other collection are checked as always. Default: none.
   *
   * @example
   * const own = createStore({ externalCollections: ['clients', 'sessionRecords'] });
   * await own.notes.add({ text: 'Asked about recess', goalId: null, sessionId: 'held-by-the-portal' });
   */
  externalCollections?: readonly OtCollectionName[];
  /**
   * Syncs the store with a server (see `httpSync`): then `store.sync` is set, and compaction keeps every
   * change-log entry the server has not acknowledged.
   *
   * @example
   * const store = createStore({ adapter: indexedDbAdapter(), sync: httpSync({ url: '/api/sync' }) });
   */
  sync?: OtSyncConnector;
}

/** A store: see {@link createStore}. */
export type OtStore = {
  readonly [C in OtCollectionName]: OtCollection<C>;
} & {
  /** Resolves once the adapter's data is loaded (also when it opened read-only); rejects with an `OtPersistenceError` when it cannot be. */
  readonly ready: Promise<void>;
  /** Where the store is in its life. */
  readonly status: OtStoreStatus;
  /** Why loading failed (`error`), or why the store is read-only (an `OtVersionError`). */
  readonly error: OtError | undefined;
  /** The issues of every stored value that failed its checks on load (also listed, per value, in `quarantine`). */
  readonly loadIssues: readonly OtIssue[];
  /**
   * Stored values that failed their checks on load: kept in storage as they are, not in the state, and
   * listed here so the host can show them, export them (`value` is the stored JSON), fix them
   * ({@link OtStore.repairQuarantined}) or discard them ({@link OtStore.discardQuarantined}). References to
   * them still count as resolved, so records that name them stay visible and writable.
   *
   * @example
   * for (const item of store.quarantine) console.warn(item.collection, item.key, item.issues);
   */
  readonly quarantine: readonly OtQuarantined[];
  /** The adapter in use. */
  readonly adapter: OtAdapter;
  /** Sync with a server, when `createStore({ sync })` asked for it: status, subscribe, syncNow. */
  readonly sync: OtSync | undefined;
  /** The time source of ids, timestamps and commands (`createStore({ clock })`; the system clock by default). */
  readonly clock: OtClock;
  /** The current state. Never mutate it. */
  getState(): OtState;
  /**
   * Calls `listener` whenever the slice `selector` picks out changes (by `Object.is`, or `options.equals`).
   * Returns a function that ends the subscription.
   *
   * @example
   * const stop = store.subscribe((s) => s.goals, () => render(listRecords(store.getState(), 'goals')));
   */
  subscribe<T>(
    selector: (state: OtState) => T,
    listener: (value: T, previous: T) => void,
    options?: OtSubscribeOptions<T>,
  ): () => void;
  /**
   * Runs `fn` as one all-or-nothing change: when `fn` throws or any write is invalid, nothing changes. When
   * another tab changed a record `fn` read before this change was saved, `fn` runs again over the stored
   * record (so keep it free of side effects) and the promise resolves with that run's result.
   *
   * @example
   * await store.transaction((tx) => {
   *   const goal = tx.goals.add({ description: note.text, order: 9 });
   *   tx.notes.update(note.id, { status: 'promoted', promotedGoalId: goal.id });
   * }, { command: 'notes.promote' });
   */
  transaction<R>(fn: (tx: OtTransaction) => R, options?: OtWriteOptions): Promise<R>;
  /**
   * Replaces a quarantined value with a corrected record (checked like any write); it leaves the quarantine.
   *
   * @example
   * const [item] = store.quarantine;
   * await store.repairQuarantined(item, { ...(item.value as object), description: 'Tie shoes' });
   */
  repairQuarantined<C extends OtCollectionName>(item: OtQuarantined, record: OtRecordInput<C>): Promise<void>;
  /**
   * Deletes a quarantined value from storage, on purpose. Refused while valid records still refer to it.
   *
   * @example
   * if (confirm('Discard the unreadable record?')) await store.discardQuarantined(store.quarantine[0]);
   */
  discardQuarantined(item: OtQuarantined): Promise<void>;
  /** The change log, oldest first (as far back as compaction kept it). */
  changes(): Promise<OtChange[]>;
  /**
   * Compacts the change log now by the store's `changeLog` options; resolves with how many entries went.
   *
   * @example
   * const removed = await store.compactChanges();
   */
  compactChanges(): Promise<number>;
  /** Stops listening to the adapter and closes it once the writes already made are saved. Later commands reject. */
  close(): void;
};
