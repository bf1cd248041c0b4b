/** The public shapes of `httpSync`: its options, its status and what it reports. */
import type { OtIssue } from '../errors.js';
import type { OtCollectionName } from '../store/collections.js';
import type { OtChange, OtState, OtTransaction, OtWriteOptions } from '../store/types.js';
import type { OtSyncError } from './errors.js';
import type { OtSyncJournal } from './journal.js';

/** Where sync is: `idle` (nothing to do or waiting), `syncing`, `offline` (no connection), `error` (stopped or failing). */
export const OT_SYNC_STATES = ['idle', 'syncing', 'offline', 'error'] as const;
/** One of {@link OT_SYNC_STATES}. */
export type OtSyncState = (typeof OT_SYNC_STATES)[number];

/**
 * What sync is doing now: `store.sync.status`.
 *
 * @example
 * const { state, pending, rejected, lastSuccess } = store.sync!.status;
 * label.textContent = state === 'offline' ? `${pending} changes wait for a connection` : state;
 */
export interface OtSyncStatus {
  readonly state: OtSyncState;
  /** Changes the server has not acknowledged yet (the outbox). */
  readonly pending: number;
  /** Changes refused: pushed ones the server refused, pulled ones this store's checks refused (see `store.sync.rejected()`); they never block the others. */
  readonly rejected: number;
  /**
   * Values this device wrote that later writes elsewhere replaced when they were pulled. Each is kept in the
   * change log (the `overwritten` list of a `sync.pull` entry), so it can be shown or restored; the count is
   * of the entries the log still holds.
   */
  readonly overwritten: number;
  /** When the last round ended with everything pushed and pulled (ms since the epoch), if ever. */
  readonly lastSuccess: number | undefined;
  /** Why the last request failed, while `state` is `offline` or `error`. */
  readonly error: OtSyncError | undefined;
  /** Whether this tab is the one that talks to the server (the others show its status). */
  readonly leader: boolean;
}

/**
 * A refused change, with its reason. A pushed change the server refused stays in the store and the change
 * log and is never sent again. A pulled change this store's checks refused (`pulled: true`) is left out here;
 * `records` names what it would have written.
 *
 * @example
 * for (const r of store.sync!.rejected()) console.warn(r.command, r.error.code, r.error.message, r.records);
 */
export interface OtSyncRejection {
  /** The change id. */
  readonly id: string;
  readonly command: string;
  /** When it was refused (ms since the epoch). */
  readonly at: number;
  /**
   * The reason: from the server, `code` `validation`, `reference`, `forbidden`, `conflict` or `too-large`; for a
   * pulled change, `pulled-` and the store's error code (`pulled-validation`); a message and the issues.
   */
  readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly OtIssue[] };
  /** True for a change pulled from the server that this store refused. */
  readonly pulled?: boolean;
  /** The records a refused pulled change writes. */
  readonly records?: readonly { readonly collection: OtCollectionName; readonly id: string }[];
}

/**
 * A value a merge on the server did not keep (the loser of "the later write wins"), as a push or pull reported it.
 *
 * @example
 * httpSync({ url, onConflict: (lost) => lost.forEach((o) => log(`${o.collection}.${o.field} lost ${o.value}`)) });
 */
export interface OtSyncOverwritten {
  readonly collection: OtCollectionName;
  readonly id: string;
  /** The top-level field; absent when a whole record lost to a removal (or the reverse). */
  readonly field?: string;
  readonly value?: unknown;
  /** The change that wrote the value that lost. */
  readonly change: string;
}

/**
 * Web Locks, as `navigator.locks` has them (only the call sync makes).
 *
 * @example
 * httpSync({ url, locks: navigator.locks });
 */
