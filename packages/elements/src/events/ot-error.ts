import type { OtError } from '@otkit/sdk';

/** Detail of {@link OtErrorEvent}. */
export interface OtErrorDetail {
  /** The error, with a stable `code` and, for bad data, every issue with its path. */
  readonly error: OtError;
}

/**
 * Fired when an element could not use its data or could not save a change: bad input, a failed write, a
 * storage that cannot be opened. The element shows a readable error state too.
 */
export class OtErrorEvent extends Event {
  readonly detail: OtErrorDetail;
  constructor(detail: OtErrorDetail) {
    super('ot-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-error': OtErrorEvent;
  }
}
