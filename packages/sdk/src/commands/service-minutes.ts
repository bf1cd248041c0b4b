/**
 * Commands of the service log: log a session for one student or a group (each student gets an entry of the same
 * minutes, the group size recorded), log a missed session with its reason, mark a make-up, edit and void an
 * entry. Each checks everything it is given first and names every problem (`OtValidationError` with the
 * field's path), runs in one store transaction (all students of a group or none), and resolves once saved.
 * A voided entry stays stored, marked `voidedAt`, and its history stays in the change log.
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import {
  OT_SERVICE_MISS_REASONS,
  type OtProviderRole,
  type OtServiceDeliveryModel,
  type OtServiceMissReason,
  type OtServiceSetting,
} from '../model/enums.js';
import { createId } from '../model/ids.js';
import type { OtIepService, OtServiceLogEntry } from '../model/iep-services.js';
import type { OtStore } from '../store/store.js';
import type { OtPatch, OtTransaction } from '../store/types.js';
import { runCommand } from './run-command.js';
import { checkMakeUp, checkWithin, dateOf, minutesOf, servicesOf, type OtServiceWhen } from './service-log-checks.js';

export type { OtServiceWhen } from './service-log-checks.js';

const SUBJECT = 'service log entry';

/** Input of {@link logServiceSession}. */
export interface OtLogServiceInput extends OtServiceWhen {
  /** The IEP service of each student served: one for an individual session, several for a group. */
  readonly serviceIds: readonly string[];
  /** Minutes provided to each student. Default: the services' minutes per session (when they agree). */
  readonly minutes?: number | undefined;
  readonly setting?: OtServiceSetting | undefined;
  /** How the session was delivered. Default: each service's own model. */
  readonly model?: OtServiceDeliveryModel | undefined;
  readonly note?: string | undefined;
  /** The IEP goal the note is about. */
  readonly goalId?: string | undefined;
  readonly providerRole?: OtProviderRole | undefined;
  /** For a make-up session: the date of the missed session it makes up. */
  readonly makeUpFor?: string | undefined;
}

/** Input of {@link logMissedSession}. */
export interface OtLogMissedInput extends OtServiceWhen {
  readonly serviceIds: readonly string[];
  readonly reason: OtServiceMissReason;
  /** Minutes missed per student. Default: the services' minutes per session (when they agree). */
  readonly minutes?: number | undefined;
  readonly note?: string | undefined;
  readonly providerRole?: OtProviderRole | undefined;
}

/** What may change in an entry with {@link editServiceEntry}; `null` clears an optional field. */
export interface OtServiceEntryChanges {
  readonly date?: string;
  readonly minutes?: number;
  /** `provided`, or the reason the session was missed. */
  readonly status?: OtServiceLogEntry['status'];
  readonly setting?: OtServiceSetting | null;
  readonly model?: OtServiceDeliveryModel | null;
  readonly note?: string | null;
  readonly goalId?: string | null;
  readonly providerRole?: OtProviderRole | null;
  readonly makeUpFor?: string | null;
}

/** Options of the service-log commands. */
export interface OtServiceCommandOptions {
  /** The actor recorded in the change log. */
  readonly actor?: string;
}

function fail(issues: OtIssue[]): void {
  if (issues.length) throw new OtValidationError(SUBJECT, issues);
}

/**
 * Logs a session provided to one student, or to a group at once: each service named gets an entry of the same
 * minutes (default: the services' minutes per session), with the group's size and a shared `groupId`. A date
 * before a service starts or after it ends, minutes below 1, an unknown service or a `makeUpFor` that names no
 * missed session are refused, naming the field; nothing is stored then.
 *
 * @example
 * const [entry] = await logServiceSession(store, { serviceIds: ['svc-ana'], date: '2046-09-05', setting: 'classroom' });
 * const group = await logServiceSession(store, {
 *   serviceIds: ['svc-ana', 'svc-ben', 'svc-caz'],
 *   at: Date.now(),
 *   timeZone: 'America/Chicago',
 *   minutes: 30,
 *   model: 'small-group',
 * }); // three entries, groupSize 3
 */
export function logServiceSession(
  store: OtStore,
  input: OtLogServiceInput,
  options: OtServiceCommandOptions = {},
): Promise<OtServiceLogEntry[]> {
  return runCommand(store, 'serviceLogs.logSession', options, (tx) => {
    const issues: OtIssue[] = [];
    const services = servicesOf(tx, input.serviceIds, issues);
    const date = dateOf(input, tx.now, issues);
    const minutes = minutesOf(services, input.minutes, 1, issues);
    if (date !== undefined) checkWithin(services, date, 'date', issues);
    if (input.makeUpFor !== undefined) checkMakeUp(tx, services, input.makeUpFor, date, issues);
    fail(issues);
    const groupSize = services.length;
    const groupId = groupSize > 1 ? createId(tx.now) : undefined;
    return services.map((service) =>
      tx.serviceLogs.add({
        serviceId: service.id,
        date: date!,
        minutes: minutes!,
        status: 'provided',
        model: input.model ?? service.model,
        groupSize,
        groupId,
        setting: input.setting,
        note: input.note,
        goalId: input.goalId,
        providerRole: input.providerRole ?? service.providerRole,
        makeUpFor: input.makeUpFor,
        startedAt: input.at,
      }),
    );
  });
}

/**
 * Logs a session that did not happen, with its reason (student absent, provider absent, student refused,
 * holiday, other), for one student or several. The minutes missed default to the services' minutes per
 * session. Refused like {@link logServiceSession} for bad input; `reason` must be one of
 * `OT_SERVICE_MISS_REASONS`.
 *
 * @example
 * await logMissedSession(store, { serviceIds: ['svc-ana'], date: '2046-09-10', reason: 'student-absent' });
 */
