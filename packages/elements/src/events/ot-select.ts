import type { OtAccessMethod, OtChoice } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtSelectEvent}. */
export interface OtSelectDetail {
  /** The board the choice is on. */
  readonly boardId: string;
  readonly choiceId: string;
  readonly choice: OtChoice;
  /** True when the choice is being chosen, false when it is being unchosen (multiple selection). */
  readonly selected: boolean;
  /** How it was chosen: pointer, keyboard, auto-scan, step-scan or dwell. */
  readonly method: OtAccessMethod;
}

/**
 * Fired when someone chooses (or unchooses) a choice, before anything changes. Cancel it
 * (`preventDefault()`) to refuse the choice; otherwise the selection changes, is spoken and stored, and
 * `ot-selection-change` follows.
 */
export class OtSelectEvent extends OtDetailEvent<OtSelectDetail> {
  constructor(detail: OtSelectDetail) {
    super('ot-select', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-select': OtSelectEvent;
  }
}
