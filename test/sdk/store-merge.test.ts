// The merge rules (docs/store.md), without a browser tab in sight: two stores on one memory adapter are two
// tabs that never hear each other, so every write of one is stale for the other.
import { expect } from '@open-wc/testing';
import {
  OtTable,
  OtValidationError,
  createManualClock,
  createStore,
  getRevision,
  memoryAdapter,
  type OtStore,
} from '@otkit/sdk';
import fc from 'fast-check';

const T0 = Date.UTC(2046, 0, 1);
const goal = { id: 'g', description: 'Tie shoes', order: 1, createdAt: T0 };

async function twoTabs(): Promise<[OtStore, OtStore]> {
  const adapter = memoryAdapter({ seed: { goals: [goal] } });
  const clock = createManualClock(T0);
  const a = createStore({ adapter, clock });
  const b = createStore({ adapter, clock });
  await Promise.all([a.ready, b.ready]);
  return [a, b];
}

describe('merge rules', () => {
  it('every write raises the revision by one', async () => {
    const [a] = await twoTabs();
    expect(getRevision(a.getState(), 'goals', 'g')).to.equal(1);
    await a.goals.update('g', { order: 2 });
    await a.goals.update('g', { order: 3 });
    expect(getRevision(a.getState(), 'goals', 'g')).to.equal(3);
    const log = await a.changes();
    expect(log.map((c) => c.ops[0]?.rev)).to.deep.equal([2, 3]);
  });

  it('an update by function runs again over the stored record: no increment is lost', async () => {
    const [a, b] = await twoTabs();
    await a.goals.update('g', (g) => ({ order: g.order + 1 }));
    const result = await b.goals.update('g', (g) => ({ order: g.order + 1 }));
    expect(result.order).to.equal(3);
    expect(b.goals.get('g')?.order).to.equal(3);
    expect(getRevision(b.getState(), 'goals', 'g')).to.equal(3);
  });

  it('a patch from a stale copy changes only its own fields; an overwritten concurrent value goes to the change log', async () => {
    const [a, b] = await twoTabs();
    await a.goals.update('g', { description: 'Zip coat', order: 5 });
    const merged = await b.goals.update('g', { order: 9 });
    expect(merged).to.deep.include({ description: 'Zip coat', order: 9 });
    const log = await b.changes();
    expect(log.at(-1)?.overwritten).to.deep.equal([{ collection: 'goals', id: 'g', field: 'order', value: 5, rev: 2 }]);
  });

  it('a whole-record put from a stale copy keeps the fields it did not change', async () => {
    const [a, b] = await twoTabs();
    await a.goals.update('g', { description: 'Zip coat' });
    await b.goals.put({ ...goal, order: 4 });
    expect(b.goals.get('g')).to.deep.include({ description: 'Zip coat', order: 4 });
  });

  it('session events merge by union, in time order', async () => {
    const adapter = memoryAdapter({
      seed: {
        sessionRecords: [
          { id: 's', phases: [{ id: 'p', minutes: 30 }], events: [{ type: 'start', at: T0 }], createdAt: T0 },
        ],
      },
    });
    const a = createStore({ adapter });
    const b = createStore({ adapter });
    await Promise.all([a.ready, b.ready]);
    const stale = b.sessionRecords.get('s')!;
    await a.sessionRecords.update('s', { events: [...stale.events, { type: 'extend', at: T0 + 20, minutes: 1 }] });
    await b.sessionRecords.update('s', { events: [...stale.events, { type: 'extend', at: T0 + 10, minutes: 2 }] });
    expect(b.sessionRecords.get('s')?.events.map((e) => e.at - T0)).to.deep.equal([0, 10, 20]);
  });

  it('removing a record another tab just pointed at is refused, and so is pointing at one it just removed', async () => {
    const [a, b] = await twoTabs();
    await a.notes.add({ goalId: 'g', text: 'about g' });
    const refused = await b.goals.remove('g').catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(OtValidationError);
    expect((refused as OtValidationError).issues[0]?.path.slice(0, 1)).to.deep.equal(['notes']);
    // Tab b learned of the note on the way.
    expect(b.notes.size).to.equal(1);
    expect(b.goals.get('g')).to.not.equal(undefined);

    const [c, d] = await twoTabs();
    await c.goals.remove('g');
    const dangling = await d.notes.add({ goalId: 'g', text: 'too late' }).catch((e: unknown) => e);
    expect(dangling).to.be.instanceOf(OtValidationError);
    expect(d.notes.size).to.equal(0);
    // Tab d learned on the way that the goal is gone.
    expect(d.goals.get('g')).to.equal(undefined);
  });

  it('a record added by id in both tabs: the later one merges over the first, nothing is dropped silently', async () => {
    const [a, b] = await twoTabs();
    await a.goals.put({ id: 'h', description: 'From a', order: 1, createdAt: T0 });
    await b.goals.put({ id: 'h', description: 'From b', order: 1, createdAt: T0 });
    expect(b.goals.get('h')?.description).to.equal('From b');
    const log = await b.changes();
    expect(log.at(-1)?.overwritten).to.deep.equal([
      { collection: 'goals', id: 'h', field: 'description', value: 'From a', rev: 1 },
    ]);
  });
});

