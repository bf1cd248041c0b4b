import { expect } from '@open-wc/testing';
import { OtError, OtPersistenceError, createStore, memoryAdapter, type OtAdapter } from '@otkit/sdk';
import { controlledAdapter, deferred } from '../helpers/sdk-testing.js';
import { rejection } from './store-helpers.js';

describe('store', () => {
  describe('close() before the adapter has loaded', () => {
    it('stays closed and does not start watching the adapter', async () => {
      const loaded = deferred();
      let watched = 0;
      const inner = memoryAdapter();
      const adapter: OtAdapter = {
        kind: 'slow',
        load: async () => {
          await loaded.promise;
          return inner.load();
        },
        commit: (c) => inner.commit(c),
        changes: () => inner.changes(),
        watch: () => {
          watched++;
          return () => {};
        },
      };
      const store = createStore({ adapter });
      store.close();
      loaded.resolve();
      await store.ready.catch(() => {});
      expect(store.status).to.equal('closed');
      expect(watched).to.equal(0);
      let error: unknown;
      await store.goals.add({ description: 'Tie shoes', order: 1 }).catch((e) => (error = e));
      expect(error).to.be.instanceOf(OtError);
      expect((error as OtError).code).to.equal('closed');
    });
  });

  describe('close() while a write is being saved', () => {
    it('lets the write finish before it closes the adapter', async () => {
      const adapter = controlledAdapter();
      const events: string[] = [];
      adapter.close = () => events.push('adapter closed');
      const hold = deferred();
      adapter.hold = hold.promise;
      const store = createStore({ adapter });
      await store.ready;
      const commit = adapter.commit.bind(adapter);
      adapter.commit = async (change) => {
        await commit(change);
        events.push('write saved');
      };
      const write = store.goals.add({ description: 'Tie shoes', order: 1 });
      while (adapter.attempts.length === 0) await new Promise((r) => setTimeout(r, 0));
      store.close();
      hold.resolve();
      await write;
      await new Promise((r) => setTimeout(r, 0));
      expect(events).to.deep.equal(['write saved', 'adapter closed']);
      expect((await adapter.load()).records.goals).to.have.length(1);
    });
  });

  describe('loading nothing', () => {
    it('keeps the state object, so a whole-state subscriber does not fire', async () => {
      const store = createStore();
      const initial = store.getState();
      let calls = 0;
      store.subscribe(
        (s) => s,
        () => calls++,
      );
      await store.ready;
      expect(store.getState()).to.equal(initial);
      expect(calls).to.equal(0);
    });
  });

  describe('before the adapter has loaded', () => {
    it('commands wait for ready, then apply on top of the loaded data', async () => {
      const load = deferred();
      const inner = memoryAdapter({ seed: { goals: [{ id: 'g1', description: 'Seeded', order: 1, createdAt: 1 }] } });
      const adapter: OtAdapter = {
        kind: 'slow',
        load: async () => {
          await load.promise;
          return inner.load();
        },
        commit: (c) => inner.commit(c),
        changes: () => inner.changes(),
      };
      const store = createStore({ adapter });
      expect(store.status).to.equal('loading');
      let done = false;
      const note = store.notes.add({ goalId: 'g1', text: 'written before ready' }).then((n) => {
        done = true;
        return n;
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(done).to.equal(false);
      expect(store.notes.size).to.equal(0);
      load.resolve();
      const written = await note;
      expect(store.status).to.equal('ready');
      expect(store.goals.get('g1')?.description).to.equal('Seeded');
      expect(store.notes.get(written.id)?.text).to.equal('written before ready');
    });

    it('a load that fails sets status "error" and rejects ready and every command with OtPersistenceError', async () => {
      const adapter: OtAdapter = {
        kind: 'broken',
        load: () => Promise.reject(new Error('no storage')),
        commit: () => Promise.resolve(),
        changes: () => Promise.resolve([]),
      };
      const store = createStore({ adapter });
      const error = await rejection(store.ready);
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.equal('Could not open broken: no storage');
      expect(store.status).to.equal('error');
      expect(store.error).to.equal(error);
      expect(await rejection(store.goals.add({ description: 'A', order: 1 }))).to.equal(error);
    });

    it('invalid stored records go to loadIssues with their collection and index, not into the state', async () => {
      const store = createStore({
        adapter: memoryAdapter({
          seed: {
            goals: [
              { id: 'g1', description: 'ok', order: 1, createdAt: 1 },
              { id: 'g2', description: '', order: 'x', createdAt: 1 },
            ],
            schedules: [
              {
                id: 's1',
                title: 'S',
                steps: [{ id: 'a', label: 'A', image: { src: 'javascript:alert(1)' } }],
                createdAt: 1,
              },
            ],
          },
        }),
      });
      await store.ready;
      expect(store.status).to.equal('ready');
      expect(store.goals.list().map((g) => g.id)).to.deep.equal(['g1']);
      expect(store.schedules.size).to.equal(0);
      expect(store.loadIssues).to.deep.equal([
        { path: ['goals', 1, 'description'], code: 'too-small', message: 'must not be empty' },
        { path: ['goals', 1, 'order'], code: 'type', message: 'must be a finite number (got a string)' },
        {
          path: ['schedules', 0, 'steps', 0, 'image', 'src'],
          code: 'url',
          message: 'the javascript: scheme is not allowed for images; use https:, blob: or a raster data: URL',
        },
      ]);
    });
  });

  describe('close()', () => {
    it('sets status "closed" and refuses later commands with code "closed"', async () => {
      const store = createStore();
      await store.ready;
      let calls = 0;
      store.subscribe(
        (s) => s,
        () => calls++,
      );
      store.close();
      expect(store.status).to.equal('closed');
      const error = await rejection(store.clients.add({ alias: 'A' }));
      expect((error as OtError).code).to.equal('closed');
      expect(calls).to.equal(0);
      store.close();
    });
  });
});
