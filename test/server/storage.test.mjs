// The storage under load and failure: migrations run once, concurrent pushes get distinct, gap-free log
// positions, and a server killed in the middle of a batch loses nothing acknowledged and applies nothing twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { createSyncStorage, migrate, openSyncStorage, pgliteDatabase, postgresDatabase } from '@otkit/server';
import {
  DATABASE,
  DATABASE_URL,
  call,
  change,
  goal,
  pullAll,
  put,
  startServer,
  storageLocation,
  uniqueTenant,
} from './helpers.mjs';

describe(`sync storage (${DATABASE})`, () => {
  const cleanup = [];
  after(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('runs its migrations once: opening again applies none', async () => {
    const location = storageLocation();
    cleanup.push(() => location.remove());
    const open = () => (DATABASE_URL ? postgresDatabase(location.options) : pgliteDatabase(location.options));
    const db = await open();
    await migrate(db);
    assert.deepEqual(await migrate(db), []);
    const rows = await db.query('SELECT version, name FROM otkit_sync_migrations ORDER BY version');
    assert.deepEqual(
      rows.map((r) => Number(r.version)),
      [1],
    );
    const storage = await createSyncStorage(db);
    await storage.close();
  });

  it('gives concurrent pushes of one tenant distinct, gap-free positions and loses none', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const tenant = uniqueTenant();
    const batches = Array.from({ length: 12 }, () => Array.from({ length: 10 }, () => change([put('goals', goal())])));
    const answers = await Promise.all(
      batches.map((changes) => call(server.url, 'push', { tenant, body: { changes } })),
    );
    const cursors = answers.flatMap((a) => a.body.results.map((r) => r.cursor));
    assert.equal(new Set(cursors).size, 120);
    const { changes } = await pullAll(server.url, tenant, { limit: 50 });
    assert.deepEqual(
      changes.map((c) => Number(c.cursor.slice(3))),
      Array.from({ length: 120 }, (_, i) => i + 1),
    );
    assert.deepEqual(new Set(changes.map((c) => c.change.id)), new Set(batches.flat().map((c) => c.id)));
  });

  it('keeps every acknowledged change and applies a batch once after the server is killed mid-batch', async (t) => {
    if (DATABASE_URL) t.diagnostic('the killed server writes to the PostgreSQL server of the suite');
    const location = storageLocation();
    cleanup.push(() => location.remove());
    const tenant = uniqueTenant();
    const serve = () => {
      const child = spawn(process.execPath, [new URL('./serve-child.mjs', import.meta.url).pathname], {
        env: { ...process.env, OTKIT_SYNC_STORAGE: JSON.stringify(location.options) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const url = new Promise((resolve, reject) => {
        child.stdout.once('data', (line) => resolve(String(line).trim()));
        child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
      });
      return { child, url };
    };
    const first = serve();
    const url = await first.url;
    const batch = Array.from({ length: 200 }, () => change([put('goals', goal())]));
    const pushing = call(url, 'push', { tenant, body: { changes: batch } }).catch((error) => error);
    // Kill it while the batch is inside: no answer, so the client knows nothing was acknowledged.
    await new Promise((resolve) => setTimeout(resolve, 150));
    first.child.kill('SIGKILL');
    const lost = await pushing;
    await new Promise((resolve) => first.child.once('exit', resolve).exitCode !== null && resolve());
    const second = serve();
    cleanup.push(() => second.child.kill('SIGKILL'));
    const url2 = await second.url;
    const before = (await pullAll(url2, tenant)).changes.length;
    // All or nothing: the killed batch's transaction either committed whole or not at all.
    assert.ok(before === 0 || before === 200, `after the kill the log holds ${before} of 200`);
    if (lost instanceof Error === false) assert.equal(before, 200, 'an answered push must be durable');
    const retry = await call(url2, 'push', { tenant, body: { changes: batch } });
    assert.equal(retry.status, 200);
    assert.ok(retry.body.results.every((r) => r.status === 'applied'));
    const held = (await pullAll(url2, tenant)).changes.map((c) => c.change.id);
    assert.deepEqual(held.sort(), batch.map((c) => c.id).sort());
  });

  it('refuses to open a database written by a newer version of the package', async () => {
    const location = storageLocation();
    cleanup.push(() => location.remove());
    const storage = await openSyncStorage(location.options);
    await storage.close();
    const db = DATABASE_URL ? await postgresDatabase(location.options) : await pgliteDatabase(location.options);
    await db.query("INSERT INTO otkit_sync_migrations (version, name) VALUES (999, 'from the future')");
    try {
      await assert.rejects(createSyncStorage(db), /newer than this @otkit\/server knows/);
    } finally {
      await db.query('DELETE FROM otkit_sync_migrations WHERE version = 999');
      await db.close();
    }
  });
});
