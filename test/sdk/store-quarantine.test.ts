// Nothing hidden: a stored record that fails its checks is kept aside, reported and recoverable, and the
// records that name it stay visible.
import { expect } from '@open-wc/testing';
import {
  OtError,
  OtValidationError,
  createStore,
  exportDocument,
  importDocument,
  indexedDbAdapter,
  memoryAdapter,
  type OtStore,
} from '@otkit/sdk';

const T0 = Date.UTC(2046, 0, 1);
const goal = (id: string, extra: object = {}) => ({ id, description: `goal ${id}`, order: 1, createdAt: T0, ...extra });
const note = (id: string, goalId: string) => ({
  id,
  goalId,
  text: `note ${id}`,
  status: 'open' as const,
  createdAt: T0,
});
let count = 0;
const dbName = () => `otkit-quarantine-${Date.now().toString(36)}-${count++}`;

/** Writes raw values straight into the object stores, as a bug, an old version or a disk error might. */
function inject(name: string, values: Record<string, unknown[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(Object.keys(values), 'readwrite');
      for (const [store, list] of Object.entries(values)) for (const value of list) tx.objectStore(store).put(value);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function open(name: string): Promise<OtStore> {
  const store = createStore({ adapter: indexedDbAdapter({ name }) });
  await store.ready;
  return store;
}

describe('quarantine: stored records that fail their checks', () => {
  const names: string[] = [];
  afterEach(async () => {
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

  it('a corrupt record injected into IndexedDB is reported, the notes that name it stay visible, nothing else is hidden', async () => {
    const name = dbName();
    names.push(name);
    const first = await open(name);
    await first.goals.add(goal('ok'));
    await first.notes.put(note('n-ok', 'ok'));
    first.close();
    await inject(name, { goals: [goal('bad', { order: 'first' })], notes: [note('n-bad', 'bad')] });

    const store = await open(name);
    expect(store.status).to.equal('ready');
    expect(store.goals.list().map((g) => g.id)).to.deep.equal(['ok']);
    expect(store.notes.list().map((n) => n.id)).to.deep.equal(['n-bad', 'n-ok']);
    expect(store.quarantine).to.have.length(1);
    const [item] = store.quarantine;
    expect(item).to.deep.include({ collection: 'goals', key: 'bad' });
    expect(item!.value).to.deep.equal(goal('bad', { order: 'first' }));
    expect(item!.issues.map((i) => i.path)).to.deep.equal([['goals', 0, 'order']]);
    expect(store.loadIssues).to.deep.equal(item!.issues);
    // The note naming it can still be edited: its reference resolves to the stored (quarantined) goal.
    await store.notes.update('n-bad', { text: 'still here' });
    // Exported as JSON, so the host can keep it elsewhere.
    expect(JSON.parse(JSON.stringify(item!.value))).to.deep.equal(item!.value);
    store.close();
  });

  it('discard is refused while records name it, and works once they do not', async () => {
    const name = dbName();
    names.push(name);
    (await open(name)).close();
    await inject(name, { goals: [goal('bad', { order: 'first' })], notes: [note('n-bad', 'bad')] });
    const store = await open(name);
    const error = await store.discardQuarantined(store.quarantine[0]!).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OtValidationError);
    expect((error as OtValidationError).issues.map((i) => i.path)).to.deep.equal([['notes', 'n-bad', 'goalId']]);
    expect(store.quarantine).to.have.length(1);
    await store.notes.remove('n-bad');
    await store.discardQuarantined(store.quarantine[0]!);
    expect(store.quarantine).to.deep.equal([]);
    store.close();
    const reopened = await open(name);
    expect(reopened.quarantine).to.deep.equal([]);
    expect(reopened.goals.size).to.equal(0);
    reopened.close();
  });

  it('repair checks the fixed record like any write, and the repaired record survives a reload', async () => {
    const name = dbName();
    names.push(name);
    (await open(name)).close();
    await inject(name, { goals: [goal('bad', { order: 'first' })] });
    const store = await open(name);
    const [item] = store.quarantine;
    const error = await store
      .repairQuarantined(item!, { ...(item!.value as object), order: 'still bad' } as never)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OtValidationError);
    expect(store.quarantine).to.have.length(1);
    await store.repairQuarantined(item!, { ...(item!.value as object), order: 3 } as never);
    expect(store.quarantine).to.deep.equal([]);
    expect(store.goals.get('bad')?.order).to.equal(3);
    store.close();
    const reopened = await open(name);
    expect(reopened.quarantine).to.deep.equal([]);
    expect(reopened.goals.get('bad')?.order).to.equal(3);
    reopened.close();
  });

  it('memory seeds: a value in an unknown collection is listed but can only be exported, not discarded', async () => {
    const store = createStore({
      adapter: memoryAdapter({ seed: { goals: [goal('g')], stickers: [{ id: 's' }] } as never }),
    });
    await store.ready;
    expect(store.quarantine.map((q) => [q.collection, q.key])).to.deep.equal([['stickers', '']]);
    const error = await store.discardQuarantined(store.quarantine[0]!).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OtError);
    expect((error as OtError).code).to.equal('not-quarantined');
  });
});

describe('an export with a dangling reference', () => {
  it('is refused by default, naming each reference, and imports with danglingReferences: "keep"', async () => {
    const store = createStore({
      adapter: memoryAdapter({ seed: { goals: [goal('bad', { order: 'first' })], notes: [note('n', 'bad')] } }),
    });
    await store.ready;
    // The export leaves the quarantined goal out: the note's reference dangles in it.
    const doc = exportDocument(store);
    const target = createStore();
    const error = await importDocument(target, doc).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OtValidationError);
    expect((error as OtValidationError).issues).to.deep.equal([
      { path: ['collections', 'notes', 0, 'goalId'], code: 'reference', message: 'names no goal with id "bad"' },
    ]);
    expect(target.notes.size).to.equal(0);
    const summary = await importDocument(target, doc, { danglingReferences: 'keep' });
    expect(summary.total).to.equal(1);
    expect(summary.dangling).to.deep.equal((error as OtValidationError).issues);
    expect(target.notes.get('n')?.goalId).to.equal('bad');
    // Later edits of that note work; a new dangling reference is still refused.
    await target.notes.update('n', { text: 'edited' });
    const dangling = await target.notes.add({ goalId: 'nowhere', text: 'x' }).catch((e: unknown) => e);
    expect(dangling).to.be.instanceOf(OtValidationError);
  });
});
