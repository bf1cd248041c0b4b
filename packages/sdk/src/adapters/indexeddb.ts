/**
 * IndexedDB adapter: the embedded default in browsers. One object store per collection, one for the change
 * log. Every commit is one readwrite transaction with strict durability, so a command resolves only after
 * its write reached disk; a store opened on the same database after a reload has exactly the same state.
 * Other tabs on the same database hear about each commit through a BroadcastChannel.
 */
import { OtPersistenceError } from '../errors.js';
import { OT_COLLECTION_NAMES, isCollectionName, type OtCollectionName } from '../store/collections.js';
import type { OtChange } from '../store/types.js';
import type { OtAdapter, OtLoadResult } from './adapter.js';

/** The database layout version this SDK writes. */
export const OT_IDB_VERSION = 1;

const CHANGES = 'changes';

/** A step that upgrades stored records when the database layout version goes up. */
export interface OtIdbMigration {
  /** The version this migration upgrades to. */
  readonly version: number;
  /** Per collection: returns the upgraded record, or undefined to drop it. */
  readonly collections: {
    readonly [C in OtCollectionName]?: (record: Record<string, unknown>) => Record<string, unknown> | undefined;
  };
}

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

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
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
      let failed: { step: number; collection: string; cause: unknown } | undefined;
      req.onupgradeneeded = (event) => {
        const up = req.result;
        const tx = req.transaction!;
        for (const collection of [...OT_COLLECTION_NAMES, CHANGES]) {
          if (!up.objectStoreNames.contains(collection)) up.createObjectStore(collection, { keyPath: 'id' });
        }
        const from = event.oldVersion;
        const steps = [...(options.migrations ?? [])]
          .filter((m) => m.version > from && m.version <= version)
          .sort((a, b) => a.version - b.version);
        // One pass per object store that runs every step on each record in turn. (A cursor per step would
        // interleave: a later step's cursor would read records before the earlier step's writes landed, and
        // overwrite them.)
        const migrate = (collection: string, record: Record<string, unknown> | undefined) => {
          for (const step of steps) {
            const fn = step.collections[collection as OtCollectionName];
            if (!fn || record === undefined) continue;
            try {
              record = fn(record);
            } catch (cause) {
              failed ??= { step: step.version, collection, cause };
              throw cause;
            }
          }
          return record;
        };
        const each = (store: string, visit: (cursor: IDBCursorWithValue) => void) => {
          const cursorReq = tx.objectStore(store).openCursor();
          cursorReq.onsuccess = () => {
            const cursor = cursorReq.result;
            if (!cursor) return;
            try {
              visit(cursor);
            } catch (cause) {
              // A migration (or the record it returned) failed: abort, so the stored data stays as it was,
              // and say which step failed (see onerror) instead of an anonymous AbortError.
              failed ??= { step: version, collection: store, cause };
              tx.abort();
              return;
            }
            cursor.continue();
          };
        };
        const touched = new Set(steps.flatMap((step) => Object.keys(step.collections)));
        for (const collection of touched) {
          if (!isCollectionName(collection)) continue;
          each(collection, (cursor) => {
            const next = migrate(collection, cursor.value as Record<string, unknown>);
            if (next === undefined) cursor.delete();
            else cursor.update(next);
          });
        }
        // The change log holds copies of the records; migrate them too, so replaying it gives the same state.
        if (touched.size)
          each(CHANGES, (cursor) => {
            const change = cursor.value as OtChange;
            const ops = change.ops.map((op) => {
              if (op.type !== 'put' || !touched.has(op.collection)) return op;
              const next = migrate(op.collection, op.value as Record<string, unknown>);
              return next === undefined
                ? { type: 'delete' as const, collection: op.collection, id: op.id }
                : { ...op, value: next };
            });
            cursor.update({ ...change, ops });
          });
      };
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
          new OtPersistenceError(
            error?.name === 'VersionError'
              ? `Database "${name}" was written by a newer version of OT Kit; this one reads up to version ${version}`
              : `Could not open database "${name}" (${message(error)})`,
            { cause: error },
          ),
        );
      };
    });
    db = connection;
    return connection;
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
      const conn = await open();
      try {
        const tx = conn.transaction([...OT_COLLECTION_NAMES], 'readonly');
        const entries = await Promise.all(
          OT_COLLECTION_NAMES.map(async (c) => [c, await request(tx.objectStore(c).getAll())] as const),
        );
        return { records: Object.fromEntries(entries) };
      } catch (cause) {
        throw new OtPersistenceError(`Could not read ${kind} (${message(cause)})`, { cause });
      }
    },
    async commit(change) {
      const conn = await open();
      let tx: IDBTransaction | undefined;
      try {
        const stores = [...new Set(change.ops.map((op) => op.collection)), CHANGES];
        tx = conn.transaction(stores, 'readwrite', { durability });
        const finished = done(tx);
        // If a put below throws, the abort rejects `finished` too; nobody awaits it then.
        finished.catch(() => {});
        for (const op of change.ops) {
          const store = tx.objectStore(op.collection);
          if (op.type === 'put') store.put(op.value);
          else store.delete(op.id);
        }
        tx.objectStore(CHANGES).put(change);
        await finished;
      } catch (cause) {
        // A request that throws does not end the transaction: abort it, or the ops already placed would commit.
        try {
          tx?.abort();
        } catch {
          // already finished or aborted
        }
        throw new OtPersistenceError(`Could not save to ${kind} (${message(cause)})`, { cause });
      }
      broadcast()?.postMessage(change);
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
