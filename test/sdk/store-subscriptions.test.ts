import { expect } from '@open-wc/testing';
import { createStore, listRecords, memoryAdapter, type OtAdapter, type OtChange } from '@otkit/sdk';
import { INSERT_ORDER } from '../helpers/sdk-examples.js';
import { catchUncaught, controlledAdapter } from '../helpers/sdk-testing.js';

describe('store', () => {
  describe('a subscriber that throws', () => {
    it('does not stop the command, the other subscribers or the commit', async () => {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      await store.ready;
      const seen: number[] = [];
      store.subscribe(
        (s) => s.goals,
        () => {
          throw new Error('listener failed');
        },
      );
      store.subscribe(
        (s) => s.goals,
        (goals) => seen.push(goals.size),
      );
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

  describe('changes from another store on the same data (adapter.watch)', () => {
    function watchedAdapter() {
      const inner = memoryAdapter();
      let listener: ((change: OtChange) => void) | undefined;
      const adapter: OtAdapter & { emit(change: unknown): void } = {
        kind: 'watched',
        load: () => inner.load(),
        commit: (c) => inner.commit(c),
        changes: () => inner.changes(),
        watch(l) {
          listener = l;
          return () => (listener = undefined);
        },
        emit: (change) => listener?.(change as OtChange),
      };
      return adapter;
    }
    const change = (ops: unknown[]) => ({
      id: '00000000010000000000000000',
      at: 1,
      actor: 'other tab',
      command: 'x',
      ops,
    });

    it('applies valid puts and deletes', async () => {
      const adapter = watchedAdapter();
      const store = createStore({ adapter });
      await store.ready;
      adapter.emit(
        change([
          {
            type: 'put',
            collection: 'goals',
            id: 'g1',
            value: { id: 'g1', description: 'From the other tab', order: 1, createdAt: 1 },
          },
        ]),
      );
      expect(store.goals.get('g1')?.description).to.equal('From the other tab');
      adapter.emit(change([{ type: 'delete', collection: 'goals', id: 'g1' }]));
      expect(store.goals.size).to.equal(0);
    });

    it('skips ops for a collection it does not know (a newer OT Kit in another tab) and messages that are not changes', async () => {
      const adapter = watchedAdapter();
      const store = createStore({ adapter });
      await store.ready;
      const before = store.getState();
      const errors = await catchUncaught(async () => {
        adapter.emit(change([{ type: 'put', collection: 'stickers', id: 's1', value: { id: 's1' } }]));
        adapter.emit(change([{ type: 'delete', collection: 'stickers', id: 's1' }]));
        adapter.emit({ hello: 'not a change' });
        adapter.emit(null);
      });
      expect(errors).to.deep.equal([]);
      expect(store.getState()).to.equal(before);
      expect(Object.keys(store.getState())).to.not.include('stickers');
    });
  });

  describe('subscribe', () => {
    it('fires only when the selected slice changes, with the new and previous values', async () => {
      const store = createStore();
      await store.ready;
      const goals: [number, number][] = [];
      const notes: number[] = [];
      store.subscribe(
        (s) => s.goals,
        (now, before) => goals.push([now.size, before.size]),
      );
      store.subscribe(
        (s) => s.notes,
        (now) => notes.push(now.size),
      );
      const goal = await store.goals.add({ description: 'A', order: 1 });
      await store.goals.update(goal.id, { order: 2 });
      await store.clients.add({ alias: 'Blue Fox' });
      await store.notes.add({ goalId: goal.id, text: 'x' });
      expect(goals).to.deep.equal([
        [1, 0],
        [1, 1],
      ]);
      expect(notes).to.deep.equal([1]);
    });

    it('collections that were not written keep their identity', async () => {
      const store = createStore();
      await store.ready;
      const before = store.getState();
      await store.goals.add({ description: 'A', order: 1 });
      const after = store.getState();
      expect(after).to.not.equal(before);
      expect(after.goals).to.not.equal(before.goals);
      for (const name of INSERT_ORDER.filter((n) => n !== 'goals')) expect(after[name], name).to.equal(before[name]);
    });

    it('equals decides what counts as a change', async () => {
      const store = createStore();
      await store.ready;
      const counts: number[] = [];
      store.subscribe(
        (s) => listRecords(s, 'goals').map((g) => g.description),
        (descriptions) => counts.push(descriptions.length),
        { equals: (a, b) => a.length === b.length && a.every((d, i) => d === b[i]) },
      );
      const goal = await store.goals.add({ description: 'A', order: 1 });
      await store.goals.update(goal.id, { order: 5 });
      await store.goals.update(goal.id, { description: 'B' });
      expect(counts).to.deep.equal([1, 1]);
    });

    it('a new array from the selector fires every time without equals', async () => {
      const store = createStore();
      await store.ready;
      let calls = 0;
      store.subscribe(
        (s) => listRecords(s, 'goals'),
        () => calls++,
      );
      await store.clients.add({ alias: 'A' });
      expect(calls).to.equal(1);
    });

    it('fireImmediately calls at once with the current slice', async () => {
      const store = createStore();
      await store.ready;
      const seen: unknown[] = [];
      store.subscribe(
        (s) => s.goals,
        (now, before) => seen.push([now, before]),
        { fireImmediately: true },
      );
      const goals = store.getState().goals;
      expect(seen).to.have.length(1);
      expect(seen[0]).to.deep.equal([goals, goals]);
      expect((seen[0] as unknown[])[0]).to.equal(goals);
    });

    it('unsubscribe stops the calls, also when it happens during a notification', async () => {
      const store = createStore();
      await store.ready;
      let a = 0;
      let b = 0;
      let stopB = () => {};
      // A is notified first and ends B's subscription: B must not be called for that change or any later one.
      const stopA = store.subscribe(
        (s) => s.goals,
        () => {
          a++;
          stopB();
        },
      );
      stopB = store.subscribe(
        (s) => s.goals,
        () => b++,
      );
      await store.goals.add({ description: 'A', order: 1 });
      await store.goals.add({ description: 'B', order: 2 });
      stopA();
      await store.goals.add({ description: 'C', order: 3 });
      expect(a).to.equal(2);
      expect(b).to.equal(0);
    });
  });
});
