import type { OtAccessMethod } from '@otkit/sdk';

/** Detail of {@link OtSelectionChangeEvent}. */
export interface OtSelectionChangeDetail {
  readonly boardId: string;
  /** The choice that was chosen or unchosen. */
  readonly choiceId: string;
  /** The ids of every chosen choice now. */
  readonly value: readonly string[];
  readonly method: OtAccessMethod;
}

/** Fired after the selection changed by a person's action (never by a property set). */
export class OtSelectionChangeEvent extends Event {
  readonly detail: OtSelectionChangeDetail;
  constructor(detail: OtSelectionChangeDetail) {
    super('ot-selection-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-selection-change': OtSelectionChangeEvent;
  }
}
