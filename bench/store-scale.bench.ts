// The store at a clinic's scale (issue 17's budgets): a write costs O(changed records), so adding to a store of
// 100,000 records costs what adding to an empty one does; a year's caseload (24,000 records) imports and
// opens fast. Figures go to docs/store.md.
import { createId, createStore, importDocument, indexedDbAdapter, memoryAdapter, type OtStore } from '@otkit/sdk';
import { caseload } from './caseload.js';
import { measure, type OtBenchResult } from './measure.js';

const T0 = Date.UTC(2046, 0, 5, 9, 0);
const BIG = 100_000;

async function storeWithNotes(count: number): Promise<{ store: OtStore; goalId: string }> {
  const goal = { id: createId(T0), description: 'Fasten buttons', order: 1, createdAt: T0 };
  const notes = Array.from({ length: count }, (_, i) => ({
    id: createId(T0 + 1 + i),
    goalId: goal.id,
    text: `Concern ${i + 1}: asked about the noisy lunchroom again`,
    status: 'open',
    createdAt: T0 + 1 + i,
  }));
  const store = createStore({ adapter: memoryAdapter({ seed: { goals: [goal], notes } }) });
  await store.ready;
  return { store, goalId: goal.id };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

export default async (): Promise<OtBenchResult[]> => {
  const results: OtBenchResult[] = [];

  for (const count of [0, BIG]) {
    const { store, goalId } = await storeWithNotes(count);
    results.push(
      await measure(
        `notes.add into a store of ${count.toLocaleString('en')} notes (memory)`,
        () => store.notes.add({ goalId, text: 'Wants a break after this activity' }),
        { samples: 200, batch: 5, budget: count === BIG ? 1 : undefined },
      ),
    );
    store.close();
  }

  const doc = caseload();
  const text = JSON.stringify(doc);
  results.push(
    await measure(
      'importDocument: 24,000-record caseload (JSON text) into memory',
      async () => {
        const store = createStore();
        await importDocument(store, text);
        store.close();
      },
      { samples: 10, warmup: 2, budget: 500 },
    ),
  );

  let round = 0;
  const base = `otkit-bench-caseload-${Date.now().toString(36)}`;
  results.push(
    await measure(
      'importDocument: 24,000-record caseload into IndexedDB (strict durability)',
      async () => {
        const store = createStore({ adapter: indexedDbAdapter({ name: `${base}-${round++}`, broadcast: false }) });
        await importDocument(store, text);
        store.close();
      },
      { samples: 5, warmup: 1, budget: 2000 },
    ),
  );
  for (let i = 0; i < round; i++) await deleteDatabase(`${base}-${i}`);

  // A page opened with the caseload stored: open the store, load and check every record, accept a note.
  const stored = `${base}-stored`;
  const filler = createStore({ adapter: indexedDbAdapter({ name: stored, broadcast: false }) });
  await importDocument(filler, text);
  filler.close();
  const goalId = (doc.collections.goals as unknown as { id: string }[])[0]!.id;
  results.push(
    await measure(
      'open a store holding the caseload (IndexedDB) to the first note accepted',
      async () => {
        const store = createStore({ adapter: indexedDbAdapter({ name: stored, broadcast: false }) });
        await store.ready;
        await store.notes.add({ goalId, text: 'First note of the day' });
        store.close();
      },
      { samples: 10, warmup: 2, budget: 500 },
    ),
  );
  await deleteDatabase(stored);
  return results;
};
