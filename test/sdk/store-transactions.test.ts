import { expect } from '@open-wc/testing';
import { OtError, OtValidationError, createManualClock, createStore, replay } from '@otkit/sdk';
import { expectUnchanged } from './store-helpers.js';

describe('store', () => {
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
});
