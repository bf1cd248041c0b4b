import type { OtScheduleStep, OtStepState } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtStepChangeEvent}. */
export interface OtStepChangeDetail {
  /** Position of the step that changed. */
  readonly index: number;
  /** The step after the change. */
  readonly step: OtScheduleStep;
  /** Its state before the change. */
  readonly previous: OtStepState;
  /** Every step of the schedule after the change (store them to keep the schedule in step). */
  readonly steps: readonly OtScheduleStep[];
}

/**
 * Fired after a step changed through the person using the schedule: checked off or undone, made current,
 * skipped, or chosen. When one change moves the schedule on (checking off the current step makes the next one
 * current), one event fires per step that changed. Never fired for a property set by the page.
 */
export class OtStepChangeEvent extends OtDetailEvent<OtStepChangeDetail> {
  constructor(detail: OtStepChangeDetail) {
    super('ot-step-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-step-change': OtStepChangeEvent;
  }
}
