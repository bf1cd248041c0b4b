// Strict-CSP scenario for <ot-visual-schedule> (plain browser JS, run by a page that loaded the CDN bundle):
// renders the schedule in its states into `root` and works it a little, so any style attribute, inline
// handler or unsafe HTML it produced would be reported as a securitypolicyviolation.
import { createManualClock } from '/packages/elements/dist/cdn/otkit.min.js';

const at = (h, m) => new Date(2026, 0, 5, h, m).getTime();
const steps = () => [
  { id: 'a', label: 'Circle time', image: { symbol: 'circle-time' }, timeOfDay: '08:30', minutes: 15, state: 'done' },
  { id: 'b', label: 'Reading', image: { symbol: 'reading' }, timeOfDay: '08:45', minutes: 30 },
  { id: 'c', label: 'Photo', image: { src: 'https://example.org/never-loaded.png', alt: 'A photo' }, state: 'skipped' },
  { id: 'd', label: 'Choice', choices: [{ id: 'd1', label: 'Swing', image: { symbol: 'swing' } }, { id: 'd2', label: 'Slide', image: { symbol: 'slide' } }] },
];

async function add(root, props, markup) {
  const el = document.createElement('ot-visual-schedule');
  Object.assign(el, { clock: createManualClock(at(8, 50)) }, props);
  if (markup) for (const [label, symbol] of markup) {
    const step = document.createElement('ot-step');
    step.setAttribute('symbol', symbol);
    step.textContent = label;
    el.append(step);
  }
  root.append(el);
  await el.updateComplete;
  return el;
}

export default async function visualSchedule(root) {
  const list = await add(root, { heading: 'List', steps: steps() });
  // Start a countdown (the timer bar is sized through a custom property) and pick a choice.
  list.shadowRoot.querySelectorAll('[part~="now-button"]')[1].click();
  list.shadowRoot.querySelector('[part~="choice"]').click();
  await list.updateComplete;
  await add(root, { kind: 'first-then', steps: steps().slice(0, 2) });
  await add(root, { view: 'now-next', layout: 'horizontal', show: 'picture', steps: steps() });
  await add(root, { show: 'text', readonly: true, steps: steps() });
  await add(root, { heading: 'Markup' }, [['Toilet', 'toilet'], ['Wash hands', 'wash-hands']]);
  await add(root, { steps: [{ id: 'x', label: '' }] }); // the readable error state
}
