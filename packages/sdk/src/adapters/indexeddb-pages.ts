/**
 * Pages: many records in one IndexedDB value (layout 3).
 *
 * IndexedDB costs about the same per value whatever its size, so a caseload of 24,000 records kept one value
 * each spends most of an import or a load in per-value overhead (measured in Chromium on the 2-core build
 * machine: several seconds per-record, a fraction of that in pages of 500; figures in docs/store.md). So the
 * layout keeps both:
 * - each collection's own object store takes every ordinary write, one value per record, as before;
 * - the `pages` object store holds records in pages of up to {@link PAGE_SIZE}: a change that creates many
 *   records of one collection (an import) writes them there, and compaction packs a collection's per-record
 *   values into pages once it holds more than {@link PACK_ABOVE}.
 *
 * A record is in exactly one place. Writing or removing a record that is in a page takes it out of its page
 * first (the page is read and written back in the same transaction), so the page never holds a stale copy.
 * A multi-entry index over each page's member keys finds a record's page inside any transaction.
 */
import { createId } from '../model/ids.js';
import { OT_COLLECTION_NAMES, type OtCollectionName } from '../store/collections.js';
import type { OtOp } from '../store/types.js';

/** The object store of the pages. */
export const PAGES = 'pages';
/** Records per page at most. */
export const PAGE_SIZE = 500;
/** A change that creates at least this many records of one collection writes them into pages. */
export const PAGE_NEW_RECORDS_FROM = 200;
/** Compaction packs a collection's per-record values into pages when it holds more than this many. */
export const PACK_ABOVE = 1000;
/** Above this many records of one collection to locate, reading all its pages is cheaper than an index get each. */
const LOCATE_ALL_ABOVE = 500;

/** A record as stored: the record's fields, and its revision under `$rev` when above 1. */
export type Stored = Record<string, unknown> & { $rev?: number };

/** One page: records of one collection. */
export interface OtPage {
  readonly key: string;
  readonly collection: OtCollectionName;
  /** The member key ({@link memberKey}) of each record, in the order of `records`. */
  ids: string[];
  records: Stored[];
}

/** The key a record is found by in the pages' `ids` index: ids are unique per collection only. */
export const memberKey = (collection: string, id: string) => `${collection}\u0000${id}`;

/** Creates the pages object store and its indexes (inside `onupgradeneeded`). */
export function createPagesStore(db: IDBDatabase): void {
  const store = db.createObjectStore(PAGES, { keyPath: 'key' });
  store.createIndex('ids', 'ids', { multiEntry: true });
  store.createIndex('collection', 'collection');
}

/** Whether the database has pages (a database opened at layout 2 or older has none). */
export const hasPages = (db: IDBDatabase) => db.objectStoreNames.contains(PAGES);

/** Puts `records` of one collection into new pages. */
export function writeNewPages(store: IDBObjectStore, collection: OtCollectionName, records: readonly Stored[]): void {
  const batch = createId();
  for (let start = 0, n = 0; start < records.length; start += PAGE_SIZE, n++) {
    const slice = records.slice(start, start + PAGE_SIZE);
    const page: OtPage = {
      key: `${collection}\u0000${batch}\u0000${n}`,
      collection,
      ids: slice.map((record) => memberKey(collection, record.id as string)),
      records: slice,
    };
    store.put(page);
  }
}

/** A page without the records at `drop` (member keys): written back, or deleted when nothing is left. */
function rewritePage(store: IDBObjectStore, page: OtPage, drop: ReadonlySet<string>): void {
  const ids: string[] = [];
  const records: Stored[] = [];
  page.ids.forEach((id, i) => {
    if (drop.has(id)) return;
    ids.push(id);
    records.push(page.records[i]!);
  });
  if (records.length === 0) store.delete(page.key);
  else store.put({ ...page, ids, records });
}

/**
 * Finds the pages that hold any of `targets` (member keys, grouped by collection) and calls `found` with a map
 * from page key to the member keys it holds.
 */
function locate(
  store: IDBObjectStore,
  targets: ReadonlyMap<OtCollectionName, readonly string[]>,
  found: (byPage: Map<string, Set<string>>) => void,
): void {
  const byPage = new Map<string, Set<string>>();
  const note = (pageKey: string, member: string) => {
    let set = byPage.get(pageKey);
    if (!set) byPage.set(pageKey, (set = new Set()));
    set.add(member);
  };
  let waiting = 1; // held until every request is placed
  const finish = () => {
    if (--waiting === 0) found(byPage);
  };
  for (const [collection, members] of targets) {
    if (members.length > LOCATE_ALL_ABOVE) {
      waiting++;
      const wanted = new Set(members);
      const req = store.index('collection').getAll(collection);
      req.onsuccess = () => {
        for (const page of req.result as OtPage[])
          for (const member of page.ids) if (wanted.has(member)) note(page.key, member);
        finish();
      };
      continue;
    }
    for (const member of members) {
      waiting++;
      const req = store.index('ids').getKey(member);
      req.onsuccess = () => {
        if (req.result !== undefined) note(String(req.result), member);
        finish();
      };
    }
  }
  finish();
}

