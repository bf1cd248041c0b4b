// Strict-CSP scenario for <ot-sync-indicator>: each state it draws (its dot is styled by state, never by a
// style attribute). Plain browser JS; the page loads the CDN bundle.
import '/packages/elements/dist/cdn/otkit.min.js';

const synced = { state: 'idle', pending: 0, rejected: 0, lastSuccess: 1, error: undefined, leader: true };

function add(root, status, attributes = {}) {
  const el = document.createElement('ot-sync-indicator');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.status = status;
  root.append(el);
  return el;
}

export default async function (root) {
  const elements = [
    add(root, synced),
    add(root, { ...synced, state: 'syncing', pending: 2 }),
    add(root, { ...synced, state: 'offline', pending: 3, rejected: 1 }, { lang: 'es', dir: 'rtl' }),
  ];
  await Promise.all(elements.map((el) => el.updateComplete));
}
