// Strict-CSP scenario for <ot-service-minutes>: a caseload whose bars get their widths through the CSSOM, a
// student's detail in Spanish right to left, and a bad attribute (the error state). Plain browser JS; the page
// loads the CDN bundle.
import '/packages/elements/dist/cdn/otkit.min.js';

const base = { period: 'week', startDate: '2026-09-14', endDate: '2026-10-09', createdAt: 1 };
const services = [
  { ...base, id: 's-a', clientId: 'c-a', model: 'individual', minutesPerSession: 30, sessionsPerPeriod: 2 },
  { ...base, id: 's-b', clientId: 'c-b', model: 'push-in', minutesPerSession: 20, sessionsPerPeriod: 2 },
];
const entries = [
  { id: 'e1', serviceId: 's-a', date: '2026-09-15', minutes: 30, status: 'provided', createdAt: 1 },
  { id: 'e2', serviceId: 's-b', date: '2026-09-14', minutes: 20, status: 'student-absent', createdAt: 1 },
];
const students = [
  { id: 'c-a', alias: '<img src=x onerror=alert(1)>' },
  { id: 'c-b', alias: 'Student B' },
];

function add(root, attributes = {}) {
  const el = document.createElement('ot-service-minutes');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.services = services;
  el.entries = entries;
  el.students = students;
  root.append(el);
  return el;
}

export default async function (root) {
  const elements = [
    add(root, { today: '2026-09-17' }),
    add(root, { today: '2026-09-17', 'open-service': 's-b', lang: 'es', dir: 'rtl' }),
    add(root, { today: '2026-09-17', model: 'diagonal' }),
  ];
  await Promise.all(elements.map((el) => el.updateComplete));
}
