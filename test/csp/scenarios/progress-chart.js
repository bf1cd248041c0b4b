// Strict-CSP scenario for <ot-progress-chart>: the SVG chart (geometry in attributes, colours from the stylesheet),
// the table, the overview, the report, right to left and Spanish, and the error state of a malformed entry.
// Plain browser JS; the page loads the CDN bundle.
import '/packages/elements/dist/cdn/otkit.min.js';

const DAY = 86_400_000;
const goals = [
  { id: 'zip', description: 'Zip a coat', order: 1, createdAt: 0, gas: { levels: { 0: 'Zips with a reminder' } } },
  { id: 'cut', description: 'Cut a line', order: 2, createdAt: 0 },
];
const entries = Array.from({ length: 12 }, (_, i) => ({
  id: `e${i}`,
  goalId: i % 3 ? 'zip' : 'cut',
  at: Date.UTC(2026, 8, 7) + i * 7 * DAY,
  trials: { plus: 2 + (i % 6), minus: 3 },
  assistance: ['moderate', 'minimal', 'supervision'][i % 3],
  gasLevel: (i % 5) - 2,
}));

function add(root, attributes = {}, properties = {}) {
  const el = document.createElement('ot-progress-chart');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, { goals, entries }, properties);
  root.append(el);
  return el;
}

export default async function (root) {
  const elements = [
    add(root, { 'goal-id': 'zip' }),
    add(root, { view: 'table' }),
    add(root, { view: 'overview', lang: 'es', dir: 'rtl' }),
    add(root, { view: 'report' }, { report: 'Progress report\n- Zip a coat: 40% → 80%' }),
    add(root, { 'goal-id': 'zip' }, { entries: [{ ...entries[0], trials: { plus: -1, minus: 0 } }] }),
    add(root, { view: 'pie' }),
  ];
  await Promise.all(elements.map((el) => el.updateComplete));
}
