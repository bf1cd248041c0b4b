import { createStore, indexedDbAdapter, type OtStore } from '@otkit/sdk';
import { deleteTestDatabases } from '../helpers/test-databases.js';
export { rejection } from '../helpers/sdk-testing.js';

/** Opens a database directly (not through the adapter), running `upgrade` on version change. */
export function openRaw(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Every store `open` made, closed (and its database deleted) after each test. */
export const stores: OtStore[] = [];

/** Closes every store `open` made and deletes the test databases: each test file runs it after each test. */
export async function closeStoresAndDeleteDatabases(): Promise<void> {
  for (const s of stores.splice(0)) s.close();
  await new Promise((r) => setTimeout(r, 0));
  await deleteTestDatabases();
}

/** A store on an IndexedDB adapter with `options`, closed after the test. */
export function open(options: Parameters<typeof indexedDbAdapter>[0]): OtStore {
  const store = createStore({ adapter: indexedDbAdapter(options) });
  stores.push(store);
  return store;
}

/** A valid goal record with `id`. */
export const goal = (id: string, description = `goal ${id}`) => ({ id, description, order: 1, createdAt: 1 });
