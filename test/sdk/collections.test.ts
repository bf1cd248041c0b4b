import { expect } from '@open-wc/testing';
import { OT_COLLECTIONS, OT_COLLECTION_NAMES, collectionDef, isCollectionName } from '@otkit/sdk';

describe('collections', () => {
  it('lists the fourteen collections of the store', () => {
    expect(OT_COLLECTION_NAMES).to.deep.equal([
      'clients',
      'goals',
      'notes',
      'sessionPlans',
      'sessionRecords',
      'schedules',
      'choiceBoards',
      'selections',
      'homePrograms',
      'practiceLogs',
      'progressEntries',
      'incidents',
      'iepServices',
      'serviceLogs',
    ]);
  });

  it('every reference field exists in its schema and points at a collection', () => {
    for (const name of OT_COLLECTION_NAMES) {
      const def = collectionDef(name);
      const shape = (def.schema as unknown as { shape: Record<string, unknown> }).shape;
      expect(shape, name).to.be.an('object');
      expect(shape).to.have.property('id');
      for (const [field, target] of Object.entries(def.refs)) {
        expect(shape, `${name}.${field}`).to.have.property(field);
        expect(isCollectionName(target), `${name}.${field} -> ${target}`).to.equal(true);
      }
    }
  });

  it('the notes, progress entries, selections and logs refer to what the design says', () => {
    expect(OT_COLLECTIONS.notes.refs).to.deep.equal({
      goalId: 'goals',
      promotedGoalId: 'goals',
      sessionId: 'sessionRecords',
      carriedFromId: 'notes',
    });
    expect(OT_COLLECTIONS.progressEntries.refs).to.include({ goalId: 'goals' });
    expect(OT_COLLECTIONS.selections.refs).to.include({ boardId: 'choiceBoards' });
    expect(OT_COLLECTIONS.practiceLogs.refs).to.deep.equal({ homeProgramId: 'homePrograms' });
    expect(OT_COLLECTIONS.serviceLogs.refs).to.deep.equal({ serviceId: 'iepServices' });
  });

  it('isCollectionName knows own names only', () => {
    expect(isCollectionName('goals')).to.equal(true);
    for (const n of ['goal', 'toString', '__proto__', 'constructor', 5, undefined])
      expect(isCollectionName(n)).to.equal(false);
  });
});
