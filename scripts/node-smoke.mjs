// `npm run smoke:node`: proves @otkit/sdk runs in plain Node without a DOM. Imports the built package
// (packages/sdk/dist/index.js; run `npm run build` first), makes a store with the memory adapter, adds and
// exports records, imports them into a second store, validates a bad record, and prints
// `sdk node smoke: ok`. Any failure exits non-zero. (The Node tests in test/node, e.g. a portal running a whole
// session with the SDK alone, run in `npm test`.)
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';

const entry = new URL('../packages/sdk/dist/index.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('sdk node smoke: packages/sdk/dist/index.js is missing; run `npm run build` first');
  process.exit(1);
}

async function main() {
  // No DOM here: if the SDK touched one at import time, the import would throw.
  assert.equal(typeof globalThis.document, 'undefined', 'this smoke test must run without a DOM');
  const sdk = await import(entry.href);

  const clock = sdk.createManualClock(Date.UTC(2026, 10, 23, 9, 0));
  const store = sdk.createStore({ adapter: sdk.memoryAdapter(), actor: 'node-smoke', clock });
  await store.ready;
  assert.equal(store.status, 'ready');

  const goal = await store.goals.add({ description: 'Ties shoes with one verbal prompt', order: 1 });
  await store.notes.add({ goalId: goal.id, text: 'Asked about recess' });
  await store.schedules.add({
    title: 'Morning',
    steps: [
      { id: 'toilet', label: 'Toilet', image: { symbol: 'toilet' } },
      { id: 'snack', label: 'Snack', image: { src: 'https://example.org/snack.png', alt: 'Snack' } },
    ],
  });
  assert.equal(store.goals.size, 1);
  assert.equal(goal.createdAt, Date.UTC(2026, 10, 23, 9, 0));
  assert.match(goal.id, sdk.OT_ID_PATTERN);

  const changes = await store.changes();
  assert.equal(changes.length, 3);
  assert.deepEqual(sdk.replay(changes), store.getState());

  const text = JSON.stringify(sdk.exportDocument(store));
  assert.deepEqual(sdk.validateDocument(text), []);
  const copy = sdk.createStore({ adapter: sdk.memoryAdapter() });
  const summary = await sdk.importDocument(copy, text);
  assert.equal(summary.total, 3);
  assert.deepEqual(copy.getState(), store.getState());

  // A bad record: every problem, with its path, and nothing stored.
  const bad = sdk.safeParse(sdk.goalSchema, {
    id: 'g1',
    description: '',
    order: 'first',
    lifecycle: 'paused',
    createdAt: 1,
  });
  assert.equal(bad.success, false);
  assert.deepEqual(
    bad.issues.map((i) => sdk.formatIssue(i)),
    [
      'description: must not be empty',
      'order: must be a finite number (got a string)',
      'lifecycle: must be one of "active", "on-hold", "completed", "cancelled" (got "paused")',
    ],
  );
  await assert.rejects(
    store.schedules.add({ title: 'Bad', steps: [{ id: 'a', label: 'A', image: { src: 'javascript:alert(1)' } }] }),
    (error) => {
      assert.ok(error instanceof sdk.OtValidationError);
      assert.deepEqual(error.issues[0].path, ['steps', 0, 'image', 'src']);
      return true;
    },
  );
  assert.equal(store.schedules.size, 1);

  // JSON Schema for portals in other languages.
  assert.equal(sdk.toJsonSchema(sdk.goalSchema).type, 'object');
  assert.equal(sdk.checkImageUrl('javascript:alert(1)').ok, false);

  store.close();
  copy.close();
}

main().then(
  () => {
    console.log('sdk node smoke: ok');
  },
  (error) => {
    console.error('sdk node smoke: FAILED');
    console.error(error);
    process.exit(1);
  },
);
