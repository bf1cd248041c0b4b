/**
 * The parts of FHIR R4 that OT Kit writes: just enough types to build and read its resources. They follow the
 * R4 JSON format (https://hl7.org/fhir/R4/); fields OT Kit never fills are left out.
 */

export interface FhirCoding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

export interface FhirReference {
  readonly reference?: string;
  readonly display?: string;
}

export interface FhirIdentifier {
  readonly system: string;
  readonly value: string;
}

export interface FhirPeriod {
  readonly start?: string;
  readonly end?: string;
}

export interface FhirQuantity {
  readonly value: number;
  readonly unit: string;
  readonly system: string;
  readonly code: string;
}

export interface FhirExtension {
  readonly url: string;
  readonly extension?: readonly FhirExtension[];
  readonly valueCoding?: FhirCoding;
  readonly valueString?: string;
}

export interface FhirAnnotation {
  readonly text: string;
}

export interface FhirPatient {
  readonly resourceType: 'Patient';
  readonly id: string;
  readonly identifier?: readonly FhirIdentifier[];
}

export interface FhirGoal {
  readonly resourceType: 'Goal';
  readonly id: string;
  readonly extension?: readonly FhirExtension[];
  readonly identifier?: readonly FhirIdentifier[];
  readonly lifecycleStatus: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled';
  readonly achievementStatus?: FhirCodeableConcept;
  readonly description: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly startDate?: string;
  readonly target?: readonly {
    readonly measure?: FhirCodeableConcept;
    readonly detailCodeableConcept?: FhirCodeableConcept;
  }[];
}

export interface FhirObservationComponent {
  readonly code: FhirCodeableConcept;
  readonly valueQuantity?: FhirQuantity;
  readonly valueInteger?: number;
  readonly valueCodeableConcept?: FhirCodeableConcept;
}

export interface FhirObservation {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly identifier?: readonly FhirIdentifier[];
  readonly status: 'final' | 'amended';
  readonly category?: readonly FhirCodeableConcept[];
  readonly code: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly focus?: readonly FhirReference[];
  readonly encounter?: FhirReference;
  readonly effectiveDateTime: string;
  readonly valueCodeableConcept?: FhirCodeableConcept;
  readonly component?: readonly FhirObservationComponent[];
  readonly note?: readonly FhirAnnotation[];
}

export interface FhirEncounter {
  readonly resourceType: 'Encounter';
  readonly id: string;
  readonly identifier?: readonly FhirIdentifier[];
  readonly status: 'planned' | 'in-progress' | 'finished';
  readonly class: FhirCoding;
  readonly type?: readonly FhirCodeableConcept[];
  readonly subject: FhirReference;
  readonly period?: FhirPeriod;
  readonly length?: FhirQuantity;
  readonly partOf?: FhirReference;
}

export interface FhirCarePlanActivity {
  readonly detail: {
    readonly status: 'not-started' | 'in-progress' | 'completed';
    readonly description: string;
    readonly scheduledString?: string;
  };
}

export interface FhirCarePlan {
  readonly resourceType: 'CarePlan';
  readonly id: string;
  readonly identifier?: readonly FhirIdentifier[];
  readonly status: 'active' | 'completed';
  readonly intent: 'plan';
  readonly category?: readonly FhirCodeableConcept[];
  readonly title?: string;
  readonly subject: FhirReference;
  readonly goal?: readonly FhirReference[];
  readonly activity?: readonly FhirCarePlanActivity[];
}

/** Every resource OT Kit exports. */
export type FhirResource = FhirPatient | FhirGoal | FhirObservation | FhirEncounter | FhirCarePlan;

export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly id: string;
  readonly type: 'collection';
  readonly timestamp?: string;
  readonly entry: readonly { readonly fullUrl: string; readonly resource: FhirResource }[];
}
