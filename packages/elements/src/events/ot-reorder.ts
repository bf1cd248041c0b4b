import type { OtGoal } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtReorderEvent}. */
export interface OtReorderDetail {
  /** The goal being moved. */
  readonly goal: OtGoal;
  /** Its position now (0-based). */
  readonly from: number;
  /** The position it is moving to (0-based). */
  readonly to: number;
}

/**
 * Fired when the person moves a goal card (drag, Alt+Arrow, or the move buttons). Cancelable: call
 * `preventDefault()` to keep the order as it is. `ot-goal-change` (action `reorder`) follows the move.
 */
export class OtReorderEvent extends OtDetailEvent<OtReorderDetail> {
  constructor(detail: OtReorderDetail) {
    super('ot-reorder', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-reorder': OtReorderEvent;
  }
}
