// The autoloader page: markup with every OT Kit tag appears after the autoloader started, and each element must
// be defined and render from its own lazily loaded code, under the strict policy, with one shared copy of Lit
// (a second copy could not register the `lit-html` Trusted Types policy again: that would be a violation).
// test/integration/strict-csp.test.ts fails on any violation, scenario error or element that did not render.
// Nothing here imports OT Kit: the autoloader alone must bring every element in.
import { runScenarios } from './harness.js';

const TAGS = [
  'ot-provider',
  'ot-session-timer',
  'ot-goal-stack',
  'ot-visual-schedule',
  'ot-choice-board',
  'ot-service-minutes',
  'ot-progress-chart',
  'ot-home-program',
  'ot-sync-indicator',
];

async function until(check, what, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every tag in a memory provider, added after the autoloader started watching the document. */
async function everyElement(root) {
  const provider = document.createElement('ot-provider');
  provider.setAttribute('storage', 'memory');
  for (const tag of TAGS.slice(1)) provider.append(document.createElement(tag));
  const schedule = provider.querySelector('ot-visual-schedule');
  schedule.steps = [
    { id: 'a', label: 'Circle time', image: { symbol: 'circle-time' } },
    { id: 'b', label: 'Reading' },
  ];
  provider.querySelector('ot-choice-board').board = {
    id: 'b',
    name: 'Break',
    choices: [
      { id: 'swing', label: 'Swing', image: { symbol: 'swing' } },
      { id: 'snack', label: 'Snack' },
    ],
  };
  root.append(provider);
  await until(() => TAGS.every((tag) => customElements.get(tag)), 'every element to be defined');
  // The goal stack's review ships in the goal stack's file and is defined with it.
  if (!customElements.get('ot-goal-stack-review')) throw new Error('<ot-goal-stack-review> is not defined');
  await provider.updateComplete;
  await until(() => provider.store, 'the provider to make its store');
}

const SCENARIOS = [['autoloader', async () => ({ default: everyElement })]];

window.otkitCsp = { names: TAGS, done: runScenarios(SCENARIOS, document.getElementById('scenarios')) };
