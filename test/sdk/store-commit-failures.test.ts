import { expect } from '@open-wc/testing';
import {
  OtPersistenceError,
  createStore,
  hasRecord,
  listRecords,
  memoryAdapter,
  replay,
  type OtAdapter,
} from '@otkit/sdk';
import fc from 'fast-check';
import { controlledAdapter, deferred } from '../helpers/sdk-testing.js';
import { rejection } from './store-helpers.js';

describe('store', () => {
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
