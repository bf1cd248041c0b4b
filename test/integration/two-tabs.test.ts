// Two tabs of one browser profile on one IndexedDB store: two same-origin iframes, each with its own store,
// connection and BroadcastChannel, exactly as two tabs have. Each scenario is one the store used to lose
// work in (see docs/store.md, "Two tabs"); the disk is checked by a third store opened afresh.
import { expect } from '@open-wc/testing';
import {
  createStore,
  getRecord,
  hasRecord,
  indexedDbAdapter,
  listRecords,
  type OtNote,
  type OtSessionRecord,
  type OtState,
} from '@otkit/sdk';
import type { TabCommand, TabReport } from '../fixtures/two-tabs.js';

const T0 = Date.UTC(2046, 0, 1);
let count = 0;
const dbName = () => `otkit-two-tabs-${Date.now().toString(36)}-${count++}`;
const frames: HTMLIFrameElement[] = [];
const names: string[] = [];

interface Tab {
  run(commands: TabCommand[], sequential?: boolean): Promise<TabReport>;
  snapshot(): Promise<TabReport>;
}

function nextReport(frame: HTMLIFrameElement): Promise<TabReport> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the tab did not answer')), 20_000);
    const onMessage = (event: MessageEvent<TabReport>) => {
      if (event.source !== frame.contentWindow) return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      if (event.data.type === 'error') reject(new Error(`tab: ${event.data.message}`));
      else resolve(event.data);
    };
    addEventListener('message', onMessage);
  });
}

async function openTab(db: string, query = ''): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.title = 'tab';
  frames.push(frame);
  const ready = nextReport(frame);
  frame.src = `/test/fixtures/two-tabs.html?db=${encodeURIComponent(db)}${query}`;
  document.body.append(frame);
  await ready;
  const ask = (message: unknown) => {
    const report = nextReport(frame);
    frame.contentWindow!.postMessage(message, location.origin);
    return report;
  };
  return {
    run: (commands, sequential) => ask({ type: 'run', commands, sequential }),
    snapshot: () => ask({ type: 'snapshot' }),
  };
}

/** Writes the starting records through a store of its own, then closes it. */
async function seed(db: string, fill: (store: ReturnType<typeof createStore>) => Promise<unknown>): Promise<void> {
  const store = createStore({ adapter: indexedDbAdapter({ name: db }) });
  await store.ready;
  await fill(store);
  store.close();
}

/** What is on disk: a store opened afresh. */
async function disk(db: string): Promise<OtState> {
  const store = createStore({ adapter: indexedDbAdapter({ name: db }) });
  await store.ready;
  const state = store.getState();
  store.close();
  return state;
}

