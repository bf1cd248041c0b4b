/**
 * <ot-goal-stack>: adding a "To Get To" note while 50 goals and 500 notes are present must stay within
 * one frame (16 ms), from the command to the element's `updateComplete` (issue 4).
 *
 * Two paths: the store command a connected page runs (`store.notes.add`), and the element's own capture
 * (the field's text submitted, as Enter does) which also fires its events and re-renders the pile.
 */
import { createStore, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtProvider } from '@otkit/elements';

const GOALS = 50;
const NOTES = 500;
const RUNS = 40;
const WARM_UP = 5;

interface Result {
  name: string;
  samples: number[];
  unit: 'ms';
  budget?: number;
}

async function setUp(): Promise<{ store: OtStore; el: OtGoalStack; provider: OtProvider }> {
  const goals = Array.from({ length: GOALS }, (_, i) => ({
    id: `g${i}`,
    description: `Goal number ${i + 1}`,
    order: i,
    createdAt: i,
  }));
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    id: `n${i}`,
    goalId: `g${i % GOALS}`,
    text: `A concern the client raised, number ${i + 1}`,
    createdAt: Date.now() - 1000 + i,
  }));
  const store = createStore({ adapter: memoryAdapter({ seed: { goals, notes } }) });
  await store.ready;
  const provider = document.createElement('ot-provider');
  provider.store = store;
  const el = document.createElement('ot-goal-stack');
  provider.append(el);
  document.body.append(provider);
  await el.updateComplete;
  return { store, el, provider };
}

async function measure(run: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const start = performance.now();
    await run(i);
    if (i >= WARM_UP) samples.push(performance.now() - start);
  }
  return samples;
}

export default async function goalStackBench(): Promise<Result[]> {
  const { store, el, provider } = await setUp();
  const byCommand = await measure(async (i) => {
    await store.notes.add({ goalId: 'g0', text: `Store note ${i}` });
    await el.updateComplete;
  });
  const field = el.shadowRoot!.querySelector<HTMLInputElement>('#note')!;
  const byCapture = await measure(async (i) => {
    field.value = `Typed note ${i}`;
    const added = new Promise((resolve) => el.addEventListener('ot-note-change', resolve, { once: true }));
    field.form!.requestSubmit();
    await added;
    await el.updateComplete;
  });
  provider.remove();
  return [
    {
      name: `store.notes.add → updateComplete (${GOALS} goals, ${NOTES} notes)`,
      samples: byCommand,
      unit: 'ms',
      budget: 16,
    },
    {
      name: `capture field + Enter → updateComplete (${GOALS} goals, ${NOTES} notes)`,
      samples: byCapture,
      unit: 'ms',
      budget: 16,
    },
  ];
}
