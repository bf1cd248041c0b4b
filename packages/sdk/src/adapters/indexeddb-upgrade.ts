/**
 * Upgrading an IndexedDB database to the layout this SDK writes: object stores, the reference indexes that
 * let a commit find what still refers to a record it removes, and the host's record migrations.
 */
import { OT_COLLECTION_NAMES, collectionDef, isCollectionName, type OtCollectionName } from '../store/collections.js';
import type { OtChange } from '../store/types.js';
import { PAGES, createPagesStore, memberKey, type OtPage } from './indexeddb-pages.js';

/** The object store of the change log. */
export const CHANGES = 'changes';
/** The property a stored record carries its revision in (stripped before the record is checked). */
export const REV = '$rev';

/** A step that upgrades stored records when the database layout version goes up. */
export interface OtIdbMigration {
  /** The version this migration upgrades to. */
  readonly version: number;
  /** Per collection: returns the upgraded record, or undefined to drop it. */
  readonly collections: {
    readonly [C in OtCollectionName]?: (record: Record<string, unknown>) => Record<string, unknown> | undefined;
  };
}

/** Which migration failed, for the error message. */
export interface OtFailedStep {
  step: number;
  collection: string;
  cause: unknown;
}

/** Runs inside `onupgradeneeded`; calls `fail` (once) with the step that failed before it aborts. */
export function upgradeDatabase(
  req: IDBOpenDBRequest,
  event: IDBVersionChangeEvent,
  version: number,
  migrations: readonly OtIdbMigration[],
  fail: (failed: OtFailedStep) => void,
): void {
  let failed: OtFailedStep | undefined;
  const report = (f: OtFailedStep) => {
    if (failed) return;
    failed = f;
    fail(f);
  };
  const up = req.result;
  const tx = req.transaction!;
  for (const collection of [...OT_COLLECTION_NAMES, CHANGES]) {
    if (!up.objectStoreNames.contains(collection)) up.createObjectStore(collection, { keyPath: 'id' });
  }
  // Layout 3: records in pages (see indexeddb-pages.ts).
  if (!up.objectStoreNames.contains(PAGES)) createPagesStore(up);
  // One index per reference field, named after it: a commit that removes a record looks up what still
  // refers to it in the same transaction (records without the field are simply not in the index).
  for (const collection of OT_COLLECTION_NAMES) {
    const store = tx.objectStore(collection);
    for (const field of Object.keys(collectionDef(collection).refs))
      if (!store.indexNames.contains(field)) store.createIndex(field, field);
  }
  const from = event.oldVersion;
  const steps = [...migrations]
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
        // The revision is the store's, not part of the record a migration sees.
        const { [REV]: rev, ...plain } = record;
        record = fn(plain);
        if (record !== undefined && rev !== undefined) record = { ...record, [REV]: rev };
      } catch (cause) {
        report({ step: step.version, collection, cause });
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
        report({ step: version, collection: store, cause });
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
  // Records in pages go through the same steps; a page left with none is removed.
  if (touched.size)
    each(PAGES, (cursor) => {
      const page = cursor.value as OtPage;
      if (!touched.has(page.collection)) return;
      const records = page.records
        .map((record) => migrate(page.collection, record))
        .filter((record) => record !== undefined);
      if (records.length === 0) cursor.delete();
      else
        cursor.update({
          ...page,
          records,
          ids: records.map((record) => memberKey(page.collection, String(record.id))),
        });
    });
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
}
