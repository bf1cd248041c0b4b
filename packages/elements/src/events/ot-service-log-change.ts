import type { OtServiceLogEntry } from '@otkit/sdk';
import type { OtServiceLogAction } from './ot-service-log.js';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtServiceLogChangeEvent}. */
export interface OtServiceLogChangeDetail {
  readonly action: OtServiceLogAction;
  /** The entries written, as stored (one per student of a group). */
  readonly entries: readonly OtServiceLogEntry[];
  /** Every entry of the service log after the change (voided ones included), for a page that keeps them. */
  readonly log: readonly OtServiceLogEntry[];
}

/** Fired after the service log changed (and, connected, was stored) through the person using the element. */
export class OtServiceLogChangeEvent extends OtDetailEvent<OtServiceLogChangeDetail> {
  constructor(detail: OtServiceLogChangeDetail) {
    super('ot-service-log-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-service-log-change': OtServiceLogChangeEvent;
  }
}
