import { expect } from '@open-wc/testing';
import { applyOps, emptyState } from '@otkit/sdk';

describe('replay helpers', () => {
  describe('applyOps', () => {
    it('returns the same state for no ops', () => {
      const state = emptyState();
      expect(applyOps(state, [])).to.equal(state);
    });
  });
});
