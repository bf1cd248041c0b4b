// Strict-CSP scenario for <ot-visual-schedule> (plain browser JS, run by a page that loaded the CDN bundle):
// renders the schedule in its states into `root` and works it a little, so any style attribute, inline
// handler or unsafe HTML it produced would be reported as a securitypolicyviolation.
import { createManualClock } from '/packages/elements/dist/cdn/otkit.min.js';

const at = (h, m) => new Date(2026, 0, 5, h, m).getTime();
const steps = () => [
  { id: 'a', label: 'Circle time', image: { symbol: 'circle-time' }, timeOfDay: '08:30', minutes: 15, state: 'done' },
  { id: 'b', label: 'Reading', image: { symbol: 'reading' }, timeOfDay: '08:45', minutes: 30 },
  { id: 'c', label: 'Photo', image: { src: 'https://example.org/never-loaded.png', alt: 'A photo' }, state: 'skipped' },
  {
    id: 'd',
    label: 'Choice',
    choices: [
      { id: 'd1', label: 'Swing', image: { symbol: 'swing' } },
      { id: 'd2', label: 'Slide', image: { symbol: 'slide' } },
    ],
  },
];

// Steps go in by property: <ot-step> markup children have no shadow root of their own, and the shared harness
// counts every ot-* element in `root` as one that must render. (Markup uses the same templates.)
async function add(root, props) {
  const el = document.createElement('ot-visual-schedule');
  Object.assign(el, { clock: createManualClock(at(8, 50)) }, props);
  root.append(el);
  await el.updateComplete;
  return el;
}

// Timers only, no animation frames: the page may be a background tab.
const settle = async (el) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
};

export default async function visualSchedule(root) {
  const list = await add(root, { heading: 'List', steps: steps() });
  // Start a countdown (the timer bar is sized through a custom property) and pick a choice.
  list.shadowRoot.querySelectorAll('[part~="now-button"]')[1].click();
  list.shadowRoot.querySelector('[part~="choice"]').click();
  await settle(list);
  await add(root, { kind: 'first-then', steps: steps().slice(0, 2) });
  await add(root, { view: 'now-next', layout: 'horizontal', show: 'picture', steps: steps() });
  await add(root, { show: 'text', readonly: true, steps: steps() });
  await add(root, { lang: 'es', dir: 'rtl', heading: 'Mañana', view: 'now-next', steps: steps() });
  await add(root, { steps: [{ id: 'x', label: '' }] }); // the readable error state
  // Connected: the steps come from a memory store, and a tick is written back to it.
  const provider = document.createElement('ot-provider');
  provider.setAttribute('storage', 'memory');
  root.append(provider);
  await provider.updateComplete;
  await provider.store.ready;
  await provider.store.schedules.put({ id: 'csp', title: 'Stored', steps: steps(), createdAt: at(8, 0) });
  const stored = await add(provider, { scheduleId: 'csp' });
  await settle(stored);
  stored.shadowRoot.querySelectorAll('[part~="check"]')[1].click();
  await settle(stored);
  if (provider.store.schedules.get('csp').steps[1].state !== 'done') throw new Error('the tick was not stored');
}
