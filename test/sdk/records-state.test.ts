import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_COLLECTION_NAMES,
  applyOps,
  countRecords,
  emptyState,
  getRecord,
  getRevision,
  goalStackView,
  hasRecord,
  listRecords,
  stateOfRecords,
  type OtGoal,
  type OtNote,
} from '@otkit/sdk';

const goal = (id: string, order = 1): OtGoal => ({
  id,
  description: `goal ${id}`,
  order,
  lifecycle: 'active',
  createdAt: 1,
});

/** What a store's state with the same records holds: the reference `stateOfRecords` must read like. */
const storeState = (goals: readonly OtGoal[], notes: readonly OtNote[] = []) =>
  applyOps(emptyState(), [
    ...goals.map((value) => ({ type: 'put' as const, collection: 'goals' as const, id: value.id, value })),
    ...notes.map((value) => ({ type: 'put' as const, collection: 'notes' as const, id: value.id, value })),
  ]);

describe('stateOfRecords', () => {
  it('has every collection, the ones not given empty', () => {
    const state = stateOfRecords({ goals: [goal('a')] });
    expect(Object.keys(state)).to.deep.equal(OT_COLLECTION_NAMES);
    expect(countRecords(state, 'goals')).to.equal(1);
    for (const name of OT_COLLECTION_NAMES.filter((name) => name !== 'goals'))
      expect(countRecords(state, name)).to.equal(0);
  });

  it('reads like a store state with the same records: lists sorted by id, lookups, counts, revisions', () => {
    // Ids a plain object would get wrong, and repeats (the later record wins, as in a store).
    const ids = fc.constantFrom('a', 'b', 'c', 'z', '__proto__', 'constructor', 'toString', '10', '9');
    fc.assert(
      fc.property(fc.array(fc.tuple(ids, fc.integer({ min: 0, max: 9 })), { maxLength: 12 }), ids, (pairs, probe) => {
        const goals = pairs.map(([id, order]) => goal(id, order));
        const state = stateOfRecords({ goals });
        const reference = storeState(goals);
        expect(listRecords(state, 'goals')).to.deep.equal(listRecords(reference, 'goals'));
        expect(countRecords(state, 'goals')).to.equal(countRecords(reference, 'goals'));
        expect(getRecord(state, 'goals', probe)).to.deep.equal(getRecord(reference, 'goals', probe));
        expect(hasRecord(state, 'goals', probe)).to.equal(hasRecord(reference, 'goals', probe));
        expect(getRevision(state, 'goals', probe)).to.equal(getRevision(reference, 'goals', probe));
        expect([...state.goals.keys()]).to.deep.equal([...reference.goals.keys()]);
        expect(JSON.stringify(state.goals)).to.equal(JSON.stringify(reference.goals));
      }),
    );
  });

  it('gives a view model what a store state gives it', () => {
    const goals = [goal('g2', 2), goal('g1', 1)];
    const notes: OtNote[] = [{ id: 'n1', text: 'asked about recess', goalId: 'g1', status: 'open', createdAt: 5 }];
    const options = {};
    expect(goalStackView(stateOfRecords({ goals, notes }), options, 10)).to.deep.equal(
      goalStackView(storeState(goals, notes), options, 10),
    );
  });

  it('freezes the records it holds, as a store does', () => {
    const record = goal('a');
    stateOfRecords({ goals: [record] });
    expect(Object.isFrozen(record)).to.equal(true);
  });
});
