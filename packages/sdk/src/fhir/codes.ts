/**
 * The code systems and codes OT Kit's FHIR export uses: LOINC and HL7 where they name the concept (the HL7
 * Person-Centered Outcomes guide for Goal Attainment Scaling), and OT Kit's own URN code system for the rest.
 */
import type { OtGasLevel } from '../model/enums.js';
import type { FhirCodeableConcept, FhirCoding } from './resources.js';

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const GOAL_ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
/** The HL7 Person-Centered Outcomes (PCO) extension that carries one GAS level's description on a Goal. */
export const PCO_GAS_EXTENSION = 'http://hl7.org/fhir/us/pco/StructureDefinition/pco-goal-attainment-scaling';
/** OT Kit's own concepts (progress data, assistance levels, prompt types). */
export const OTKIT_CODES = 'urn:otkit:fhir:codes';
/** Where OT Kit's record ids are kept as identifiers, so an import can find the record again. */
export const OTKIT_IDS = 'urn:otkit:fhir:record-id';

/** LOINC answers of list LL6900-6 for the five GAS levels, as the PCO guide uses them. */
export const GAS_LEVEL_ANSWERS: Readonly<Record<`${OtGasLevel}`, FhirCoding>> = {
  '2': { system: LOINC, code: 'LA34479-8', display: 'Much better than expected' },
  '1': { system: LOINC, code: 'LA34480-6', display: 'Better than expected' },
  '0': { system: LOINC, code: 'LA34481-4', display: 'Expected outcome' },
  '-1': { system: LOINC, code: 'LA34483-0', display: 'Less than expected' },
  '-2': { system: LOINC, code: 'LA34484-8', display: 'Much less than expected' },
};

/** LOINC codes of GAS observations (the PCO guide's score value set). */
export const GAS_CODES = {
  reported: { system: LOINC, code: '107332-9', display: 'Goal attainment scale - Reported' },
  baseline: { system: LOINC, code: '112296-9', display: 'Goal attainment scale GAS baseline' },
  practitionerFollowUp: {
    system: LOINC,
    code: '107333-7',
    display: 'Practitioner follow-up goal attainment scaling score',
  },
} as const satisfies Record<string, FhirCoding>;

/** A concept of OT Kit's own code system. */
export function otkitConcept(code: string, display: string): FhirCodeableConcept {
  return { coding: [{ system: OTKIT_CODES, code, display }], text: display };
}

/** The observation category all of OT Kit's observations carry. */
export const THERAPY_CATEGORY: FhirCodeableConcept = {
  coding: [{ system: OBSERVATION_CATEGORY, code: 'therapy', display: 'Therapy' }],
};
