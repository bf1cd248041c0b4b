// Shared parts of the sync tests in Chromium: a real server behind the fault proxy (through the otkit-sync
// command of test/sync/sync-server-plugin.mjs), devices (a store on IndexedDB with httpSync), and waiting.
import { executeServerCommand } from '@web/test-runner-commands';
import {
  OT_COLLECTION_NAMES,
  createId,
  createStore,
  httpSync,
  indexedDbAdapter,
  listRecords,
  type OtHttpSyncOptions,
  type OtStore,
  type OtStoreOptions,
  type OtSyncStatus,
} from '@otkit/sdk';

export interface Faults {
  drop?: number;
  loseResponse?: number;
  duplicate?: number;
  reorder?: number;
  serverError?: number;
  delayMs?: [number, number];
  restartEvery?: number;
}

export interface TestServer {
  readonly id: string;
  readonly url: string;
}

const started: TestServer[] = [];
const stores: OtStore[] = [];
const databases: string[] = [];

export function command<T>(payload: Record<string, unknown>): Promise<T> {
  return executeServerCommand('otkit-sync', payload) as Promise<T>;
}

/** A sync server on a fresh PGlite database behind the fault proxy, with the handler's `limits` when given. */
export async function startServer(
  faults: Faults = {},
  seed = 20261206,
  limits: Record<string, number> = {},
): Promise<TestServer> {
  const { id } = await command<{ id: string }>({ action: 'start', faults, seed, limits });
  started.push({ id, url: '' });
  for (;;) {
    const answer = await command<{ url?: string; pending?: boolean }>({ action: 'wait', id });
    if (answer.url) return { id, url: answer.url };
  }
}

/** Stops a server and forgets it. */
export async function stopServer(server: TestServer): Promise<void> {
  started.splice(
    started.findIndex((s) => s.id === server.id),
    1,
  );
  await command({ action: 'stop', id: server.id });
}

/** A server that answers what the test sets with `reply`. */
export async function startHostile(): Promise<TestServer> {
  const server = await command<TestServer>({ action: 'hostile' });
  started.push(server);
  return server;
}

/** The server's log for a tenant: change ids in order and the records they leave. */
export function serverLog(server: TestServer, tenant: string) {
  return command<{ ids: string[]; records: Record<string, unknown> }>({ action: 'log', id: server.id, tenant });
}

export const tenantName = (name = 'clinic') => `${name}-${createId()}`;

/** A store on an IndexedDB database of its own, syncing with `options` (fast retries for tests). */
export function device(
  options: Partial<OtHttpSyncOptions> & {
    url: string;
    tenant?: string;
    database?: string;
    storeOptions?: Omit<OtStoreOptions, 'sync' | 'adapter'>;
    durability?: 'strict' | 'relaxed';
  },
) {
  const database = options.database ?? `otkit-sync-test-${createId()}`;
  databases.push(database);
  const { tenant, storeOptions, durability, ...rest } = options;
  const store = createStore({
    adapter: indexedDbAdapter({ name: database, ...(durability ? { durability } : {}) }),
    actor: 'therapist',
    ...storeOptions,
    sync: httpSync({
      headers: (): Record<string, string> => (tenant ? { authorization: `Bearer ${tenant}` } : {}),
      retry: { initialDelayMs: 20, maxDelayMs: 400 },
      debounceMs: 20,
      timeoutMs: 10_000,
      pullIntervalMs: 0,
      ...rest,
    }),
  });
  stores.push(store);
  return { store, database };
}

/** Resolves once `check(status)` holds, or fails after `ms`. */
export function waitForStatus(store: OtStore, check: (status: OtSyncStatus) => boolean, ms = 20_000) {
  return new Promise<OtSyncStatus>((resolve, reject) => {
    if (check(store.sync!.status)) return resolve(store.sync!.status);
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`sync status never matched; last: ${JSON.stringify(store.sync!.status)}`));
    }, ms);
    const stop = store.sync!.subscribe((status) => {
      if (!check(status)) return;
      clearTimeout(timer);
      stop();
      resolve(status);
    });
  });
}

/** Syncs until the outbox is empty and a round ended without error. */
export async function settle(store: OtStore, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await store.sync!.syncNow();
    const { pending, state, lastSuccess } = store.sync!.status;
    if (pending === 0 && state === 'idle' && lastSuccess !== undefined) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never settled: ${JSON.stringify(store.sync!.status)}`);
}

/** Every record of a store, as `collection/id` → record. */
export function records(store: OtStore): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const state = store.getState();
  for (const name of OT_COLLECTION_NAMES)
    for (const record of listRecords(state, name)) out[`${name}/${(record as { id: string }).id}`] = record;
  return out;
}

/** Closes the stores and deletes the databases of a test. */
export async function closeDevices(): Promise<void> {
  for (const store of stores.splice(0)) store.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const name of databases.splice(0)) for (const db of [name, `${name}:sync`]) indexedDB.deleteDatabase(db);
}

/** Stops every server still running. */
export async function stopServers(): Promise<void> {
  await Promise.all(started.splice(0).map((s) => command({ action: 'stop', id: s.id })));
}
