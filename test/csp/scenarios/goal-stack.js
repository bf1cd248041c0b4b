// Strict-CSP scenario for <ot-goal-stack> (plain browser JS, run by the strict-CSP page after the CDN
// bundle). It renders the element in each of its states and drives the actions that change styles or
// the DOM (a card change, a note, a tap, a move, a long note opened, the review, carry over), so any
// inline style or unsafe HTML would show up as a violation. Only DOM APIs build the markup:
// innerHTML is a Trusted Types sink under the page's policy.
import { createManualClock, createStore, memoryAdapter } from '/packages/elements/dist/cdn/otkit.min.js';

const T0 = Date.UTC(2026, 10, 23, 14, 30);
const GOALS = [
  { id: 'shoes', description: 'Shoe-tying', image: { symbol: 'swing' } },
  { id: 'drink', description: 'Getting a drink from the cafeteria line' },
  { id: 'zip', description: 'Zipping a coat <b>not bold</b>' },
];
const NOTES = [
  { id: 'fire', goalId: 'shoes', text: 'Worried about the fire drill' },
  { id: 'long', goalId: 'shoes', text: 'A long worry. '.repeat(400) },
  { id: 'html', goalId: 'shoes', text: '<img src=x onerror="alert(1)">' },
];

function stack(root, props = {}, attrs = {}) {
  const el = document.createElement('ot-goal-stack');
  Object.assign(el, { clock: createManualClock(T0), ...props });
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  root.append(el);
  return el;
}

/** Clicks the shadow-root button whose text or label is `name`, and lets the change settle. */
async function press(el, name) {
  const found = [...el.shadowRoot.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name,
  );
  if (!found) throw new Error(`ot-goal-stack scenario: no button "${name}"`);
  found.click();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
}

export default async function goalStack(root) {
  const therapist = stack(root, { goals: GOALS, notes: NOTES });
  const client = stack(root, { goals: GOALS }, { view: 'client' });
  const review = stack(root, { goals: GOALS, notes: NOTES }, { view: 'review' });
  const broken = stack(root, { goals: [{ id: 'a', description: '' }] });

  const marked = document.createElement('ot-goal-stack');
  const list = document.createElement('ol');
  for (const text of ['Swing for five minutes', 'Shoe-tying'])
    list.append(Object.assign(document.createElement('li'), { textContent: text }));
  marked.append(list);
  root.append(marked);

  const provider = document.createElement('ot-provider');
  provider.store = createStore({
    adapter: memoryAdapter({ seed: { goals: GOALS.map((g, i) => ({ ...g, order: i, createdAt: 0 })) } }),
  });
  const connected = stack(provider);
  root.append(provider);

  const all = [therapist, client, review, broken, marked, connected];
  await Promise.all(all.map((el) => el.updateComplete));

  await press(therapist, 'Show all');
  await press(therapist, 'Next');
  await press(therapist, 'Add a + trial');
  await press(therapist, 'Minimal');
  await press(therapist, 'Move Shoe-tying down');
  const field = therapist.shadowRoot.querySelector('#note');
  field.value = 'Asked about recess';
  await press(therapist, 'Add');
  // A drag moves the card with a custom property set through CSSOM (allowed; a style attribute is not).
  const handle = connected.shadowRoot.querySelector('[part="handle"]');
  const box = handle.getBoundingClientRect();
  const at = (type, dy) =>
    handle.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        pointerId: 1,
        isPrimary: true,
        button: 0,
        clientX: box.left + 5,
        clientY: box.top + 5 + dy,
      }),
    );
  at('pointerdown', 0);
  at('pointermove', 60);
  if (!handle.closest('li').style.getPropertyValue('--_ot-drag'))
    throw new Error('ot-goal-stack scenario: the drag did not move the card');
  at('pointerup', 200);
  await connected.updateComplete;
  await press(connected, 'Add a − trial');
  await press(connected, 'Move Zipping a coat <b>not bold</b> up');
  await press(review, 'Carry all over');
  await Promise.all(all.map((el) => el.updateComplete));
  if (!broken.shadowRoot.querySelector('[part="error"]'))
    throw new Error('ot-goal-stack scenario: the bad goals showed no error');
  if (!therapist.shadowRoot.textContent.includes('Asked about recess'))
    throw new Error('ot-goal-stack scenario: the note was not added');
}