describe('change-log compaction', () => {
  it('drops old entries beyond the retention, never one not yet acknowledged', async () => {
    const clock = createManualClock(T0);
    const acknowledged = new Set<string>();
    const store = createStore({
      clock,
      changeLog: { maxAgeDays: 1, maxEntries: 3, acknowledged: (change) => acknowledged.has(change.id) },
    });
    for (let i = 0; i < 6; i++) {
      await store.goals.add({ description: `g${i}`, order: i });
      clock.advance(60_000);
    }
    const log = await store.changes();
    // Three are beyond maxEntries, but only the first two were acknowledged (sync's outbox keeps the rest).
    acknowledged.add(log[0]!.id).add(log[1]!.id);
    expect(await store.compactChanges()).to.equal(2);
    expect((await store.changes()).map((c) => c.id)).to.deep.equal(log.slice(2).map((c) => c.id));
    // Two days on, every acknowledged entry is too old.
    for (const change of log) acknowledged.add(change.id);
    clock.advance(2 * 24 * 60 * 60 * 1000);
    expect(await store.compactChanges()).to.equal(4);
    expect(await store.changes()).to.deep.equal([]);
    expect(store.goals.size).to.equal(6);
  });

  it('runs by itself as commits go by', async () => {
    const store = createStore({ changeLog: { maxEntries: 10 } });
    for (let i = 0; i < 61; i++) await store.goals.add({ description: `g${i}`, order: i });
    const kept = (await store.changes()).length;
    expect(kept).to.be.below(61);
    expect(kept).to.be.at.least(10);
  });
});

describe('OtTable', () => {
  it('behaves as a sorted Map under any sequence of sets and deletes, and never changes an older table', () => {
    const key = fc.stringMatching(/^[a-e]{0,3}$/);
    const op = fc.oneof(fc.record({ set: key, value: fc.integer() }), fc.record({ del: key }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        let table = OtTable.empty<number>();
        const model = new Map<string, number>();
        const history: [OtTable<number>, [string, number][]][] = [];
        for (const o of ops) {
          if ('set' in o) {
            table = table.set(o.set, o.value);
            model.set(o.set, o.value);
          } else {
            table = table.delete(o.del);
            model.delete(o.del);
          }
          history.push([table, [...model].sort(([x], [y]) => (x < y ? -1 : 1))]);
        }
        for (const [t, entries] of history) {
          expect([...t.entries()]).to.deep.equal(entries);
          expect(t.size).to.equal(entries.length);
          for (const [k, v] of entries) expect(t.get(k)).to.equal(v);
        }
        expect(OtTable.from([...model]).values()).to.deep.equal([...table.values()]);
      }),
      { numRuns: 200 },
    );
  });

  it('stays shallow and sorted at 100,000 entries', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `id-${String((i * 7919) % 100_000).padStart(6, '0')}`);
    let table = OtTable.empty<number>();
    ids.forEach((id, i) => (table = table.set(id, i)));
    expect(table.size).to.equal(100_000);
    const keys = table.keys();
    expect(keys).to.deep.equal([...keys].sort());
    expect(table.get('id-000000')).to.equal(0);
    expect(table.has('constructor')).to.equal(false);
  });
});