export interface OtSyncLocks {
  request(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
}

/**
 * Options of `httpSync`.
 *
 * @example
 * const sync = httpSync({
 *   url: 'https://portal.example/api/sync',
 *   headers: async () => ({ authorization: `Bearer ${await portal.token()}` }),
 *   isOnline: () => navigator.onLine,
 *   wake: (resume) => { addEventListener('online', resume); return () => removeEventListener('online', resume); },
 * });
 */
export interface OtHttpSyncOptions {
  /** The endpoint's base, e.g. `https://portal.example/api/sync`: sync calls `…/push`, `…/pull`. Never put ids in it. */
  readonly url: string;
  /** The host's `fetch` (it decides about cookies and CORS). Default: `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** Headers of each request (a fresh token): called before every request. Sync stores none of them. */
  readonly headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Changes per push (default 100); a 413 halves it. */
  readonly batchSize?: number;
  /**
   * The largest change sent whole, in operations and in bytes of its records (defaults 500 and 1 MiB); a larger
   * one (an import) goes as parts, each a change of its own on the wire (see docs/sync-protocol.md).
   */
  readonly maxOpsPerPart?: number;
  readonly maxBytesPerPart?: number;
  /** Changes per pull page (default 500). */
  readonly pullLimit?: number;
  /** First retry delay and the cap, in ms (defaults 1,000 and 60,000); each delay is drawn at random up to the cap (jitter). */
  readonly retry?: { readonly initialDelayMs?: number; readonly maxDelayMs?: number };
  /** How long a request may take before it counts as lost (default 30,000 ms). */
  readonly timeoutMs?: number;
  /** The largest answer read (default 16 MiB); a larger one is a failed request. */
  readonly maxResponseBytes?: number;
  /** Wait after a local change before pushing, so a burst goes as one batch (default 200 ms). */
  readonly debounceMs?: number;
  /** Pull this often while idle, for changes made elsewhere (default 30,000 ms; 0: only after local changes and wakes). */
  readonly pullIntervalMs?: number;
  /** Whether the host believes it is online (`navigator.onLine`); while false, sync waits for `wake`. */
  readonly isOnline?: () => boolean;
  /** Subscribes `resume` to moments worth syncing at once (back online, the page shown again); returns an unsubscribe. */
  readonly wake?: (resume: () => void) => () => void;
  /** Where sync keeps what it knows (acknowledged ids, rejections, the cursor). Default: IndexedDB beside an IndexedDB adapter, else memory. */
  readonly journal?: OtSyncJournal;
  /** Web Locks, so one tab syncs. Default `navigator.locks` where present; `null` syncs in this tab whatever others do. */
  readonly locks?: OtSyncLocks | null;
  /** Hears changes the server refused (also counted in `status.rejected`). */
  readonly onRejected?: (rejections: readonly OtSyncRejection[]) => void;
  /** Hears values the server's merge did not keep. */
  readonly onConflict?: (overwritten: readonly OtSyncOverwritten[]) => void;
  /** Random numbers from 0 to 1 for the jitter (tests pass a seeded one). */
  readonly random?: () => number;
}

/**
 * Sync as a store has it: `store.sync`.
 *
 * @example
 * const stop = store.sync!.subscribe((status) => render(status));
 * await store.sync!.syncNow(); // e.g. after the person signed in again
 */
export interface OtSync {
  readonly status: OtSyncStatus;
  /** Calls `listener` with each new status; returns a function that ends the subscription. */
  subscribe(listener: (status: OtSyncStatus) => void): () => void;
  /** Syncs now, also after a 401/403 stopped it; resolves when the round ends (at once in a tab that is not the leader). */
  syncNow(): Promise<void>;
  /** The changes the server refused, oldest first. */
  rejected(): readonly OtSyncRejection[];
  /** Stops syncing (the store's `close()` calls it). */
  stop(): void;
}

/** What `createStore({ sync })` calls: `httpSync` makes one. */
export interface OtSyncConnector {
  /** Whether compaction may drop a change-log entry: only once the server holds it. */
  acknowledged(change: OtChange): boolean;
  /** Starts syncing a store; called once, when the store is made. */
  connect(store: OtSyncTarget): OtSync;
}

/** The parts of a store sync uses (every `OtStore` has them). */
export interface OtSyncTarget {
  readonly ready: Promise<void>;
  readonly adapter: { readonly kind: string };
  changes(): Promise<OtChange[]>;
  subscribe<T>(selector: (state: OtState) => T, listener: (value: T, previous: T) => void): () => void;
  transaction<R>(fn: (tx: OtTransaction) => R, options?: OtWriteOptions): Promise<R>;
}
