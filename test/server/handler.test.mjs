// The sync handler behind node:http: endpoints, auth, validation, idempotency, tenants, hostile bodies, cursors.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createId, createStore } from '@otkit/sdk';
import {
  DATABASE,
  call,
  change,
  goal,
  pullAll,
  put,
  remove,
  replayPulled,
  startServer,
  tick,
  uniqueTenant,
} from './helpers.mjs';

const note = (goalId, fields = {}) => {
  const at = tick();
  return { id: createId(at), goalId, text: 'Asked about recess', createdAt: at, ...fields };
};

describe(`sync handler behind node:http (${DATABASE})`, () => {
  let server;
  before(async () => {
    server = await startServer({ limits: { maxChangesPerPush: 50, maxBodyBytes: 64 * 1024, maxPullLimit: 100 } });
  });
  after(() => server.stop());

  describe('authorization', () => {
    it('answers 401 without credentials and 403 when authorize refuses, before reading the body', async () => {
      const none = await call(server.url, 'push', { body: { changes: [] } });
      assert.equal(none.status, 401);
      assert.equal(none.body.error.code, 'unauthorized');
      assert.equal(none.headers.get('www-authenticate'), 'Bearer');
      const blocked = await call(server.url, 'pull', { tenant: 'blocked-1', body: {} });
      assert.deepEqual(blocked, { ...blocked, status: 403 });
      assert.deepEqual(blocked.body.error, { code: 'forbidden', message: 'This account is suspended' });
      assert.equal((await call(server.url, 'status')).status, 401);
    });

    it('answers health without credentials', async () => {
      const health = await call(server.url, 'health');
      assert.equal(health.status, 200);
      assert.deepEqual(health.body, { ok: true, protocol: 1 });
    });
  });

  describe('push and pull', () => {
    it('applies a batch, acknowledges each change, and pulls it back as applied', async () => {
      const tenant = uniqueTenant();
      const g = goal();
      const n = note(g.id);
      const first = change([put('goals', g)], { command: 'goals.add' });
      const second = change([put('notes', n)], { command: 'notes.add' });
      const pushed = await call(server.url, 'push', { tenant, body: { changes: [first, second] } });
      assert.equal(pushed.status, 200);
      assert.deepEqual(
        pushed.body.results.map((r) => [r.id, r.status, r.revisions]),
        [
          [first.id, 'applied', [{ collection: 'goals', id: g.id, revision: 1 }]],
          [second.id, 'applied', [{ collection: 'notes', id: n.id, revision: 1 }]],
        ],
      );
      assert.equal(pushed.body.cursor, pushed.body.results[1].cursor);
      const { changes, cursor } = await pullAll(server.url, tenant);
      assert.deepEqual(
        changes.map((c) => c.change.id),
        [first.id, second.id],
      );
      // Defaults the SDK's schema fills in are in what the server holds.
      assert.deepEqual(changes[0].change.ops[0].value, { ...g, lifecycle: 'active' });
      assert.deepEqual(changes[1].change.ops[0].value, { ...n, status: 'open' });
      assert.equal(cursor, pushed.body.cursor);
      const status = await call(server.url, 'status', { tenant });
      assert.equal(status.body.cursor, cursor);
      assert.equal(status.body.tenant, tenant);
      assert.equal(status.body.limits.maxChangesPerPush, 50);
    });

    it('answers a replayed change id with the same acknowledgement and applies nothing again', async () => {
      const tenant = uniqueTenant();
      const g = goal();
      const add = change([put('goals', g)]);
      const first = await call(server.url, 'push', { tenant, body: { changes: [add] } });
      // The same id with other content (a client bug or an attack) is still the first change.
      const altered = { ...add, ops: [put('goals', { ...g, description: 'Changed' })] };
      const again = await call(server.url, 'push', { tenant, body: { changes: [add, altered] } });
      assert.deepEqual(again.body.results, [first.body.results[0], first.body.results[0]]);
      assert.equal(again.body.cursor, first.body.cursor);
      const { changes } = await pullAll(server.url, tenant);
      assert.equal(changes.length, 1);
      assert.equal(changes[0].change.ops[0].value.description, 'Tie shoes');
    });

    it('reports a rejected change with its reason and paths, and applies the others of the batch', async () => {
      const tenant = uniqueTenant();
      const g = goal();
      const bad = change([put('goals', { ...g, id: createId(), description: '' })]);
      const dangling = change([put('notes', note('no-such-goal'))]);
      const good = change([put('goals', g)]);
      const notAChange = 'hello';
      const { status, body } = await call(server.url, 'push', {
        tenant,
        body: { changes: [bad, dangling, notAChange, good] },
      });
      assert.equal(status, 200);
      const [r0, r1, r2, r3] = body.results;
      assert.equal(r0.status, 'rejected');
      assert.equal(r0.error.code, 'validation');
      assert.deepEqual(r0.error.issues[0].path, ['ops', 0, 'value', 'description']);
      assert.equal(r1.error.code, 'reference');
      assert.deepEqual(r1.error.issues, [
        { path: ['ops', 0, 'value', 'goalId'], code: 'reference', message: 'names no goal with id "no-such-goal"' },
      ]);
      assert.deepEqual([r2.id, r2.status, r2.error.issues[0].path], [null, 'rejected', []]);
      assert.equal(r3.status, 'applied');
      assert.deepEqual(
        (await pullAll(server.url, tenant)).changes.map((c) => c.change.id),
        [good.id],
      );
      // A rejection is an acknowledgement too: replayed, it answers the same.
      const replay = await call(server.url, 'push', { tenant, body: { changes: [bad] } });
      assert.deepEqual(replay.body.results[0], r0);
    });

    it('checks envelopes: unknown collections, ids, op types, times, empty ops, unknown keys', async () => {
      const tenant = uniqueTenant();
      const g = goal();
      const cases = [
        [{ ...change([put('goals', g)]), at: -1 }, ['at']],
        [{ ...change([put('goals', g)]), extra: 1 }, ['extra']],
        [change([]), ['ops']],
        [change([{ type: 'put', collection: 'secrets', id: g.id, value: g }]), ['ops', 0, 'collection']],
        [change([{ type: 'patch', collection: 'goals', id: g.id }]), ['ops', 0, 'type']],
        [change([{ ...put('goals', g), id: 'other' }]), ['ops', 0, 'value', 'id']],
        [change([{ ...put('goals', g), fields: 'description' }]), ['ops', 0, 'fields']],
        [change([remove('goals', '../etc/passwd')]), ['ops', 0, 'id']],
        [change([put('goals', { ...g, __proto__: { polluted: true }, extra: 1 })]), ['ops', 0, 'value', 'extra']],
      ];
      const { body } = await call(server.url, 'push', { tenant, body: { changes: cases.map(([c]) => c) } });
      body.results.forEach((result, index) => {
        assert.equal(result.status, 'rejected', `case ${index}`);
        assert.deepEqual(result.error.issues[0].path, cases[index][1], `case ${index}`);
      });
      assert.equal({}.polluted, undefined);
    });

    it("accepts the SDK's own change log as it is, with local revisions and overwrites", async () => {
      const tenant = uniqueTenant();
      const store = createStore({ actor: 'therapist' });
      const g = await store.goals.add({ description: 'Zip coat', order: 1 });
      await store.notes.add({ goalId: g.id, text: 'Wants the red coat' });
      await store.goals.update(g.id, { order: 2 });
      // The store's revisions (rev on ops, overwritten on changes) travel with the log; the server keeps its own.
      const log = (await store.changes()).map((entry, index) => ({
        ...entry,
        ops: entry.ops.map((op) => ({ ...op, rev: index === 2 ? 2 : 1 })),
        ...(index === 2 ? { overwritten: [{ collection: 'goals', id: g.id, field: 'order', value: 1, rev: 1 }] } : {}),
      }));
      const { body } = await call(server.url, 'push', { tenant, body: { changes: log } });
      assert.deepEqual(
        body.results.map((r) => r.status),
        ['applied', 'applied', 'applied'],
      );
      const pulled = replayPulled((await pullAll(server.url, tenant)).changes);
      assert.deepEqual(pulled.get(`goals/${g.id}`), store.goals.get(g.id));
      const bad = { ...log[0], id: createId(), ops: [{ ...log[0].ops[0], rev: -1 }] };
      const refused = await call(server.url, 'push', { tenant, body: { changes: [bad] } });
      assert.deepEqual(refused.body.results[0].error.issues[0].path, ['ops', 0, 'rev']);
    });

    it('refuses removing a record that others still name, and removes it once they are gone', async () => {
      const tenant = uniqueTenant();
      const g = goal();
      const n = note(g.id);
      await call(server.url, 'push', { tenant, body: { changes: [change([put('goals', g), put('notes', n)])] } });
      const early = await call(server.url, 'push', { tenant, body: { changes: [change([remove('goals', g.id)])] } });
      assert.equal(early.body.results[0].error.code, 'reference');
      assert.match(early.body.results[0].error.issues[0].message, /notes ".*" still names it \(goalId\)/);
      const both = change([remove('notes', n.id), remove('goals', g.id)]);
      const later = await call(server.url, 'push', { tenant, body: { changes: [both] } });
      assert.equal(later.body.results[0].status, 'applied');
      assert.deepEqual(
        later.body.results[0].revisions.map((r) => [r.collection, r.revision, r.deleted]),
        [
          ['notes', 2, true],
          ['goals', 2, true],
        ],
      );
    });
  });

  describe('tenants', () => {
    it("refuses a change that touches another tenant's record, and shows no tenant another's changes", async () => {
      const clinicA = uniqueTenant('a');
      const clinicB = uniqueTenant('b');
      const g = goal();
      await call(server.url, 'push', { tenant: clinicA, body: { changes: [change([put('goals', g)])] } });
      const attempts = [
        change([put('goals', { ...g, description: 'Taken over' })]),
        change([remove('goals', g.id)]),
        change([put('notes', note(g.id))]),
      ];
      const { body } = await call(server.url, 'push', { tenant: clinicB, body: { changes: attempts } });
      assert.deepEqual(
        body.results.map((r) => r.error?.code),
        ['forbidden', 'forbidden', 'reference'],
      );
      assert.equal((await pullAll(server.url, clinicB)).changes.length, 0);
      const held = (await pullAll(server.url, clinicA)).changes;
      assert.equal(held.length, 1);
      assert.equal(held[0].change.ops[0].value.description, 'Tie shoes');
      // A change id another tenant used is refused, not answered with the other tenant's acknowledgement.
      const stolen = await call(server.url, 'push', { tenant: clinicB, body: { changes: [held[0].change] } });
      assert.equal(stolen.body.results[0].error.code, 'conflict');
      assert.equal(stolen.body.results[0].cursor, undefined);
    });
  });

  describe('cursors', () => {
    it('pages through the log in order with limit and more, and refuses cursors it did not give', async () => {
      const tenant = uniqueTenant();
      const goals = Array.from({ length: 7 }, (_, i) => goal({ order: i }));
      await call(server.url, 'push', { tenant, body: { changes: goals.map((g) => change([put('goals', g)])) } });
      const page1 = await call(server.url, 'pull', { tenant, body: { since: null, limit: 3 } });
      assert.deepEqual([page1.body.changes.length, page1.body.more], [3, true]);
      const page2 = await call(server.url, 'pull', { tenant, body: { since: page1.body.cursor, limit: 3 } });
      const page3 = await call(server.url, 'pull', { tenant, body: { since: page2.body.cursor, limit: 3 } });
      assert.deepEqual([page3.body.changes.length, page3.body.more], [1, false]);
      const orders = [page1, page2, page3].flatMap((p) => p.body.changes.map((c) => c.change.ops[0].value.order));
      assert.deepEqual(orders, [0, 1, 2, 3, 4, 5, 6]);
      const empty = await call(server.url, 'pull', { tenant, body: { since: page3.body.cursor } });
      assert.deepEqual(empty.body, { changes: [], cursor: page3.body.cursor, more: false });
      for (const since of ['7', 'v1.0', 'v1.-1', 'v2.1', 42, {}])
        assert.equal((await call(server.url, 'pull', { tenant, body: { since } })).status, 400, String(since));
      const ahead = await call(server.url, 'pull', { tenant, body: { since: 'v1.999' } });
      assert.match(ahead.body.error.message, /ahead/);
      const tooMany = await call(server.url, 'pull', { tenant, body: { limit: 101 } });
      assert.deepEqual(tooMany.body.error.issues[0].path, ['limit']);
    });
  });

  describe('hostile requests', () => {
    const tenant = 'hostile-tenant';
    const expectError = async (options, status, code) => {
      const answer = await call(server.url, 'push', { tenant, ...options });
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      assert.equal(answer.body.error.code, code);
      assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
      return answer.body.error;
    };
    const json = { 'content-type': 'application/json' };

    it('answers HTML, truncated JSON, empty and non-UTF-8 bodies with 400 malformed', async () => {
      const html = await expectError({ raw: '<!doctype html><p>Login</p>', headers: json }, 400, 'malformed');
      assert.match(html.message, /HTML/);
      await expectError({ raw: '{"changes": [{"id": "a"', headers: json }, 400, 'malformed');
      await expectError({ raw: '', headers: json }, 400, 'malformed');
      await expectError({ raw: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), headers: json }, 400, 'malformed');
    });

    it('answers wrong types with 400 validation naming the field', async () => {
      for (const body of [[], 'changes', 42, null, { changes: {} }, { changes: 'all' }]) {
        const error = await expectError({ body }, 400, 'validation');
        assert.deepEqual(error.issues[0].path, ['changes']);
      }
      const extra = await expectError({ body: { changes: [], admin: true } }, 400, 'validation');
      assert.deepEqual(extra.issues[0].path, ['admin']);
    });

    it('answers a body that is not JSON by its type with 415', async () => {
      await expectError({ raw: 'changes=1', headers: { 'content-type': 'text/html' } }, 415, 'unsupported-media-type');
    });

    it('answers too many changes and too many bytes with 413, declared or streamed', async () => {
      const changes = Array.from({ length: 51 }, () => change([put('goals', goal())]));
      await expectError({ body: { changes } }, 413, 'too-large');
      const huge = JSON.stringify({ changes: [], pad: 'x'.repeat(70 * 1024) });
      await expectError({ raw: huge, headers: json }, 413, 'too-large');
      // Chunked, with no content-length: the cap holds while reading.
      const streamed = await new Promise((resolve, reject) => {
        const req = httpRequest(`${server.url}/push`, {
          method: 'POST',
          headers: { ...json, authorization: `Bearer ${tenant}`, 'transfer-encoding': 'chunked' },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
        });
        req.on('error', reject);
        for (let i = 0; i < 80; i++) req.write('x'.repeat(1024));
        req.end();
      });
      assert.equal(streamed.status, 413);
      assert.equal(streamed.body.error.code, 'too-large');
    });

    it('answers unknown endpoints with 404 and wrong methods with 405', async () => {
      assert.equal((await call(server.url, 'admin', { tenant })).status, 404);
      const wrong = await call(server.url, 'push', { tenant, method: 'GET' });
      assert.equal(wrong.status, 405);
      assert.equal(wrong.headers.get('allow'), 'POST');
    });
  });
});
