import { expect } from '@open-wc/testing';
import {
  OT_COLLECTION_NAMES,
  applyOps,
  countRecords,
  createStore,
  emptyState,
  getRecord,
  getRevision,
  listRecords,
  replay,
  type OtChange,
} from '@otkit/sdk';

const goal = (id: string, order = 1) => ({ id, description: `goal ${id}`, order, lifecycle: 'active', createdAt: 1 });
const change = (id: string, ops: OtChange['ops']): OtChange => ({ id, at: 1, actor: 'test', command: 'test', ops });

describe('replay helpers', () => {
  describe('emptyState', () => {
    it('has every collection, empty, and is a new object each time', () => {
      const a = emptyState();
      expect(Object.keys(a)).to.deep.equal(OT_COLLECTION_NAMES);
      for (const name of OT_COLLECTION_NAMES) expect(countRecords(a, name)).to.equal(0);
      expect(emptyState()).to.not.equal(a);
    });
  });

  describe('applyOps', () => {
    it('returns the same state for no ops', () => {
      const state = emptyState();
      expect(applyOps(state, [])).to.equal(state);
    });

    it('puts and deletes, copying only the collections it touches and never changing its input', () => {
      const state = emptyState();
      const next = applyOps(state, [
        { type: 'put', collection: 'goals', id: 'a', value: goal('a') },
        { type: 'put', collection: 'goals', id: 'b', value: goal('b') },
        { type: 'delete', collection: 'goals', id: 'a' },
      ]);
      expect(listRecords(next, 'goals')).to.deep.equal([goal('b')]);
      expect(countRecords(state, 'goals')).to.equal(0);
      expect(next.notes).to.equal(state.notes);
      expect(next.goals).to.not.equal(state.goals);
    });

    it('freezes the records it stores, deeply', () => {
      const value = { ...goal('a'), image: { symbol: 'shoe' } };
      const next = applyOps(emptyState(), [{ type: 'put', collection: 'goals', id: 'a', value }]);
      expect(Object.isFrozen(getRecord(next, 'goals', 'a'))).to.equal(true);
      expect(Object.isFrozen((getRecord(next, 'goals', 'a') as { image: object }).image)).to.equal(true);
    });

    it('deleting a record that is not there is harmless', () => {
      const next = applyOps(emptyState(), [{ type: 'delete', collection: 'goals', id: 'nope' }]);
      expect(countRecords(next, 'goals')).to.equal(0);
    });

    it('notes the revision each put carries (1 when it carries none)', () => {
      const next = applyOps(emptyState(), [
        { type: 'put', collection: 'goals', id: 'a', value: goal('a'), rev: 7 },
        { type: 'put', collection: 'goals', id: 'b', value: goal('b') },
      ]);
      expect(getRevision(next, 'goals', 'a')).to.equal(7);
      expect(getRevision(next, 'goals', 'b')).to.equal(1);
      expect(getRevision(next, 'goals', 'c')).to.equal(0);
    });
  });

  describe('replay', () => {
    it('rebuilds a state from changes, in order, from empty or from a given state', () => {
      const log = [
        change('1', [{ type: 'put', collection: 'goals', id: 'a', value: goal('a') }]),
        change('2', [{ type: 'put', collection: 'goals', id: 'a', value: goal('a', 2) }]),
        change('3', [{ type: 'put', collection: 'goals', id: 'b', value: goal('b') }]),
        change('4', [{ type: 'delete', collection: 'goals', id: 'b' }]),
      ];
      expect(listRecords(replay(log), 'goals')).to.deep.equal([goal('a', 2)]);
      expect(replay([])).to.deep.equal(emptyState());
      const from = replay(log.slice(0, 2));
      expect(replay(log.slice(2), from)).to.deep.equal(replay(log));
    });

    it("replaying a store's log on another store's empty state gives the same state", async () => {
      const store = createStore();
      const g = await store.goals.add({ description: 'A', order: 1 });
      await store.notes.add({ goalId: g.id, text: 'x' });
      await store.goals.update(g.id, { order: 4 });
      expect(replay(await store.changes())).to.deep.equal(store.getState());
    });
  });
});
