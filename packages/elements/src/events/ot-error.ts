import type { OtError } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtErrorEvent}. */
export interface OtErrorDetail {
  /** The error, with a stable `code` and, for bad data, every issue with its path. */
  readonly error: OtError;
}

/**
 * Fired when an element could not use its data or could not save a change: bad input, a failed write, a
 * storage that cannot be opened. The element shows a readable error state too.
 */
export class OtErrorEvent extends OtDetailEvent<OtErrorDetail> {
  constructor(detail: OtErrorDetail) {
    super('ot-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-error': OtErrorEvent;
  }
}
