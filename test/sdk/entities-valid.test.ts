import { expect } from '@open-wc/testing';
import { OT_COLLECTIONS, OT_COLLECTION_NAMES, collectionDef, safeParse } from '@otkit/sdk';
import { examples } from '../helpers/sdk-examples.js';
import { CASES } from './entity-bad-cases.js';

describe('entities', () => {
  describe('valid examples', () => {
    for (const name of OT_COLLECTION_NAMES) {
      it(`a ${collectionDef(name).entity} parses to exactly the example`, () => {
        const ex = examples()[name];
        const r = safeParse(collectionDef(name).schema, ex);
        expect(r.success, JSON.stringify(!r.success && r.issues)).to.equal(true);
        if (r.success) expect(r.data).to.deep.equal(ex);
      });
    }

    it('every collection has an example and at least two bad cases', () => {
      for (const name of OT_COLLECTION_NAMES) {
        expect(examples()).to.have.property(name);
        expect(CASES.filter((c) => c.collection === name).length, name).to.be.at.least(name === 'selections' ? 1 : 2);
      }
      expect(Object.keys(OT_COLLECTIONS)).to.deep.equal(OT_COLLECTION_NAMES);
    });
  });
});
