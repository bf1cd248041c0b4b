import { expect } from '@open-wc/testing';
import { createStore, memoryAdapter } from '@otkit/sdk';
import { catchUncaught, controlledAdapter } from '../helpers/sdk-testing.js';

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
});
