import type { OtGoal } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtCurrentChangeEvent}. */
export interface OtCurrentChangeDetail {
  /** The goal now on top of the stack. */
  readonly goal: OtGoal;
  /** Its position in the stack (0-based). */
  readonly index: number;
}

/** Fired when the person makes another goal current (next, previous, or picking it from the list). */
export class OtCurrentChangeEvent extends OtDetailEvent<OtCurrentChangeDetail> {
  constructor(detail: OtCurrentChangeDetail) {
    super('ot-current-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-current-change': OtCurrentChangeEvent;
  }
}
