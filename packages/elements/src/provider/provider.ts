import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { OtValidationError, type OtError, type OtStore, type OtSyncConnector } from '@otkit/sdk';
import { otStoreContext } from '../context/store-context.js';
import { commonMessages } from '../i18n/common.messages.js';
import { OtElement, toOtError } from '../internal/ot-element.js';
import { SyncWiring } from './sync-wiring.js';

/** Where `<ot-provider>` keeps data when the page gives it no store. */
export const OT_PROVIDER_STORAGES = ['indexeddb', 'memory'] as const;
/** Where `<ot-provider>` keeps data. */
export type OtProviderStorage = (typeof OT_PROVIDER_STORAGES)[number];

/** Themes of the design tokens. */
export const OT_THEMES = ['auto', 'light', 'dark', 'high-contrast'] as const;
/** A theme of the design tokens. */
export type OtTheme = (typeof OT_THEMES)[number];

/** The store code, fetched the first time a provider has to make a store (never when the page gives one). */
const loadStoreCode = () => import('./open-store.js');

/**
 * Hands a store to every OT Kit element inside it. With no `store` set it creates one: persisted in
 * IndexedDB (database `otkit`, or the `database` attribute) by default, or in memory with
 * `storage="memory"`. When storage cannot be opened (a sandboxed frame, private mode) it falls back to
 * memory and says so. The store code loads on first need, so `await provider.updateComplete` before reading
 * `provider.store`. A store the provider made is closed when the provider is removed for good (not when it is
 * only moved: removed and put back in the same task).
 *
 * @summary Provides the OT Kit data store to the elements inside it.
 * @slot - The elements (and any other content) that use the store.
 * @csspart notice - The notice shown when storage is not available.
 * @fires {OtErrorEvent} ot-error - When the store could not be opened, opened read-only (data of a newer version), or holds
 *   stored records it could not read (see `store.quarantine`); `detail.error` says why.
 * @fires {OtSyncStatusEvent} ot-sync-status - When the store's sync status changes (`detail.status`: state, pending, rejected,
 *   last success); only for a store that syncs (see `sync`).
 * @example
 * <ot-provider database="clinic-tablet">
 *   <ot-goal-stack></ot-goal-stack>
 * </ot-provider>
 */
export class OtProvider extends OtElement {
  static override styles = [
    ...(OtElement.styles as []),
    css`
      /* The provider wraps the page's own markup: it passes the theme's tokens down but keeps the page's colours
         and font (each element paints its own themed surface). */
      :host {
        display: contents;
        color: inherit;
        font: inherit;
        background-color: transparent;
      }
      [part='notice'] {
        display: block;
        color: var(--_ot-color-text);
        margin-block-end: var(--_ot-space-s);
        padding: var(--_ot-space-s) var(--_ot-space-m);
        border: 2px solid var(--_ot-color-warning);
        border-radius: var(--_ot-radius-s);
        background: var(--_ot-color-warning-soft);
      }
    `,
  ];

  @state() private fallbackNotice = false;
  /** What the store said when it opened: read-only (newer data) or records kept aside. */
  @state() private loadNotice: { readOnly: boolean; quarantined: number } | undefined;

  /** The store to provide. When unset, the provider creates one from `storage` and `database`. */
  @provide({ context: otStoreContext })
  @property({ attribute: false })
  store: OtStore | undefined;

  /** Where a store the provider creates keeps its data: `indexeddb` (kept across reloads) or `memory`. */
  @property({ reflect: true }) storage: OtProviderStorage = 'indexeddb';

  /** IndexedDB database name for a store the provider creates. */
  @property({ reflect: true }) database = 'otkit';

  /** Who makes the changes, recorded in the change log (a role such as `therapist`, never a name). */
  @property() actor = 'local';

  /** Theme of the design tokens (`tokens.css`) for the content: auto, light, dark or high-contrast. */
  @property({ reflect: true }) theme: OtTheme = 'auto';

  /**
   * Sync for a store the provider creates: `provider.sync = httpSync({ url, headers })` (from `@otkit/sdk`).
   * A property only, never an attribute, so no endpoint or identifier lands in the markup. A store the page
   * gives syncs by its own `createStore({ sync })`; either way the provider fires `ot-sync-status` and syncs
   * again at once when the page comes back online or into view.
   */
  @property({ attribute: false }) sync: OtSyncConnector | undefined;

