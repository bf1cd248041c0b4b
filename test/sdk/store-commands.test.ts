import { expect } from '@open-wc/testing';
import { OtNotFoundError, OtValidationError, createManualClock, createStore, memoryAdapter } from '@otkit/sdk';
import { INSERT_ORDER, T0, examples } from '../helpers/sdk-examples.js';
import { expectUnchanged } from './store-helpers.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const timeOfId = (id: string) => [...id.slice(0, 10)].reduce((t, c) => t * 32 + ALPHABET.indexOf(c), 0);

describe('store', () => {
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
});
