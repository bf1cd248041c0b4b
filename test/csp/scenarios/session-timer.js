// Strict-CSP scenario for <ot-session-timer> (plain browser JS, run by the strict-CSP page after the CDN
// bundle has loaded). Renders the timer in its main states into `root`, on a stopped clock: not started,
// running (disc), over time (bar), paused with the reasons open, the emergency incident form, ended with its
// summary, the error state, Spanish right-to-left compact, and connected to a memory store (Start writes a
// record). The disc, bar and progress are sized through style.setProperty, which strict CSP allows.
import { createManualClock, createStore, memoryAdapter } from '/packages/elements/dist/cdn/otkit.min.js';

const M = 60_000;
const NOW = Date.UTC(2026, 10, 23, 9, 30);

function timer(root, attributes = {}, properties = {}) {
  const el = document.createElement('ot-session-timer');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, { clock: createManualClock(NOW) }, properties);
  root.append(el);
  return el;
}

function press(el, label) {
  const button = [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!button) throw new Error(`<ot-session-timer> has no "${label}" button`);
  button.click();
}

const settle = async (el) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
};

export default async function sessionTimerScenario(root) {
  const started = [{ type: 'start', at: NOW - 8 * M }];
  const all = [
    timer(root, { minutes: '30' }),
    timer(root, {}, { events: [...started, { type: 'next', at: NOW - 2 * M }] }),
    timer(root, { appearance: 'bar', 'warn-seconds': '120' }, { events: started }),
    timer(root, { 'minutes-only': '', locked: '' }, { events: started }),
    timer(root, { minutes: '0' }),
    timer(root, { lang: 'es', dir: 'rtl', compact: '' }, { events: started }),
    timer(
      root,
      {},
      {
        events: [
          ...started,
          { type: 'pause', at: NOW - 6 * M, reason: 'break' },
          { type: 'end', at: NOW - M, reason: 'completed' },
        ],
      },
    ),
  ];
  const paused = timer(root, {}, { events: started });
  const emergency = timer(root, {}, { events: started });
  all.push(paused, emergency);

  const provider = document.createElement('ot-provider');
  provider.store = createStore({ adapter: memoryAdapter() });
  const connected = document.createElement('ot-session-timer');
  connected.clock = createManualClock(NOW);
  provider.append(connected);
  root.append(provider);
  all.push(connected);

  await Promise.all(all.map(settle));
  press(paused, 'Pause');
  press(emergency, 'Pause');
  await settle(emergency);
  press(emergency, 'Emergency');
  await provider.store.ready;
  press(connected, 'Start session');
  await Promise.all(all.map(settle));
  if (provider.store.sessionRecords.size !== 1) throw new Error('the connected timer did not store its session');
  if (!emergency.shadowRoot.querySelector('form')) throw new Error('the emergency incident form did not open');
}
