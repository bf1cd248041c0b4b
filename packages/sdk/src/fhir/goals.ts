/**
 * Goals and the progress recorded on them, as FHIR R4 Goal and Observation resources.
 */
import type { OtGoal, OtProgressEntry } from '../model/goals.js';
import type { OtGasLevel } from '../model/enums.js';
import { progressTrend, type OtProgressPoint } from '../measures/progress.js';
import {
  GAS_CODES,
  GAS_LEVEL_ANSWERS,
  GOAL_ACHIEVEMENT,
  OTKIT_IDS,
  PCO_GAS_EXTENSION,
  THERAPY_CATEGORY,
  UCUM,
  otkitConcept,
} from './codes.js';
import type {
  FhirCodeableConcept,
  FhirExtension,
  FhirGoal,
  FhirObservation,
  FhirObservationComponent,
  FhirReference,
} from './resources.js';

/** How the export finds the reference of a record it also exports. */
export interface FhirLinks {
  readonly subject: FhirReference;
  goal(goalId: string): FhirReference;
  /** The encounter of a session, when the session is in the bundle. */
  encounter(sessionId: string | undefined): FhirReference | undefined;
  id(resourceType: string, recordId: string): string;
}

export const isoInstant = (ms: number): string => new Date(ms).toISOString();
export const isoDate = (ms: number): string => isoInstant(ms).slice(0, 10);
export const recordIdentifier = (id: string) => [{ system: OTKIT_IDS, value: id }];

const GAS_LEVELS_HIGH_TO_LOW = ['2', '1', '0', '-1', '-2'] as const;

/** The goal's own GAS scale: one PCO extension per level it describes. */
function gasExtensions(goal: OtGoal): FhirExtension[] {
  const levels = goal.gas?.levels;
  if (!levels) return [];
  return GAS_LEVELS_HIGH_TO_LOW.filter((level) => levels[level]).map((level) => ({
    url: PCO_GAS_EXTENSION,
    extension: [
      { url: 'level', valueCoding: GAS_LEVEL_ANSWERS[level] },
      { url: 'text', valueString: levels[level]! },
    ],
  }));
}

/** FHIR's goal-achievement code for the latest status and the trend of percent correct and assistance. */
export function achievementStatus(points: readonly OtProgressPoint[]): FhirCodeableConcept {
  const code = (value: string, display: string) => ({ coding: [{ system: GOAL_ACHIEVEMENT, code: value, display }] });
  if (points.length === 0) return code('in-progress', 'In Progress');
  if (points[points.length - 1]!.status === 'met') return code('achieved', 'Achieved');
  const percent = progressTrend(points, 'percentCorrect');
  const trend = percent.direction === 'insufficient-data' ? progressTrend(points, 'assistance') : percent;
  if (trend.direction === 'improving') return code('improving', 'Improving');
  if (trend.direction === 'worsening') return code('worsening', 'Worsening');
  if (trend.direction === 'no-change') return code('no-change', 'No Change');
  return code('in-progress', 'In Progress');
}

/** A goal as a FHIR Goal: lifecycle, achievement, description, start, GAS scale and target. */
export function goalResource(goal: OtGoal, points: readonly OtProgressPoint[], links: FhirLinks): FhirGoal {
  const extension = gasExtensions(goal);
  return {
    resourceType: 'Goal',
    id: links.id('Goal', goal.id),
    ...(extension.length ? { extension } : {}),
    identifier: recordIdentifier(goal.id),
    lifecycleStatus: goal.lifecycle,
    achievementStatus: achievementStatus(points),
    description: { text: goal.description },
    subject: links.subject,
    startDate: isoDate(goal.createdAt),
    ...(goal.gas
      ? {
          target: [
            { measure: { coding: [GAS_CODES.reported] }, detailCodeableConcept: { coding: [GAS_LEVEL_ANSWERS['0']] } },
          ],
        }
      : {}),
  };
}

const count = (code: string, display: string, value: number): FhirObservationComponent => ({
  code: otkitConcept(code, display),
  valueInteger: value,
});

/** The components of one progress entry: trials, percent correct, assistance, prompt, status. */
function progressComponents(point: OtProgressPoint): FhirObservationComponent[] {
  const components: FhirObservationComponent[] = [];
  if (point.trials) {
    components.push(count('trials-correct', 'Trials correct', point.trials.plus));
    components.push(count('trials-incorrect', 'Trials incorrect', point.trials.minus));
  }
  if (point.percentCorrect !== undefined)
    components.push({
      code: otkitConcept('percent-correct', 'Percent of trials correct'),
      valueQuantity: { value: Math.round(point.percentCorrect * 10) / 10, unit: '%', system: UCUM, code: '%' },
    });
  if (point.assistance)
    components.push({
      code: otkitConcept('assistance-level', 'Level of assistance'),
      valueCodeableConcept: otkitConcept(`assistance-${point.assistance}`, point.assistance),
    });
  if (point.prompt)
    components.push({
      code: otkitConcept('prompt-type', 'Prompt type'),
      valueCodeableConcept: otkitConcept(`prompt-${point.prompt}`, point.prompt),
    });
  if (point.status)
    components.push({
      code: otkitConcept('goal-session-status', 'Goal status in the session'),
      valueCodeableConcept: otkitConcept(`status-${point.status}`, point.status),
    });
  return components;
}

/** One progress entry as an Observation focused on its goal, and its GAS level as a PCO score observation. */
export function progressObservations(
  entry: OtProgressEntry,
  point: OtProgressPoint,
  links: FhirLinks,
): FhirObservation[] {
  const encounter = links.encounter(entry.sessionId);
  const common = {
    identifier: recordIdentifier(entry.id),
    status: 'final' as const,
    category: [THERAPY_CATEGORY],
    subject: links.subject,
    focus: [links.goal(entry.goalId)],
    ...(encounter ? { encounter } : {}),
    effectiveDateTime: isoInstant(entry.at),
  };
  const observations: FhirObservation[] = [];
  const components = progressComponents(point);
  if (components.length || entry.note)
    observations.push({
      resourceType: 'Observation',
      id: links.id('Observation', entry.id),
      ...common,
      code: otkitConcept('goal-progress', 'Progress on a therapy goal'),
      ...(components.length ? { component: components } : {}),
      ...(entry.note ? { note: [{ text: entry.note }] } : {}),
    });
  if (entry.gasLevel !== undefined)
    observations.push(gasObservation(links.id('Observation', `${entry.id}/gas`), entry.gasLevel, common));
  return observations;
}

/** A GAS score observation (the PCO guide's profile): the level as a LOINC answer, focused on the goal. */
export function gasObservation(
  id: string,
  level: OtGasLevel,
  common: Omit<FhirObservation, 'resourceType' | 'id' | 'code'>,
  kind: 'baseline' | 'practitionerFollowUp' = 'practitionerFollowUp',
): FhirObservation {
  return {
    resourceType: 'Observation',
    id,
    ...common,
    code: { coding: [GAS_CODES[kind]] },
    valueCodeableConcept: { coding: [GAS_LEVEL_ANSWERS[`${level}`]] },
  };
}
