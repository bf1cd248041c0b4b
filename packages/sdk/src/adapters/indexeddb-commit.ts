/**
 * Reading, committing and compacting in IndexedDB. A commit is one readwrite transaction over every object
 * store: it reads the stored revision of each record the change was built on (and what still refers to each
 * record it removes), rebuilds the change while another tab's writes make it differ, then writes. IndexedDB
 * runs readwrite transactions with overlapping scope one after another, across tabs, so no other write can
 * land between the check and the write.
 */
import { OT_COLLECTION_NAMES, type OtCollectionName } from '../store/collections.js';
import type { OtChange } from '../store/types.js';
import type { OtCommitContext, OtCommitResult, OtCompaction, OtLoadResult, OtRead, OtStoredRecord } from './adapter.js';
import { CHANGES, REV } from './indexeddb-upgrade.js';
import { referringFields, settle, type OtLookup } from './settle.js';

/** Above this many reads in one collection, one `getAll` is cheaper than a `get` each (an import). */
const READ_ALL_ABOVE = 500;

type Stored = Record<string, unknown> & { [REV]?: number };

function revisionOf(value: Stored | undefined): number {
  if (value === undefined) return 0;
  const rev = value[REV];
  return typeof rev === 'number' && Number.isSafeInteger(rev) && rev > 0 ? rev : 1;
}

/**
 * The record without the store's revision property. Values come fresh from IndexedDB (a structured clone per
 * read), so the property is deleted in place rather than the record copied: a load reads tens of thousands.
 */
function plain(value: Stored): Record<string, unknown> {
  delete value[REV];
  return value;
}

function toStored(collection: OtCollectionName, id: string, value: Stored | undefined): OtStoredRecord {
  return value === undefined
    ? { collection, id, rev: 0 }
    : { collection, id, rev: revisionOf(value), value: plain(value) };
}

/** Reads every collection the database has (all of them, or those an older or newer layout has). */
export function readAll(conn: IDBDatabase, done: (result: OtLoadResult) => void, fail: (e: unknown) => void): void {
  const names = OT_COLLECTION_NAMES.filter((c) => conn.objectStoreNames.contains(c));
  const records: Record<string, unknown[]> = {};
  const revisions: Record<string, Map<string, number>> = {};
  if (names.length === 0) {
    done({ records, revisions });
    return;
  }
  const tx = conn.transaction(names, 'readonly');
  tx.onerror = () => fail(tx.error);
  tx.oncomplete = () => done({ records, revisions });
  for (const name of names) {
    const req = tx.objectStore(name).getAll();
    req.onsuccess = () => {
      const values = req.result as Stored[];
      const revs = new Map<string, number>();
      const list: unknown[] = [];
      for (const value of values) {
        const isObject = typeof value === 'object' && value !== null;
        if (isObject && typeof value.id === 'string') revs.set(value.id, revisionOf(value));
        list.push(isObject ? plain(value) : value);
      }
      records[name] = list;
      revisions[name] = revs;
    };
  }
}

/** Looks up what {@link settle} asks for, inside `tx`. */
function lookupIn(tx: IDBTransaction, what: OtLookup, found: (stored: OtStoredRecord[]) => void): void {
  const out: OtStoredRecord[] = [];
  let waiting = 0;
  const finish = () => {
    if (--waiting === 0) found(out);
  };
  const ask = <T>(req: IDBRequest<T>, use: (result: T) => void) => {
    waiting++;
    req.onsuccess = () => {
      use(req.result);
      finish();
    };
  };
  const byCollection = new Map<OtCollectionName, OtRead[]>();
  for (const read of what.reads) {
    let list = byCollection.get(read.collection);
    if (!list) byCollection.set(read.collection, (list = []));
    list.push(read);
  }
  waiting++; // held until every request is placed
  for (const [collection, reads] of byCollection) {
    const store = tx.objectStore(collection);
    if (reads.length > READ_ALL_ABOVE) {
      ask(store.getAll(), (values: Stored[]) => {
        const byId = new Map(values.map((value) => [value.id as string, value]));
        for (const { id } of reads) out.push(toStored(collection, id, byId.get(id)));
      });
    } else
      for (const { id } of reads)
        ask(store.get(id), (value: Stored | undefined) => out.push(toStored(collection, id, value)));
  }
  for (const target of what.deleted)
    for (const [collection, field] of referringFields(target.collection)) {
      const store = tx.objectStore(collection);
      // An index on every reference field since layout 2; a database opened at an older layout has none.
      const source = store.indexNames.contains(field) ? store.index(field).getAll(target.id) : store.getAll();
      ask(source, (values: Stored[]) => {
        for (const value of values)
          if (value[field] === target.id) out.push(toStored(collection, value.id as string, value));
      });
    }
  finish();
}

/** Commits one change in one readwrite transaction; resolves once it is durable. */
export function commitInto(
  conn: IDBDatabase,
  change: OtChange,
  context: OtCommitContext | undefined,
  durability: IDBTransactionDurability,
): Promise<OtCommitResult> {
  return new Promise((resolve, reject) => {
    const tx = conn.transaction([...OT_COLLECTION_NAMES, CHANGES], 'readwrite', { durability });
    let result: OtCommitResult | undefined;
    let refused: unknown;
    tx.oncomplete = () => (result ? resolve(result) : reject(refused));
    tx.onabort = () => reject(refused ?? tx.error ?? new Error('transaction aborted'));
    const abort = (error: unknown) => {
      refused = error;
      try {
        tx.abort();
      } catch {
        // already finished
      }
    };
    settle(
      change,
      context,
      (what, found) => lookupIn(tx, what, found),
      (settled) => {
        try {
          const { ops } = settled.change;
          for (const op of ops) {
            const store = tx.objectStore(op.collection);
            // A record without `$rev` is at revision 1: new records (an import) are stored as they are, uncopied.
            if (op.type === 'put')
              store.put((op.rev ?? 1) === 1 ? op.value : { ...(op.value as object), [REV]: op.rev });
            else store.delete(op.id);
          }
          if (ops.length) tx.objectStore(CHANGES).put(settled.change);
          result = settled;
        } catch (error) {
          // A request that throws does not end the transaction: abort it, or the ops already placed would commit.
          abort(error);
        }
      },
      abort,
    );
  });
}

/** Removes change-log entries by the rule, oldest first, in one transaction; resolves with how many. */
export function compactLog(conn: IDBDatabase, rule: OtCompaction): Promise<number> {
  return new Promise((resolve, reject) => {
    const tx = conn.transaction(CHANGES, 'readwrite');
    const store = tx.objectStore(CHANGES);
    let removed = 0;
    tx.oncomplete = () => resolve(removed);
    tx.onabort = tx.onerror = () => reject(tx.error);
    const count = store.count();
    count.onsuccess = () => {
      const cut = count.result - rule.keep;
      let index = 0;
      const cursorReq = store.openCursor();
      cursorReq.onsuccess = () => {
        const cursor = cursorReq.result;
        if (!cursor) return;
        const entry = cursor.value as OtChange;
        const old = entry.at < rule.before || index < cut;
        index++;
        // Ids sort in time order: once an entry is neither too old nor beyond the count, none after it is.
        if (!old) return;
        if (rule.acknowledged(entry)) {
          cursor.delete();
          removed++;
        }
        cursor.continue();
      };
    };
  });
}
