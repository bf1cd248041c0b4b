import type { OtNote } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** What happened to a note. */
export type OtNoteChangeAction =
  | 'add'
  | 'address'
  | 'reopen'
  | 'move'
  | 'promote'
  | 'carry-over'
  // Corrections: the text edited, the note deleted (`note` is the note as it was), or brought back by Undo.
  | 'edit'
  | 'delete'
  | 'restore';

/** Detail of {@link OtNoteChangeEvent}. */
export interface OtNoteChangeDetail {
  readonly action: OtNoteChangeAction;
  /** The note as stored now. */
  readonly note: OtNote;
  /** The note before the change; undefined for `add`. */
  readonly previous: OtNote | undefined;
  /** For `carry-over`: the open copy made for the next session. */
  readonly carried?: OtNote;
}

/** Fired after a "To Get To" note was added or changed by the person using the element (and stored). */
export class OtNoteChangeEvent extends OtDetailEvent<OtNoteChangeDetail> {
  constructor(detail: OtNoteChangeDetail) {
    super('ot-note-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-note-change': OtNoteChangeEvent;
  }
}
