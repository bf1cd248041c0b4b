// Strict-CSP scenario for <ot-progress-chart>: renders it in the states that touch CSP-sensitive paths (add one for
// every picture, CSSOM style or store write the element gains). Plain browser JS; the page loads the CDN bundle.
import '/packages/elements/dist/cdn/otkit.min.js';

function add(root, attributes = {}) {
  const el = document.createElement('ot-progress-chart');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  root.append(el);
  return el;
}

export default async function (root) {
  const elements = [
    add(root, { heading: 'Today' }),
    add(root, { layout: 'horizontal', lang: 'es', dir: 'rtl' }),
    add(root, { layout: 'diagonal' }),
  ];
  await Promise.all(elements.map((el) => el.updateComplete));
}
