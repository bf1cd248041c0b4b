// Strict-CSP scenario for <ot-home-program>: the family view (pictures, week strip), the therapist's builder (the
// library's symbols), Spanish right-to-left, a bad attribute, and a store write (one tap logs today's practice).
// Plain browser JS; the page loads the CDN bundle.
import '/packages/elements/dist/cdn/otkit.min.js';

const PROGRAM = {
  id: 'p1',
  title: 'Home practice',
  startDate: '2026-12-07',
  createdAt: 0,
  activities: [
    {
      id: 'a1',
      name: 'Calm breathing',
      minutes: 2,
      timesPerPeriod: 2,
      period: 'day',
      image: { symbol: 'calm-breathing' },
    },
    { id: 'a2', name: 'Putty', minutes: 5, timesPerPeriod: 3, period: 'week', safety: 'Stop if there is pain.' },
  ],
};

function add(root, attributes = {}, program = PROGRAM) {
  const el = document.createElement('ot-home-program');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (program) el.program = program;
  root.append(el);
  return el;
}

export default async function (root) {
  const elements = [
    add(root, { today: '2026-12-09' }),
    add(root, { view: 'therapist', lang: 'es', dir: 'rtl' }),
    add(root, { view: 'therapist' }, undefined),
    add(root, { view: 'sideways' }),
  ];
  await Promise.all(elements.map((el) => el.updateComplete));
  const changed = new Promise((resolve) => elements[0].addEventListener('ot-practice-change', resolve, { once: true }));
  elements[0].shadowRoot.querySelector('[part~="log-button"]').click();
  await changed;
}