export function logMissedSession(
  store: OtStore,
  input: OtLogMissedInput,
  options: OtServiceCommandOptions = {},
): Promise<OtServiceLogEntry[]> {
  return runCommand(store, 'serviceLogs.logMissed', options, (tx) => {
    const issues: OtIssue[] = [];
    const services = servicesOf(tx, input.serviceIds, issues);
    if (!OT_SERVICE_MISS_REASONS.includes(input.reason))
      issues.push({
        path: ['reason'],
        code: 'enum',
        message: `must be one of ${OT_SERVICE_MISS_REASONS.map((r) => `"${r}"`).join(', ')} (got ${JSON.stringify(input.reason)})`,
      });
    const date = dateOf(input, tx.now, issues);
    const minutes = minutesOf(services, input.minutes, 0, issues);
    if (date !== undefined) checkWithin(services, date, 'date', issues);
    fail(issues);
    return services.map((service) =>
      tx.serviceLogs.add({
        serviceId: service.id,
        date: date!,
        minutes: minutes!,
        status: input.reason,
        note: input.note,
        providerRole: input.providerRole ?? service.providerRole,
        startedAt: input.at,
      }),
    );
  });
}

function entryOf(tx: OtTransaction, entryId: string): { entry: OtServiceLogEntry; service: OtIepService } {
  const entry = tx.serviceLogs.get(entryId);
  if (!entry) throw new OtNotFoundError('serviceLogs', entryId);
  if (entry.voidedAt !== undefined)
    throw new OtValidationError(SUBJECT, [
      {
        path: ['entryId'],
        code: 'invalid',
        message: `names a voided entry ("${entryId}"); voided entries stay as they are`,
      },
    ]);
  const service = tx.iepServices.get(entry.serviceId);
  if (!service) throw new OtNotFoundError('iepServices', entry.serviceId);
  return { entry, service };
}

/**
 * Marks a provided session as the make-up for a missed one of the same service, on `makeUpFor` (on or before
 * the session's date, with a missed entry that is not voided). The make-up then counts toward the period of the
 * date it makes up.
 *
 * @example
 * await markMakeUp(store, { entryId: extra.id, makeUpFor: '2046-09-10' });
 */
export function markMakeUp(
  store: OtStore,
  input: { readonly entryId: string; readonly makeUpFor: string },
  options: OtServiceCommandOptions = {},
): Promise<OtServiceLogEntry> {
  return runCommand(store, 'serviceLogs.markMakeUp', options, (tx) => {
    const { entry, service } = entryOf(tx, input.entryId);
    const issues: OtIssue[] = [];
    if (entry.status !== 'provided')
      issues.push({
        path: ['entryId'],
        code: 'invalid',
        message: 'names a missed session; only a provided one is a make-up',
      });
    checkMakeUp(tx, [service], input.makeUpFor, entry.date, issues);
    fail(issues);
    return tx.serviceLogs.update(entry.id, { makeUpFor: input.makeUpFor });
  });
}

/**
 * Changes an entry that is not voided: its date (within the service), minutes, status, setting, model, note,
 * goal, provider role or make-up date (`null` clears an optional field). Every change is kept in the change log.
 *
 * @example
 * await editServiceEntry(store, { entryId: entry.id, changes: { minutes: 25, note: null } });
 */
export function editServiceEntry(
  store: OtStore,
  input: { readonly entryId: string; readonly changes: OtServiceEntryChanges },
  options: OtServiceCommandOptions = {},
): Promise<OtServiceLogEntry> {
  return runCommand(store, 'serviceLogs.edit', options, (tx) => {
    const { entry, service } = entryOf(tx, input.entryId);
    const changes = input.changes ?? {};
    const issues: OtIssue[] = [];
    const date = changes.date === undefined ? entry.date : dateOf({ date: changes.date }, tx.now, issues);
    if (date !== undefined && changes.date !== undefined) checkWithin([service], date, 'date', issues);
    const status = changes.status ?? entry.status;
    if (changes.minutes !== undefined) minutesOf([service], changes.minutes, status === 'provided' ? 1 : 0, issues);
    const makeUpFor = changes.makeUpFor === undefined ? entry.makeUpFor : (changes.makeUpFor ?? undefined);
    if (makeUpFor !== undefined && changes.makeUpFor !== undefined) checkMakeUp(tx, [service], makeUpFor, date, issues);
    if (makeUpFor !== undefined && status !== 'provided')
      issues.push({ path: ['status'], code: 'invalid', message: 'a make-up must be a provided session' });
    fail(issues);
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(changes)) patch[key] = value === null ? undefined : value;
    return tx.serviceLogs.update(entry.id, patch as OtPatch<'serviceLogs'>);
  });
}

/**
 * Voids an entry: it stays stored, marked with when (and why) it was voided, and no longer counts in any
 * figure; its history stays in the change log. Voiding a voided entry is refused.
 *
 * @example
 * await voidServiceEntry(store, { entryId: entry.id, reason: 'Logged for the wrong student' });
 */
export function voidServiceEntry(
  store: OtStore,
  input: { readonly entryId: string; readonly reason?: string | undefined },
  options: OtServiceCommandOptions = {},
): Promise<OtServiceLogEntry> {
  return runCommand(store, 'serviceLogs.void', options, (tx) => {
    const { entry } = entryOf(tx, input.entryId);
    return tx.serviceLogs.update(entry.id, { voidedAt: tx.now, voidReason: input.reason });
  });
}
