// The merge rules on the server: field by field with the later write winning (the loser reported), session
// events merged by union, removals against later writes. Pure functions first, then through the handler.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createId } from '@otkit/sdk';
import { mergeDelete, mergePut, unionEvents } from '@otkit/server';
import { DATABASE, call, change, goal, pullAll, put, remove, startServer, tick, uniqueTenant } from './helpers.mjs';

const PHASES = [
  { id: 'check-in', minutes: 5 },
  { id: 'activity', minutes: 20 },
];
const session = (events, fields = {}) => ({
  id: fields.id ?? createId(),
  phases: PHASES,
  events,
  createdAt: events[0]?.at ?? 0,
  ...fields,
});

describe('merge rules (pure)', () => {
  const g = { id: 'g1', description: 'Tie shoes', order: 1, lifecycle: 'active', createdAt: 10 };
  const stored = { value: g, stamps: { '': [10, 'c1'] } };

  it('takes the later write of each field it names and reports the value it replaced', () => {
    const a = mergePut(
      stored,
      { type: 'put', collection: 'goals', id: 'g1', value: { ...g, order: 2 }, fields: ['order'] },
      [20, 'c2'],
    );
    const b = mergePut(
      a,
      { type: 'put', collection: 'goals', id: 'g1', value: { ...g, description: 'Zip coat' }, fields: ['description'] },
      [15, 'c3'],
    );
    // Both fields changed: each write named only its own, so neither undoes the other whatever the order.
    assert.deepEqual(b.value, { ...g, order: 2, description: 'Zip coat' });
    assert.deepEqual(a.overwritten, [{ collection: 'goals', id: 'g1', field: 'order', value: 1, change: 'c1' }]);
    const older = mergePut(
      a,
      { type: 'put', collection: 'goals', id: 'g1', value: { ...g, order: 9 }, fields: ['order'] },
      [12, 'c4'],
    );
    assert.equal(older.changed, false);
    assert.deepEqual(older.overwritten, [{ collection: 'goals', id: 'g1', field: 'order', value: 9, change: 'c4' }]);
  });

  it('breaks a tie of times by change id, the same on every server', () => {
    const x = mergePut(stored, { type: 'put', collection: 'goals', id: 'g1', value: { ...g, order: 5 } }, [20, 'B']);
    const y = mergePut(x, { type: 'put', collection: 'goals', id: 'g1', value: { ...g, order: 6 } }, [20, 'A']);
    const y2 = mergePut(stored, { type: 'put', collection: 'goals', id: 'g1', value: { ...g, order: 6 } }, [20, 'A']);
    const x2 = mergePut(y2, { type: 'put', collection: 'goals', id: 'g1', value: { ...g, order: 5 } }, [20, 'B']);
    assert.equal(y.value.order, 5);
    assert.equal(x2.value.order, 5);
  });

  it('merges session events by union in time order and drops none', () => {
    const events = unionEvents(
      [
        { type: 'start', at: 1 },
        { type: 'pause', at: 5, reason: 'interruption' },
      ],
      [
        { type: 'start', at: 1 },
        { type: 'next', at: 3 },
      ],
    );
    assert.deepEqual(
      events.map((e) => e.type),
      ['start', 'next', 'pause'],
    );
  });

  it('lets a removal win over earlier writes and lose to later ones', () => {
    const removed = mergeDelete(stored, 'goals', 'g1', [30, 'd1']);
    assert.equal(removed.value, null);
    const stale = mergePut(removed, { type: 'put', collection: 'goals', id: 'g1', value: g }, [25, 'c9']);
    assert.deepEqual([stale.changed, stale.overwritten[0].change], [false, 'c9']);
    const later = mergePut(removed, { type: 'put', collection: 'goals', id: 'g1', value: g }, [35, 'c9']);
    assert.deepEqual(later.value, g);
    const lostRemoval = mergeDelete(stored, 'goals', 'g1', [5, 'd0']);
    assert.deepEqual(
      [lostRemoval.changed, lostRemoval.overwritten],
      [false, [{ collection: 'goals', id: 'g1', change: 'd0' }]],
    );
  });
});

