/**
 * A school OT's caseload with its service log, made up deterministically (no randomness between runs): the
 * Storybook stories show 30 students over September 2026, and bench/service-minutes.bench.ts rolls up 80
 * students over a school year with the same generator. Labels are pseudonyms; ids name no one.
 *
 * Every fourth student is served each way: pull-out individual (2 × 30 min a week, Tue and Thu), pull-out group
 * (1 × 30 min a week, Wed, in groups of up to three), push-in (2 × 20 min a week, Mon and Wed, in the classroom,
 * cafeteria, gym or playground) and consultation (15 min a month, with the teacher on the 15th or the next
 * school day). Labor Day is a holiday, the therapist is absent one day in twenty (made up the next week for
 * pull-out services), and a student is absent about one session in twelve.
 */
import {
  addDays,
  weekdayOf,
  type OtIepService,
  type OtServiceDeliveryModel,
  type OtServiceLogEntry,
  type OtServiceSetting,
} from '@otkit/sdk';

const PSEUDONYMS = [
  'Acorn',
  'Birch',
  'Cedar',
  'Dune',
  'Ember',
  'Fern',
  'Glade',
  'Harbor',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lark',
  'Maple',
  'Nova',
  'Otter',
  'Pebble',
  'Quill',
  'Robin',
  'Sage',
  'Thistle',
  'Umber',
  'Vale',
  'Willow',
  'Xenia',
  'Yarrow',
  'Zephyr',
  'Aspen',
  'Brook',
  'Clover',
  'Delta',
];
const PUSH_IN_SETTINGS: readonly OtServiceSetting[] = ['classroom', 'cafeteria', 'gym', 'playground'];
const MODELS: readonly OtServiceDeliveryModel[] = ['individual', 'small-group', 'push-in', 'consultation'];
const T0 = Date.UTC(2026, 7, 31, 12, 0);

/** What {@link schoolCaseload} makes. */
export interface OtSchoolCaseload {
  readonly students: { id: string; alias: string }[];
  readonly services: OtIepService[];
  readonly entries: OtServiceLogEntry[];
}

/** A number in [0, 1) from a few integers (the same every run). */
function noise(...values: number[]): number {
  let h = 2166136261;
  for (const v of values) h = Math.imul(h ^ v, 16777619) >>> 0;
  return (Math.imul(h ^ (h >>> 15), 2246822507) >>> 0) / 2 ** 32;
}

/**
 * `students` students served from `from` to `to` (the IEPs run the school year, 2026-09-01 – 2027-06-11), with
 * their service log through `loggedUntil` (default: `to`).
 *
 * @example
 * const { students, services, entries } = schoolCaseload({ students: 30, to: '2026-09-30', loggedUntil: '2026-09-24' });
 */
export function schoolCaseload(
  options: { students?: number; from?: string; to?: string; loggedUntil?: string } = {},
): OtSchoolCaseload {
  const count = options.students ?? 30;
  const from = options.from ?? '2026-09-01';
  const until = options.loggedUntil ?? options.to ?? '2026-09-30';
  const students = Array.from({ length: count }, (_, i) => ({
    id: `student-${String(i + 1).padStart(2, '0')}`,
    alias:
      count <= PSEUDONYMS.length ? PSEUDONYMS[i]! : `${PSEUDONYMS[i % PSEUDONYMS.length]} ${Math.floor(i / 30) + 1}`,
  }));
  const services: OtIepService[] = students.map((student, i) => {
    const model = MODELS[i % 4]!;
    return {
      id: `iep-${student.id}`,
      clientId: student.id,
      discipline: 'occupational therapy',
      model,
      minutesPerSession: model === 'push-in' ? 20 : model === 'consultation' ? 15 : 30,
      sessionsPerPeriod: model === 'individual' || model === 'push-in' ? 2 : 1,
      period: model === 'consultation' ? 'month' : 'week',
      providerRole: i % 3 === 0 ? 'cota' : 'otr',
      startDate: '2026-09-01',
      endDate: '2027-06-11',
      createdAt: T0,
    };
  });
  const entries: OtServiceLogEntry[] = [];
  let serial = 0;
  const add = (fields: Omit<OtServiceLogEntry, 'id' | 'createdAt'>) =>
    entries.push({ id: `log-${String(++serial).padStart(6, '0')}`, createdAt: T0, ...fields });
  const owed: { service: OtIepService; date: string }[] = [];
  for (let date = from, day = 0; date <= until; date = addDays(date, 1), day++) {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) continue;
    const holiday = date === '2026-09-07' || date.endsWith('-12-24') || date.endsWith('-12-25');
    const providerAbsent = !holiday && noise(day, 7) < 0.05;
    // Make-ups for last week's provider absences, on Fridays.
    if (weekday === 5 && !holiday && !providerAbsent)
      for (const { service, date: missed } of owed.splice(0))
        add({
          serviceId: service.id,
          date,
          minutes: service.minutesPerSession,
          status: 'provided',
          makeUpFor: missed,
          setting: 'therapy-room',
          groupSize: 1,
        });
    const groups = new Map<string, OtIepService[]>();
    services.forEach((service, i) => {
      const due =
        (service.model === 'individual' && (weekday === 2 || weekday === 4)) ||
        (service.model === 'small-group' && weekday === 3) ||
        (service.model === 'push-in' && (weekday === 1 || weekday === 3)) ||
        (service.model === 'consultation' &&
          Number(date.slice(8)) >= 15 &&
          Number(date.slice(8)) <= 19 &&
          !entries.some((e) => e.serviceId === service.id && e.date.slice(0, 7) === date.slice(0, 7)));
      if (!due) return;
      const base = { serviceId: service.id, date, minutes: service.minutesPerSession };
      if (holiday) return add({ ...base, status: 'holiday' });
      if (providerAbsent) {
        if (service.model !== 'push-in' && service.model !== 'consultation') owed.push({ service, date });
        return add({ ...base, status: 'provider-absent' });
      }
      if (noise(day, i) < 0.08)
        return add({ ...base, status: noise(i, day) < 0.2 ? 'student-refused' : 'student-absent' });
      if (service.model === 'small-group') {
        const key = `group-${Math.floor(i / 12)}`;
        groups.set(key, [...(groups.get(key) ?? []), service]);
        return;
      }
      add({
        ...base,
        status: 'provided',
        model: service.model,
        setting:
          service.model === 'push-in'
            ? PUSH_IN_SETTINGS[(day + i) % 4]!
            : service.model === 'consultation'
              ? 'classroom'
              : 'therapy-room',
        groupSize: 1,
        ...(noise(i, day, 3) < 0.3 ? { note: 'Worked on grasp and scissor skills.' } : {}),
      });
    });
    for (const [key, members] of groups)
      for (const service of members)
        add({
          serviceId: service.id,
          date,
          minutes: 30,
          status: 'provided',
          model: 'small-group',
          setting: 'therapy-room',
          groupSize: members.length,
          groupId: `${key}-${date}`,
        });
  }
  return { students, services, entries };
}
