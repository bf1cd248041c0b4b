import { expect } from '@open-wc/testing';
import { OtError, OtValidationError, createStore, memoryAdapter, type OtAdapter } from '@otkit/sdk';
import { catchUncaught, controlledAdapter, deferred } from '../helpers/sdk-testing.js';

describe('store', () => {
  describe('a subscriber that throws', () => {
    it('does not stop the command, the other subscribers or the commit', async () => {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      await store.ready;
      const seen: number[] = [];
      store.subscribe((s) => s.goals, () => {
        throw new Error('listener failed');
      });
      store.subscribe((s) => s.goals, (goals) => seen.push(Object.keys(goals).length));
      let goalId = '';
      const errors = await catchUncaught(async () => {
        goalId = (await store.goals.add({ description: 'Tie shoes', order: 1 })).id;
      });
      expect(errors.map((e) => (e as Error).message)).to.deep.equal(['listener failed']);
      expect(seen).to.deep.equal([1]);
      expect(adapter.attempts).to.have.length(1);
      expect((await adapter.load()).records.goals?.map((g) => (g as { id: string }).id)).to.deep.equal([goalId]);
    });
  });

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
});