/** Waits until `check` holds for a tab's snapshot (broadcasts arrive a moment after a commit). */
async function until(tab: Tab, check: (report: TabReport) => boolean): Promise<TabReport> {
  for (let i = 0; i < 200; i++) {
    const report = await tab.snapshot();
    if (check(report)) return report;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the tab never caught up');
}

describe('two tabs on one IndexedDB store', () => {
  afterEach(async () => {
    for (const frame of frames.splice(0)) frame.remove();
    await Promise.all(
      names.splice(0).map(
        (name) =>
          new Promise<void>((resolve) => {
            const req = indexedDB.deleteDatabase(name);
            req.onsuccess = req.onerror = req.onblocked = () => resolve();
          }),
      ),
    );
  });

  const newDb = () => {
    const name = dbName();
    names.push(name);
    return name;
  };

  it('concurrent increments: 2 × 100 un-awaited adds of 1 to one field give exactly 200', async () => {
    const db = newDb();
    await seed(db, (s) => s.goals.put({ id: 'counter', description: 'Counter', order: 0, createdAt: T0 }));
    const [a, b] = await Promise.all([openTab(db), openTab(db)]);
    const increments: TabCommand[] = Array.from({ length: 100 }, () => ({ kind: 'increment', goalId: 'counter' }));
    const [ra, rb] = await Promise.all([a.run(increments), b.run(increments)]);
    expect(ra.outcomes!.filter((o) => o !== 'ok')).to.deep.equal([]);
    expect(rb.outcomes!.filter((o) => o !== 'ok')).to.deep.equal([]);
    expect(getRecord(await disk(db), 'goals', 'counter')?.order).to.equal(200);
    const order = (r: TabReport) => (r.goals as { order: number }[])[0]?.order;
    expect(order(await until(a, (r) => order(r) === 200))).to.equal(200);
    expect(order(await until(b, (r) => order(r) === 200))).to.equal(200);
  });

  for (const style of ['function', 'patch'] as const) {
    it(`concurrent timer presses (${style === 'function' ? 'update by function' : 'patch from the tab’s copy'}): every event kept, both tabs agree with disk`, async () => {
      const db = newDb();
      await seed(db, (s) =>
        s.sessionRecords.put({
          id: 'session',
          phases: [{ id: 'targeted', minutes: 30 }],
          events: [{ type: 'start', at: T0 }],
          createdAt: T0,
        }),
      );
      const [a, b] = await Promise.all([openTab(db), openTab(db)]);
      const presses = (offset: number): TabCommand[] =>
        Array.from({ length: 12 }, (_, i) => ({
          kind: 'press',
          recordId: 'session',
          at: T0 + 1000 + i * 20 + offset,
          style,
        }));
      const [ra, rb] = await Promise.all([a.run(presses(0)), b.run(presses(7))]);
      expect([...ra.outcomes!, ...rb.outcomes!].filter((o) => o !== 'ok')).to.deep.equal([]);
      const stored = getRecord(await disk(db), 'sessionRecords', 'session')!;
      const times = stored.events.map((e) => e.at);
      expect(stored.events).to.have.length(25);
      expect(times).to.deep.equal([...times].sort((x, y) => x - y));
      expect(new Set(times).size).to.equal(25);
      const events = (r: TabReport) => (r.sessionRecords as OtSessionRecord[])[0]?.events;
      const same = (r: TabReport) => JSON.stringify(events(r)) === JSON.stringify(stored.events);
      expect(events(await until(a, same))).to.deep.equal(stored.events);
      expect(events(await until(b, same))).to.deep.equal(stored.events);
    });
  }

  it('a stale tab editing at a human pace undoes nothing the other tab saved', async () => {
    const db = newDb();
    await seed(db, (s) => s.goals.put({ id: 'g', description: 'Tie shoes', order: 1, createdAt: T0 }));
    const fresh = await openTab(db);
    // This tab never hears the other: it keeps showing "Tie shoes" the whole time.
    const stale = await openTab(db, '&broadcast=0');
    for (let i = 1; i <= 12; i++) {
      await fresh.run([{ kind: 'describe', goalId: 'g', description: `Tie shoes, step ${i}` }]);
      const report = await stale.run([{ kind: 'reorder', goalId: 'g', order: 100 + i }]);
      expect(report.outcomes).to.deep.equal(['ok']);
    }
    const stored = getRecord(await disk(db), 'goals', 'g')!;
    expect(stored.description).to.equal('Tie shoes, step 12');
    expect(stored.order).to.equal(112);
    // The stale tab now shows what it saved over: the other tab's description too.
    expect((await stale.snapshot()).goals).to.deep.equal([stored]);
  });

  it('a stale tab overwriting a field the other tab changed wins, and the overwritten value stays in the change log', async () => {
    const db = newDb();
    await seed(db, (s) => s.goals.put({ id: 'g', description: 'Tie shoes', order: 1, createdAt: T0 }));
    const fresh = await openTab(db);
    const stale = await openTab(db, '&broadcast=0');
    await fresh.run([{ kind: 'describe', goalId: 'g', description: 'From the fresh tab' }]);
    await stale.run([{ kind: 'describe', goalId: 'g', description: 'From the stale tab' }]);
    const store = createStore({ adapter: indexedDbAdapter({ name: db }) });
    await store.ready;
    expect(store.goals.get('g')?.description).to.equal('From the stale tab');
    const log = await store.changes();
    store.close();
    expect(log.at(-1)?.overwritten).to.deep.equal([
      { collection: 'goals', id: 'g', field: 'description', value: 'From the fresh tab', rev: 2 },
    ]);
  });

  it('remove vs add race: one tab removes a goal while the other adds a note to it; never a dangling note', async () => {
    const db = newDb();
    const ids = Array.from({ length: 15 }, (_, i) => `goal-${i}`);
    await seed(db, (s) =>
      s.transaction((tx) => ids.forEach((id, i) => tx.goals.put({ id, description: id, order: i, createdAt: T0 }))),
    );
    const [a, b] = await Promise.all([openTab(db), openTab(db)]);
    const [ra, rb] = await Promise.all([
      a.run(ids.map((goalId) => ({ kind: 'remove-goal', goalId }))),
      b.run(ids.map((goalId) => ({ kind: 'add-note', goalId, text: `about ${goalId}` }))),
    ]);
    const state = await disk(db);
    ids.forEach((goalId, i) => {
      const removed = ra.outcomes![i] === 'ok';
      const noted = rb.outcomes![i] === 'ok';
      // Exactly one of the two wins; the loser is refused with a validation error.
      expect(removed !== noted, `${goalId}: remove ${ra.outcomes![i]}, add ${rb.outcomes![i]}`).to.equal(true);
      expect([ra.outcomes![i], rb.outcomes![i]]).to.include('validation');
      expect(hasRecord(state, 'goals', goalId)).to.equal(!removed);
    });
    const notes = listRecords(state, 'notes') as OtNote[];
    for (const note of notes) expect(hasRecord(state, 'goals', note.goalId!)).to.equal(true);
    const shown = (r: TabReport) =>
      (r.notes as OtNote[]).length === notes.length && r.goals!.length === state.goals.size;
    for (const tab of [a, b]) {
      const report = await until(tab, shown);
      for (const note of report.notes as OtNote[])
        expect((report.goals as { id: string }[]).some((g) => g.id === note.goalId)).to.equal(true);
    }
  });
});
