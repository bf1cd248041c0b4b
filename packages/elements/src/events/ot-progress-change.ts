import type { OtProgressEntry } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtProgressChangeEvent}. */
export interface OtProgressChangeDetail {
  /** The goal the data is about. */
  readonly goalId: string;
  /** The goal's progress entry for this session as stored now; undefined when an undo removed it. */
  readonly entry: OtProgressEntry | undefined;
  /** The entry before the change; undefined when this tap created it. */
  readonly previous: OtProgressEntry | undefined;
  /** True when the change undid the last tap. */
  readonly undo: boolean;
}

/** Fired after a quick-data tap (trial, assistance, prompt, status, short note) or its undo was stored. */
export class OtProgressChangeEvent extends OtDetailEvent<OtProgressChangeDetail> {
  constructor(detail: OtProgressChangeDetail) {
    super('ot-progress-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-progress-change': OtProgressChangeEvent;
  }
}
