// Layout 3 of the IndexedDB adapter: records kept in pages (many records per stored value). What a host sees must
// not change with where a record lives: imports, edits, removals, reference checks, two tabs, reloads, upgrades.
import { expect } from '@open-wc/testing';
import { OtValidationError, createStore, getRevision, indexedDbAdapter, listRecords, type OtStore } from '@otkit/sdk';
import { deleteTestDatabases, testDatabaseName } from '../helpers/test-databases.js';

function openRaw(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** What the database holds, read directly: per-record values of a collection and the records in its pages. */
async function where(name: string, collection: string): Promise<{ single: string[]; paged: string[] }> {
  const db = await openRaw(name);
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction([collection, 'pages']);
      const single = tx.objectStore(collection).getAllKeys();
      const pages = tx.objectStore('pages').getAll();
      tx.oncomplete = () =>
        resolve({
          single: (single.result as string[]).sort(),
          paged: (pages.result as { collection: string; records: { id: string }[] }[])
            .filter((page) => page.collection === collection)
            .flatMap((page) => page.records.map((record) => record.id))
            .sort(),
        });
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const stores: OtStore[] = [];
function open(name: string, options: Partial<Parameters<typeof indexedDbAdapter>[0]> = {}): OtStore {
  const store = createStore({ adapter: indexedDbAdapter({ name, ...options }) });
  stores.push(store);
  return store;
}

async function reopened(store: OtStore, name: string): Promise<OtStore> {
  store.close();
  await new Promise((r) => setTimeout(r, 20));
  const again = open(name);
  await again.ready;
  return again;
}

/** Adds a goal and `count` notes on it in one change (an import-sized batch). */
async function addNotes(store: OtStore, count: number, goalId?: string): Promise<{ goalId: string; ids: string[] }> {
  return store.transaction((tx) => {
    const goal = goalId ? { id: goalId } : tx.goals.add({ description: 'Zip coat', order: 1 });
    const ids = Array.from({ length: count }, (_, i) => tx.notes.add({ goalId: goal.id, text: `note ${i}` }).id);
    return { goalId: goal.id, ids };
  });
}

const sortedIds = (store: OtStore) =>
  listRecords(store.getState(), 'notes')
    .map((note) => note.id)
    .sort();

describe('IndexedDB pages (layout 3)', () => {
  afterEach(async () => {
    for (const s of stores.splice(0)) s.close();
    await new Promise((r) => setTimeout(r, 0));
    await deleteTestDatabases();
  });

  it('keeps a large batch of new records in pages, and a reload reads every one back', async () => {
    const name = testDatabaseName('otkit-pages');
    const store = open(name);
    await store.ready;
    const { ids } = await addNotes(store, 600);
    const stored = await where(name, 'notes');
    expect(stored.single).to.deep.equal([]);
    expect(stored.paged).to.deep.equal([...ids].sort());
    const again = await reopened(store, name);
    expect(sortedIds(again)).to.deep.equal([...ids].sort());
    expect(again.notes.get(ids[599]!)?.text).to.equal('note 599');
  });

  it('keeps a small change in per-record values', async () => {
    const name = testDatabaseName('otkit-pages');
    const store = open(name);
    await store.ready;
    const { ids } = await addNotes(store, 3);
    expect((await where(name, 'notes')).single).to.deep.equal([...ids].sort());
  });

  it('moves an edited record out of its page, with its new revision, and the edit survives a reload', async () => {
    const name = testDatabaseName('otkit-pages');
    const store = open(name);
    await store.ready;
    const { ids } = await addNotes(store, 300);
    const edited = ids[42]!;
    await store.notes.update(edited, { text: 'asked for a break' });
    const stored = await where(name, 'notes');
    expect(stored.single).to.deep.equal([edited]);
    expect(stored.paged).to.have.length(299).and.not.include(edited);
    const again = await reopened(store, name);
    expect(again.notes.get(edited)?.text).to.equal('asked for a break');
    expect(getRevision(again.getState(), 'notes', edited)).to.equal(2);
    expect(sortedIds(again)).to.have.length(300);
    // A second edit in the reloaded store settles against the revision that is stored.
    await again.notes.update(edited, { text: 'asked twice' });
    expect(getRevision(again.getState(), 'notes', edited)).to.equal(3);
  });

  it('removes a paged record for good', async () => {
    const name = testDatabaseName('otkit-pages');
    const store = open(name);
    await store.ready;
    const { ids } = await addNotes(store, 250);
    await store.notes.remove(ids[0]!);
    const again = await reopened(store, name);
    expect(sortedIds(again)).to.have.length(249).and.not.include(ids[0]);
  });

  it('refuses to remove a goal that paged notes still name, checked in storage', async () => {
    const name = testDatabaseName('otkit-pages');
    const tabA = open(name);
    const tabB = open(name);
    await Promise.all([tabA.ready, tabB.ready]);
    const goal = await tabA.goals.add({ description: 'Zip coat', order: 1 });
    await new Promise((r) => setTimeout(r, 100)); // tab B hears of the goal
    await addNotes(tabA, 250, goal.id);
    // Tab B has not heard of the notes yet (the broadcast comes later): only storage knows them.
    expect(listRecords(tabB.getState(), 'notes')).to.have.length(0);
    const error = await tabB.goals.remove(goal.id).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(OtValidationError);
    const again = await reopened(tabA, name);
    expect(again.goals.get(goal.id)).to.not.equal(undefined);
    expect(sortedIds(again)).to.have.length(250);
  });

  it('lets another tab edit a record it only knows from a paged import', async () => {
    const name = testDatabaseName('otkit-pages');
    const tabA = open(name);
    const tabB = open(name);
    await Promise.all([tabA.ready, tabB.ready]);
    const { ids } = await addNotes(tabA, 400);
    await new Promise((r) => setTimeout(r, 100)); // the broadcast reaches tab B
    await tabB.notes.update(ids[7]!, { text: 'from tab B' });
    await tabA.notes.update(ids[8]!, { text: 'from tab A' });
    const again = await reopened(tabA, name);
    expect(again.notes.get(ids[7]!)?.text).to.equal('from tab B');
    expect(again.notes.get(ids[8]!)?.text).to.equal('from tab A');
    expect(sortedIds(again)).to.have.length(400);
  });

  it('packs a collection that grew in small changes into pages when the change log is compacted', async () => {
    const name = testDatabaseName('otkit-pages');
    const store = open(name);
    await store.ready;
    const { goalId, ids } = await addNotes(store, 150);
    for (let i = 0; i < 7; i++) ids.push(...(await addNotes(store, 150, goalId)).ids);
    expect((await where(name, 'notes')).single).to.have.length(1200);
    await store.compactChanges();
    const stored = await where(name, 'notes');
    expect(stored.single.length).to.be.at.most(1000);
    expect(stored.paged.length + stored.single.length).to.equal(1200);
    expect(new Set([...stored.paged, ...stored.single]).size).to.equal(1200);
    const again = await reopened(store, name);
    expect(sortedIds(again)).to.deep.equal([...ids].sort());
    await again.notes.update(stored.paged[0]!, { text: 'after packing' });
    expect(again.notes.get(stored.paged[0]!)?.text).to.equal('after packing');
  });

  it('upgrades a layout-2 database: its records stay where they are and new batches use pages', async () => {
    const name = testDatabaseName('otkit-pages');
    const db = await openRaw(name, 2, (up) => {
      for (const c of ['clients', 'goals', 'notes', 'changes']) up.createObjectStore(c, { keyPath: 'id' });
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('goals', 'readwrite');
      tx.objectStore('goals').put({ id: 'g1', description: 'Tie shoes', order: 1, createdAt: 10 });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const store = open(name);
    await store.ready;
    expect(store.goals.get('g1')?.description).to.equal('Tie shoes');
    const { ids } = await addNotes(store, 220, 'g1');
    expect((await where(name, 'notes')).paged).to.have.length(220);
    const again = await reopened(store, name);
    expect(sortedIds(again)).to.deep.equal([...ids].sort());
  });

  it('runs a host migration over paged records too', async () => {
    const name = testDatabaseName('otkit-pages');
    const store = open(name);
    await store.ready;
    const { ids } = await addNotes(store, 300);
    store.close();
    await new Promise((r) => setTimeout(r, 20));
    const migrated = open(name, {
      version: 4,
      migrations: [{ version: 4, collections: { notes: (r) => ({ ...r, text: `${String(r.text)} (checked)` }) } }],
    });
    await migrated.ready;
    expect(migrated.loadIssues).to.deep.equal([]);
    expect(migrated.notes.get(ids[299]!)?.text).to.equal('note 299 (checked)');
  });
});
