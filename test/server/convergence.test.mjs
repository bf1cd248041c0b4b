// Two simulated devices (plain protocol clients with an outbox and retries) each push 1,000 changes through
// the fault proxy: requests dropped, responses lost after the server committed, duplicates arriving late,
// reordering, delays, 500s, and server restarts mid-batch. The server must hold each change exactly once,
// and both devices must end with the same records as the server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createId } from '@otkit/sdk';
import { startFaultProxy } from '../helpers/fault-proxy.mjs';
import {
  DATABASE,
  call,
  goal,
  pullAll,
  put,
  replayPulled,
  startServer,
  storageLocation,
  uniqueTenant,
} from './helpers.mjs';

const CHANGES_PER_DEVICE = 1000;
const BATCH = 25;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A device: makes changes into an outbox, pushes them in batches until each is acknowledged, pulls. */
function device(name, tenant, sharedGoal) {
  const outbox = [];
  const acknowledged = new Map();
  const records = new Map();
  let cursor = null;
  let attempts = 0;
  let clock = Date.UTC(2026, 0, 5, 9) + (name === 'tablet' ? 7 : 0);
  const own = [];

  const make = (ops) => {
    clock += 13;
    outbox.push({ id: createId(clock), at: clock, actor: name, command: 'test', ops });
  };
  /** Retries a request until an answer of the protocol arrives (the outbox never gives up). */
  const send = async (endpoint, body) => {
    for (let backoff = 5; ; backoff = Math.min(backoff * 2, 200)) {
      attempts += 1;
      try {
        const answer = await fetch(`${device.url}/sync/${endpoint}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant}` },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(20_000),
        });
        const type = answer.headers.get('content-type') ?? '';
        if (answer.status === 200 && type.startsWith('application/json')) return await answer.json();
        await answer.arrayBuffer();
      } catch {
        // dropped, lost, refused during a restart: retry the same request
      }
      await sleep(backoff / 2 + Math.random() * backoff);
    }
  };
  return {
    name,
    acknowledged,
    records,
    get attempts() {
      return attempts;
    },
    makeChanges() {
      for (let i = 0; i < CHANGES_PER_DEVICE; i++) {
        if (i % 10 === 0) {
          make([put('goals', { ...sharedGoal, order: i, updatedAt: clock }, { fields: ['order', 'updatedAt'] })]);
        } else if (i % 3 === 0 || own.length === 0) {
          const g = goal({ description: `${name} goal ${i}`, createdAt: clock });
          own.push(g);
          make([put('goals', g)]);
        } else if (i % 3 === 1) {
          const g = own.at(-1);
          make([put('goals', { ...g, description: `${name} edit ${i}` }, { fields: ['description'] })]);
        } else {
          const at = clock;
          make([put('notes', { id: createId(at), goalId: own.at(-1).id, text: `${name} note ${i}`, createdAt: at })]);
        }
      }
      return outbox.map((c) => c.id);
    },
    async pushAll() {
      while (outbox.length) {
        const batch = outbox.slice(0, BATCH);
        const body = await send('push', { changes: batch });
        assert.equal(body.results.length, batch.length);
        batch.forEach((sent, index) => {
          const result = body.results[index];
          assert.equal(result.id, sent.id);
          assert.equal(result.status, 'applied', JSON.stringify(result));
          acknowledged.set(sent.id, result);
        });
        outbox.splice(0, batch.length);
      }
    },
    async pullAll() {
      for (;;) {
        const body = await send('pull', { since: cursor, limit: 200 });
        replayPulled(body.changes, records);
        cursor = body.cursor;
        if (!body.more) return;
      }
    },
  };
}

describe(`two devices through a faulty network (${DATABASE})`, () => {
  let server;
  let proxy;
  const location = storageLocation();
  const origin = (url) => url.replace(/\/sync$/, '');

  before(async () => {
    server = await startServer({ location });
    proxy = await startFaultProxy({
      target: origin(server.url),
      seed: 20261206,
      drop: 0.3,
      loseResponse: 0.15,
      duplicate: 0.15,
      reorder: 0.15,
      serverError: 0.1,
      delayMs: [0, 20],
      restartEvery: 40,
      restart: async () => {
        await server.stop({ keepData: true });
        server = await startServer({ location });
        return origin(server.url);
      },
    });
  });
  after(async () => {
    await proxy.close();
    await server.stop();
  });

  it('holds each of 2 × 1,000 changes exactly once and both devices converge', { timeout: 600_000 }, async () => {
    const tenant = uniqueTenant();
    const shared = goal({ description: 'Shared goal' });
    const setup = await call(server.url, 'push', {
      tenant,
      body: {
        changes: [
          { id: createId(), at: shared.createdAt, actor: 'setup', command: 'goals.add', ops: [put('goals', shared)] },
        ],
      },
    });
    assert.equal(setup.body.results[0].status, 'applied');
    const phone = device('phone', tenant, shared);
    const tablet = device('tablet', tenant, shared);
    device.url = proxy.url;
    const made = [...phone.makeChanges(), ...tablet.makeChanges()];

    const started = performance.now();
    await Promise.all([phone.pushAll(), tablet.pushAll()]);
    await Promise.all([phone.pullAll(), tablet.pullAll()]);
    await proxy.settle();
    const seconds = (performance.now() - started) / 1000;

    // Exactly once: the server's log holds every change made, each once, and nothing else.
    const log = (await pullAll(server.url, tenant)).changes;
    const ids = log.map((c) => c.change.id);
    assert.equal(new Set(ids).size, ids.length, 'a change is in the log twice');
    assert.deepEqual(ids.slice(1).sort(), [...made].sort());
    // Each device's acknowledgement of a change names the log position that holds it.
    const positions = new Map(log.map((c) => [c.change.id, c.cursor]));
    for (const d of [phone, tablet])
      for (const [id, ack] of d.acknowledged) assert.equal(ack.cursor, positions.get(id));

    // Converged: both devices hold exactly what the server's log replays to.
    const truth = replayPulled(log);
    assert.deepEqual(phone.records, truth);
    assert.deepEqual(tablet.records, truth);
    const sharedNow = truth.get(`goals/${shared.id}`);
    assert.equal(sharedNow.order, 990, 'the later write of the shared field wins');
    const { stats } = proxy;
    console.log(
      `fault run: ${made.length} changes in ${seconds.toFixed(1)} s; ${phone.attempts + tablet.attempts} requests by the devices; ` +
        `proxy saw ${stats.requests}: dropped ${stats.dropped}, responses lost ${stats.lost}, duplicated ${stats.duplicated}, ` +
        `reordered ${stats.reordered}, 500s ${stats.errors}, restarts ${stats.restarts}`,
    );
    assert.ok(stats.dropped > 0 && stats.lost > 0 && stats.duplicated > 0 && stats.errors > 0 && stats.restarts > 0);
  });
});
