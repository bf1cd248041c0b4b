/**
 * The store code of `<ot-provider>` and of an element's own store: the SDK's store, both adapters and every
 * collection's schema. The provider (and `StoreController`, through internal/own-store.ts) imports it only when it
 * has to make a store itself, so an element's own CDN file, and a page that hands the provider its store, do not
 * carry it.
 */
import { createStore, indexedDbAdapter, memoryAdapter, type OtStore, type OtSyncConnector } from '@otkit/sdk';

// The store code of an element's own store travels in the same file (otkit-store.min.js beside a CDN file).
export { checkSeed, openOwnStore, openOwnStoreOfCheckedRecords } from '../internal/own-store.js';

/**
 * Opens a store kept in IndexedDB database `database`, or in memory when `inMemory`.
 *
 * @example
 * const store = openProviderStore({ inMemory: false, database: 'otkit', actor: 'therapist' });
 */
export function openProviderStore(options: {
  inMemory: boolean;
  database: string;
  actor: string;
  sync?: OtSyncConnector | undefined;
}): OtStore {
  const adapter = options.inMemory ? memoryAdapter() : indexedDbAdapter({ name: options.database });
  return createStore({ adapter, actor: options.actor, ...(options.sync ? { sync: options.sync } : {}) });
}
