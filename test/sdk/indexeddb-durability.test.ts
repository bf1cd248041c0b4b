import { expect } from '@open-wc/testing';
import {
  OT_IDB_VERSION,
  OtPersistenceError,
  OtVersionError,
  createStore,
  indexedDbAdapter,
  replay,
  type OtChange,
} from '@otkit/sdk';
import { testDatabaseName } from '../helpers/test-databases.js';
import { INSERT_ORDER, examples } from '../helpers/sdk-examples.js';
import { closeStoresAndDeleteDatabases, goal, open, rejection, stores } from './indexeddb-helpers.js';

describe('indexedDbAdapter', () => {
  afterEach(closeStoresAndDeleteDatabases);

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
});
