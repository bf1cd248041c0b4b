/**
 * FHIR R4 export: a client's goals, sessions, progress and home program as one `collection` Bundle that an EHR
 * or a portal's FHIR server can read — Goal (lifecycle, achievement, the GAS scale of the HL7 Person-Centered
 * Outcomes guide), CarePlan, Encounter (a session, and each phase it ran as an encounter that is part of it) and
 * Observation (each progress entry, each GAS score). Ids are stable: exporting the same records again gives the
 * same ids. No names are written: the subject is the host's own reference, or a Patient that carries only
 * OT Kit's pseudonymous client id.
 */
import { OtNotFoundError, OtValidationError } from '../errors.js';
import { sessionFlow } from '../flow/session.js';
import { phaseName, type OtSummaryLanguage } from '../flow/summary.js';
import { progressPoint } from '../measures/progress.js';
import type { OtGoal, OtProgressEntry } from '../model/goals.js';
import type { OtHomeProgram } from '../model/home-programs.js';
import type { OtSessionRecord } from '../model/sessions.js';
import { getRecord, listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';
import { ACT_CODE, THERAPY_CATEGORY, UCUM, otkitConcept } from './codes.js';
import {
  gasObservation,
  goalResource,
  isoDate,
  isoInstant,
  progressObservations,
  recordIdentifier,
  type FhirLinks,
} from './goals.js';
import { stableUuid } from './ids.js';
import type { FhirBundle, FhirCarePlan, FhirEncounter, FhirReference, FhirResource } from './resources.js';

/** Options of {@link toFhirBundle}. */
export interface FhirExportOptions {
  /** Export only this client's records (goals, sessions, home programs with this `clientId`). Default: every record. */
  readonly clientId?: string;
  /**
   * The subject every resource refers to, as the host's FHIR server knows the person (e.g.
   * `{ reference: 'Patient/123' }`). Default: a Patient resource in the bundle that holds only the client id.
   */
  readonly subject?: FhirReference;
  /** Language of phase names and other display text. Default `'en'`. */
  readonly language?: OtSummaryLanguage;
  /** The time sessions still running are read at (ms since the epoch), and the bundle's timestamp. */
  readonly now: number;
}

const urn = (uuid: string) => `urn:uuid:${uuid}`;
const CLASS_AMBULATORY = { system: ACT_CODE, code: 'AMB', display: 'ambulatory' };

function checkOptions(options: FhirExportOptions): void {
  const issues = [];
  if (!Number.isFinite(options.now))
    issues.push({ path: ['now'], code: 'type' as const, message: 'must be a time in ms since the epoch' });
  if (options.subject !== undefined && typeof options.subject?.reference !== 'string')
    issues.push({ path: ['subject', 'reference'], code: 'type' as const, message: 'must be a string' });
  if (options.language !== undefined && options.language !== 'en' && options.language !== 'es')
    issues.push({ path: ['language'], code: 'enum' as const, message: 'must be "en" or "es"' });
  if (issues.length) throw new OtValidationError('FHIR export options', issues);
}

/** A session and each phase it ran (its last visit) as encounters. */
function sessionEncounters(record: OtSessionRecord, links: FhirLinks, options: FhirExportOptions): FhirEncounter[] {
  const flow = sessionFlow(record.phases, record.events, options.now, { autoAdvance: record.autoAdvance });
  const status = flow.status === 'ended' ? 'finished' : flow.status === 'not-started' ? 'planned' : 'in-progress';
  const sessionRef = { reference: urn(links.id('Encounter', record.id)) };
  const session: FhirEncounter = {
    resourceType: 'Encounter',
    id: links.id('Encounter', record.id),
    identifier: recordIdentifier(record.id),
    status,
    class: CLASS_AMBULATORY,
    type: [otkitConcept('therapy-session', 'Occupational therapy session')],
    subject: links.subject,
    ...(flow.startedAt !== undefined
      ? {
          period: {
            start: isoInstant(flow.startedAt),
            ...(flow.endedAt !== undefined ? { end: isoInstant(flow.endedAt) } : {}),
          },
          length: { value: Math.round(flow.elapsed / 60_000), unit: 'min', system: UCUM, code: 'min' },
        }
      : {}),
  };
  if (flow.startedAt === undefined) return [session];
  const phases = flow.phases.flatMap((phase, index): FhirEncounter[] => {
    if (phase.status !== 'done' && phase.status !== 'current') return [];
    const start = index === 0 ? flow.startedAt : (flow.phases[index - 1]!.leftAt ?? flow.startedAt);
    const end = phase.status === 'current' ? flow.endedAt : phase.leftAt;
    return [
      {
        resourceType: 'Encounter',
        id: links.id('Encounter', `${record.id}/${phase.id}`),
        status: phase.status === 'current' && status === 'in-progress' ? 'in-progress' : 'finished',
        class: CLASS_AMBULATORY,
        type: [otkitConcept(`phase-${phase.id}`, phaseName(phase, options.language ?? 'en'))],
        subject: links.subject,
        period: { start: isoInstant(start!), ...(end !== undefined ? { end: isoInstant(end) } : {}) },
        length: { value: Math.round(phase.actual / 60_000), unit: 'min', system: UCUM, code: 'min' },
        partOf: sessionRef,
      },
    ];
  });
  return [session, ...phases];
}

function carePlan(
  id: string,
  goals: readonly OtGoal[],
  programs: readonly OtHomeProgram[],
  links: FhirLinks,
): FhirCarePlan {
  const activities = programs.flatMap((program) =>
    program.activities.map((activity) => ({
      detail: {
        status: 'in-progress' as const,
        description: activity.instructions ? `${activity.name}: ${activity.instructions}` : activity.name,
        scheduledString: `${activity.timesPerPeriod} × ${activity.minutes} min per ${activity.period}`,
      },
    })),
  );
  return {
    resourceType: 'CarePlan',
    id: links.id('CarePlan', id),
    status: goals.some((goal) => goal.lifecycle === 'active' || goal.lifecycle === 'on-hold') ? 'active' : 'completed',
    intent: 'plan',
    category: [otkitConcept('occupational-therapy', 'Occupational therapy')],
    title: 'Occupational therapy plan',
    subject: links.subject,
    ...(goals.length ? { goal: goals.map((goal) => links.goal(goal.id)) } : {}),
    ...(activities.length ? { activity: activities } : {}),
  };
}

/**
 * Exports a client's (or every) goal, session, progress entry and home program as a FHIR R4 Bundle of type
 * `collection`. Throws an {@link OtNotFoundError} for an unknown client and an {@link OtValidationError} for bad
 * options.
 *
 * @example
 * import { toFhirBundle } from '@otkit/sdk/fhir';
 * const bundle = toFhirBundle(store.getState(), { clientId, subject: { reference: 'Patient/123' }, now: Date.now() });
 * await fetch('/fhir', { method: 'POST', body: JSON.stringify(bundle) });
 */
export function toFhirBundle(state: OtState, options: FhirExportOptions): FhirBundle {
  checkOptions(options);
  const { clientId } = options;
  if (clientId !== undefined && !getRecord(state, 'clients', clientId)) throw new OtNotFoundError('clients', clientId);
  const mine = <T extends { clientId?: string | undefined }>(record: T) =>
    clientId === undefined || record.clientId === clientId;
  const goals = listRecords(state, 'goals').filter(mine);
  const sessions = listRecords(state, 'sessionRecords').filter(mine);
  const programs = listRecords(state, 'homePrograms').filter(mine);
  const scope = clientId ?? 'all';
  const patientId = stableUuid('Patient', scope);
  const sessionIds = new Set(sessions.map((session) => session.id));
  const links: FhirLinks = {
    subject: options.subject ?? { reference: urn(patientId) },
    id: stableUuid,
    goal: (goalId) => ({ reference: urn(stableUuid('Goal', goalId)) }),
    encounter: (sessionId) =>
      sessionId !== undefined && sessionIds.has(sessionId)
        ? { reference: urn(stableUuid('Encounter', sessionId)) }
        : undefined,
  };
  const resources: FhirResource[] = [];
  if (!options.subject)
    resources.push({
      resourceType: 'Patient',
      id: patientId,
      ...(clientId !== undefined ? { identifier: recordIdentifier(clientId) } : {}),
    });
  const entriesByGoal = new Map<string, OtProgressEntry[]>();
  for (const entry of listRecords(state, 'progressEntries')) {
    const list = entriesByGoal.get(entry.goalId);
    if (list) list.push(entry);
    else entriesByGoal.set(entry.goalId, [entry]);
  }
  for (const goal of goals) {
    const entries = (entriesByGoal.get(goal.id) ?? []).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    const points = entries.map(progressPoint);
    resources.push(goalResource(goal, points, links));
    if (goal.gas?.baseline !== undefined)
      resources.push(
        gasObservation(
          stableUuid('Observation', `${goal.id}/gas-baseline`),
          goal.gas.baseline,
          {
            status: 'final',
            category: [THERAPY_CATEGORY],
            subject: links.subject,
            focus: [links.goal(goal.id)],
            effectiveDateTime: isoInstant(goal.createdAt),
          },
          'baseline',
        ),
      );
    entries.forEach((entry, index) => resources.push(...progressObservations(entry, points[index]!, links)));
  }
  for (const session of sessions) resources.push(...sessionEncounters(session, links, options));
  if (goals.length || programs.length) resources.push(carePlan(scope, goals, programs, links));
  return {
    resourceType: 'Bundle',
    id: stableUuid('Bundle', `${scope}@${isoDate(options.now)}`),
    type: 'collection',
    timestamp: isoInstant(options.now),
    entry: resources.map((resource) => ({ fullUrl: urn(resource.id), resource })),
  };
}
