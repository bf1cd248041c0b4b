import type { OtServiceStudent } from '@otkit/elements';

/** Thursday of the week the tests look at (Mon 14 – Sun 20 Sep 2026). */
export const TODAY = '2026-09-17';
export const T0 = Date.UTC(2026, 8, 17, 15, 0);

export const STUDENTS: OtServiceStudent[] = [
  { id: 'c-ana', alias: 'Student A' },
  { id: 'c-ben', alias: 'Student B' },
  { id: 'c-caz', alias: 'Student C' },
];

/** Three weekly services: Ana 2 × 30 pull-out, Ben 2 × 30 push-in, Caz 1 × 45 pull-out group. */
export function services(): Record<string, unknown>[] {
  const base = { period: 'week', startDate: '2026-09-14', endDate: '2026-10-09', createdAt: T0 };
  return [
    { ...base, id: 's-ana', clientId: 'c-ana', model: 'individual', minutesPerSession: 30, sessionsPerPeriod: 2 },
    { ...base, id: 's-ben', clientId: 'c-ben', model: 'push-in', minutesPerSession: 30, sessionsPerPeriod: 2 },
    { ...base, id: 's-caz', clientId: 'c-caz', model: 'small-group', minutesPerSession: 45, sessionsPerPeriod: 1 },
  ];
}

/** This week so far: Ana had her two sessions, Ben was absent on Tuesday, Caz has nothing yet. */
export function entries(): Record<string, unknown>[] {
  return [
    {
      id: 'e1',
      serviceId: 's-ana',
      date: '2026-09-15',
      minutes: 30,
      status: 'provided',
      setting: 'therapy-room',
      createdAt: T0,
    },
    {
      id: 'e2',
      serviceId: 's-ana',
      date: '2026-09-16',
      minutes: 30,
      status: 'provided',
      setting: 'therapy-room',
      createdAt: T0,
    },
    { id: 'e3', serviceId: 's-ben', date: '2026-09-15', minutes: 30, status: 'student-absent', createdAt: T0 },
    {
      id: 'e4',
      serviceId: 's-ben',
      date: '2026-09-14',
      minutes: 30,
      status: 'provided',
      setting: 'classroom',
      voidedAt: T0,
      createdAt: T0,
    },
  ];
}
