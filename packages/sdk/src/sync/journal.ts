/**
 * What sync knows besides the change log: which entries the server acknowledged or rejected, and the pull
 * cursor. The outbox itself is the change log (persisted by the store's adapter): an entry is pending while
 * the journal does not name it. Losing a journal write is harmless: the entry is pushed again and the server
 * answers the same (the change id is the idempotency key), and a pull page is applied again with the same
 * records.
 */
import type { OtSyncRejection } from './types.js';

/** One change the server answered. */
export type OtJournalEntry =
  { readonly id: string; readonly status: 'acknowledged' } | ({ readonly status: 'rejected' } & OtSyncRejection);

/** What a journal holds. */
export interface OtJournalData {
  readonly cursor: string | null;
  readonly entries: readonly OtJournalEntry[];
}

/** The refusals among answered changes, oldest first (what `store.sync.rejected()` lists). */
export function rejectionsOf(entries: Iterable<OtJournalEntry>): OtSyncRejection[] {
  const out: OtSyncRejection[] = [];
  for (const entry of entries) {
    if (entry.status !== 'rejected') continue;
    const { status: _status, ...rejection } = entry;
    out.push(rejection);
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Where sync keeps its own state. `memorySyncJournal()` and `indexedDbSyncJournal()` are the two kinds;
 * a host may write another (e.g. over its own storage).
 *
 * @example
 * httpSync({ url, journal: indexedDbSyncJournal({ name: 'otkit-sync:clinic' }) });
 */
export interface OtSyncJournal {
  load(): Promise<OtJournalData>;
  /** Records answered changes and, when given, the new cursor, together. */
  record(entries: readonly OtJournalEntry[], cursor?: string | null): Promise<void>;
  /** Forgets entries whose changes left the change log (compaction). */
  forget(ids: readonly string[]): Promise<void>;
  close?(): void;
}

/**
 * A journal in memory: for a store in memory (nothing survives a reload there anyway) and tests.
 *
 * @example
 * httpSync({ url, journal: memorySyncJournal() });
 */
export function memorySyncJournal(): OtSyncJournal {
  let cursor: string | null = null;
  const entries = new Map<string, OtJournalEntry>();
  return {
    async load() {
      return { cursor, entries: [...entries.values()] };
    },
    async record(answered, next) {
      for (const entry of answered) entries.set(entry.id, entry);
      if (next !== undefined) cursor = next;
    },
    async forget(ids) {
      for (const id of ids) entries.delete(id);
    },
  };
}

const ENTRIES = 'entries';
const META = 'meta';

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
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/**
 * A journal in an IndexedDB database of its own (default for a store on `indexedDbAdapter`: the adapter's
 * database name + `:sync`), written with strict durability.
 *
 * @example
 * httpSync({ url, journal: indexedDbSyncJournal({ name: 'otkit:sync' }) });
 */
export function indexedDbSyncJournal(options: { name: string; factory?: IDBFactory }): OtSyncJournal {
  let db: Promise<IDBDatabase> | undefined;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = (options.factory ?? globalThis.indexedDB).open(options.name, 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore(ENTRIES, { keyPath: 'id' });
        req.result.createObjectStore(META);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }));
  const write = async (fill: (entries: IDBObjectStore, meta: IDBObjectStore) => void) => {
    const tx = (await open()).transaction([ENTRIES, META], 'readwrite', { durability: 'strict' });
    fill(tx.objectStore(ENTRIES), tx.objectStore(META));
    await done(tx);
  };
  return {
    async load() {
      const tx = (await open()).transaction([ENTRIES, META], 'readonly');
      const [entries, cursor] = await Promise.all([
        request(tx.objectStore(ENTRIES).getAll()),
        request(tx.objectStore(META).get('cursor')),
      ]);
      return { cursor: typeof cursor === 'string' ? cursor : null, entries: entries as OtJournalEntry[] };
    },
    record(answered, cursor) {
      return write((entries, meta) => {
        for (const entry of answered) entries.put(entry);
        if (cursor !== undefined) meta.put(cursor, 'cursor');
      });
    },
    forget(ids) {
      return write((entries) => {
        for (const id of ids) entries.delete(id);
      });
    },
    close() {
      void db?.then(
        (d) => d.close(),
        () => {},
      );
      db = undefined;
    },
  };
}
