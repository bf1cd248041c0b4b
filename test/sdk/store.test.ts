import { expect } from '@open-wc/testing';
import { OtError, OtValidationError, createStore, memoryAdapter, type OtAdapter, type OtChange } from '@otkit/sdk';
import { catchUncaught, controlledAdapter, deferred } from '../helpers/sdk-testing.js';

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

  describe('close() before the adapter has loaded', () => {
    it('stays closed and does not start watching the adapter', async () => {
      const loaded = deferred();
      let watched = 0;
      const inner = memoryAdapter();
      const adapter: OtAdapter = {
        kind: 'slow',
        load: async () => {
          await loaded.promise;
          return inner.load();
        },
        commit: (c) => inner.commit(c),
        changes: () => inner.changes(),
        watch: () => {
          watched++;
          return () => {};
        },
      };
      const store = createStore({ adapter });
      store.close();
      loaded.resolve();
      await store.ready.catch(() => {});
      expect(store.status).to.equal('closed');
      expect(watched).to.equal(0);
      let error: unknown;
      await store.goals.add({ description: 'Tie shoes', order: 1 }).catch((e) => (error = e));
      expect(error).to.be.instanceOf(OtError);
      expect((error as OtError).code).to.equal('closed');
    });
  });

  describe('inputs that are not objects', () => {
    for (const patch of [null, 'done', 42, ['description']]) {
      it(`update() with the patch ${JSON.stringify(patch)} rejects with a validation error naming the patch`, async () => {
        const store = createStore();
        const goal = await store.goals.add({ description: 'Tie shoes', order: 1 });
        const before = store.getState();
        let error: unknown;
        await store.goals.update(goal.id, patch as never).catch((e) => (error = e));
        expect(error).to.be.instanceOf(OtValidationError);
        expect((error as OtValidationError).issues).to.deep.equal([
          { path: [], code: 'type', message: `must be an object of the fields to change (got ${patch === null ? 'null' : Array.isArray(patch) ? 'an array' : `a ${typeof patch}`})` },
        ]);
        expect(store.getState()).to.equal(before);
      });
    }

    it('update() with a function that returns nothing rejects the same way', async () => {
      const store = createStore();
      const goal = await store.goals.add({ description: 'Tie shoes', order: 1 });
      let error: unknown;
      await store.goals.update(goal.id, (() => undefined) as never).catch((e) => (error = e));
      expect(error).to.be.instanceOf(OtValidationError);
      expect((error as OtValidationError).issues[0]!.message).to.equal('must be an object of the fields to change (got undefined)');
    });

    it('add() with a string rejects with one "must be an object" issue, not one per character', async () => {
      const store = createStore();
      let error: unknown;
      await store.goals.add('Tie shoes' as never).catch((e) => (error = e));
      expect(error).to.be.instanceOf(OtValidationError);
      expect((error as OtValidationError).issues).to.deep.equal([{ path: [], code: 'type', message: 'must be an object (got a string)' }]);
      expect(store.goals.size).to.equal(0);
    });
  });

  describe('a clock that does not give whole milliseconds', () => {
    it('works with a clock that gives fractions (performance.now()-style)', async () => {
      const store = createStore({ clock: { now: () => Date.UTC(2031, 0, 1) + 0.6 } });
      const goal = await store.goals.add({ description: 'Tie shoes', order: 1 });
      expect(goal.createdAt).to.equal(Date.UTC(2031, 0, 1));
    });

    for (const bad of [Number.NaN, -5]) {
      it(`names the clock when it gives ${bad}`, async () => {
        const store = createStore({ clock: { now: () => bad } });
        let error: unknown;
        await store.goals.add({ description: 'Tie shoes', order: 1 }).catch((e) => (error = e));
        expect(error).to.be.instanceOf(OtError);
        expect((error as OtError).code).to.equal('clock');
        expect((error as OtError).message).to.contain(`clock gave ${bad}`);
        expect(store.goals.size).to.equal(0);
      });
    }
  });

  describe('an async transaction function', () => {
    it('is refused with a readable error, writes nothing, and leaves no unhandled rejection', async () => {
      const store = createStore();
      await store.ready;
      const unhandled: unknown[] = [];
      const onUnhandled = (event: PromiseRejectionEvent) => {
        unhandled.push(event.reason);
        event.preventDefault();
      };
      globalThis.addEventListener('unhandledrejection', onUnhandled);
      let error: unknown;
      try {
        await store
          .transaction(async (tx) => {
            tx.goals.add({ description: 'Tie shoes', order: 1 });
            await Promise.resolve();
            throw new Error('failed after an await');
          })
          .catch((e) => (error = e));
        await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        globalThis.removeEventListener('unhandledrejection', onUnhandled);
      }
      expect(error).to.be.instanceOf(OtError);
      expect((error as OtError).code).to.equal('async-transaction');
      expect((error as OtError).message).to.match(/must be synchronous/);
      expect(store.goals.size).to.equal(0);
      expect(await store.changes()).to.deep.equal([]);
      expect(unhandled).to.deep.equal([]);
    });
  });

  describe('list() order', () => {
    const goal = (id: string) => ({ id, description: `goal ${id}`, order: 1, createdAt: 1 });

    it('lists records by id, also ids that look like numbers, in the store and in a transaction', async () => {
      const store = createStore();
      for (const id of ['b', '10', '2', 'a']) await store.goals.put(goal(id));
      expect(store.goals.list().map((g) => g.id)).to.deep.equal(['10', '2', 'a', 'b']);
      await store.transaction((tx) => {
        expect(tx.goals.list().map((g) => g.id)).to.deep.equal(['10', '2', 'a', 'b']);
      });
    });

    it('gives the same order as a store loaded from the same data', async () => {
      const adapter = memoryAdapter();
      const first = createStore({ adapter });
      for (const id of ['b', '10', '2', 'a']) await first.goals.put(goal(id));
      const second = createStore({ adapter: memoryAdapter({ seed: { goals: [goal('2'), goal('a'), goal('10'), goal('b')] } }) });
      await second.ready;
      expect(second.goals.list().map((g) => g.id)).to.deep.equal(first.goals.list().map((g) => g.id));
    });

    it('is creation order for ids the store makes', async () => {
      const store = createStore();
      const made: string[] = [];
      for (let i = 0; i < 20; i++) made.push((await store.notes.add({ goalId: null, text: `note ${i}` })).id);
      expect(store.notes.list().map((n) => n.id)).to.deep.equal(made);
    });
  });

  describe('close() while a write is being saved', () => {
    it('lets the write finish before it closes the adapter', async () => {
      const adapter = controlledAdapter();
      const events: string[] = [];
      adapter.close = () => events.push('adapter closed');
      const hold = deferred();
      adapter.hold = hold.promise;
      const store = createStore({ adapter });
      await store.ready;
      const commit = adapter.commit.bind(adapter);
      adapter.commit = async (change) => {
        await commit(change);
        events.push('write saved');
      };
      const write = store.goals.add({ description: 'Tie shoes', order: 1 });
      while (adapter.attempts.length === 0) await new Promise((r) => setTimeout(r, 0));
      store.close();
      hold.resolve();
      await write;
      await new Promise((r) => setTimeout(r, 0));
      expect(events).to.deep.equal(['write saved', 'adapter closed']);
      expect((await adapter.load()).records.goals).to.have.length(1);
    });
  });

  describe('inside a transaction', () => {
    it('sees its own writes through get, list, size of state and state snapshots', async () => {
      const store = createStore();
      await store.ready;
      const outside = store.getState();
      await store.transaction((tx) => {
        const before = tx.state;
        expect(before).to.equal(outside);
        const a = tx.goals.add({ description: 'A', order: 1 });
        const afterAdd = tx.state;
        expect(tx.goals.get(a.id)).to.equal(a);
        expect(tx.state).to.equal(afterAdd);
        const b = tx.goals.add({ description: 'B', order: 2 });
        expect(tx.goals.list().map((g) => g.description)).to.deep.equal(['A', 'B']);
        expect(Object.keys(afterAdd.goals)).to.deep.equal([a.id]);
        expect(Object.keys(tx.state.goals)).to.deep.equal([a.id, b.id]);
        tx.goals.remove(a.id);
        expect(tx.goals.get(a.id)).to.equal(undefined);
        expect(tx.goals.list().map((g) => g.description)).to.deep.equal(['B']);
        tx.goals.put({ ...a, description: 'A again' });
        expect(tx.goals.get(a.id)?.description).to.equal('A again');
        // Nothing is visible outside until the transaction ends.
        expect(store.goals.size).to.equal(0);
      });
      expect(store.goals.list().map((g) => g.description)).to.deep.equal(['A again', 'B']);
      expect(outside.goals).to.deep.equal({});
    });

    it('checks a removal against every record that still refers to it, and lists each', async () => {
      const store = createStore();
      const goal = await store.goals.add({ description: 'Tie shoes', order: 1 });
      const n1 = await store.notes.add({ goalId: goal.id, text: 'one' });
      const n2 = await store.notes.add({ goalId: goal.id, text: 'two' });
      const p = await store.progressEntries.add({ goalId: goal.id, status: 'met' });
      let error: unknown;
      await store.goals.remove(goal.id).catch((e) => (error = e));
      expect(error).to.be.instanceOf(OtValidationError);
      const v = error as OtValidationError;
      expect(v.subject).to.equal(`removal of goal "${goal.id}"`);
      expect(v.issues).to.deep.equal([
        { path: ['notes', n1.id, 'goalId'], code: 'reference', message: 'still refers to this goal' },
        { path: ['notes', n2.id, 'goalId'], code: 'reference', message: 'still refers to this goal' },
        { path: ['progressEntries', p.id, 'goalId'], code: 'reference', message: 'still refers to this goal' },
      ]);
      expect(store.goals.size).to.equal(1);
    });
  });

  describe('loading nothing', () => {
    it('keeps the state object, so a whole-state subscriber does not fire', async () => {
      const store = createStore();
      const initial = store.getState();
      let calls = 0;
      store.subscribe((s) => s, () => calls++);
      await store.ready;
      expect(store.getState()).to.equal(initial);
      expect(calls).to.equal(0);
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
    const change = (ops: unknown[]) => ({ id: '00000000010000000000000000', at: 1, actor: 'other tab', command: 'x', ops });

    it('applies valid puts and deletes', async () => {
      const adapter = watchedAdapter();
      const store = createStore({ adapter });
      await store.ready;
      adapter.emit(change([{ type: 'put', collection: 'goals', id: 'g1', value: { id: 'g1', description: 'From the other tab', order: 1, createdAt: 1 } }]));
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
});
