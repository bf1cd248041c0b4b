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
import {
  PAGES,
  hasPages,
  pagedRecord,
  pagesOf,
  routeOps,
  takeOutOfPages,
  writeNewPages,
  type OtPage,
  type Stored,
} from './indexeddb-pages.js';
import { referringFields, settle, type OtLookup } from './settle.js';

/** Above this many reads in one collection, one `getAll` is cheaper than a `get` each (an import). */
const READ_ALL_ABOVE = 500;

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

/**
 * Reads every collection the database has (all of them, or those an older or newer layout has), from the
 * per-record stores and the pages.
 */
export function readAll(conn: IDBDatabase, done: (result: OtLoadResult) => void, fail: (e: unknown) => void): void {
  const names = OT_COLLECTION_NAMES.filter((c) => conn.objectStoreNames.contains(c));
  const records: Record<string, unknown[]> = {};
  const revisions: Record<string, Map<string, number>> = {};
  if (names.length === 0) {
    done({ records, revisions });
    return;
  }
  const withPages = hasPages(conn);
  const tx = conn.transaction(withPages ? [...names, PAGES] : names, 'readonly');
  tx.onerror = () => fail(tx.error);
  let pages: OtPage[] = [];
  tx.oncomplete = () => {
    for (const page of pages) if (names.includes(page.collection)) addPaged(page, records, revisions);
    done({ records, revisions });
  };
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
  if (withPages) {
    const req = tx.objectStore(PAGES).getAll();
    req.onsuccess = () => (pages = req.result as OtPage[]);
  }
}

/**
 * Adds a page's records to what a load read. A record is in one place only; should a per-record value and a
 * page both hold one (a write that was not settled against storage), the higher revision wins.
 */
function addPaged(page: OtPage, records: Record<string, unknown[]>, revisions: Record<string, Map<string, number>>) {
  const list = (records[page.collection] ??= []);
  const revs = (revisions[page.collection] ??= new Map());
  for (const value of page.records) {
    const id = value.id as string;
    const rev = revisionOf(value);
    const known = revs.get(id);
    if (known !== undefined) {
      if (known >= rev) continue;
      const at = list.findIndex((other) => (other as Stored).id === id);
      if (at >= 0) list.splice(at, 1);
    }
    revs.set(id, rev);
    list.push(plain(value));
  }
}

/** Looks up what {@link settle} asks for, inside `tx`, in the per-record stores and the pages. */
function lookupIn(tx: IDBTransaction, what: OtLookup, found: (stored: OtStoredRecord[]) => void): void {
  const pages = tx.objectStoreNames.contains(PAGES) ? tx.objectStore(PAGES) : undefined;
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
  /** Every page of a collection, read once per lookup however many reads and removals need them. */
  const pageReads = new Map<OtCollectionName, { list?: OtPage[]; waiting: ((list: OtPage[]) => void)[] }>();
  const withPagesOf = (collection: OtCollectionName, use: (list: OtPage[]) => void) => {
    if (!pages) return use([]);
    let read = pageReads.get(collection);
    if (read?.list) return use(read.list);
    waiting++;
    const done = (list: OtPage[]) => {
      use(list);
      finish();
    };
    if (read) {
      read.waiting.push(done);
      return;
    }
    pageReads.set(collection, (read = { waiting: [done] }));
    pagesOf(pages, collection, (list) => {
      read.list = list;
      for (const next of read.waiting) next(list);
    });
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
        withPagesOf(collection, (list) => {
          // Copies of paged values: toStored strips `$rev` in place, and the pages read here are shared.
          const byId = new Map<string, Stored>();
          for (const page of list) for (const value of page.records) byId.set(value.id as string, { ...value });
          for (const value of values) byId.set(value.id as string, value);
          for (const { id } of reads) out.push(toStored(collection, id, byId.get(id)));
        });
      });
    } else
      for (const { id } of reads)
        ask(store.get(id), (value: Stored | undefined) => {
          if (value !== undefined || !pages) out.push(toStored(collection, id, value));
          else {
            waiting++;
            pagedRecord(pages, collection, id, (paged) => {
              out.push(toStored(collection, id, paged));
              finish();
            });
          }
        });
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
      withPagesOf(collection, (list) => {
        for (const page of list)
          for (const value of page.records)
            if (value[field] === target.id) out.push(toStored(collection, value.id as string, { ...value }));
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
    const scope = hasPages(conn) ? [...OT_COLLECTION_NAMES, CHANGES, PAGES] : [...OT_COLLECTION_NAMES, CHANGES];
    const tx = conn.transaction(scope, 'readwrite', { durability });
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
          const pages = hasPages(conn) ? tx.objectStore(PAGES) : undefined;
          // Many new records of one collection (an import) go into pages; a settled change knows they are new.
          const { paged, single } = pages && context ? routeOps(ops) : { paged: new Map(), single: ops };
          if (pages) takeOutOfPages(pages, single, context !== undefined);
          for (const op of single) {
            const store = tx.objectStore(op.collection);
            // A record without `$rev` is at revision 1: new records (an import) are stored as they are, uncopied.
            if (op.type === 'put')
              store.put((op.rev ?? 1) === 1 ? op.value : { ...(op.value as object), [REV]: op.rev });
            else store.delete(op.id);
          }
          for (const [collection, values] of paged) writeNewPages(pages!, collection, values);
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
