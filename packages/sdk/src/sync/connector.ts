/**
 * `httpSync`, the connector a store takes (`createStore({ sync })`): it makes the {@link SyncEngine} of the store
 * that connects, one store at a time, and tells the store's compaction which change-log entries the server has.
 */
import { OtError } from '../errors.js';
import { SyncEngine } from './http-sync.js';
import type { OtJournalEntry } from './journal.js';
import { OT_SYNC_PULL_COMMAND } from './pull.js';
import type { OtHttpSyncOptions, OtSyncConnector } from './types.js';

export { OT_SYNC_PULL_COMMAND } from './pull.js';

/**
 * Syncs a store with a server that speaks the OT Kit sync protocol (`@otkit/server`, or a portal's own).
 * Pass it to `createStore({ sync })`; the store then has `store.sync` (status, subscribe, syncNow).
 *
 * @example
 * const store = createStore({
 *   adapter: indexedDbAdapter({ name: 'otkit' }),
 *   sync: httpSync({
 *     url: '/api/sync',
 *     headers: async () => ({ authorization: `Bearer ${await portal.token()}` }),
 *   }),
 * });
 * store.sync!.subscribe(({ state, pending }) => console.log(state, pending));
 */
export function httpSync(options: OtHttpSyncOptions): OtSyncConnector {
  // One store at a time (a provider may close its store and open another with the same connector).
  let current: { engine: SyncEngine; answered: Map<string, OtJournalEntry> } | undefined;
  return {
    acknowledged: (change) =>
      change.command === OT_SYNC_PULL_COMMAND || current?.answered.get(change.id)?.status === 'acknowledged',
    connect(store) {
      if (current && !current.engine.stopped)
        throw new OtError('sync', 'An httpSync() syncs one store at a time; close the other store or make another');
      const answered = new Map<string, OtJournalEntry>();
      current = { engine: new SyncEngine(store, options, answered), answered };
      return current.engine;
    },
  };
}
