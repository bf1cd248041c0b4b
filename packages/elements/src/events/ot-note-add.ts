import { OtDetailEvent } from './ot-detail-event.js';
/** Detail of {@link OtNoteAddEvent}: the note about to be added. */
export interface OtNoteAddDetail {
  /** The text as typed, trimmed. */
  readonly text: string;
  /** The goal it goes under (the current goal), or null when the stack has no goal. */
  readonly goalId: string | null;
  /** The running session, when there is one. */
  readonly sessionId: string | undefined;
  /** The session phase running now, when known. */
  readonly phaseId: string | undefined;
}

/**
 * Fired when the person asks to add a "To Get To" note (types it and presses Enter). Cancelable: call
 * `preventDefault()` to keep the note out of the store; the text then stays in the field.
 */
export class OtNoteAddEvent extends OtDetailEvent<OtNoteAddDetail> {
  constructor(detail: OtNoteAddDetail) {
    super('ot-note-add', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-note-add': OtNoteAddEvent;
  }
}
