import { expect } from '@open-wc/testing';
import {
  OT_IDB_VERSION,
  OtPersistenceError,
  OtVersionError,
  createStore,
  indexedDbAdapter,
  replay,
  type OtChange,
  type OtStore,
} from '@otkit/sdk';
import { deleteTestDatabases, testDatabaseName } from '../helpers/test-databases.js';
import { INSERT_ORDER, examples } from '../helpers/sdk-examples.js';

/** Opens a database directly (not through the adapter), running `upgrade` on version change. */
function openRaw(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
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
    await deleteTestDatabases();
  });

  describe('when another tab upgrades the database', () => {
    it('a later write says the database is newer, instead of "connection is closing"', async () => {
      const name = testDatabaseName();
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
      const name = testDatabaseName();
      // A connection of another library (or an old OT Kit) that ignores versionchange.
      const stubborn = await openRaw(name, 1);
      try {
        const store = open({ name, version: 2 });
        const timeout = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 3000));
        const outcome = await Promise.race([
          store.ready.then(
            () => 'ready',
            (e: unknown) => e,
          ),
          timeout,
        ]);
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
      const name = testDatabaseName();
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
      const name = testDatabaseName();
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

    it('a migration that throws leaves the old database as it was and says which step failed', async () => {
      const name = testDatabaseName();
      await oldDatabase(name);
      const broken = [
        ...migrations,
        { version: 4, collections: { goals: (r: Record<string, unknown>) => (r.id === 'g2' ? JSON.parse('{') : r) } },
      ];
      const store = open({ name, version: 4, migrations: broken });
      const error = await rejection(store.ready);
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.match(
        new RegExp(
          `^Could not upgrade database "${name}" to version 4: the version 4 migration of "goals" failed \\(SyntaxError: .*\\); the stored data is unchanged$`,
        ),
      );
      const db = await openRaw(name, 1);
      try {
        expect(db.version).to.equal(1);
        expect([...db.objectStoreNames].sort()).to.deep.equal(['changes', 'goals']);
      } finally {
        db.close();
      }
    });

    it('migrates the change log too, so replaying it gives the migrated state', async () => {
      const name = testDatabaseName();
      await oldDatabase(name);
      const store = open({ name, version: 3, migrations });
      await store.ready;
      await store.goals.update('g2', { order: 5 });
      expect(replay(await store.changes())).to.deep.equal(store.getState());
    });
  });

  describe('after close()', () => {
    it('refuses commits with a typed error instead of opening the database again', async () => {
      const name = testDatabaseName();
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
      const change: OtChange = {
        id: '00000000010000000000000000',
        at: 1,
        actor: 't',
        command: 'goals.put',
        ops: [{ type: 'put', collection: 'goals', id: 'a', value: goal('a') }],
      };
      const error = await rejection(adapter.commit(change));
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.match(/closed/);
      expect(await rejection(adapter.changes())).to.be.instanceOf(OtPersistenceError);
      expect(opens).to.equal(1);
    });
  });

  describe('durability', () => {
    /** A factory that records every transaction the adapter opens, and when each completes. */
    function recordingFactory(log: string[], options: { mode: IDBTransactionMode; durability?: string }[]): IDBFactory {
      return {
        open(name: string, version?: number) {
          const req = indexedDB.open(name, version);
          // Registered before the adapter's own handler, so the database is wrapped before the adapter uses it.
          req.addEventListener('success', () => {
            const db = req.result;
            const transaction = db.transaction.bind(db);
            db.transaction = ((stores: string | string[], mode?: IDBTransactionMode, opts?: IDBTransactionOptions) => {
              options.push({ mode: mode ?? 'readonly', durability: opts?.durability });
              const tx = transaction(stores, mode, opts);
              if (mode === 'readwrite') tx.addEventListener('complete', () => log.push('transaction complete'));
              return tx;
            }) as IDBDatabase['transaction'];
          });
          return req;
        },
      } as IDBFactory;
    }

    it('commits every write in a readwrite transaction with durability "strict"', async () => {
      const log: string[] = [];
      const options: { mode: IDBTransactionMode; durability?: string }[] = [];
      const store = createStore({
        adapter: indexedDbAdapter({ name: testDatabaseName(), factory: recordingFactory(log, options) }),
      });
      stores.push(store);
      const goal = await store.goals.add({ description: 'A', order: 1 });
      await store.goals.update(goal.id, { order: 2 });
      await store.transaction((tx) => tx.notes.add({ goalId: goal.id, text: 'x' }));
      const writes = options.filter((o) => o.mode === 'readwrite');
      expect(writes).to.deep.equal([
        { mode: 'readwrite', durability: 'strict' },
        { mode: 'readwrite', durability: 'strict' },
        { mode: 'readwrite', durability: 'strict' },
      ]);
    });

    it('a write resolves only after its transaction completed', async () => {
      const log: string[] = [];
      const store = createStore({
        adapter: indexedDbAdapter({ name: testDatabaseName(), factory: recordingFactory(log, []) }),
      });
      stores.push(store);
      await store.goals.add({ description: 'A', order: 1 }).then(() => log.push('write resolved'));
      await store.clients.add({ alias: 'B' }).then(() => log.push('write resolved'));
      expect(log).to.deep.equal(['transaction complete', 'write resolved', 'transaction complete', 'write resolved']);
    });

    it('the durability option can be relaxed by the host', async () => {
      const options: { mode: IDBTransactionMode; durability?: string }[] = [];
      const store = createStore({
        adapter: indexedDbAdapter({
          name: testDatabaseName(),
          durability: 'relaxed',
          factory: recordingFactory([], options),
        }),
      });
      stores.push(store);
      await store.clients.add({ alias: 'A' });
      expect(options.filter((o) => o.mode === 'readwrite')).to.deep.equal([
        { mode: 'readwrite', durability: 'relaxed' },
      ]);
    });
  });

  describe('reopening', () => {
    it('a second store opened on the same database has exactly the same state and change log', async () => {
      const name = testDatabaseName();
      const first = open({ name });
      const ex = examples();
      for (const c of INSERT_ORDER) await (first[c] as { put(r: unknown): Promise<unknown> }).put(ex[c]);
      const g = await first.goals.add({ description: 'Zip coat', order: 2 });
      await first.goals.update(g.id, { lifecycle: 'completed' });
      await first.notes.remove('note-1');
      first.close();
      const second = open({ name });
      await second.ready;
      expect(second.loadIssues).to.deep.equal([]);
      expect(second.getState()).to.deep.equal(first.getState());
      for (const c of INSERT_ORDER) expect(second[c].list(), c).to.deep.equal(first[c].list());
      const log = await second.changes();
      expect(log.map((c) => c.command)).to.deep.equal([
        ...INSERT_ORDER.map((c) => `${c}.put`),
        'goals.add',
        'goals.update',
        'notes.remove',
      ]);
      expect(replay(log)).to.deep.equal(second.getState());
    });

    it('opening a database a newer version wrote shows its data read-only, with the readable "newer version" error', async () => {
      const name = testDatabaseName();
      const newer = open({ name, version: OT_IDB_VERSION + 1 });
      const goal = await newer.goals.add({ description: 'A', order: 1 });
      newer.close();
      const older = open({ name, version: OT_IDB_VERSION });
      await older.ready;
      expect(older.status).to.equal('read-only');
      expect(older.error).to.be.instanceOf(OtVersionError);
      expect(older.error).to.be.instanceOf(OtPersistenceError);
      expect(older.error?.code).to.equal('newer-version');
      expect((older.error as OtVersionError).found).to.equal(OT_IDB_VERSION + 1);
      expect(older.error?.message).to.equal(
        `The data in indexeddb:${name} was written by a newer version of OT Kit (storage version ${OT_IDB_VERSION + 1}; this one reads up to ${OT_IDB_VERSION}). It is shown read-only so nothing is lost: update OT Kit to change it.`,
      );
      expect(older.goals.list()).to.deep.equal([goal]);
      // Every write is refused, and storage keeps what the newer version wrote.
      expect(await rejection(older.goals.update(goal.id, { order: 2 }))).to.equal(older.error);
      expect(await rejection(older.goals.add({ description: 'B', order: 2 }))).to.equal(older.error);
      older.close();
      const again = open({ name, version: OT_IDB_VERSION + 1 });
      await again.ready;
      expect(again.goals.list()).to.deep.equal([goal]);
      expect(await again.changes()).to.have.length(1);
    });

    it('an upgrade keeps the data when no migration is needed', async () => {
      const name = testDatabaseName();
      const v1 = open({ name, version: 1 });
      await v1.goals.add({ description: 'A', order: 1 });
      v1.close();
      const v2 = open({ name, version: 2 });
      await v2.ready;
      expect(v2.goals.list().map((g) => g.description)).to.deep.equal(['A']);
    });
  });

  describe('two stores on one database', () => {
    it("see each other's commits (BroadcastChannel)", async () => {
      const name = testDatabaseName();
      const a = open({ name });
      const b = open({ name });
      await Promise.all([a.ready, b.ready]);
      const seen: number[] = [];
      b.subscribe(
        (s) => s.goals,
        (g) => seen.push(g.size),
      );
      const goal = await a.goals.add({ description: 'From tab A', order: 1 });
      while (!b.goals.get(goal.id)) await new Promise((r) => setTimeout(r, 5));
      expect(b.goals.get(goal.id)).to.deep.equal(goal);
      await b.goals.update(goal.id, { order: 2 });
      while (a.goals.get(goal.id)?.order !== 2) await new Promise((r) => setTimeout(r, 5));
      await a.goals.remove(goal.id);
      while (b.goals.size !== 0) await new Promise((r) => setTimeout(r, 5));
      expect(seen).to.deep.equal([1, 1, 0]);
      expect(a.getState()).to.deep.equal(b.getState());
    });

    it('do not hear each other with broadcast: false', async () => {
      const name = testDatabaseName();
      const a = open({ name, broadcast: false });
      const b = open({ name, broadcast: false });
      await Promise.all([a.ready, b.ready]);
      await a.goals.add({ description: 'quiet', order: 1 });
      await new Promise((r) => setTimeout(r, 50));
      expect(b.goals.size).to.equal(0);
    });
  });

  describe('an unavailable factory', () => {
    it('a factory whose open() throws (private mode, blocked storage) gives OtPersistenceError', async () => {
      const factory = {
        open() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      } as unknown as IDBFactory;
      const store = createStore({ adapter: indexedDbAdapter({ name: testDatabaseName(), factory }) });
      const error = await rejection(store.ready);
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.match(
        /^Could not open database "otkit-test-[^"]+" \(SecurityError: The user denied/,
      );
      expect(store.status).to.equal('error');
    });

    it("a request that fails gives OtPersistenceError with the browser's reason", async () => {
      const name = testDatabaseName();
      const factory = {
        open() {
          const req = {} as IDBOpenDBRequest & { error: DOMException };
          Object.assign(req, { error: new DOMException('Internal error opening backing store', 'UnknownError') });
          setTimeout(() => req.onerror?.(new Event('error')), 0);
          return req;
        },
      } as unknown as IDBFactory;
      const store = createStore({ adapter: indexedDbAdapter({ name, factory }) });
      const error = await rejection(store.ready);
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.equal(
        `Could not open database "${name}" (UnknownError: Internal error opening backing store)`,
      );
    });

    it('no IndexedDB at all gives OtPersistenceError that suggests a memory store', async () => {
      const original = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
      Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true });
      try {
        const store = createStore({ adapter: indexedDbAdapter({ name: testDatabaseName() }) });
        const error = await rejection(store.ready);
        expect(error).to.be.instanceOf(OtPersistenceError);
        expect((error as Error).message).to.equal(
          'Storage is not available (Error: IndexedDB is not available here); use a memory store',
        );
      } finally {
        if (original) Object.defineProperty(globalThis, 'indexedDB', original);
        else delete (globalThis as { indexedDB?: unknown }).indexedDB;
      }
      expect(typeof indexedDB.open).to.equal('function');
    });
  });
});
