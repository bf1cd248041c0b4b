import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OtStore, OtSyncStatus } from '@otkit/sdk';
import { otStoreContext } from '../context/store-context.js';
import { AnnounceController } from '../controllers/announce-controller.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { syncIndicatorMessages } from './sync-indicator.messages.js';
import { syncIndicatorStyles } from './sync-indicator.styles.js';

/**
 * A small, quiet line that says whether the therapist's changes reached the portal: saved, sending, offline
 * with how many changes wait, or why sync stopped (with a "Try now" button). Inside `<ot-provider>` it follows
 * the provider's store (one made with `createStore({ sync })`, or the provider's own with `provider.sync`);
 * it shows nothing for a store that does not sync. A page can also set `status` itself (e.g. from the
 * provider's `ot-sync-status` event). Screen readers hear only what matters: going offline, sync stopping,
 * changes refused, and everything saved again afterwards; not every round. Hide it with `hidden`.
 *
 * @tagname ot-sync-indicator
 * @summary Shows whether changes reached the portal (sync status).
 * @csspart base - The wrapper of everything.
 * @csspart dot - The status dot (the words say the same).
 * @csspart label - The status words.
 * @csspart retry - The "Try now" button, shown when sync stopped or failed.
 * @csspart announcer - The live region (visually hidden).
 * @cssprop [--ot-sync-indicator-gap=var(--ot-space-s)] - Space between the parts.
 * @example
 * <ot-provider><ot-sync-indicator></ot-sync-indicator><ot-goal-stack></ot-goal-stack></ot-provider>
 */
export class OtSyncIndicator extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, syncIndicatorStyles];

  readonly #t = this.translator(syncIndicatorMessages);
  readonly #announcer = new AnnounceController(this);
  readonly #store = new ContextConsumer(this, {
    context: otStoreContext,
    subscribe: true,
    callback: (store) => this.#follow(store),
  });
  #unsubscribe: (() => void) | undefined;
  #followed: OtStore | undefined;

  /** The status from the provider's store, while the page sets none. */
  @state() private storeStatus: OtSyncStatus | undefined;

  /** A status to show, set by the page; wins over the provider's store. */
  @property({ attribute: false }) status: OtSyncStatus | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#store.value && !this.#unsubscribe) this.#follow(this.#store.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#followed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // storeStatus is private, so the typed map does not know it.
    const previous = changed as Map<string, OtSyncStatus | undefined>;
    if (!previous.has('status') && !previous.has('storeStatus')) return;
    const before = previous.has('status') ? previous.get('status') : (this.status ?? previous.get('storeStatus'));
    const shown = this.status ?? this.storeStatus;
    if (shown && before) this.#announceChange(before, shown);
  }

  #follow(store: OtStore | undefined): void {
    if (store === this.#followed) return;
    this.#unsubscribe?.();
    this.#followed = store;
    const sync = store?.sync;
    this.storeStatus = sync?.status;
    this.#unsubscribe = sync?.subscribe((status) => (this.storeStatus = status));
  }

  /** Only what a person needs to hear: a change of kind, or more refusals; never each round's syncing. */
  #announceChange(before: OtSyncStatus, now: OtSyncStatus): void {
    const kind = (s: OtSyncStatus) => (s.state === 'syncing' ? 'idle' : s.state);
    if (now.rejected > before.rejected) this.#announcer.announce(this.#t('refused', { count: now.rejected }));
    else if (kind(now) !== kind(before) && !(now.state === 'idle' && now.pending > 0))
      this.#announcer.announce(this.#label(now));
  }

  #label(status: OtSyncStatus): string {
    switch (status.state) {
      case 'syncing':
        return this.#t('syncing');
      case 'offline':
        return this.#t('offline', { count: status.pending });
      case 'error':
        if (status.error?.code === 'unauthorized') return this.#t('signIn');
        if (status.error?.code === 'forbidden') return this.#t('forbidden');
        return this.#t('failed');
      default:
        return status.pending === 0 && status.lastSuccess !== undefined ? this.#t('synced') : this.#t('notYet');
    }
  }

  #retry = (): void => {
    void this.#followed?.sync?.syncNow();
  };

  override render(): TemplateResult {
    const status = this.status ?? this.storeStatus;
    if (!status) return html`${this.#announcer.renderRegion()}`;
    const canRetry = status.state === 'error' && !!this.#followed?.sync && this.status === undefined;
    return html`
      <div part="base" data-state=${status.state}>
        <span part="dot" aria-hidden="true"></span>
        <span part="label">${this.#label(status)}</span>
        ${status.rejected ? html`<span part="label">${this.#t('refused', { count: status.rejected })}</span>` : nothing}
        ${canRetry ? html`<button part="retry" type="button" @click=${this.#retry}>${this.#t('retry')}</button>` : nothing}
      </div>
      ${this.#announcer.renderRegion()}
    `;
  }
}
