import type { OtAccessMethod } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtBoardChangeEvent}. */
export interface OtBoardChangeDetail {
  /** The board open now. */
  readonly boardId: string;
  /** The set's home board (the board the element was given). */
  readonly homeId: string;
  /** The boards opened from home, in order (empty on the home board). */
  readonly path: readonly string[];
  /** What opened it: a choice that links to it, Back, or Home. */
  readonly via: 'link' | 'back' | 'home';
  readonly method: OtAccessMethod;
}

/**
 * Fired after a person opened another board of a board set (a linked choice, Back or Home; never on a property
 * set). Inside `<ot-provider>` the open path is kept on the home board, so the board opens there after a reload.
 */
export class OtBoardChangeEvent extends OtDetailEvent<OtBoardChangeDetail> {
  constructor(detail: OtBoardChangeDetail) {
    super('ot-board-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-board-change': OtBoardChangeEvent;
  }
}
