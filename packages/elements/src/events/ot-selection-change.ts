import type { OtAccessMethod } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtSelectionChangeEvent}. */
export interface OtSelectionChangeDetail {
  readonly boardId: string;
  /** The choice that was chosen or unchosen. */
  readonly choiceId: string;
  /** The board's `value` now: the chosen id (`''` for none), or with `multiple` the array of chosen ids. */
  readonly value: string | readonly string[];
  readonly method: OtAccessMethod;
}

/**
 * Fired after the selection changed by a person's action (never by a property set). Inside `<ot-provider>` it
 * fires once the store has saved the selection; a selection the store refuses is undone and fires `ot-error`
 * instead.
 */
export class OtSelectionChangeEvent extends OtDetailEvent<OtSelectionChangeDetail> {
  constructor(detail: OtSelectionChangeDetail) {
    super('ot-selection-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-selection-change': OtSelectionChangeEvent;
  }
}
