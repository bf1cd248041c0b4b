// The XSS corpus page (test/integration/xss-corpus.test.ts): every payload of test/fixtures/xss (public lists,
// see the README there) goes into every text and URL input of every element: each observed attribute,
// the text and picture fields of the data properties, and an imported Open Board Format board. Payloads go
// in batches (one element per input kind per batch) to keep the run short. The harness records CSP
// violations and uncaught errors; this page also counts calls of alert / confirm / prompt / print (what the
// payloads run) and every resource the page requested from another origin.
import { createManualClock } from '/packages/elements/dist/cdn/otkit.min.js';
import { importObf } from '/packages/sdk/dist/obf.js';
import { runScenarios } from './harness.js';

const FILES = ['BRUTELOGIC-XSS-STRINGS.txt', 'IntrudersXSS.txt', 'RSNAKE_XSS.txt', 'XSS_Polyglots.txt'];
const BATCH = 36; // a choice board holds at most 36 choices
const T0 = Date.UTC(2026, 10, 23, 9, 0);

const executions = [];
for (const name of ['alert', 'confirm', 'prompt', 'print'])
  window[name] = (...args) => executions.push(`${name}(${args.map(String).join(', ')})`);

const requests = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (new URL(entry.name).origin !== location.origin) requests.push(entry.name);
}).observe({ type: 'resource', buffered: true });

async function payloads() {
  const texts = await Promise.all(FILES.map(async (f) => (await fetch(`/test/fixtures/xss/${f}`)).text()));
  return texts.flatMap((t) => t.split('\n')).filter((line) => line.trim() !== '');
}

/** Creates `tag` with every attribute it observes set to `payload`, then the given properties. */
function element(root, tag, payload, properties) {
  const el = document.createElement(tag);
  for (const name of customElements.get(tag).observedAttributes ?? []) el.setAttribute(name, payload);
  Object.assign(el, { clock: createManualClock(T0) }, properties);
  root.append(el);
  return el;
}

/** The scenarios of one batch: each element with the batch's payloads in its text and URL fields. */
function batchScenarios(batch, n) {
  const picture = (p, i) => (i % 2 ? { src: p, alt: p } : { symbol: p });
  const run = (fill) => () => Promise.resolve({ default: fill });
  return [
    [
      `ot-visual-schedule ${n}`,
      run((root) => {
        const steps = batch.map((p, i) => ({ id: `s${i}`, label: p, spokenText: p }));
        element(root, 'ot-visual-schedule', batch[0], { steps, heading: batch[1] ?? batch[0] });
        const pictures = batch.map((p, i) => ({ id: `s${i}`, label: `Step ${i}`, image: picture(p, i) }));
        element(root, 'ot-visual-schedule', batch[2] ?? batch[0], { steps: pictures });
      }),
    ],
    [
      `ot-choice-board ${n}`,
      run((root) => {
        const choices = batch.map((p, i) => ({ id: `c${i}`, label: p, spokenText: p, image: picture(p, i) }));
        const board = { id: 'xss', name: batch[0], choices };
        element(root, 'ot-choice-board', batch[0], { board }).speech.synth = null;
        const obf = {
          format: 'open-board-0.1',
          id: batch[0],
          name: batch[1] ?? 'x',
          buttons: batch.map((p, i) => ({
            id: `b${i}`,
            label: p,
            vocalization: p,
            background_color: p,
            image_id: `i${i}`,
          })),
          images: batch.map((p, i) => ({ id: `i${i}`, url: p, data: p })),
          grid: { rows: 1, columns: batch.length, order: [batch.map((_, i) => `b${i}`)] },
        };
        try {
          const { board: imported } = importObf(obf);
          element(root, 'ot-choice-board', batch[0], { board: imported }).speech.synth = null;
        } catch {
          // a board the import refuses is fine: it is never shown
        }
      }),
    ],
    [
      `ot-goal-stack ${n}`,
      run((root) => {
        const goals = batch.map((p, i) => ({ id: `g${i}`, description: p, image: picture(p, i) }));
        const notes = batch.map((p, i) => ({ id: `n${i}`, goalId: 'g0', text: p }));
        element(root, 'ot-goal-stack', batch[0], { goals, notes });
      }),
    ],
    [
      `ot-session-timer ${n}`,
      run((root) => {
        const phases = batch.slice(0, 20).map((p, i) => ({ id: `p${i}`, label: p, minutes: 5 }));
        element(root, 'ot-session-timer', batch[0], { phases, events: [{ type: 'start', at: T0 }] });
      }),
    ],
    [`ot-provider ${n}`, run((root) => void element(root, 'ot-provider', batch[0], {}))],
  ];
}

/**
 * `xss.html?selftest`: breaks each rule once on purpose, so the test can show that every detector reports
 * (an alert call, an inline style attribute the policy blocks, a picture from another origin).
 */
function selfTest(container) {
  window.alert('selftest');
  const styled = document.createElement('p');
  styled.setAttribute('style', 'color: red');
  const picture = document.createElement('img');
  picture.alt = '';
  picture.src = 'https://selftest.invalid/picture.png';
  container.append(styled, picture);
}

async function main(container) {
  if (location.search === '?selftest') selfTest(container);
  const list = await payloads();
  const scenarios = [];
  for (let i = 0; i < list.length; i += BATCH) scenarios.push(...batchScenarios(list.slice(i, i + BATCH), i / BATCH));
  const report = await runScenarios(scenarios, container);
  // Pictures that failed to load count as requests too: give them a moment to be reported.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { ...report, payloads: list.length, executions: [...executions], requests: [...requests] };
}

window.otkitXss = { done: main(document.getElementById('scenarios')) };
