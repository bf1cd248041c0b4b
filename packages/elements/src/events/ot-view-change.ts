import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtViewChangeEvent}. */
export interface OtViewChangeDetail {
  /** The view now shown: `chart`, `table`, `overview` or `report`. */
  readonly view: string;
  /** The goal the chart and table now show, when there is one. */
  readonly goalId: string | undefined;
}

/**
 * Fired after the user switched the view of `<ot-progress-chart>` (its view buttons, or a goal opened from the
 * overview); never for a property set by the page.
 */
export class OtViewChangeEvent extends OtDetailEvent<OtViewChangeDetail> {
  constructor(detail: OtViewChangeDetail) {
    super('ot-view-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-view-change': OtViewChangeEvent;
  }
}
