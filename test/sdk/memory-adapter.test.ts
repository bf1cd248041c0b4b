import { expect } from '@open-wc/testing';
import { OT_COLLECTION_NAMES, createStore, memoryAdapter } from '@otkit/sdk';

const goal = (id: string, description = `goal ${id}`) => ({ id, description, order: 1, createdAt: 1 });

describe('memoryAdapter', () => {
  describe('seed problems end up in store.loadIssues', () => {
    it('reports a seed collection name that does not exist', async () => {
      const store = createStore({ adapter: memoryAdapter({ seed: { goal: [goal('a')] } as never }) });
      await store.ready;
      expect(store.loadIssues).to.deep.equal([
        {
          path: ['goal'],
          code: 'unknown-key',
          message: `is not a known collection (known: ${OT_COLLECTION_NAMES.join(', ')})`,
        },
      ]);
      expect(store.goals.size).to.equal(0);
    });

    it('reports a seed collection that is not an array', async () => {
      const store = createStore({ adapter: memoryAdapter({ seed: { goals: goal('a') } as never }) });
      await store.ready;
      expect(store.loadIssues).to.deep.equal([
        { path: ['goals'], code: 'type', message: 'must be an array of records' },
      ]);
      expect(store.goals.size).to.equal(0);
    });

    it('reports a repeated id and keeps the first record', async () => {
      const store = createStore({
        adapter: memoryAdapter({ seed: { goals: [goal('a', 'first'), goal('b'), goal('a', 'second')] } }),
      });
      await store.ready;
      expect(store.loadIssues).to.deep.equal([
        { path: ['goals', 2, 'id'], code: 'duplicate', message: 'repeats id "a" of index 0' },
      ]);
      expect(store.goals.get('a')?.description).to.equal('first');
      expect(store.goals.size).to.equal(2);
    });
  });
});

describe('memoryAdapter: storage', () => {
  it('starts from a valid seed', async () => {
    const store = createStore({
      adapter: memoryAdapter({
        seed: { goals: [goal('a'), goal('b')], clients: [{ id: 'c', alias: 'Fox', createdAt: 1 }] },
      }),
    });
    await store.ready;
    expect(store.loadIssues).to.deep.equal([]);
    expect(store.goals.list().map((g) => g.id)).to.deep.equal(['a', 'b']);
    expect(store.clients.get('c')?.alias).to.equal('Fox');
  });

  it('keeps what was committed for the next store on the same adapter, with the change log', async () => {
    const adapter = memoryAdapter();
    const first = createStore({ adapter });
    const g = await first.goals.add({ description: 'A', order: 1 });
    await first.goals.update(g.id, { order: 2 });
    const second = createStore({ adapter });
    await second.ready;
    expect(second.getState()).to.deep.equal(first.getState());
    expect(await second.changes()).to.deep.equal(await first.changes());
  });

  it('holds a copy of the seed, frozen: changing the seed objects or loaded records later changes nothing stored', async () => {
    const seeded = goal('a');
    const adapter = memoryAdapter({ seed: { goals: [seeded] } });
    seeded.description = 'changed';
    const loaded = await adapter.load();
    expect(() => {
      (loaded.records.goals![0] as { description: string }).description = 'changed too';
    }).to.throw(TypeError);
    const again = await adapter.load();
    expect((again.records.goals![0] as { description: string }).description).to.equal('goal a');
  });

  it('changes() returns a new array each time', async () => {
    const adapter = memoryAdapter();
    const store = createStore({ adapter });
    await store.clients.add({ alias: 'A' });
    const a = await adapter.changes();
    a.length = 0;
    expect(await adapter.changes()).to.have.length(1);
  });

  it('reports a seed record without an id and keeps it out of the state', async () => {
    const store = createStore({
      adapter: memoryAdapter({ seed: { goals: [{ description: 'no id', order: 1, createdAt: 1 }, goal('a')] } }),
    });
    await store.ready;
    expect(store.loadIssues).to.deep.equal([{ path: ['goals', 0, 'id'], code: 'required', message: 'is required' }]);
    expect(store.goals.list().map((g) => g.id)).to.deep.equal(['a']);
  });
});

describe('loading from any adapter', () => {
  it('a collection the adapter leaves undefined is simply empty', async () => {
    const store = createStore({
      adapter: {
        kind: 'sparse',
        load: async () => ({ records: { goals: undefined, clients: [{ id: 'c', alias: 'Fox', createdAt: 1 }] } }),
        commit: async () => {},
        changes: async () => [],
      },
    });
    await store.ready;
    expect(store.loadIssues).to.deep.equal([]);
    expect(store.clients.size).to.equal(1);
  });
});