describe(`merge rules through the handler (${DATABASE})`, () => {
  let server;
  before(async () => (server = await startServer()));
  after(() => server.stop());

  it('two devices edit different fields of one goal offline: both edits kept, in any arrival order', async () => {
    const tenant = uniqueTenant();
    const g = goal();
    await call(server.url, 'push', { tenant, body: { changes: [change([put('goals', g)])] } });
    const t = tick();
    const phone = change([put('goals', { ...g, order: 4, updatedAt: t }, { fields: ['order', 'updatedAt'] })], {
      at: t,
    });
    const laptop = change(
      [
        put(
          'goals',
          { ...g, description: 'Tie shoes, double knot', updatedAt: t - 500 },
          { fields: ['description', 'updatedAt'] },
        ),
      ],
      { at: t - 500 },
    );
    await call(server.url, 'push', { tenant, body: { changes: [phone] } });
    const late = await call(server.url, 'push', { tenant, body: { changes: [laptop] } });
    // Every value a merge did not keep is reported: the description it replaced, the updatedAt that lost.
    assert.deepEqual(late.body.results[0].overwritten, [
      {
        collection: 'goals',
        id: g.id,
        field: 'description',
        value: 'Tie shoes',
        change: late.body.results[0].overwritten[0].change,
      },
      { collection: 'goals', id: g.id, field: 'updatedAt', value: t - 500, change: laptop.id },
    ]);
    const records = (await pullAll(server.url, tenant)).changes.at(-1).change.ops[0].value;
    assert.deepEqual(records, {
      ...g,
      lifecycle: 'active',
      order: 4,
      description: 'Tie shoes, double knot',
      updatedAt: t,
    });
  });

  it('a whole-record write replaces the fields written earlier and reports what it replaced', async () => {
    const tenant = uniqueTenant();
    const g = goal();
    await call(server.url, 'push', { tenant, body: { changes: [change([put('goals', g)])] } });
    const whole = change([put('goals', { ...g, description: 'Button coat', lifecycle: 'completed' })]);
    const { body } = await call(server.url, 'push', { tenant, body: { changes: [whole] } });
    assert.deepEqual(
      body.results[0].overwritten.map((o) => [o.field, o.value]),
      [
        ['description', 'Tie shoes'],
        ['lifecycle', 'active'],
      ],
    );
    const pulled = await pullAll(server.url, tenant);
    assert.deepEqual(pulled.changes[1].overwritten, body.results[0].overwritten);
  });

  it('two devices log events of one session: the server holds the union', async () => {
    const tenant = uniqueTenant();
    const start = tick();
    const record = session([{ type: 'start', at: start }]);
    await call(server.url, 'push', { tenant, body: { changes: [change([put('sessionRecords', record)])] } });
    const tablet = change([
      put('sessionRecords', { ...record, events: [...record.events, { type: 'next', at: start + 60_000 }] }),
    ]);
    const laptop = change([
      put('sessionRecords', {
        ...record,
        events: [...record.events, { type: 'pause', at: start + 30_000, reason: 'interruption' }],
      }),
    ]);
    const { body } = await call(server.url, 'push', { tenant, body: { changes: [tablet, laptop] } });
    assert.deepEqual(
      body.results.map((r) => r.status),
      ['applied', 'applied'],
    );
    const last = (await pullAll(server.url, tenant)).changes.at(-1).change.ops[0].value;
    assert.deepEqual(
      last.events.map((e) => e.type),
      ['start', 'pause', 'next'],
    );
  });

  it('refuses a session change whose union makes no sense, keeping what is held', async () => {
    const tenant = uniqueTenant();
    const start = tick();
    const record = session([{ type: 'start', at: start }]);
    const ended = { ...record, events: [...record.events, { type: 'end', at: start + 1000, reason: 'completed' }] };
    await call(server.url, 'push', { tenant, body: { changes: [change([put('sessionRecords', ended)])] } });
    // Valid on its own (the other device did not see the end), but a pause after the end cannot be merged.
    const resumed = {
      ...record,
      events: [...record.events, { type: 'pause', at: start + 2000, reason: 'interruption' }],
    };
    const { body } = await call(server.url, 'push', {
      tenant,
      body: { changes: [change([put('sessionRecords', resumed)])] },
    });
    assert.equal(body.results[0].error.code, 'conflict');
    assert.deepEqual(body.results[0].error.issues[0].path.slice(0, 4), ['ops', 0, 'value', 'events']);
  });

  it('a removal pushed after a later edit loses, and the record stays', async () => {
    const tenant = uniqueTenant();
    const g = goal();
    await call(server.url, 'push', { tenant, body: { changes: [change([put('goals', g)])] } });
    const t = tick();
    const edit = change([put('goals', { ...g, order: 2 }, { fields: ['order'] })], { at: t });
    const removal = change([remove('goals', g.id)], { at: t - 100 });
    await call(server.url, 'push', { tenant, body: { changes: [edit] } });
    const { body } = await call(server.url, 'push', { tenant, body: { changes: [removal] } });
    assert.equal(body.results[0].status, 'applied');
    assert.deepEqual(body.results[0].overwritten, [{ collection: 'goals', id: g.id, change: removal.id }]);
    assert.deepEqual(body.results[0].revisions, []);
    const { changes } = await pullAll(server.url, tenant);
    assert.deepEqual(changes.at(-1).change.ops, []);
  });
});