  /** Set while the store comes from the provider itself (not from the page). */
  #ownStore: OtStore | undefined;
  /** Counts requests to open a store of its own, so a request overtaken by a later one (or by a close) drops. */
  #openRequest = 0;
  /** Settles when the store the provider is opening is in place. */
  #opening: Promise<void> | undefined;
  #closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    // Fires ot-sync-status and resumes sync when the page is back online or in view.
    this.addController(new SyncWiring(this, () => this.store));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    clearTimeout(this.#closeTimer);
    if (!this.store) this.#openOwnStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A provider moved in the DOM is disconnected, then connected again in the same task: it keeps its store.
    // Still out of the document once that task is over, it was removed for good: close the store it made.
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => {
      if (!this.isConnected) this.#closeOwnStore();
    }, 0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const settingsChanged =
      (changed.has('storage') && changed.get('storage') !== undefined) ||
      (changed.has('database') && changed.get('database') !== undefined);
    if (settingsChanged && this.#ownStore && this.store === this.#ownStore) {
      this.#closeOwnStore();
      this.#openOwnStore();
    } else if (changed.has('store') && !this.store && this.isConnected) {
      this.#openOwnStore();
    }
  }

  /** Also waits for a store the provider is opening, and for the update that hands it to the elements. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#opening) {
      await this.#opening;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  #openOwnStore(): void {
    const request = ++this.#openRequest;
    const opening: Promise<void> = loadStoreCode()
      .then(
        ({ openProviderStore }) => {
          // Overtaken: the page set a store, the provider left the page, or a newer request is under way.
          if (request !== this.#openRequest || this.store || !this.isConnected) return;
          const inMemory = this.storage === 'memory';
          const store = openProviderStore({ inMemory, database: this.database, actor: this.actor, sync: this.sync });
          this.#ownStore = store;
          this.store = store;
          this.fallbackNotice = false;
          this.loadNotice = undefined;
          store.ready.then(
            () => this.store === store && this.#reportLoad(store),
            (error: unknown) => {
              if (this.store !== store || inMemory) return;
              this.#fallBack(
                toOtError(error),
                openProviderStore({ inMemory: true, database: this.database, actor: this.actor }),
              );
            },
          );
        },
        (error: unknown) => {
          this.reportError(toOtError(error));
        },
      )
      .finally(() => {
        if (this.#opening === opening) this.#opening = undefined;
      });
    this.#opening = opening;
  }

  #closeOwnStore(): void {
    this.#openRequest++;
    const own = this.#ownStore;
    if (!own) return;
    this.#ownStore = undefined;
    if (this.store === own) this.store = undefined;
    own.close();
  }

  /** Nothing hidden: a read-only store or records kept aside are told to the page and to the person. */
  #reportLoad(store: OtStore): void {
    const readOnly = store.status === 'read-only';
    if (readOnly && store.error) this.reportError(store.error);
    if (store.quarantine.length) this.reportError(new OtValidationError('stored records', store.loadIssues));
    if (readOnly || store.quarantine.length) this.loadNotice = { readOnly, quarantined: store.quarantine.length };
  }

  /** Storage could not be opened: keep the page working from memory, and tell the person using it. */
  #fallBack(error: OtError, memory: OtStore): void {
    this.reportError(error);
    this.#ownStore = memory;
    this.store = memory;
    this.fallbackNotice = true;
  }

  override render(): TemplateResult {
    return html`${
        this.fallbackNotice
          ? html`<div part="notice" role="status">${this.locale.t(commonMessages, 'storageUnavailable')}</div>`
          : nothing
      }${this.renderLoadNotice()}<slot></slot>`;
  }

  private renderLoadNotice(): TemplateResult | typeof nothing {
    const notice = this.loadNotice;
    if (!notice) return nothing;
    return html`<div part="notice" role="status">
      ${notice.readOnly ? this.locale.t(commonMessages, 'storageNewerVersion') : nothing}
      ${
        notice.quarantined
          ? this.locale.t(commonMessages, 'storageQuarantined', { count: notice.quarantined })
          : nothing
      }
    </div>`;
  }
}
