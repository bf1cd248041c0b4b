// The same handler mounted in Hono (served by @hono/node-server): the framework passes its Request through.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createSyncHandler, openSyncStorage } from '@otkit/server';
import {
  DATABASE,
  bearerAuthorize,
  call,
  change,
  goal,
  pullAll,
  put,
  storageLocation,
  uniqueTenant,
} from './helpers.mjs';

describe(`sync handler in Hono (${DATABASE})`, () => {
  let storage;
  let server;
  let url;
  const location = storageLocation();
  before(async () => {
    storage = await openSyncStorage(location.options);
    const handler = createSyncHandler({ storage, authorize: bearerAuthorize });
    const app = new Hono();
    app.get('/', (c) => c.text('portal home'));
    app.all('/api/otkit/sync/*', (c) => handler(c.req.raw));
    await new Promise((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        url = `http://127.0.0.1:${info.port}/api/otkit/sync`;
        resolve();
      });
    });
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await storage.close();
    location.remove();
  });

  it('pushes, replays and pulls under a prefix of the host', async () => {
    const tenant = uniqueTenant();
    const add = change([put('goals', goal())]);
    const first = await call(url, 'push', { tenant, body: { changes: [add] } });
    assert.equal(first.status, 200);
    assert.equal(first.body.results[0].status, 'applied');
    const replay = await call(url, 'push', { tenant, body: { changes: [add] } });
    assert.deepEqual(replay.body, first.body);
    assert.deepEqual(
      (await pullAll(url, tenant)).changes.map((c) => c.change.id),
      [add.id],
    );
  });

  it('answers errors the same way: 401, 413, 400 for HTML', async () => {
    assert.equal((await call(url, 'status')).status, 401);
    const html = await call(url, 'push', {
      tenant: 'x',
      raw: '<html><body>Bad gateway</body></html>',
      headers: { 'content-type': 'application/json' },
    });
    assert.deepEqual([html.status, html.body.error.code], [400, 'malformed']);
    const big = await call(url, 'push', {
      tenant: 'x',
      raw: JSON.stringify({ changes: [], pad: 'x'.repeat(5 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    assert.deepEqual([big.status, big.body.error.code], [413, 'too-large']);
  });
});
