/**
 * IndexedDB adapter: the embedded default in browsers. One object store per collection, one for the change
 * log. Every commit is one readwrite transaction with strict durability, so a command resolves only after
 * its write reached disk; a store opened on the same database after a reload has exactly the same state.
 * Other tabs on the same database hear about each commit through a BroadcastChannel.
 */
import { OtError, OtPersistenceError, OtVersionError } from '../errors.js';
import type { OtChange } from '../store/types.js';
import type { OtAdapter, OtLoadResult } from './adapter.js';
import { commitInto, compactLog, readAll } from './indexeddb-commit.js';
import { packRecords } from './indexeddb-pages.js';
import { CHANGES, upgradeDatabase, type OtFailedStep, type OtIdbMigration } from './indexeddb-upgrade.js';

export type { OtIdbMigration } from './indexeddb-upgrade.js';

/**
 * The database layout version this SDK writes. 2: records carry their revision (`$rev`), and every reference
 * field has an index. 3: large batches and packed collections are kept in pages of records
 * (see indexeddb-pages.ts); a layout-2 database upgrades by adding the pages, its records stay where they are.
 */
export const OT_IDB_VERSION = 3;

/** Options of {@link indexedDbAdapter}. */
export interface OtIndexedDbAdapterOptions {
  /** Database name. Default `otkit`. */
  name?: string;
  /** Layout version to open. Default {@link OT_IDB_VERSION}. */
  version?: number;
  /** Upgrades to run when an older database is opened. */
  migrations?: readonly OtIdbMigration[];
  /** Commit durability. Default `strict`: resolved only once on disk. */
  durability?: 'strict' | 'relaxed' | 'default';
  /** Tell other tabs about commits (BroadcastChannel). Default true. */
  broadcast?: boolean;
  /** The IndexedDB factory; defaults to the global `indexedDB`. */
  factory?: IDBFactory;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function message(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

/**
 * Creates an IndexedDB adapter.
 *
 * @example
 * const store = createStore({ adapter: indexedDbAdapter({ name: 'otkit' }) });
 */
export function indexedDbAdapter(options: OtIndexedDbAdapterOptions = {}): OtAdapter {
  const name = options.name ?? 'otkit';
  const version = options.version ?? OT_IDB_VERSION;
  const durability = options.durability ?? 'strict';
  const kind = `indexeddb:${name}`;
  let db: Promise<IDBDatabase> | undefined;
  let channel: BroadcastChannel | undefined;
  let closed = false;
  /** Set when the database was written by a newer version: every write is refused with it. */
  let readOnly: OtVersionError | undefined;
  const listeners = new Set<(change: OtChange) => void>();

  function open(): Promise<IDBDatabase> {
    if (closed) return Promise.reject(new OtPersistenceError(`${kind} is closed`));
    if (db) return db;
    const connection: Promise<IDBDatabase> = new Promise<IDBDatabase>((resolve, reject) => {
      let factory: IDBFactory;
      try {
        factory = options.factory ?? globalThis.indexedDB;
        if (!factory) throw new Error('IndexedDB is not available here');
      } catch (cause) {
        reject(new OtPersistenceError(`Storage is not available (${message(cause)}); use a memory store`, { cause }));
        return;
      }
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(name, version);
      } catch (cause) {
        reject(new OtPersistenceError(`Could not open database "${name}" (${message(cause)})`, { cause }));
        return;
      }
      let failed: OtFailedStep | undefined;
      req.onupgradeneeded = (event) =>
        upgradeDatabase(req, event, version, options.migrations ?? [], (step) => (failed = step));
      let settled = false;
      // Without this, a connection elsewhere that never closes (an old tab, another library) would keep
      // `store.ready` pending forever.
      req.onblocked = () => {
        settled = true;
        reject(
          new OtPersistenceError(
            `Database "${name}" is open in another tab with an older version and did not close; close the other tabs and reload`,
          ),
        );
      };
      req.onsuccess = () => {
        const opened = req.result;
        if (settled) {
          // We already gave up (blocked); the upgrade went through later, but nobody is waiting for it.
          opened.close();
          return;
        }
        // Let a newer version in another tab upgrade: close ours when it asks, and forget it, so the next
        // command opens again and gets the readable "newer version" error instead of "connection is closing".
        // The browser may also close a connection itself (storage cleared); forget it then too.
        const forget = () => {
          opened.close();
          if (db === connection) db = undefined;
        };
        opened.onversionchange = forget;
        opened.onclose = forget;
        resolve(opened);
      };
      req.onerror = () => {
        const error = req.error;
        if (failed) {
          reject(
            new OtPersistenceError(
              `Could not upgrade database "${name}" to version ${version}: the version ${failed.step} migration of "${failed.collection}" failed (${message(failed.cause)}); the stored data is unchanged`,
              { cause: failed.cause },
            ),
          );
          return;
        }
        reject(
          error?.name === 'VersionError'
            ? new OtVersionError(
                `Database "${name}" was written by a newer version of OT Kit; this one reads up to version ${version}`,
                Number.NaN,
                version,
              )
            : new OtPersistenceError(`Could not open database "${name}" (${message(error)})`, { cause: error }),
        );
      };
    });
    db = connection;
    return connection;
  }

  /** Opens the database at whatever version it has, to read a newer layout; never upgrades. */
  function openLatest(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const req = (options.factory ?? globalThis.indexedDB).open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new OtPersistenceError(`Could not open database "${name}" (${message(req.error)})`));
    });
  }

  function broadcast(): BroadcastChannel | undefined {
    if (closed || options.broadcast === false || typeof BroadcastChannel === 'undefined') return undefined;
    if (!channel) {
      channel = new BroadcastChannel(`otkit:${name}`);
      channel.onmessage = (event: MessageEvent) => {
        for (const l of listeners) l(event.data as OtChange);
      };
    }
    return channel;
  }

  return {
    kind,
    async load(): Promise<OtLoadResult> {
      let conn: IDBDatabase;
      let newerVersion: OtLoadResult['newerVersion'];
      try {
        conn = await open();
      } catch (error) {
        if (!(error instanceof OtVersionError)) throw error;
        // Written by a newer OT Kit: read what this one can, at the database's own version, and never write.
        conn = await openLatest();
        newerVersion = { found: conn.version, supported: version };
        readOnly = new OtVersionError(
          error.message.replace('newer version', `newer version (${conn.version})`),
          conn.version,
          version,
        );
      }
      try {
        const loaded = await new Promise<OtLoadResult>((resolve, reject) => readAll(conn, resolve, reject));
        return newerVersion ? { ...loaded, newerVersion } : loaded;
      } catch (cause) {
        throw new OtPersistenceError(`Could not read ${kind} (${message(cause)})`, { cause });
      } finally {
        if (newerVersion) conn.close();
      }
    },
    async commit(change, context) {
      if (readOnly) throw readOnly;
      const conn = await open();
      let result;
      try {
        result = await commitInto(conn, change, context, durability);
      } catch (cause) {
        // A refusal from the store (the change no longer holds over another tab's writes) passes through.
        if (cause instanceof OtError) throw cause;
        throw new OtPersistenceError(`Could not save to ${kind} (${message(cause)})`, { cause });
      }
      if (result.change.ops.length) broadcast()?.postMessage(result.change);
      return result;
    },
    async compact(rule) {
      if (readOnly) return 0;
      const conn = await open();
      const removed = await compactLog(conn, rule);
      // Compaction is also when a collection that grew one record at a time is packed into pages, so the
      // next load reads a few large values instead of thousands of small ones.
      try {
        await packRecords(conn);
      } catch (cause) {
        throw new OtPersistenceError(`Could not pack the records of ${kind} (${message(cause)})`, { cause });
      }
      return removed;
    },
    async changes() {
      const conn = await open();
      try {
        return (await request(conn.transaction(CHANGES, 'readonly').objectStore(CHANGES).getAll())) as OtChange[];
      } catch (cause) {
        throw new OtPersistenceError(`Could not read the change log of ${kind} (${message(cause)})`, { cause });
      }
    },
    watch(listener) {
      listeners.add(listener);
      broadcast();
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      channel?.close();
      channel = undefined;
      listeners.clear();
      void db?.then(
        (d) => d.close(),
        () => {},
      );
      db = undefined;
    },
  };
}
