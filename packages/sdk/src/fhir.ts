/**
 * @otkit/sdk/fhir — FHIR R4 export of goals, sessions, progress and home programs (Goal, CarePlan, Encounter,
 * Observation in a Bundle). A subpath of its own so that pages and element bundles that never talk to an EHR do
 * not carry it.
 *
 * @example
 * import { toFhirBundle } from '@otkit/sdk/fhir';
 * const bundle = toFhirBundle(store.getState(), { clientId, now: Date.now() });
 */
export { toFhirBundle } from './fhir/export.js';
export type { FhirExportOptions } from './fhir/export.js';
export { achievementStatus } from './fhir/goals.js';
export { stableUuid } from './fhir/ids.js';
export { GAS_CODES, GAS_LEVEL_ANSWERS, LOINC, OTKIT_CODES, OTKIT_IDS, PCO_GAS_EXTENSION } from './fhir/codes.js';
export type * from './fhir/resources.js';
