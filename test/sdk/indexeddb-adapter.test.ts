import { expect } from '@open-wc/testing';
import {
  OtPersistenceError,
  createStore,
  indexedDbAdapter,
  replay,
  type OtChange,
  type OtStore,
} from '@otkit/sdk';

let counter = 0;
const created: string[] = [];
/** A database name no other test uses; deleted after each test. */
function dbName(): string {
  const name = `otkit-test-${Date.now().toString(36)}-${counter++}`;
  created.push(name);
  return name;
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}

/** Opens a database directly (not through the adapter), running `upgrade` on version change. */
function openRaw(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function rawGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store, 'readonly').objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const stores: OtStore[] = [];
function open(options: Parameters<typeof indexedDbAdapter>[0]): OtStore {
  const store = createStore({ adapter: indexedDbAdapter(options) });
  stores.push(store);
  return store;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

const goal = (id: string, description = `goal ${id}`) => ({ id, description, order: 1, createdAt: 1 });

describe('indexedDbAdapter', () => {
  afterEach(async () => {
    for (const s of stores.splice(0)) s.close();
    await new Promise((r) => setTimeout(r, 0));
    await Promise.all(created.splice(0).map(deleteDb));
  });

  describe('when another tab upgrades the database', () => {
    it('a later write says the database is newer, instead of "connection is closing"', async () => {
      const name = dbName();
      const older = open({ name, version: 1 });
      await older.goals.put(goal('a'));
      const newer = open({ name, version: 2 });
      await newer.ready;
      const error = await rejection(older.goals.put(goal('b')));
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.match(/newer version of OT Kit/);
      expect(older.goals.get('b')).to.equal(undefined);
    });
  });

  describe('a blocked or unavailable database', () => {
    it('rejects with a typed error when an older connection elsewhere will not close', async () => {
      const name = dbName();
      // A connection of another library (or an old OT Kit) that ignores versionchange.
      const stubborn = await openRaw(name, 1);
      try {
        const store = open({ name, version: 2 });
        const timeout = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 3000));
        const outcome = await Promise.race([store.ready.then(() => 'ready', (e: unknown) => e), timeout]);
        expect(outcome).to.be.instanceOf(OtPersistenceError);
        expect((outcome as Error).message).to.match(/open in another tab/);
        expect(store.status).to.equal('error');
      } finally {
        stubborn.close();
      }
    });
  });

  describe('a commit that fails part-way', () => {
    it('writes none of its ops (the transaction is aborted, not left to commit)', async () => {
      const name = dbName();
      const adapter = indexedDbAdapter({ name });
      await adapter.load();
      const change: OtChange = {
        id: '01TESTCHANGE0000000000000A',
        at: 1,
        actor: 'test',
        command: 'test.partial',
        ops: [
          { type: 'put', collection: 'goals', id: 'a', value: goal('a') },
          // No key: IndexedDB throws DataError synchronously from put().
          { type: 'put', collection: 'goals', id: 'b', value: { description: 'no id' } },
        ],
      };
      const error = await rejection(adapter.commit(change));
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.match(/DataError/);
      await new Promise((r) => setTimeout(r, 50));
      const loaded = await adapter.load();
      expect(loaded.records.goals).to.deep.equal([]);
      expect(await adapter.changes()).to.deep.equal([]);
      adapter.close?.();
    });
  });

  describe('layout upgrades with migrations', () => {
    /** A version-1 database of an older OT Kit: goals had a `title`, and only two object stores existed. */
    async function oldDatabase(name: string): Promise<void> {
      const db = await openRaw(name, 1, (up) => {
        up.createObjectStore('goals', { keyPath: 'id' });
        up.createObjectStore('changes', { keyPath: 'id' });
      });
      const old = [
        { id: 'g1', title: 'Tie shoes', order: 1, createdAt: 10 },
        { id: 'g2', title: 'Zip coat', order: 2, createdAt: 11 },
        { id: 'g3', title: 'Obsolete', order: 3, createdAt: 12 },
      ];
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['goals', 'changes'], 'readwrite');
        for (const g of old) tx.objectStore('goals').put(g);
        tx.objectStore('changes').put({
          id: '00000000010000000000000000', // an early id: the log is read in id order
          at: 12,
          actor: 'old',
          command: 'goals.import',
          ops: old.map((g) => ({ type: 'put', collection: 'goals', id: g.id, value: g })),
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }

    const migrations = [
      {
        version: 2,
        collections: {
          goals: (r: Record<string, unknown>) => {
            if (r.id === 'g3') return undefined;
            const { title, ...rest } = r;
            return { ...rest, description: title, lifecycle: 'active' };
          },
        },
      },
      {
        version: 3,
        collections: { goals: (r: Record<string, unknown>) => ({ ...r, description: `${String(r.description)}!` }) },
      },
    ];

    it('runs every step in order on each record, drops records a step drops, and creates missing stores', async () => {
      const name = dbName();
      await oldDatabase(name);
      const store = open({ name, version: 3, migrations });
      await store.ready;
      expect(store.loadIssues).to.deep.equal([]);
      expect(store.goals.list().map((g) => [g.id, g.description])).to.deep.equal([
        ['g1', 'Tie shoes!'],
        ['g2', 'Zip coat!'],
      ]);
      // The notes store did not exist in version 1.
      const note = await store.notes.add({ goalId: 'g1', text: 'Asked about recess' });
      expect(store.notes.get(note.id)?.text).to.equal('Asked about recess');
    });

    it('migrates the change log too, so replaying it gives the migrated state', async () => {
      const name = dbName();
      await oldDatabase(name);
      const store = open({ name, version: 3, migrations });
      await store.ready;
      await store.goals.update('g2', { order: 5 });
      expect(replay(await store.changes())).to.deep.equal(store.getState());
    });
  });

  describe('after close()', () => {
    it('refuses commits with a typed error instead of opening the database again', async () => {
      const name = dbName();
      let opens = 0;
      const factory = {
        open: (n: string, v?: number) => {
          opens++;
          return indexedDB.open(n, v);
        },
      } as IDBFactory;
      const adapter = indexedDbAdapter({ name, factory });
      await adapter.load();
      adapter.close?.();
      const change: OtChange = { id: '00000000010000000000000000', at: 1, actor: 't', command: 'goals.put', ops: [{ type: 'put', collection: 'goals', id: 'a', value: goal('a') }] };
      const error = await rejection(adapter.commit(change));
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.match(/closed/);
      expect(await rejection(adapter.changes())).to.be.instanceOf(OtPersistenceError);
      expect(opens).to.equal(1);
    });
  });
});
