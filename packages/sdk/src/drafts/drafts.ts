/**
 * Drafts: text typed into a field and not sent yet (a note, a short note, a half-written incident), kept on
 * this device so a reload or a crash does not lose it. Drafts are device-local by design: they are not
 * records of the store's collections, so they are never synced, never in the change log, and never exported
 * (document, FHIR, CSV). They live next to the store's data: in memory for a memory store, and in a small
 * IndexedDB database of their own (`<database>-drafts`) for an IndexedDB store — never in localStorage.
 */
import type { OtStore } from '../store/store.js';

/** The most characters a draft keeps (the longest field, a note, holds 10,000). */
export const OT_DRAFT_MAX = 10_000;

/** The drafts of one store; see {@link draftsFor}. */
export interface OtDrafts {
  /** The draft kept under `key`, if any. */
  read(key: string): Promise<string | undefined>;
  /** Keeps `text` under `key` (clipped to {@link OT_DRAFT_MAX}); empty text removes the draft. */
  write(key: string, text: string): Promise<void>;
  /** Removes the draft under `key` (the text was sent). */
  clear(key: string): Promise<void>;
}

/**
 * The key of one field's draft: the element, the field, and what the text belongs to (a client, a goal, a
 * session), so a draft comes back only where it was typed. Parts are joined with `/` (escaped inside a part).
 *
 * @example
 * draftKey('ot-goal-stack', 'note', clientId ?? ''); // 'ot-goal-stack/note/c-17'
 */
export function draftKey(...parts: readonly string[]): string {
  return parts.map((part) => part.replaceAll('%', '%25').replaceAll('/', '%2F')).join('/');
}

/** Drafts in memory: for a memory store, whose data does not outlive the page either. */
export function memoryDrafts(): OtDrafts {
  const kept = new Map<string, string>();
  return {
    read: async (key) => kept.get(key),
    write: async (key, text) => void (text ? kept.set(key, text.slice(0, OT_DRAFT_MAX)) : kept.delete(key)),
    clear: async (key) => void kept.delete(key),
  };
}

const DRAFTS = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Drafts in an IndexedDB database of their own, `name` (one object store, `drafts`, key → text). A browser
 * that refuses IndexedDB (a sandboxed frame) keeps them in memory instead.
 *
 * @example
 * const drafts = indexedDbDrafts('otkit-drafts');
 * await drafts.write('ot-goal-stack/note/', 'Asked about the fire dr');
 */
export function indexedDbDrafts(name: string, factory?: IDBFactory): OtDrafts {
  let opened: Promise<IDBDatabase> | undefined;
  const fallback = memoryDrafts();
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = (factory ?? indexedDB).open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(DRAFTS);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }));
  const use = async <R>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<R>) => {
    const db = await open();
    const tx = db.transaction(DRAFTS, mode, { durability: 'strict' });
    const result = await request(run(tx.objectStore(DRAFTS)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
    return result;
  };
  const orMemory = async <R>(indexed: () => Promise<R>, memory: () => Promise<R>): Promise<R> => {
    try {
      return await indexed();
    } catch {
      return memory();
    }
  };
  return {
    read: (key) =>
      orMemory(
        async () => ((await use('readonly', (s) => s.get(key))) as string | undefined) ?? (await fallback.read(key)),
        () => fallback.read(key),
      ),
    write: (key, text) =>
      orMemory(
        async () =>
          void (text
            ? await use('readwrite', (s) => s.put(text.slice(0, OT_DRAFT_MAX), key))
            : await use('readwrite', (s) => s.delete(key))),
        () => fallback.write(key, text),
      ),
    clear: (key) =>
      orMemory(
        async () => void (await use('readwrite', (s) => s.delete(key))),
        () => fallback.clear(key),
      ),
  };
}

const byStore = new WeakMap<OtStore, OtDrafts>();

/**
 * The drafts that go with a store: one set per store, in memory for a memory store, in IndexedDB
 * (`<database>-drafts`) for an IndexedDB store. Elements keep their unsent text here; a page can too.
 *
 * @example
 * const drafts = draftsFor(store);
 * await drafts.write(draftKey('my-portal', 'incident'), form.what.value);
 * form.what.value = (await drafts.read(draftKey('my-portal', 'incident'))) ?? '';
 */
export function draftsFor(store: OtStore): OtDrafts {
  let drafts = byStore.get(store);
  if (!drafts) {
    // An adapter that wraps the IndexedDB one (sync) names it inside its own kind.
    const database = /indexeddb:([^)\s]+)/.exec(store.adapter.kind)?.[1];
    drafts = database ? indexedDbDrafts(`${database}-drafts`) : memoryDrafts();
    byStore.set(store, drafts);
  }
  return drafts;
}
