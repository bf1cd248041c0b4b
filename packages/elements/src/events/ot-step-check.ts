import type { OtScheduleStep, OtStepState } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtStepCheckEvent}. */
export interface OtStepCheckDetail {
  /** Position of the step in the schedule. */
  readonly index: number;
  /** The step as it is now. */
  readonly step: OtScheduleStep;
  /** The state the person asked for: `done` (checked off), `upcoming` (undone), `now` or `skipped`. */
  readonly state: OtStepState;
}

/**
 * Fired when someone asks to change a step's state: checks it off, undoes it, makes it the current step or
 * skips it. Cancel it (`preventDefault()`) to stop the change; otherwise `ot-step-change` follows.
 */
export class OtStepCheckEvent extends OtDetailEvent<OtStepCheckDetail> {
  constructor(detail: OtStepCheckDetail) {
    super('ot-step-check', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-step-check': OtStepCheckEvent;
  }
}
