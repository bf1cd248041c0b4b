import type { OtServiceEntryChanges, OtServiceMissReason, OtServiceLogEntry } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** What someone asks `<ot-service-minutes>` to do to the service log. */
export type OtServiceLogAction = 'provided' | 'missed' | 'edit' | 'void';

/** Detail of {@link OtServiceLogEvent}. */
export interface OtServiceLogDetail {
  readonly action: OtServiceLogAction;
  /** The services (one per student) logged for: the picked ones, or the entry's service for an edit or a void. */
  readonly serviceIds: readonly string[];
  /** The local date of the session (`YYYY-MM-DD`), for `provided` and `missed`. */
  readonly date?: string | undefined;
  /** The minutes per student, for `provided` and `missed`. */
  readonly minutes?: number | undefined;
  /** Why the session was missed, for `missed`. */
  readonly reason?: OtServiceMissReason | undefined;
  /** The entry edited or voided. */
  readonly entry?: OtServiceLogEntry | undefined;
  /** What an edit changes. */
  readonly changes?: OtServiceEntryChanges | undefined;
}

/**
 * Fired when someone logs a session (`provided`) or a missed one, edits or voids an entry, before anything
 * changes. Cancel it (`preventDefault()`) to handle the change yourself; otherwise the SDK command runs and
 * `ot-service-log-change` follows.
 */
export class OtServiceLogEvent extends OtDetailEvent<OtServiceLogDetail> {
  constructor(detail: OtServiceLogDetail) {
    super('ot-service-log', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-service-log': OtServiceLogEvent;
  }
}