/**
 * Takes the records that `ops` write or remove out of the pages that hold them (inside the commit's
 * transaction). `placed` is false when the change was not settled against storage (an op may then name any
 * record), true when it was: a put at revision 1 then creates a record that no page can hold.
 */
export function takeOutOfPages(store: IDBObjectStore, ops: readonly OtOp[], settled: boolean): void {
  const targets = new Map<OtCollectionName, string[]>();
  for (const op of ops) {
    if (settled && op.type === 'put' && (op.rev ?? 1) === 1) continue;
    let list = targets.get(op.collection);
    if (!list) targets.set(op.collection, (list = []));
    list.push(memberKey(op.collection, op.id));
  }
  if (targets.size === 0) return;
  locate(store, targets, (byPage) => {
    for (const [pageKey, drop] of byPage) {
      const req = store.get(pageKey);
      req.onsuccess = () => {
        if (req.result) rewritePage(store, req.result as OtPage, drop);
      };
    }
  });
}

/**
 * Splits the puts of a settled change into those that go into new pages (a collection with at least
 * {@link PAGE_NEW_RECORDS_FROM} new records in it) and the rest, which go to the per-record stores.
 */
export function routeOps(ops: readonly OtOp[]): { paged: Map<OtCollectionName, Stored[]>; single: OtOp[] } {
  const created = new Map<OtCollectionName, number>();
  for (const op of ops)
    if (op.type === 'put' && (op.rev ?? 1) === 1) created.set(op.collection, (created.get(op.collection) ?? 0) + 1);
  const paged = new Map<OtCollectionName, Stored[]>();
  const single: OtOp[] = [];
  for (const op of ops) {
    if (op.type === 'put' && (op.rev ?? 1) === 1 && (created.get(op.collection) ?? 0) >= PAGE_NEW_RECORDS_FROM) {
      let list = paged.get(op.collection);
      if (!list) paged.set(op.collection, (list = []));
      list.push(op.value as Stored);
    } else single.push(op);
  }
  return { paged, single };
}

/** Calls `each` with every page of `collection` (one request). */
export function pagesOf(store: IDBObjectStore, collection: OtCollectionName, each: (pages: OtPage[]) => void): void {
  const req = store.index('collection').getAll(collection);
  req.onsuccess = () => each(req.result as OtPage[]);
}

/** Finds the record `id` of `collection` in the pages (undefined when no page holds it). */
export function pagedRecord(
  store: IDBObjectStore,
  collection: OtCollectionName,
  id: string,
  found: (value: Stored | undefined) => void,
): void {
  const req = store.index('ids').get(memberKey(collection, id));
  req.onsuccess = () => {
    const page = req.result as OtPage | undefined;
    found(page?.records.find((record) => record.id === id));
  };
}

/**
 * Packs per-record values into pages: for each collection holding more than {@link PACK_ABOVE}, moves them
 * {@link PAGE_SIZE} at a time, one short transaction per page, so commits from this tab and others run in
 * between. The values move as they are stored (revision included). Resolves with how many records moved.
 */
export async function packRecords(db: IDBDatabase): Promise<number> {
  if (!hasPages(db)) return 0;
  let moved = 0;
  for (const collection of OT_COLLECTION_NAMES) {
    if (!db.objectStoreNames.contains(collection)) continue;
    for (;;) {
      const count = await packOnePage(db, collection);
      if (count === 0) break;
      moved += count;
    }
  }
  return moved;
}

/** Moves the first {@link PAGE_SIZE} values of `collection` into a page when it holds more than {@link PACK_ABOVE}. */
function packOnePage(db: IDBDatabase, collection: OtCollectionName): Promise<number> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([collection, PAGES], 'readwrite');
    let moved = 0;
    tx.oncomplete = () => resolve(moved);
    tx.onabort = tx.onerror = () => reject(tx.error);
    const records = tx.objectStore(collection);
    const count = records.count();
    count.onsuccess = () => {
      if (count.result <= PACK_ABOVE) return;
      const first = records.getAll(null, PAGE_SIZE);
      first.onsuccess = () => {
        const values = first.result as Stored[];
        // A value without a string id (written by hand, kept in the quarantine) stays where it is.
        if (values.length === 0 || values.some((value) => typeof value.id !== 'string')) return;
        // getAll returns key order, and nothing else writes inside this transaction: the range is exactly these.
        records.delete(IDBKeyRange.bound(values[0]!.id as string, values[values.length - 1]!.id as string));
        writeNewPages(tx.objectStore(PAGES), collection, values);
        moved = values.length;
      };
    };
  });
}
