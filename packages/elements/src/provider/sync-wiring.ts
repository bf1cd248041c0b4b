/**
 * The provider's part in sync: it tells the page about the store's sync status (`ot-sync-status`) and gives
 * the SDK the browser's signals it cannot read itself (it never touches the DOM): back online, page shown
 * again. Only wiring: the sync code is the SDK's, in the store the page or the provider made.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OtStore } from '@otkit/sdk';
import { OtSyncStatusEvent } from '../events/ot-sync-status.js';

export class SyncWiring implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #store: () => OtStore | undefined;
  #watched: OtStore | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, store: () => OtStore | undefined) {
    this.#host = host;
    this.#store = store;
  }

  hostConnected(): void {
    addEventListener('online', this.#resume);
    document.addEventListener('visibilitychange', this.#resume);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.#resume);
    document.removeEventListener('visibilitychange', this.#resume);
  }

  hostUpdated(): void {
    const store = this.#store();
    if (store === this.#watched) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#watched = store;
    const sync = store?.sync;
    if (!sync) return;
    const tell = () => this.#host.dispatchEvent(new OtSyncStatusEvent({ status: sync.status }));
    this.#unsubscribe = sync.subscribe(tell);
    tell();
  }

  readonly #resume = (): void => {
    if (document.visibilityState === 'hidden') return;
    void this.#store()?.sync?.syncNow();
  };
}
