import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OtValidationError,
  addNote,
  archiveGoal,
  createManualClock,
  createStore,
  deleteGoal,
  deleteNote,
  editNote,
  listRecords,
  memoryAdapter,
  promoteNote,
  recordTrial,
  renameGoal,
  restoreDeletedGoal,
  restoreGoal,
  restoreNote,
  stackGoals,
  undoPromotion,
  type OtStore,
} from '@otkit/sdk';

const T0 = Date.UTC(2026, 10, 23, 9, 0);

async function setup(): Promise<OtStore> {
  const store = createStore({
    clock: createManualClock(T0),
    adapter: memoryAdapter({
      seed: {
        goals: [
          { id: 'shoes', description: 'Shoe-tyng', order: 0, createdAt: 0 },
          { id: 'zip', description: 'Zipping a coat', order: 1, createdAt: 0 },
        ],
      },
    }),
  });
  await store.ready;
  return store;
}

async function refused(promise: Promise<unknown>): Promise<OtValidationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(OtValidationError);
    return error as OtValidationError;
  }
  throw new Error('expected a refusal');
}

// Issue 16, item 6: mistakes can be corrected.
describe('goal and note corrections', () => {
  it('renames, archives and restores a goal; an empty name is refused, naming the field', async () => {
    const store = await setup();
    expect((await renameGoal(store, { goalId: 'shoes', description: '  Shoe-tying ' })).description).to.equal(
      'Shoe-tying',
    );
    const error = await refused(renameGoal(store, { goalId: 'shoes', description: ' ' }));
    expect(error.issues[0]!.path).to.deep.equal(['description']);
    await archiveGoal(store, { goalId: 'shoes' });
    expect(stackGoals(store.getState()).map((g) => g.id)).to.deep.equal(['zip']);
    expect(store.goals.get('shoes')!.lifecycle).to.equal('on-hold');
    await restoreGoal(store, { goalId: 'shoes' });
    expect(stackGoals(store.getState()).map((g) => g.id)).to.deep.equal(['shoes', 'zip']);
  });

  it('deletes a goal with its data, keeps its notes under no goal, and undoes it all', async () => {
    const store = await setup();
    await recordTrial(store, { goalId: 'shoes', result: 'plus' });
    const note = await addNote(store, { text: 'Asked about the fire drill', goalId: 'shoes' });
    const deleted = await deleteGoal(store, { goalId: 'shoes' });
    expect(store.goals.get('shoes')).to.equal(undefined);
    expect(store.progressEntries.list()).to.have.length(0);
    expect(store.notes.get(note.id)!.goalId).to.equal(null);
    await restoreDeletedGoal(store, deleted);
    expect(store.goals.get('shoes')!.description).to.equal('Shoe-tyng');
    expect(store.progressEntries.list()[0]!.trials).to.deep.equal({ plus: 1, minus: 0 });
    expect(store.notes.get(note.id)!.goalId).to.equal('shoes');
  });

  it('edits and deletes a note, and puts a deleted note back', async () => {
    const store = await setup();
    const note = await addNote(store, { text: 'Fire drll', goalId: 'zip' });
    expect((await editNote(store, { noteId: note.id, text: 'Fire drill' })).text).to.equal('Fire drill');
    expect((await refused(editNote(store, { noteId: note.id, text: '' }))).issues[0]!.path).to.deep.equal(['text']);
    const removed = await deleteNote(store, { noteId: note.id });
    expect(store.notes.get(note.id)).to.equal(undefined);
    await restoreNote(store, removed);
    expect(store.notes.get(note.id)!.text).to.equal('Fire drill');
  });

  it('takes back "Make a goal": the goal goes, the note is open again; refused once the goal has data', async () => {
    const store = await setup();
    const note = await addNote(store, { text: 'Velcro shoes?', goalId: 'shoes' });
    const { goal } = await promoteNote(store, { noteId: note.id });
    const reopened = await undoPromotion(store, { noteId: note.id });
    expect(reopened.status).to.equal('open');
    expect(store.goals.get(goal.id)).to.equal(undefined);
    const again = await promoteNote(store, { noteId: note.id });
    await recordTrial(store, { goalId: again.goal.id, result: 'plus' });
    await refused(undoPromotion(store, { noteId: note.id }));
    expect(store.notes.get(note.id)!.status).to.equal('promoted');
  });

  it('restores exactly what any deletion removed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('plus', 'minus') as fc.Arbitrary<'plus' | 'minus'>, { maxLength: 5 }),
        fc.array(fc.constantFrom('shoes', 'zip', null), { maxLength: 4 }),
        async (trials, noteGoals) => {
          const store = await setup();
          for (const result of trials) await recordTrial(store, { goalId: 'shoes', result });
          for (const goalId of noteGoals) await addNote(store, { text: 'A note', goalId });
          const snapshot = () =>
            JSON.stringify([
              listRecords(store.getState(), 'goals').map(({ updatedAt: _u, ...g }) => g),
              listRecords(store.getState(), 'progressEntries').map(({ updatedAt: _u, ...e }) => e),
              listRecords(store.getState(), 'notes').map(({ updatedAt: _u, ...n }) => n),
            ]);
          const before = snapshot();
          await restoreDeletedGoal(store, await deleteGoal(store, { goalId: 'shoes' }));
          expect(snapshot()).to.equal(before);
        },
      ),
      { numRuns: 25 },
    );
  });
});
