/**
 * The checks the service-log commands share: the services named, the session's local date, the date within each
 * service, the minutes, and a make-up's missed session. Each pushes what is wrong to `issues` (with the field's
 * path) so a command names every problem at once (internal; not exported by the package).
 */
import type { OtIssue, OtValidationError } from '../errors.js';
import { isCalendarDate } from '../model/fields.js';
import type { OtIepService } from '../model/iep-services.js';
import { localDateOf, type OtTimeZone } from '../measures/service-dates.js';
import type { OtTransaction } from '../store/types.js';

const MAX_MINUTES = 480;
const MAX_GROUP = 50;

/** When a session took place: a local date, or an instant (default: now) read in an explicit time zone. */
export interface OtServiceWhen {
  /** The local date, `YYYY-MM-DD`. Default: the date of `at` (or of now) in `timeZone`. */
  readonly date?: string | undefined;
  /** When the session started (ms since the epoch); stored with the entry as `startedAt`. */
  readonly at?: number | undefined;
  /** The zone `at` (or now) is read in when no `date` is given: an IANA name or an offset in minutes. */
  readonly timeZone?: OtTimeZone | undefined;
}

/** The services named, each checked; problems go to `issues` (path `serviceIds[i]`). */
export function servicesOf(tx: OtTransaction, serviceIds: unknown, issues: OtIssue[]): OtIepService[] {
  if (!Array.isArray(serviceIds) || serviceIds.length === 0) {
    issues.push({ path: ['serviceIds'], code: 'required', message: 'must name at least one IEP service' });
    return [];
  }
  if (serviceIds.length > MAX_GROUP)
    issues.push({ path: ['serviceIds'], code: 'too-big', message: `must name at most ${MAX_GROUP} services` });
  const services: OtIepService[] = [];
  const seen = new Set<string>();
  serviceIds.slice(0, MAX_GROUP).forEach((id: unknown, index) => {
    const service = typeof id === 'string' ? tx.iepServices.get(id) : undefined;
    if (!service)
      issues.push({
        path: ['serviceIds', index],
        code: 'reference',
        message: `names no IEP service ("${String(id)}")`,
      });
    else if (seen.has(service.id))
      issues.push({ path: ['serviceIds', index], code: 'duplicate', message: `repeats "${service.id}"` });
    else {
      seen.add(service.id);
      services.push(service);
    }
  });
  return services;
}

/** The local date of the session, or undefined with the problem in `issues`. */
export function dateOf(when: OtServiceWhen, now: number, issues: OtIssue[]): string | undefined {
  if (when.date !== undefined) {
    if (typeof when.date === 'string' && isCalendarDate(when.date)) return when.date;
    issues.push({ path: ['date'], code: 'pattern', message: `must be a date written YYYY-MM-DD (got "${when.date}")` });
    return undefined;
  }
  if (when.timeZone === undefined) {
    issues.push({
      path: ['timeZone'],
      code: 'required',
      message: 'is needed to take the local date of the session when no date is given',
    });
    return undefined;
  }
  if (when.at !== undefined && (!Number.isInteger(when.at) || when.at < 0)) {
    issues.push({ path: ['at'], code: 'invalid', message: `must be whole milliseconds since 1970 (got ${when.at})` });
    return undefined;
  }
  try {
    return localDateOf(when.at ?? now, when.timeZone);
  } catch (error) {
    issues.push(...(error as OtValidationError).issues);
    return undefined;
  }
}

/** Refuses a date outside any of the services' dates (path `field`). */
export function checkWithin(services: readonly OtIepService[], date: string, field: string, issues: OtIssue[]): void {
  for (const service of services) {
    if (date < service.startDate)
      issues.push({
        path: [field],
        code: 'too-small',
        message: `is before IEP service "${service.id}" starts (${service.startDate}; got ${date})`,
      });
    else if (date > service.endDate)
      issues.push({
        path: [field],
        code: 'too-big',
        message: `is after IEP service "${service.id}" ends (${service.endDate}; got ${date})`,
      });
  }
}

/** The minutes for each student: the given ones checked, or the services' shared minutes per session. */
export function minutesOf(
  services: readonly OtIepService[],
  minutes: unknown,
  min: number,
  issues: OtIssue[],
): number | undefined {
  if (minutes === undefined) {
    const lengths = [...new Set(services.map((s) => s.minutesPerSession))];
    if (lengths.length <= 1) return lengths[0];
    issues.push({
      path: ['minutes'],
      code: 'required',
      message: `must be given: the services' sessions differ in length (${lengths.join(', ')} minutes)`,
    });
    return undefined;
  }
  if (typeof minutes !== 'number' || !Number.isInteger(minutes))
    issues.push({ path: ['minutes'], code: 'integer', message: `must be whole minutes (got ${String(minutes)})` });
  else if (minutes < min)
    issues.push({ path: ['minutes'], code: 'too-small', message: `must be at least ${min} (got ${minutes})` });
  else if (minutes > MAX_MINUTES)
    issues.push({ path: ['minutes'], code: 'too-big', message: `must be at most ${MAX_MINUTES} (got ${minutes})` });
  else return minutes;
  return undefined;
}

/** Whether a service has a missed entry (not voided) on `date`, other than `exceptId`. */
export function hasMissOn(tx: OtTransaction, serviceId: string, date: string): boolean {
  return tx.serviceLogs
    .list()
    .some((e) => e.serviceId === serviceId && e.date === date && e.status !== 'provided' && e.voidedAt === undefined);
}

/** Checks that `makeUpFor` names a missed session of every service, on or before the session's date. */
export function checkMakeUp(
  tx: OtTransaction,
  services: readonly OtIepService[],
  makeUpFor: unknown,
  date: string | undefined,
  issues: OtIssue[],
): void {
  if (typeof makeUpFor !== 'string' || !isCalendarDate(makeUpFor)) {
    issues.push({
      path: ['makeUpFor'],
      code: 'pattern',
      message: `must be a date written YYYY-MM-DD (got "${String(makeUpFor)}")`,
    });
    return;
  }
  if (date !== undefined && makeUpFor > date)
    issues.push({ path: ['makeUpFor'], code: 'order', message: `is after the make-up session's date (${date})` });
  checkWithin(services, makeUpFor, 'makeUpFor', issues);
  for (const service of services)
    if (!hasMissOn(tx, service.id, makeUpFor))
      issues.push({
        path: ['makeUpFor'],
        code: 'reference',
        message: `names no missed session of IEP service "${service.id}" on ${makeUpFor}`,
      });
}
