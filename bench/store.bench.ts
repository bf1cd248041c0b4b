// The SDK store with realistic data: one client's goals and a long "To Get To" pile. A therapist types a note
// and presses Enter; the card must update within a frame, so store commands have budgets well below 16 ms.
import { createId, createStore, getRecord, indexedDbAdapter, memoryAdapter, type OtStore } from '@otkit/sdk';
import { measure, type OtBenchResult } from './measure.js';

const NOTES = 500;
const GOALS = 20;

function seed(NOTES: number): { goals: object[]; notes: object[] } {
  const t0 = Date.UTC(2026, 0, 5, 9, 0);
  const goals = Array.from({ length: GOALS }, (_, i) => ({
    id: createId(t0 + i),
    description: `Goal ${i + 1}: fasten buttons on a shirt with two prompts or fewer`,
    order: i,
    createdAt: t0 + i,
  }));
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    id: createId(t0 + 1000 + i),
    goalId: goals[i % GOALS]!.id,
    text: `Concern ${i + 1}: asked about the noisy lunchroom again and wants headphones`,
    createdAt: t0 + 1000 + i,
  }));
  return { goals, notes };
}

const SEED = seed(NOTES); // the same ids in every seeded store

async function seededStore(data = SEED): Promise<OtStore> {
  const store = createStore({ adapter: memoryAdapter({ seed: data }) });
  await store.ready;
  return store;
}

export default async (): Promise<OtBenchResult[]> => {
  const results: OtBenchResult[] = [];

  results.push(
    await measure(
      `createStore + ready (${GOALS} goals, ${NOTES} notes, memory)`,
      async () => (await seededStore()).close(),
      {
        samples: 30,
        warmup: 3,
        budget: 20,
      },
    ),
  );

  // Each measurement starts from a fresh seeded store and adds at most 250 records, so "500 notes present" holds.
  let store = await seededStore();
  const goalId = store.goals.list()[0]!.id;
  results.push(
    await measure(
      `notes.add (${NOTES}–700 notes present, memory)`,
      () => store.notes.add({ goalId, text: 'Wants a break after this activity' }),
      {
        samples: 100,
        batch: 2,
        budget: 1,
      },
    ),
  );
  store.close();
  store = await seededStore();
  const noteIds = store.notes.list().map((n) => n.id);
  let i = 0;
  results.push(
    await measure(
      `notes.update status (${NOTES} notes present, memory)`,
      () => store.notes.update(noteIds[i++ % noteIds.length]!, { status: 'addressed' }),
      {
        samples: 100,
        batch: 2,
        budget: 1,
      },
    ),
  );
  results.push(
    await measure(
      'transaction: promote a note to a goal (memory)',
      () =>
        store.transaction(
          (tx) => {
            const note = tx.notes.get(noteIds[i++ % noteIds.length]!)!;
            const goal = tx.goals.add({ description: note.text.slice(0, 80), order: tx.goals.list().length });
            tx.notes.update(note.id, { status: 'promoted', promotedGoalId: goal.id });
          },
          { command: 'notes.promote' },
        ),
      { samples: 50, batch: 2, budget: 2 },
    ),
  );
  store.close();
  store = await seededStore();
  // 50 elements each watching their own slice: a write must not cost more than the selectors.
  const goalIds = store.goals.list().map((g) => g.id);
  const stops = Array.from({ length: 50 }, (_, k) =>
    store.subscribe(
      (s) => getRecord(s, 'goals', goalIds[k % GOALS]!),
      () => {},
    ),
  );
  results.push(
    await measure(
      'notes.add with 50 subscribers (memory)',
      () => store.notes.add({ goalId, text: 'Needs the visual timer' }),
      {
        samples: 100,
        batch: 2,
        budget: 1.5,
      },
    ),
  );
  stops.forEach((stop) => stop());
  store.close();

  // A device that has kept months of notes: how a write scales with the size of the collection (no budget).
  const big = await seededStore(seed(NOTES * 10));
  const bigGoal = big.goals.list()[0]!.id;
  results.push(
    await measure(
      `notes.add (${NOTES * 10} notes present, memory)`,
      () => big.notes.add({ goalId: bigGoal, text: 'Brought a new fidget' }),
      {
        samples: 50,
        batch: 2,
      },
    ),
  );
  big.close();

  // IndexedDB with strict durability: a command resolves only once its write reached the disk.
  const name = `otkit-bench-${Date.now()}`;
  const idb = createStore({ adapter: indexedDbAdapter({ name, broadcast: false }) });
  await idb.ready;
  const goal = await idb.goals.add({ description: 'Zip a coat', order: 1 });
  results.push(
    await measure(
      'notes.add (IndexedDB, strict durability)',
      () => idb.notes.add({ goalId: goal.id, text: 'Asked about recess' }),
      {
        samples: 50,
        warmup: 5,
        budget: 25,
      },
    ),
  );
  idb.close();
  indexedDB.deleteDatabase(name);
  return results;
};
