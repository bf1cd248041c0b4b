// Sync benchmark (not a test): pushes 10,000 changes (one new goal each) to the reference server over HTTP on
// loopback in batches of 500, then pulls them in pages of 1,000, and prints changes per second each way and
// the time to sync all of them. Then the same through the SDK's own client: a store (memory adapter) with
// httpSync pushes 10,000 changes made by commands, and a second store pulls them (applied through the store's
// checks). PGlite in a temp folder by default; a PostgreSQL server with OTKIT_BENCH_DATABASE_URL=postgres://…
// Needs the built packages (npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createId, createStore, httpSync } from '@otkit/sdk';
import { createSyncHandler, openSyncStorage, toNodeListener } from '@otkit/server';

const TOTAL = Number(process.env.OTKIT_BENCH_CHANGES ?? 10_000);
const BATCH = 500;
const PAGE = 1000;
const url = process.env.OTKIT_BENCH_DATABASE_URL;
const dir = url ? undefined : mkdtempSync(join(tmpdir(), 'otkit-bench-sync-'));
const tenant = `bench-${createId()}`;

const storage = await openSyncStorage(url ? { connectionString: url } : { dataDir: dir });
const handler = createSyncHandler({ storage, authorize: () => ({ tenant }) });
const server = createServer(toNodeListener(handler));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/sync`;

const post = async (endpoint, body) => {
  const response = await fetch(`${base}/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${endpoint}: ${response.status} ${await response.text()}`);
  return response.json();
};

let at = Date.UTC(2026, 0, 5, 9);
const changes = Array.from({ length: TOTAL }, (_, i) => {
  at += 1;
  const goal = { id: createId(at), description: `Goal ${i}`, order: i, createdAt: at };
  return {
    id: createId(at),
    at,
    actor: 'bench',
    command: 'goals.add',
    ops: [{ type: 'put', collection: 'goals', id: goal.id, value: goal }],
  };
});

const pushStart = performance.now();
for (let i = 0; i < TOTAL; i += BATCH) {
  const { results } = await post('push', { changes: changes.slice(i, i + BATCH) });
  if (results.some((r) => r.status !== 'applied')) throw new Error('a change was rejected');
}
const pushMs = performance.now() - pushStart;

const pullStart = performance.now();
let pulled = 0;
let cursor = null;
for (;;) {
  const page = await post('pull', { since: cursor, limit: PAGE });
  pulled += page.changes.length;
  cursor = page.cursor;
  if (!page.more) break;
}
const pullMs = performance.now() - pullStart;
if (pulled !== TOTAL) throw new Error(`pulled ${pulled} of ${TOTAL}`);

const perSecond = (ms) => Math.round((TOTAL / ms) * 1000).toLocaleString('en');
const database = url ? 'PostgreSQL' : 'PGlite';
console.log(
  `| ${database} | ${perSecond(pushMs)} | ${perSecond(pullMs)} | ${((pushMs + pullMs) / 1000).toFixed(1)} s |`,
);

// Through the client: commands into a store, httpSync pushes them; a second device pulls them.
const clientTenant = `${tenant}-client`;
const clientHandler = createSyncHandler({ storage, authorize: () => ({ tenant: clientTenant }) });
server.removeAllListeners('request');
server.on('request', toNodeListener(clientHandler));
const device = () =>
  createStore({
    sync: httpSync({ url: base, batchSize: BATCH, pullLimit: PAGE, pullIntervalMs: 0, debounceMs: 60_000 }),
  });
const writer = device();
await writer.ready;
for (let i = 0; i < TOTAL; i++) await writer.goals.add({ description: `Goal ${i}`, order: i });
const clientPushStart = performance.now();
await writer.sync.syncNow();
const clientPushMs = performance.now() - clientPushStart;
if (writer.sync.status.pending !== 0) throw new Error(`client push left ${writer.sync.status.pending} changes`);
const reader = device();
await reader.ready;
const clientPullStart = performance.now();
await reader.sync.syncNow();
const clientPullMs = performance.now() - clientPullStart;
if (reader.goals.size !== TOTAL) throw new Error(`the client pulled ${reader.goals.size} of ${TOTAL}`);
console.log(
  `| ${database}, through httpSync | ${perSecond(clientPushMs)} | ${perSecond(clientPullMs)} | ${((clientPushMs + clientPullMs) / 1000).toFixed(1)} s |`,
);
writer.close();
reader.close();

server.closeAllConnections();
server.close();
await storage.close();
if (dir) rmSync(dir, { recursive: true, force: true });
