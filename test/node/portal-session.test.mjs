// A portal runs a whole session with the SDK alone, in plain Node (no DOM, no element): it sets up a
// client's goals, starts a session that moves through its phases, takes "To Get To" notes (each stamped with
// the phase running when it is taken), records trials and quick data (and undoes one), reorders the stack,
// promotes and carries notes over, ends the session and reviews it. Run with `npm run smoke:node` (after
// `npm run build`): it imports the built package, as a portal's server would.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';

const entry = new URL('../../packages/sdk/dist/index.js', import.meta.url);
if (!existsSync(entry)) throw new Error('packages/sdk/dist/index.js is missing: run `npm run build` first');
const sdk = await import(entry.href);

const T0 = Date.UTC(2026, 10, 23, 15, 0);
const MIN = 60_000;

test('a portal runs a whole session, captures notes and records trials with the SDK alone', async () => {
  assert.equal(typeof globalThis.document, 'undefined', 'this test runs without a DOM');
  const clock = sdk.createManualClock(T0);
  const store = sdk.createStore({ adapter: sdk.memoryAdapter(), clock, actor: 'portal' });
  await store.ready;

  // Set-up: a pseudonymous client and three goals, each at the end of the stack.
  await store.clients.put({ id: 'c-17', alias: 'Blue fox', createdAt: T0 });
  const shoes = await sdk.addGoal(store, { description: 'Shoe-tying', clientId: 'c-17' });
  const zip = await sdk.addGoal(store, { description: 'Zipping a coat', clientId: 'c-17' });
  const name = await sdk.addGoal(store, { description: 'Writing my name', clientId: 'c-17' });
  assert.deepEqual(
    sdk.stackGoals(store.getState(), { clientId: 'c-17' }).map((g) => g.id),
    [shoes.id, zip.id, name.id],
  );

  // The session: 45 minutes, phases moving on by themselves.
  const session = await sdk.startSession(store, { minutes: 45, clientId: 'c-17', autoAdvance: true });
  const [checkIn, warmUp] = session.phases;
  assert.equal(checkIn.id, 'check-in');

  // A note during check-in, and one after the session moved on to warm-up by itself.
  clock.advance(MIN);
  const early = await sdk.addNote(store, { text: 'Worried about the fire drill', goalId: shoes.id });
  assert.equal(early.sessionId, session.id);
  assert.equal(early.phaseId, 'check-in');
  clock.set(T0 + (checkIn.minutes + 1) * MIN);
  const later = await sdk.addNote(store, { text: '  Wants velcro shoes ', goalId: shoes.id });
  assert.equal(later.phaseId, warmUp.id, 'stamped with the phase at the moment it was taken');
  assert.equal(later.text, 'Wants velcro shoes');
  const view = sdk.goalStackView(store.getState(), { clientId: 'c-17' }, clock.now());
  assert.equal(view.current.id, shoes.id);
  assert.equal(view.session.phaseId, warmUp.id);
  assert.deepEqual(
    view.pile.map((n) => n.note.text),
    ['Worried about the fire drill', 'Wants velcro shoes'],
  );

  // Quick data: trials, assistance, a prompt, a short note; one tap undone.
  await sdk.recordTrial(store, { goalId: shoes.id, result: 'plus' });
  await sdk.recordTrial(store, { goalId: shoes.id, result: 'plus' });
  const miss = await sdk.recordTrial(store, { goalId: shoes.id, result: 'minus' });
  assert.deepEqual(miss.entry.trials, { plus: 2, minus: 1 });
  assert.deepEqual(
    { goalId: miss.undo.goalId, field: miss.undo.field, before: miss.undo.before, after: miss.undo.after },
    { goalId: shoes.id, field: 'trials', before: { plus: 2, minus: 0 }, after: { plus: 2, minus: 1 } },
    'the undo says what it will undo',
  );
  const undone = await sdk.undoQuickData(store, miss.undo);
  assert.deepEqual(undone.entry.trials, { plus: 2, minus: 0 });
  await sdk.setAssistance(store, { goalId: shoes.id, level: 'minimal' });
  await sdk.setPromptLevel(store, { goalId: shoes.id, prompt: 'verbal' });
  await sdk.setProgressNote(store, { goalId: shoes.id, note: 'Loop and swoop' });
  await sdk.setGoalStatus(store, { goalId: zip.id, status: 'progressing' });
  assert.equal(store.progressEntries.size, 2, 'one entry per goal and session');

  // Mid-session: move a goal, move and address notes, make a goal of one.
  const stack = await sdk.reorderGoals(store, { goalId: name.id, to: 0, clientId: 'c-17' });
  assert.deepEqual(
    stack.map((g) => g.id),
    [name.id, shoes.id, zip.id],
  );
  await sdk.addressNote(store, { noteId: early.id });
  const moved = await sdk.moveNote(store, { noteId: later.id, goalId: zip.id });
  assert.equal(moved.goalId, zip.id);
  const question = await sdk.addNote(store, { text: 'Can we practise buttons?', goalId: zip.id });
  const { goal: buttons } = await sdk.promoteNote(store, { noteId: question.id, clientId: 'c-17' });
  assert.equal(buttons.description, 'Can we practise buttons?');
  assert.equal(sdk.stackGoals(store.getState(), { clientId: 'c-17' }).at(-1).id, buttons.id);

  // The phases go on; the therapist ends the session early.
  await sdk.nextPhase(store, { sessionId: session.id });
  clock.advance(20 * MIN);
  await sdk.endSession(store, { sessionId: session.id, reason: 'client-request' });
  assert.equal(sdk.activeSession(store.getState(), clock.now()), undefined);

  // The review, then carrying the open notes over.
  const scope = { sessionId: session.id, since: T0 };
  const goals = sdk.stackGoals(store.getState(), { clientId: 'c-17' });
  const review = sdk.sessionReview(store.getState(), scope, { goals });
  assert.deepEqual(
    review.goals.map(({ goal }) => goal.description),
    ['Shoe-tying', 'Zipping a coat'],
  );
  const shoeData = review.goals[0].entry;
  assert.deepEqual(
    { trials: shoeData.trials, assistance: shoeData.assistance, prompt: shoeData.prompt, note: shoeData.note },
    { trials: { plus: 2, minus: 0 }, assistance: 'minimal', prompt: 'verbal', note: 'Loop and swoop' },
  );
  assert.deepEqual(
    review.addressed.map((n) => n.text),
    ['Worried about the fire drill'],
  );
  assert.deepEqual(
    review.toCarryOver.map((n) => n.text),
    ['Wants velcro shoes'],
  );
  const copies = await sdk.carryOverNotes(
    store,
    review.toCarryOver.map((n) => n.id),
  );
  assert.equal(copies[0].carriedFromId, later.id);

  // Everything is in the change log, which replays to the same state and exports as a valid document.
  const changes = await store.changes();
  assert.deepEqual(sdk.replay(changes), store.getState());
  assert.ok(changes.some((c) => c.command === 'notes.add'));
  assert.ok(changes.some((c) => c.command === 'progress.undo'));
  assert.deepEqual(sdk.validateDocument(JSON.stringify(sdk.exportDocument(store))), []);

  // Bad input is refused with the field named, and nothing changes.
  const before = store.getState();
  await assert.rejects(sdk.addNote(store, { text: '   ' }), (error) => {
    assert.ok(error instanceof sdk.OtValidationError);
    assert.deepEqual(error.issues[0].path, ['text']);
    return true;
  });
  assert.equal(store.getState(), before);
  store.close();
});
