import { expect } from '@open-wc/testing';
import { OtPersistenceError, createStore, indexedDbAdapter, type OtChange } from '@otkit/sdk';
import { testDatabaseName } from '../helpers/test-databases.js';
import { closeStoresAndDeleteDatabases, goal, open, openRaw, rejection } from './indexeddb-helpers.js';

describe('indexedDbAdapter', () => {
  afterEach(closeStoresAndDeleteDatabases);

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
