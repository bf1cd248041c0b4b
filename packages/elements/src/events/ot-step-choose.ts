import type { OtScheduleStep } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtStepChooseEvent}. */
export interface OtStepChooseDetail {
  /** Position of the choice step in the schedule. */
  readonly index: number;
  /** The choice step as it is now. */
  readonly step: OtScheduleStep;
  /** The id of the activity picked, or undefined when the person asked to choose again. */
  readonly choiceId: string | undefined;
}

/**
 * Fired when someone picks one activity of a choice step (or asks to choose again). Cancel it to stop the
 * change; otherwise `ot-step-change` follows with the step's `chosenId` set.
 */
export class OtStepChooseEvent extends OtDetailEvent<OtStepChooseDetail> {
  constructor(detail: OtStepChooseDetail) {
    super('ot-step-choose', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-step-choose': OtStepChooseEvent;
  }
}
