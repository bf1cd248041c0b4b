// httpSync in Chromium against a real @otkit/server on PGlite: push and pull, rejections that block nothing,
// 401/403, hostile replies, offline and wake, compaction that keeps the outbox, and one tab syncing for two.
import { expect } from '@open-wc/testing';
import { OtSyncError, createId, type OtSyncRejection } from '@otkit/sdk';
import {
  closeDevices,
  command,
  device,
  records,
  serverLog,
  settle,
  startHostile,
  startServer,
  stopServers,
  tenantName,
  waitForStatus,
  type TestServer,
} from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('httpSync', function () {
  this.timeout(60_000);
  // One server for the file (each test has a tenant of its own): making a database is slow on a loaded machine.
  let server: TestServer;
  before(async function () {
    this.timeout(300_000);
    server = await startServer();
  });
  afterEach(closeDevices);
  after(stopServers);

  it('pushes local changes once and another device pulls them', async () => {
    const tenant = tenantName();
    const { store: laptop } = device({ url: server.url, tenant });
    const goal = await laptop.goals.add({ description: 'Tie shoes', order: 1 });
    await laptop.goals.update(goal.id, { description: 'Tie shoes with a double knot' });
    await settle(laptop);
    expect(laptop.sync!.status).to.include({ state: 'idle', pending: 0, rejected: 0, leader: true });
    expect(laptop.sync!.status.lastSuccess).to.be.a('number');

    const log = await serverLog(server, tenant);
    const local = (await laptop.changes()).map((c) => c.id);
    expect(log.ids).to.deep.equal(local);

    const { store: tablet } = device({ url: server.url, tenant });
    await settle(tablet);
    expect(tablet.goals.get(goal.id)?.description).to.equal('Tie shoes with a double knot');
    // What the tablet pulled is one local change of its own, never pushed back.
    await settle(tablet);
    expect((await serverLog(server, tenant)).ids).to.have.length(2);
  });

  it('sends the changed fields, so edits of different fields on two devices both stay', async () => {
    const tenant = tenantName();
    const { store: a } = device({ url: server.url, tenant });
    const { store: b } = device({ url: server.url, tenant });
    const goal = await a.goals.add({ description: 'Button a coat', order: 1 });
    await settle(a);
    await settle(b);
    await a.goals.update(goal.id, { description: 'Button a coat alone' });
    await b.goals.update(goal.id, { order: 5 });
    await settle(a);
    await settle(b);
    await settle(a);
    for (const store of [a, b])
      expect(store.goals.get(goal.id)).to.include({ description: 'Button a coat alone', order: 5 });
  });

  it('marks a change the server rejects, reports it and still sends the others', async () => {
    const tenant = tenantName();
    const heard: OtSyncRejection[] = [];
    // A store that keeps goals elsewhere accepts a note naming a goal the server has never seen.
    const { store } = device({
      url: server.url,
      tenant,
      onRejected: (r) => heard.push(...r),
      storeOptions: { externalCollections: ['goals'] },
    });
    const note = await store.notes.add({ text: 'Asked about recess', goalId: createId() });
    const goal = await store.goals.add({ description: 'Zip a jacket', order: 1 });
    await settle(store);
    expect(store.sync!.status).to.include({ pending: 0, rejected: 1 });
    const [rejection] = store.sync!.rejected();
    expect(rejection).to.include({ command: 'notes.add' });
    expect(rejection!.error.code).to.equal('reference');
    expect(heard.map((r) => r.error.code)).to.deep.equal(['reference']);
    expect(store.notes.get(note.id)?.text).to.equal('Asked about recess');
    const log = await serverLog(server, tenant);
    expect(Object.keys(log.records)).to.deep.equal([`goals/${goal.id}`]);
  });

  it('keeps a value of this device that a later write elsewhere overwrote in the change log, and counts it', async () => {
    const tenant = tenantName();
    let laptopOnline = true;
    const { store: laptop } = device({ url: server.url, tenant, isOnline: () => laptopOnline });
    const { store: tablet } = device({ url: server.url, tenant });
    const goal = await laptop.goals.add({ description: 'Brush teeth', order: 1 });
    await settle(laptop);
    await settle(tablet);
    // The laptop writes first but reaches the server last: the tablet's later write wins there.
    laptopOnline = false;
    await laptop.goals.update(goal.id, { order: 2 });
    await sleep(5);
    await tablet.goals.update(goal.id, { order: 3 });
    await settle(tablet);
    laptopOnline = true;
    await settle(laptop);
    expect(laptop.goals.get(goal.id)?.order).to.equal(3);

    const kept = (await laptop.changes()).flatMap((c) => (c.command === 'sync.pull' ? (c.overwritten ?? []) : []));
    expect(kept).to.have.length(1);
    expect(kept[0]).to.include({ collection: 'goals', id: goal.id, field: 'order', value: 2 });
    expect(laptop.sync!.status.overwritten).to.equal(1);
    // The tablet lost nothing: its value stands.
    await settle(tablet);
    expect(tablet.sync!.status.overwritten).to.equal(0);
  });

  it('counts a pulled change the local checks refuse, names its record and reason, and applies the rest', async () => {
    const hostile = await startHostile();
    const at = Date.now();
    const [goalId, noteId, goalChange, noteChange] = [createId(), createId(), createId(), createId()];
    const pulled = (id: string, op: Record<string, unknown>) => ({
      cursor: 'v1.1',
      change: { id, at, actor: 'portal', command: 'portal.write', ops: [op] },
      overwritten: [],
    });
    const page = {
      changes: [
        pulled(goalChange, {
          type: 'put',
          collection: 'goals',
          id: goalId,
          value: { id: goalId, description: 'Pour water', order: 1, createdAt: at },
        }),
        // Names a goal nobody holds: the store's reference check refuses it.
        pulled(noteChange, {
          type: 'put',
          collection: 'notes',
          id: noteId,
          value: { id: noteId, text: 'Spilled a little', goalId: createId(), createdAt: at },
        }),
      ],
      cursor: 'v1.2',
      more: false,
    };
    await command({ action: 'reply', id: hostile.id, reply: { status: 200, body: JSON.stringify(page) } });
    const heard: OtSyncRejection[] = [];
    const { store } = device({ url: hostile.url, tenant: 'clinic', onRejected: (r) => heard.push(...r) });
    await waitForStatus(store, (s) => s.rejected === 1 && s.state === 'idle');
    expect(store.goals.get(goalId)?.description).to.equal('Pour water');
    expect(store.notes.get(noteId)).to.equal(undefined);
    const [refusal] = store.sync!.rejected();
    expect(refusal).to.deep.include({
      id: noteChange,
      command: 'portal.write',
      records: [{ collection: 'notes', id: noteId }],
    });
    expect(refusal!.error.code).to.match(/^pulled-/);
    expect(refusal!.error.issues?.length).to.be.greaterThan(0);
    // The same page pulled again is the same refusal: counted and reported once.
    await store.sync!.syncNow();
    expect(store.sync!.status.rejected).to.equal(1);
    expect(heard.map((r) => r.id)).to.deep.equal([noteChange]);
  });

  it('goes on when a pull page holds only a change the local checks refuse', async () => {
    const hostile = await startHostile();
    const noteId = createId();
    const at = Date.now();
    const op = {
      type: 'put',
      collection: 'notes',
      id: noteId,
      value: { id: noteId, text: 'Names no goal here', goalId: createId(), createdAt: at },
    };
    const page = {
      changes: [
        {
          cursor: 'v1.1',
          change: { id: createId(), at, actor: 'portal', command: 'notes.add', ops: [op] },
          overwritten: [],
        },
      ],
      cursor: 'v1.1',
      more: false,
    };
    await command({ action: 'reply', id: hostile.id, reply: { status: 200, body: JSON.stringify(page) } });
    const { store } = device({ url: hostile.url, tenant: 'clinic' });
    const status = await waitForStatus(store, (s) => s.state !== 'syncing' && s.lastSuccess !== undefined);
    expect(status).to.include({ state: 'idle', rejected: 1, pending: 0 });
    expect(store.notes.get(noteId)).to.equal(undefined);
  });

  for (const [httpStatus, token, code] of [
    [401, undefined, 'unauthorized'],
    [403, 'blocked-clinic', 'forbidden'],
  ] as const)
    it(`stops on a ${httpStatus}, keeps every change, and sends them after syncNow() with good credentials`, async () => {
      const tenant = tenantName();
      let credentials: string | undefined = token;
      const { store } = device({
        url: server.url,
        headers: (): Record<string, string> => (credentials ? { authorization: `Bearer ${credentials}` } : {}),
      });
      const goal = await store.goals.add({ description: 'Pour water', order: 1 });
      const status = await waitForStatus(store, (s) => s.state === 'error');
      expect(status.error).to.be.instanceOf(OtSyncError);
      expect(status.error).to.include({ code, status: httpStatus, retryable: false });
      expect(status.pending).to.equal(1);
      expect(store.goals.get(goal.id)?.description).to.equal('Pour water');
      credentials = tenant;
      await settle(store);
      expect((await serverLog(server, tenant)).ids).to.have.length(1);
    });

  const hostileReplies = [
    ['an HTML page', { status: 200, contentType: 'text/html', body: '<html><body>Sign in</body></html>' }],
    ['JSON of the wrong types', { status: 200, body: '{"results":"all good","cursor":42}' }],
    [
      'a result for another change',
      { status: 200, body: '{"results":[{"id":"X","status":"applied"}],"cursor":"v1.1"}' },
    ],
    ['a 20 MB body', { status: 200, body: '{"results":['.padEnd(1 << 20, ' '), repeat: 20 }],
  ] as const;
  for (const [what, reply] of hostileReplies)
    it(`takes ${what} as a failed request with a typed error, loses nothing and retries`, async () => {
      const hostile = await startHostile();
      await command({ action: 'reply', id: hostile.id, reply });
      const { store } = device({ url: hostile.url, tenant: 'clinic', maxResponseBytes: 2 * 1024 * 1024 });
      const goal = await store.goals.add({ description: 'Hold a pencil', order: 1 });
      const status = await waitForStatus(store, (s) => s.state === 'error');
      expect(status.error).to.be.instanceOf(OtSyncError);
      expect(status.error!.code).to.equal('malformed-reply');
      expect(status.pending).to.equal(1);
      expect(store.goals.get(goal.id)?.description).to.equal('Hold a pencil');
      expect((await store.changes()).map((c) => c.command)).to.deep.equal(['goals.add']);
      const before = await command<number>({ action: 'requests', id: hostile.id });
      await sleep(600);
      expect(await command<number>({ action: 'requests', id: hostile.id })).to.be.greaterThan(before);
    });

  it('honours retry-after', async () => {
    const hostile = await startHostile();
    await command({
      action: 'reply',
      id: hostile.id,
      reply: {
        status: 503,
        body: '{"error":{"code":"unavailable","message":"busy"}}',
        headers: { 'retry-after': '2' },
      },
    });
    const { store } = device({ url: hostile.url, tenant: 'clinic' });
    await store.goals.add({ description: 'Cut with scissors', order: 1 });
    const status = await waitForStatus(store, (s) => s.state === 'error');
    expect(status.error).to.include({ code: 'server', status: 503, retryAfterMs: 2000 });
    await sleep(1200);
    expect(await command<number>({ action: 'requests', id: hostile.id })).to.equal(1);
  });

  it('waits while offline and syncs when woken', async () => {
    const tenant = tenantName();
    let online = false;
    let wake = () => {};
    const { store } = device({
      url: server.url,
      tenant,
      isOnline: () => online,
      wake: (resume) => {
        wake = resume;
        return () => {};
      },
    });
    await store.goals.add({ description: 'Open a lunch box', order: 1 });
    await store.goals.add({ description: 'Wash hands', order: 2 });
    await waitForStatus(store, (s) => s.state === 'offline' && s.pending === 2);
    online = true;
    wake();
    await waitForStatus(store, (s) => s.state === 'idle' && s.pending === 0);
    expect((await serverLog(server, tenant)).ids).to.have.length(2);
  });

  it('keeps unacknowledged entries through compaction, and lets them go once acknowledged', async () => {
    const tenant = tenantName();
    let online = false;
    // Compaction may keep no entry at all: only the outbox stops it.
    const { store } = device({
      url: server.url,
      tenant,
      isOnline: () => online,
      storeOptions: { changeLog: { maxEntries: 0 } },
    });
    for (let i = 0; i < 5; i++) await store.goals.add({ description: `Goal ${i}`, order: i });
    await waitForStatus(store, (s) => s.pending === 5);
    expect(await store.compactChanges()).to.equal(0);
    expect(await store.changes()).to.have.length(5);
    online = true;
    await settle(store);
    expect((await serverLog(server, tenant)).ids).to.have.length(5);
    expect(await store.compactChanges()).to.equal(5);
    expect(store.sync!.status.pending).to.equal(0);
  });

  it('syncs from one tab: a second store on the same database follows the leader', async () => {
    const tenant = tenantName();
    const { store: first, database } = device({ url: server.url, tenant });
    await waitForStatus(first, (s) => s.leader);
    const { store: second } = device({ url: server.url, tenant, database });
    await second.ready;
    const goal = await second.goals.add({ description: 'Put on socks', order: 1 });
    await waitForStatus(first, (s) => s.pending === 0 && s.state === 'idle' && s.lastSuccess !== undefined);
    await waitForStatus(second, (s) => !s.leader && s.pending === 0);
    const log = await serverLog(server, tenant);
    expect(Object.keys(log.records)).to.deep.equal([`goals/${goal.id}`]);
    expect(Object.keys(records(first))).to.deep.equal([`goals/${goal.id}`]);
  });
});
