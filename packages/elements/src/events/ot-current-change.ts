import type { OtGoal } from '@otkit/sdk';

/** Detail of {@link OtCurrentChangeEvent}. */
export interface OtCurrentChangeDetail {
  /** The goal now on top of the stack. */
  readonly goal: OtGoal;
  /** Its position in the stack (0-based). */
  readonly index: number;
}

/** Fired when the person makes another goal current (next, previous, or picking it from the list). */
export class OtCurrentChangeEvent extends Event {
  readonly detail: OtCurrentChangeDetail;
  constructor(detail: OtCurrentChangeDetail) {
    super('ot-current-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-current-change': OtCurrentChangeEvent;
  }
}
