import { expect } from '@open-wc/testing';
import { createStore, validateDocument } from '@otkit/sdk';

const doc = (collections: Record<string, unknown[]>) => ({ format: 'otkit', version: 1, exportedAt: '2026-11-23T09:00:00.000Z', collections });

describe('OT Kit document', () => {
  describe('references to a record that is in the document but invalid', () => {
    it('reports the bad record, not a dangling reference from every note that names it', () => {
      const issues = validateDocument(
        doc({
          goals: [{ id: 'g1', description: '', order: 1, createdAt: 1 }],
          notes: [
            { id: 'n1', goalId: 'g1', text: 'one', createdAt: 1 },
            { id: 'n2', goalId: 'g1', text: 'two', createdAt: 1 },
          ],
        }),
      );
      expect(issues).to.deep.equal([{ path: ['collections', 'goals', 0, 'description'], code: 'too-small', message: 'must not be empty' }]);
    });

    it('still reports a reference to an id that is nowhere in the document', () => {
      const store = createStore();
      const issues = validateDocument(doc({ notes: [{ id: 'n1', goalId: 'g9', text: 'one', createdAt: 1 }] }), store.getState());
      expect(issues).to.deep.equal([
        { path: ['collections', 'notes', 0, 'goalId'], code: 'reference', message: 'names no goal with id "g9"' },
      ]);
    });
  });
});
