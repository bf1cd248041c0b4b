import { expect } from '@open-wc/testing';
import { OT_COLLECTION_NAMES, createStore, memoryAdapter } from '@otkit/sdk';

const goal = (id: string, description = `goal ${id}`) => ({ id, description, order: 1, createdAt: 1 });

describe('memoryAdapter', () => {
  describe('seed problems end up in store.loadIssues', () => {
    it('reports a seed collection name that does not exist', async () => {
      const store = createStore({ adapter: memoryAdapter({ seed: { goal: [goal('a')] } as never }) });
      await store.ready;
      expect(store.loadIssues).to.deep.equal([
        { path: ['goal'], code: 'unknown-key', message: `is not a known collection (known: ${OT_COLLECTION_NAMES.join(', ')})` },
      ]);
      expect(store.goals.size).to.equal(0);
    });

    it('reports a seed collection that is not an array', async () => {
      const store = createStore({ adapter: memoryAdapter({ seed: { goals: goal('a') } as never }) });
      await store.ready;
      expect(store.loadIssues).to.deep.equal([{ path: ['goals'], code: 'type', message: 'must be an array of records' }]);
      expect(store.goals.size).to.equal(0);
    });

    it('reports a repeated id and keeps the first record', async () => {
      const store = createStore({ adapter: memoryAdapter({ seed: { goals: [goal('a', 'first'), goal('b'), goal('a', 'second')] } }) });
      await store.ready;
      expect(store.loadIssues).to.deep.equal([{ path: ['goals', 2, 'id'], code: 'duplicate', message: 'repeats id "a" of index 0' }]);
      expect(store.goals.get('a')?.description).to.equal('first');
      expect(store.goals.size).to.equal(2);
    });
  });
});
