// The XSS corpus page (test/integration/xss-corpus.test.ts): every payload of test/fixtures/xss (public lists,
// see the README there) goes into every text and URL input of every element: each observed attribute,
// the text and picture fields of the data properties, an imported Open Board Format board, and the light-DOM
// markup the elements read (`<ot-step>` / `<ot-step-choice>` children of a schedule, the `<ol><li>` list of a
// goal stack; the choice board, the timer and the provider read no markup): payloads as the children's text and
// as every attribute they read. Payloads go in batches (one element per input kind per batch) to keep the run
// short. The harness records CSP violations and uncaught errors; this page also counts calls of alert / confirm
// / prompt / print (what the payloads run), every resource the page requested from another origin, and markup
// words that did not show (so the markup is known to be read, not skipped).
import { createManualClock } from '/packages/elements/dist/cdn/otkit.min.js';
import { importObf } from '/packages/sdk/dist/obf.js';
import { runScenarios } from './harness.js';

const FILES = ['BRUTELOGIC-XSS-STRINGS.txt', 'IntrudersXSS.txt', 'RSNAKE_XSS.txt', 'XSS_Polyglots.txt'];
const BATCH = 36; // a choice board holds at most 36 choices
const T0 = Date.UTC(2026, 10, 23, 9, 0);
// A 1 × 1 PNG: a picture the URL policy accepts, so that the markup's alt text shows (no request: data: URL).
const PICTURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const executions = [];
for (const name of ['alert', 'confirm', 'prompt', 'print'])
  window[name] = (...args) => executions.push(`${name}(${args.map(String).join(', ')})`);

const requests = [];
const unshown = [];
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

/** Creates `tag` with `attributes` and a text node `text` (never parsed as HTML), in `parent`. */
function child(parent, tag, attributes, text = '') {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(text);
  parent.append(el);
  return el;
}

/** Whether an <img> of this page with `src` would fetch it from this page's origin. */
function fetchedHere(src) {
  try {
    return new URL(src.trim(), location.href).origin === location.origin;
  } catch {
    return false; // not a URL: the page fetches nothing
  }
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** Notes in `unshown` each of `words` that `el` does not show as text once rendered. */
async function expectShown(el, words, name) {
  await el.updateComplete;
  const shown = collapse(el.shadowRoot.textContent);
  for (const word of words) if (!shown.includes(collapse(word))) unshown.push(`${name}: ${JSON.stringify(word)}`);
}

/**
 * Schedules written as markup: one whose words fit the schema (so they show, with alt text on an accepted
 * picture), and one with the raw payloads as the text and as every attribute a step or a choice reads (which
 * the schema refuses: the element shows its problem message).
 */
async function scheduleMarkup(root, batch, n) {
  const fitted = document.createElement('ot-visual-schedule');
  const labels = batch.map((p) => collapse(p).slice(0, 80).trim() || 'x');
  labels.forEach((label, i) => {
    const step = child(
      fitted,
      'ot-step',
      { src: PICTURE, alt: batch[i].slice(0, 300), spoken: batch[i].slice(0, 200) },
      label,
    );
    if (i === 0)
      for (const j of [1, 2])
        child(step, 'ot-step-choice', { src: PICTURE, alt: (batch[j] ?? 'x').slice(0, 300) }, labels[j] ?? 'x');
  });
  const raw = document.createElement('ot-visual-schedule');
  batch.forEach((p) => {
    const names = ['symbol', 'src', 'alt', 'time', 'minutes', 'spoken', 'state', 'step-id', 'label', 'chosen'];
    const step = child(raw, 'ot-step', Object.fromEntries(names.map((name) => [name, p])), p);
    for (const _ of [1, 2])
      child(step, 'ot-step-choice', { symbol: p, src: p, alt: p, spoken: p, 'choice-id': p, label: p }, p);
  });
  for (const el of [fitted, raw]) el.clock = createManualClock(T0);
  root.append(fitted, raw);
  await expectShown(fitted, labels.slice(1), `ot-visual-schedule markup ${n}`);
}

/**
 * Goal stacks written as markup: one whose goals and notes fit the schema (descriptions show), and one with the
 * raw payloads as the text and as every attribute the list reads (`data-id`, `data-symbol`, the picture's `src`
 * and `alt`).
 */
async function goalStackMarkup(root, batch, n) {
  const fitted = document.createElement('ot-goal-stack');
  const fittedList = child(fitted, 'ol', {});
  const descriptions = batch.map((p) => collapse(p).slice(0, 500).trim() || 'x');
  descriptions.forEach((description, i) => {
    const item = child(fittedList, 'li', { 'data-id': `g${i}` }, description);
    child(item, 'img', { src: PICTURE, alt: batch[i].slice(0, 300) });
    child(child(item, 'ul', {}), 'li', { 'data-id': `n${i}` }, batch[i]);
  });
  const raw = document.createElement('ot-goal-stack');
  for (const el of [fitted, raw]) el.clock = createManualClock(T0);
  root.append(fitted, raw);
  const rawList = child(raw, 'ol', {});
  batch.forEach((p, i) => {
    const item = child(rawList, 'li', { 'data-id': p, 'data-symbol': p }, p);
    // The page's own <img> fetches its src by itself, stack or no stack: a src it would fetch from elsewhere
    // (javascript:, https://…) would break the policy by the page's doing, not ours. Those reach the markup
    // reader as the `src` of an <ot-step> above (not an image, so the page fetches nothing).
    if (i % 2 && fetchedHere(p)) child(item, 'img', { src: p, alt: p });
    child(child(item, 'ul', {}), 'li', { 'data-id': p }, p);
  });
  await expectShown(fitted, descriptions, `ot-goal-stack markup ${n}`);
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
    [`ot-visual-schedule markup ${n}`, run((root) => scheduleMarkup(root, batch, n))],
    [`ot-goal-stack markup ${n}`, run((root) => goalStackMarkup(root, batch, n))],
  ];
}

/**
 * `xss.html?selftest`: breaks each rule once on purpose, so the test can show that every detector reports
 * (an alert call, an inline style attribute the policy blocks, a picture from another origin, a markup word
 * that does not show).
 */
async function selfTest(container) {
  window.alert('selftest');
  const styled = document.createElement('p');
  styled.setAttribute('style', 'color: red');
  const picture = document.createElement('img');
  picture.alt = '';
  picture.src = 'https://selftest.invalid/picture.png';
  const schedule = document.createElement('ot-visual-schedule');
  child(schedule, 'ot-step', {}, 'Shown');
  container.append(styled, picture, schedule);
  await expectShown(schedule, ['Shown', 'Not in the markup'], 'selftest');
}

async function main(container) {
  if (location.search === '?selftest') await selfTest(container);
  const list = await payloads();
  const scenarios = [];
  for (let i = 0; i < list.length; i += BATCH) scenarios.push(...batchScenarios(list.slice(i, i + BATCH), i / BATCH));
  const report = await runScenarios(scenarios, container);
  // Pictures that failed to load count as requests too: give them a moment to be reported.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { ...report, payloads: list.length, executions: [...executions], requests: [...requests], unshown };
}

window.otkitXss = { done: main(document.getElementById('scenarios')) };
