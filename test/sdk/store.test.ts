import { expect } from '@open-wc/testing';
import {
  OtError,
  OtNotFoundError,
  OtPersistenceError,
  OtValidationError,
  createManualClock,
  createStore,
  hasRecord,
  listRecords,
  memoryAdapter,
  replay,
  type OtAdapter,
  type OtChange,
  type OtStore,
} from '@otkit/sdk';
import fc from 'fast-check';
import { INSERT_ORDER, T0, examples } from '../helpers/sdk-examples.js';
import { catchUncaught, controlledAdapter, deferred } from '../helpers/sdk-testing.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const timeOfId = (id: string) => [...id.slice(0, 10)].reduce((t, c) => t * 32 + ALPHABET.indexOf(c), 0);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/** Runs `act` and checks that the store's state, change log and subscribers saw nothing. */
async function expectUnchanged(store: OtStore, act: () => Promise<unknown>): Promise<unknown> {
  await store.ready;
  const state = store.getState();
  const log = await store.changes();
  let calls = 0;
  const stop = store.subscribe(
    (s) => s,
    () => calls++,
  );
  const error = await rejection(act());
  stop();
  expect(store.getState(), 'state').to.equal(state);
  expect(await store.changes(), 'change log').to.deep.equal(log);
  expect(calls, 'subscriber calls').to.equal(0);
  return error;
}

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
          {
            path: [],
            code: 'type',
            message: `must be an object of the fields to change (got ${patch === null ? 'null' : Array.isArray(patch) ? 'an array' : `a ${typeof patch}`})`,
          },
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
      expect((error as OtValidationError).issues[0]!.message).to.equal(
        'must be an object of the fields to change (got undefined)',
      );
    });

    it('add() with a string rejects with one "must be an object" issue, not one per character', async () => {
      const store = createStore();
      let error: unknown;
      await store.goals.add('Tie shoes' as never).catch((e) => (error = e));
      expect(error).to.be.instanceOf(OtValidationError);
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: [], code: 'type', message: 'must be an object (got a string)' },
      ]);
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
      const second = createStore({
        adapter: memoryAdapter({ seed: { goals: [goal('2'), goal('a'), goal('10'), goal('b')] } }),
      });
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
        expect(afterAdd.goals.keys()).to.deep.equal([a.id]);
        expect(tx.state.goals.keys()).to.deep.equal([a.id, b.id]);
        tx.goals.remove(a.id);
        expect(tx.goals.get(a.id)).to.equal(undefined);
        expect(tx.goals.list().map((g) => g.description)).to.deep.equal(['B']);
        tx.goals.put({ ...a, description: 'A again' });
        expect(tx.goals.get(a.id)?.description).to.equal('A again');
        // Nothing is visible outside until the transaction ends.
        expect(store.goals.size).to.equal(0);
      });
      expect(store.goals.list().map((g) => g.description)).to.deep.equal(['A again', 'B']);
      expect(outside.goals.size).to.equal(0);
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
      store.subscribe(
        (s) => s,
        () => calls++,
      );
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

  describe('commands', () => {
    it('add fills id, createdAt (and at), validates, stores a frozen clean copy and resolves with it', async () => {
      const clock = createManualClock(Date.UTC(2045, 2, 3));
      const store = createStore({ clock });
      const goal = await store.goals.add({ description: '  Tie shoes  ', order: 1 });
      expect(goal).to.deep.equal({
        id: goal.id,
        description: 'Tie shoes',
        order: 1,
        lifecycle: 'active',
        createdAt: Date.UTC(2045, 2, 3),
      });
      expect(timeOfId(goal.id)).to.equal(Date.UTC(2045, 2, 3));
      expect(store.goals.get(goal.id)).to.equal(goal);
      expect(store.goals.size).to.equal(1);
      const selection = await store.selections.add({
        boardId: (await store.choiceBoards.add({ name: 'B', choices: [{ id: 'c', label: 'C' }] })).id,
        choiceId: 'c',
        method: 'pointer',
      });
      expect(selection.at).to.equal(Date.UTC(2045, 2, 3));
      expect(selection).to.not.have.property('createdAt');
    });

    it('add keeps a given id and createdAt, and refuses an id already used', async () => {
      const store = createStore();
      const goal = await store.goals.add({ id: 'g1', description: 'A', order: 1, createdAt: 5 });
      expect([goal.id, goal.createdAt]).to.deep.equal(['g1', 5]);
      const error = await expectUnchanged(store, () => store.goals.add({ id: 'g1', description: 'B', order: 2 }));
      expect(error).to.be.instanceOf(OtValidationError);
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['id'], code: 'duplicate', message: 'is already used by another goal ("g1")' },
      ]);
    });

    it('put stores a whole record, replacing one with the same id', async () => {
      const store = createStore();
      await store.goals.put({ id: 'g1', description: 'A', order: 1, createdAt: 5 });
      const replaced = await store.goals.put({ id: 'g1', description: 'B', order: 2, createdAt: 5 });
      expect(store.goals.get('g1')).to.equal(replaced);
      expect(replaced.description).to.equal('B');
      expect(store.goals.size).to.equal(1);
      const error = await expectUnchanged(store, () =>
        store.goals.put({ description: 'no id', order: 1, createdAt: 1 } as never),
      );
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['id'], code: 'required', message: 'is required' },
      ]);
    });

    it('update merges a patch, sets updatedAt, removes fields set to undefined, and takes a function', async () => {
      const clock = createManualClock(T0);
      const store = createStore({ clock });
      const goal = await store.goals.add({
        description: 'A',
        order: 1,
        clientId: undefined,
        image: { symbol: 'shoe' },
      });
      clock.advance(1000);
      const updated = await store.goals.update(goal.id, { order: 3, image: undefined });
      expect(updated).to.deep.equal({
        id: goal.id,
        description: 'A',
        order: 3,
        lifecycle: 'active',
        createdAt: T0,
        updatedAt: T0 + 1000,
      });
      clock.advance(1000);
      const again = await store.goals.update(goal.id, (current) => ({ order: current.order + 1 }));
      expect([again.order, again.updatedAt]).to.deep.equal([4, T0 + 2000]);
      const explicit = await store.goals.update(goal.id, { updatedAt: 7 });
      expect(explicit.updatedAt).to.equal(7);
    });

    it('update validates the merged record, refuses an id change and a missing record', async () => {
      const store = createStore();
      const goal = await store.goals.add({ description: 'A', order: 1 });
      let error = await expectUnchanged(store, () => store.goals.update(goal.id, { description: '' }));
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['description'], code: 'too-small', message: 'must not be empty' },
      ]);
      error = await expectUnchanged(store, () => store.goals.update(goal.id, { id: 'other' } as never));
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['id'], code: 'invalid', message: 'cannot be changed' },
      ]);
      error = await expectUnchanged(store, () => store.goals.update('missing', { order: 1 }));
      expect(error).to.be.instanceOf(OtNotFoundError);
      expect((error as OtNotFoundError).message).to.equal('No record "missing" in goals');
      const same = await store.goals.update(goal.id, { id: goal.id, order: 2 } as never);
      expect(same.order).to.equal(2);
    });

    it('remove deletes a record; a missing one rejects with OtNotFoundError', async () => {
      const store = createStore();
      const goal = await store.goals.add({ description: 'A', order: 1 });
      await store.goals.remove(goal.id);
      expect(store.goals.get(goal.id)).to.equal(undefined);
      expect(store.goals.size).to.equal(0);
      const error = await expectUnchanged(store, () => store.goals.remove(goal.id));
      expect(error).to.be.instanceOf(OtNotFoundError);
      expect([(error as OtNotFoundError).collection, (error as OtNotFoundError).id]).to.deep.equal(['goals', goal.id]);
    });

    it('records are deep-frozen', async () => {
      const store = createStore();
      const ex = examples();
      const schedule = await store.schedules.put({ ...ex.schedules, clientId: undefined });
      expect(Object.isFrozen(schedule)).to.equal(true);
      expect(Object.isFrozen(schedule.steps)).to.equal(true);
      expect(Object.isFrozen(schedule.steps[1]!.choices![0]!.image)).to.equal(true);
      expect(() => ((schedule as { title: string }).title = 'x')).to.throw(TypeError);
      expect(() => (schedule.steps as unknown[]).push({})).to.throw(TypeError);
      expect(store.schedules.get(schedule.id)!.title).to.equal('Morning');
    });

    it('a record given to add or put is copied, so changing it later changes nothing stored', async () => {
      const store = createStore();
      const input = { id: 'g1', description: 'A', order: 1, createdAt: 1, image: { symbol: 'shoe' } };
      await store.goals.put(input);
      input.description = 'changed';
      input.image.symbol = 'changed';
      expect(store.goals.get('g1')).to.deep.include({ description: 'A' });
      expect(store.goals.get('g1')!.image).to.deep.equal({ symbol: 'shoe' });
      expect(Object.isFrozen(input)).to.equal(false);
    });
  });

  describe('references', () => {
    it('a note pointing at a missing goal is refused, naming the field and the id', async () => {
      const store = createStore();
      const error = await expectUnchanged(store, () => store.notes.add({ goalId: 'g404', text: 'Asked about recess' }));
      expect(error).to.be.instanceOf(OtValidationError);
      expect((error as OtValidationError).subject).to.equal('parking-lot note');
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['goalId'], code: 'reference', message: 'names no goal with id "g404"' },
      ]);
    });

    it('every reference of a record is checked, also on update', async () => {
      const store = createStore();
      const error = await expectUnchanged(store, () =>
        store.progressEntries.add({ goalId: 'g404', sessionId: 's404', status: 'met' }),
      );
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['goalId'], code: 'reference', message: 'names no goal with id "g404"' },
        { path: ['sessionId'], code: 'reference', message: 'names no session record with id "s404"' },
      ]);
      const goal = await store.goals.add({ description: 'A', order: 1 });
      const note = await store.notes.add({ goalId: goal.id, text: 'x' });
      const again = await expectUnchanged(store, () => store.notes.update(note.id, { promotedGoalId: 'g404' }));
      expect((again as OtValidationError).issues[0]!.path).to.deep.equal(['promotedGoalId']);
    });

    it('a note with goalId null needs no goal', async () => {
      const store = createStore();
      const note = await store.notes.add({ goalId: null, text: 'No goal was current' });
      expect(note.goalId).to.equal(null);
    });

    it('removing a goal that notes still refer to is refused; a transaction removing both succeeds', async () => {
      const store = createStore();
      const goal = await store.goals.add({ description: 'A', order: 1 });
      const note = await store.notes.add({ goalId: goal.id, text: 'x' });
      const error = await expectUnchanged(store, () => store.goals.remove(goal.id));
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['notes', note.id, 'goalId'], code: 'reference', message: 'still refers to this goal' },
      ]);
      await store.transaction((tx) => {
        tx.goals.remove(goal.id);
        tx.notes.remove(note.id);
      });
      expect([store.goals.size, store.notes.size]).to.deep.equal([0, 0]);
    });

    it('a transaction may add a goal and a note that names it, in either order', async () => {
      const store = createStore();
      await store.transaction((tx) => {
        tx.notes.put({ id: 'n1', goalId: 'g1', text: 'x', createdAt: 1 });
        tx.goals.put({ id: 'g1', description: 'A', order: 1, createdAt: 1 });
      });
      expect(store.notes.get('n1')?.goalId).to.equal('g1');
    });

    it('a full consistent set of every entity can be stored', async () => {
      const store = createStore();
      const ex = examples();
      for (const name of INSERT_ORDER) await (store[name] as { put(r: unknown): Promise<unknown> }).put(ex[name]);
      for (const name of INSERT_ORDER) expect(store[name].size, name).to.equal(1);
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

  describe('transactions', () => {
    it('a throw midway changes nothing and rejects with that error', async () => {
      const store = createStore();
      const boom = new Error('midway');
      const error = await expectUnchanged(store, () =>
        store.transaction((tx) => {
          tx.goals.add({ description: 'A', order: 1 });
          throw boom;
        }),
      );
      expect(error).to.equal(boom);
    });

    it('an invalid write midway changes nothing, not even the valid writes before it', async () => {
      const store = createStore();
      const error = await expectUnchanged(store, () =>
        store.transaction((tx) => {
          tx.clients.add({ alias: 'A' });
          tx.goals.add({ description: 'A', order: 1 });
          tx.goals.add({ description: '', order: 2 });
          tx.clients.add({ alias: 'never reached' });
        }),
      );
      expect((error as OtValidationError).issues).to.deep.equal([
        { path: ['description'], code: 'too-small', message: 'must not be empty' },
      ]);
    });

    it('returns what the function returns, as one change with the given command and actor', async () => {
      const store = createStore({ actor: 'therapist' });
      const result = await store.transaction(
        (tx) => {
          const goal = tx.goals.add({ description: 'A', order: 1 });
          tx.notes.add({ goalId: goal.id, text: 'x' });
          return goal.id;
        },
        { command: 'notes.capture', actor: 'assistant' },
      );
      const log = await store.changes();
      expect(log).to.have.length(1);
      expect(log[0]!.command).to.equal('notes.capture');
      expect(log[0]!.actor).to.equal('assistant');
      expect(log[0]!.ops.map((op) => [op.type, op.collection])).to.deep.equal([
        ['put', 'goals'],
        ['put', 'notes'],
      ]);
      expect(store.goals.get(result)).to.not.equal(undefined);
    });

    it('a transaction that writes nothing adds nothing to the change log', async () => {
      const store = createStore();
      expect(await store.transaction((tx) => tx.goals.list().length)).to.equal(0);
      expect(await store.changes()).to.deep.equal([]);
    });
  });

  describe('change log', () => {
    it('records id (in order), time, actor, command and ops of every command; replay gives the state', async () => {
      const clock = createManualClock(Date.UTC(2046, 0, 1));
      const store = createStore({ clock, actor: 'therapist' });
      const goal = await store.goals.add({ description: 'A', order: 1 });
      clock.advance(10);
      await store.goals.put({ ...goal, order: 2 });
      clock.advance(10);
      await store.goals.update(goal.id, { order: 3 }, { actor: 'assistant' });
      clock.advance(10);
      const note = await store.notes.add({ goalId: goal.id, text: 'x' }, { command: 'notes.capture' });
      clock.advance(10);
      await store.notes.remove(note.id);
      const log = await store.changes();
      expect(log.map((c) => c.command)).to.deep.equal([
        'goals.add',
        'goals.put',
        'goals.update',
        'notes.capture',
        'notes.remove',
      ]);
      expect(log.map((c) => c.actor)).to.deep.equal(['therapist', 'therapist', 'assistant', 'therapist', 'therapist']);
      expect(log.map((c) => c.at - Date.UTC(2046, 0, 1))).to.deep.equal([0, 10, 20, 30, 40]);
      expect([...log.map((c) => c.id)].sort()).to.deep.equal(log.map((c) => c.id));
      expect(new Set(log.map((c) => c.id)).size).to.equal(5);
      expect(log[4]!.ops).to.deep.equal([{ type: 'delete', collection: 'notes', id: note.id, rev: 1 }]);
      expect(log[2]!.ops).to.deep.equal([
        { type: 'put', collection: 'goals', id: goal.id, value: store.goals.get(goal.id), rev: 3 },
      ]);
      expect(replay(log)).to.deep.equal(store.getState());
      expect(Object.isFrozen(log[0])).to.equal(true);
    });

    it('the default actor is "local"', async () => {
      const store = createStore();
      await store.clients.add({ alias: 'A' });
      expect((await store.changes())[0]!.actor).to.equal('local');
    });

    it('replaying the log of a long random run gives the state', async () => {
      const store = createStore();
      const ids: string[] = [];
      for (let i = 0; i < 60; i++) {
        const pick = ids.length ? ids[(i * 7) % ids.length]! : undefined;
        if (i % 5 === 4 && pick) {
          await store.goals.remove(pick);
          ids.splice(ids.indexOf(pick), 1);
        } else if (i % 3 === 2 && pick) await store.goals.update(pick, { order: i });
        else ids.push((await store.goals.add({ description: `goal ${i}`, order: i })).id);
      }
      expect(replay(await store.changes())).to.deep.equal(store.getState());
    });
  });

  describe('when the adapter fails to commit', () => {
    it('rolls the change back and rejects with OtPersistenceError; subscribers see it come and go', async () => {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      await store.ready;
      const kept = await store.goals.add({ description: 'kept', order: 1 });
      const before = store.getState();
      const sizes: number[] = [];
      store.subscribe(
        (s) => s.goals,
        (g) => sizes.push(g.size),
      );
      adapter.failWith = new Error('disk full');
      const error = await rejection(store.goals.add({ description: 'lost', order: 2 }));
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.equal('Could not save "goals.add" to controlled: disk full');
      expect((error as OtPersistenceError).cause).to.be.instanceOf(Error);
      expect(store.getState().goals).to.deep.equal(before.goals);
      expect(store.goals.list()).to.deep.equal([kept]);
      expect(sizes).to.deep.equal([2, 1]);
      adapter.failWith = undefined;
      await store.goals.add({ description: 'later', order: 3 });
      expect(store.goals.size).to.equal(2);
      expect(replay(await store.changes())).to.deep.equal(store.getState());
    });

    it('passes an OtPersistenceError from the adapter through as it is', async () => {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      const own = new OtPersistenceError('Quota exceeded');
      adapter.failWith = own;
      expect(await rejection(store.clients.add({ alias: 'A' }))).to.equal(own);
    });

    it('undoes an update and a remove to the previous records', async () => {
      const adapter = controlledAdapter();
      const store = createStore({ adapter });
      const goal = await store.goals.add({ description: 'A', order: 1 });
      adapter.failWith = new Error('offline');
      await rejection(store.goals.update(goal.id, { order: 9 }));
      expect(store.goals.get(goal.id)).to.equal(goal);
      await rejection(store.goals.remove(goal.id));
      expect(store.goals.get(goal.id)).to.equal(goal);
    });

    /** An adapter whose commit number `failAt` (from 0) waits for `hold` and then fails; the others go through. */
    function oneCommitFails(hold: Promise<void>, failAt = 0) {
      const adapter = controlledAdapter();
      const sent: string[] = [];
      const commit = adapter.commit.bind(adapter);
      adapter.commit = async (change) => {
        sent.push(change.command);
        if (sent.length - 1 === failAt) {
          await hold;
          throw new Error('disk full');
        }
        return commit(change);
      };
      return { adapter, sent };
    }

    it('also undoes the changes made on top of the failed one, so no note points at a goal that was never saved', async () => {
      const hold = deferred();
      const { adapter, sent } = oneCommitFails(hold.promise);
      const store = createStore({ adapter });
      await store.ready;
      const goalWrite = store.goals.add({ id: 'g1', description: 'A', order: 1 });
      const goalError = rejection(goalWrite);
      while (!store.goals.get('g1')) await new Promise((r) => setTimeout(r, 0));
      // Made while the goal's commit is still pending, and valid only because the goal is there.
      const noteError = rejection(store.notes.add({ goalId: 'g1', text: 'x' }));
      const updateError = rejection(store.goals.update('g1', (g) => ({ order: g.order + 1 })));
      while (store.goals.get('g1')?.order !== 2) await new Promise((r) => setTimeout(r, 0));
      hold.resolve();
      const [g, n, u] = await Promise.all([goalError, noteError, updateError]);
      expect(g).to.be.instanceOf(OtPersistenceError);
      expect((g as Error).message).to.equal('Could not save "goals.add" to controlled: disk full');
      for (const e of [n, u]) {
        expect(e).to.be.instanceOf(OtPersistenceError);
        expect((e as Error).message).to.match(
          /was undone: it was made on top of "goals\.add", which could not be saved \(disk full\)$/,
        );
      }
      expect(store.goals.size).to.equal(0);
      expect(store.notes.size).to.equal(0);
      const saved = await adapter.load();
      expect(saved.records.notes).to.deep.equal([]);
      expect(saved.records.goals).to.deep.equal([]);
      // Only the failed change reached the adapter; the two built on it were never sent.
      expect(sent).to.deep.equal(['goals.add']);
      // The store goes on working.
      await store.goals.add({ id: 'g2', description: 'B', order: 1 });
      expect(replay(await store.changes())).to.deep.equal(store.getState());
    });

    it('keeps the changes saved before the failed one', async () => {
      const hold = deferred();
      const { adapter } = oneCommitFails(hold.promise, 1);
      const store = createStore({ adapter });
      const kept = await store.goals.add({ id: 'g0', description: 'saved first', order: 0 });
      const failing = rejection(store.goals.update('g0', { order: 5 }));
      while (store.goals.get('g0')?.order !== 5) await new Promise((r) => setTimeout(r, 0));
      const later = rejection(store.clients.add({ alias: 'on top' }));
      hold.resolve();
      expect(await failing).to.be.instanceOf(OtPersistenceError);
      expect(await later).to.be.instanceOf(OtPersistenceError);
      expect(store.goals.list()).to.deep.equal([kept]);
      expect(store.clients.size).to.equal(0);
      expect((await adapter.load()).records.goals).to.deep.equal([kept]);
    });
  });

  describe('before the adapter has loaded', () => {
    it('commands wait for ready, then apply on top of the loaded data', async () => {
      const load = deferred();
      const inner = memoryAdapter({ seed: { goals: [{ id: 'g1', description: 'Seeded', order: 1, createdAt: 1 }] } });
      const adapter: OtAdapter = {
        kind: 'slow',
        load: async () => {
          await load.promise;
          return inner.load();
        },
        commit: (c) => inner.commit(c),
        changes: () => inner.changes(),
      };
      const store = createStore({ adapter });
      expect(store.status).to.equal('loading');
      let done = false;
      const note = store.notes.add({ goalId: 'g1', text: 'written before ready' }).then((n) => {
        done = true;
        return n;
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(done).to.equal(false);
      expect(store.notes.size).to.equal(0);
      load.resolve();
      const written = await note;
      expect(store.status).to.equal('ready');
      expect(store.goals.get('g1')?.description).to.equal('Seeded');
      expect(store.notes.get(written.id)?.text).to.equal('written before ready');
    });

    it('a load that fails sets status "error" and rejects ready and every command with OtPersistenceError', async () => {
      const adapter: OtAdapter = {
        kind: 'broken',
        load: () => Promise.reject(new Error('no storage')),
        commit: () => Promise.resolve(),
        changes: () => Promise.resolve([]),
      };
      const store = createStore({ adapter });
      const error = await rejection(store.ready);
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.equal('Could not open broken: no storage');
      expect(store.status).to.equal('error');
      expect(store.error).to.equal(error);
      expect(await rejection(store.goals.add({ description: 'A', order: 1 }))).to.equal(error);
    });

    it('invalid stored records go to loadIssues with their collection and index, not into the state', async () => {
      const store = createStore({
        adapter: memoryAdapter({
          seed: {
            goals: [
              { id: 'g1', description: 'ok', order: 1, createdAt: 1 },
              { id: 'g2', description: '', order: 'x', createdAt: 1 },
            ],
            schedules: [
              {
                id: 's1',
                title: 'S',
                steps: [{ id: 'a', label: 'A', image: { src: 'javascript:alert(1)' } }],
                createdAt: 1,
              },
            ],
          },
        }),
      });
      await store.ready;
      expect(store.status).to.equal('ready');
      expect(store.goals.list().map((g) => g.id)).to.deep.equal(['g1']);
      expect(store.schedules.size).to.equal(0);
      expect(store.loadIssues).to.deep.equal([
        { path: ['goals', 1, 'description'], code: 'too-small', message: 'must not be empty' },
        { path: ['goals', 1, 'order'], code: 'type', message: 'must be a finite number (got a string)' },
        {
          path: ['schedules', 0, 'steps', 0, 'image', 'src'],
          code: 'url',
          message: 'the javascript: scheme is not allowed for images; use https:, blob: or a raster data: URL',
        },
      ]);
    });
  });

  describe('close()', () => {
    it('sets status "closed" and refuses later commands with code "closed"', async () => {
      const store = createStore();
      await store.ready;
      let calls = 0;
      store.subscribe(
        (s) => s,
        () => calls++,
      );
      store.close();
      expect(store.status).to.equal('closed');
      const error = await rejection(store.clients.add({ alias: 'A' }));
      expect((error as OtError).code).to.equal('closed');
      expect(calls).to.equal(0);
      store.close();
    });
  });

  describe('invariants under random commands and failing commits (fast-check)', () => {
    type Cmd =
      | { kind: 'putGoal'; goal: number; fail: boolean }
      | { kind: 'removeGoal'; goal: number; fail: boolean }
      | { kind: 'putNote'; note: number; goal: number | null; fail: boolean }
      | { kind: 'removeNote'; note: number; fail: boolean };
    const idx = fc.integer({ min: 0, max: 3 });
    const fail = fc.boolean().map((b) => b && Math.random() < 0.5);
    const cmd: fc.Arbitrary<Cmd> = fc.oneof(
      fc.record({ kind: fc.constant('putGoal' as const), goal: idx, fail }),
      fc.record({ kind: fc.constant('removeGoal' as const), goal: idx, fail }),
      fc.record({ kind: fc.constant('putNote' as const), note: idx, goal: fc.option(idx, { nil: null }), fail }),
      fc.record({ kind: fc.constant('removeNote' as const), note: idx, fail }),
    );

    it('no note ever names a missing goal, and what the adapter keeps is what the store shows', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(cmd, { maxLength: 25 }), fc.boolean(), async (cmds, concurrent) => {
          const inner = memoryAdapter();
          const adapter: OtAdapter = {
            kind: 'random',
            load: () => inner.load(),
            changes: () => inner.changes(),
            async commit(change) {
              if (change.command.endsWith('!')) throw new Error('fails on purpose');
              await inner.commit(change);
            },
          };
          const store = createStore({ adapter });
          await store.ready;
          const run = (c: Cmd): Promise<unknown> => {
            const o = { command: `${c.kind}${c.fail ? '!' : ''}` };
            switch (c.kind) {
              case 'putGoal':
                return store.goals.put({ id: `g${c.goal}`, description: 'g', order: c.goal, createdAt: 1 }, o);
              case 'removeGoal':
                return store.goals.remove(`g${c.goal}`, o);
              case 'putNote':
                return store.notes.put(
                  { id: `n${c.note}`, goalId: c.goal === null ? null : `g${c.goal}`, text: 'n', createdAt: 1 },
                  o,
                );
              case 'removeNote':
                return store.notes.remove(`n${c.note}`, o);
            }
          };
          if (concurrent) await Promise.allSettled(cmds.map(run));
          else for (const c of cmds) await run(c).catch(() => {});
          const state = store.getState();
          for (const note of listRecords(state, 'notes'))
            if (note.goalId !== null) expect(hasRecord(state, 'goals', note.goalId)).to.equal(true);
          expect(replay(await store.changes())).to.deep.equal(state);
          const kept = await inner.load();
          expect(kept.records.goals).to.have.deep.members(listRecords(state, 'goals'));
          expect(kept.records.notes).to.have.deep.members(listRecords(state, 'notes'));
        }),
        { numRuns: 150 },
      );
    });
  });
});
