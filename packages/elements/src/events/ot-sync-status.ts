import type { OtSyncStatus } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of {@link OtSyncStatusEvent}. */
export interface OtSyncStatusDetail {
  /** The store's sync status: state (idle, syncing, offline, error), pending and rejected counts, last success. */
  readonly status: OtSyncStatus;
}

/**
 * Fired by `<ot-provider>` whenever the sync status of its store changes (a store made with
 * `createStore({ sync })`, or the provider's own store with `provider.sync` set).
 */
export class OtSyncStatusEvent extends OtDetailEvent<OtSyncStatusDetail> {
  constructor(detail: OtSyncStatusDetail) {
    super('ot-sync-status', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-sync-status': OtSyncStatusEvent;
  }
}
