import type { ReactiveController, ReactiveElement } from 'lit';
import { OtError, type OtClock, type OtState, type OtStore, type OtValidationError } from '@otkit/sdk';
import { StoreController } from '../controllers/store-controller.js';
import type * as OwnStoreCode from '../internal/own-store.js';
import { holdUpdateComplete } from '../internal/update-holds.js';
import { GoalListMarkupController, type OtGoalStackMarkup } from './markup-controller.js';
import { checkPageData, seedState, type OtGoalStackPageData } from './page-data.js';

/**
 * The element's own store holds goals, notes and quick data, never clients or sessions; its records may still
 * name them (a `client-id`, a `session-id`), so references into those are not checked there.
 */
const OWN_STORE_EXTERNAL = ['clients', 'sessionRecords'] as const;

/** What the goal stack's data path needs from the element. */
export interface GoalStackDataHost {
  /** The clock of the element's own store. */
  readonly clock: OtClock;
  /** The page data held in properties, if the page set any (they win over the markup). */
  pageData(): OtGoalStackPageData | undefined;
  /** Bad page data (shown, the last good data kept), or undefined once good data came. */
  onDataError(error: OtValidationError | undefined): void;
}

/**
 * The store code of the element's own store (the SDK's store and every schema), loaded the first time a goal stack
 * needs a store of its own: inside a provider it never does, so the element's file does not carry it (in a CDN
 * file it is otkit-store.min.js beside it). Once loaded, every later own store is made at once.
 */
let ownStoreCode: typeof OwnStoreCode | undefined;
const loadOwnStoreCode = async () => (ownStoreCode ??= await import('../internal/own-store.js'));

type OwnStoreRecords = Parameters<typeof OwnStoreCode.openOwnStoreOfCheckedRecords>[0];

const slices = (state: OtState) => [state.goals, state.notes, state.progressEntries, state.sessionRecords] as const;
const sameSlices = (a: readonly unknown[], b: readonly unknown[]) => a.every((slice, i) => slice === b[i]);

/**
 * Where the goal stack's data lives: the element's own store when the page gives data (properties, or a
 * goal list in the markup), else the store of the nearest `<ot-provider>`, else a scratch store of the
 * element's own. The element re-renders when the store in use changes.
 */
export class GoalStackDataController implements ReactiveController {
  readonly #host: ReactiveElement & HTMLElement;
  readonly #options: GoalStackDataHost;
  readonly #provided: StoreController<ReturnType<typeof slices>>;
  readonly #markup: GoalListMarkupController;
  #own: OtStore | undefined;
  #ownHoldsPageData = false;
  /** The page data's state, shown while the element's own store of it is made and loads. */
  #seedState: OtState | undefined;
  /** Counts own stores asked for: only the latest may put its store in use (the first waits for the code). */
  #ownRequests = 0;
  #ownRequested = false;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveElement & HTMLElement, options: GoalStackDataHost) {
    this.#host = host;
    this.#options = options;
    this.#provided = new StoreController(host, slices, { equals: sameSlices });
    this.#markup = new GoalListMarkupController(host, (markup) => this.#markupChanged(markup));
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The store in use: page data, else the provider's, else scratch space of the element's own. Read it once
   * {@link ready} is true: the first own store of a page waits for its code (the host's `updateComplete` too).
   */
  get store(): OtStore {
    const store = this.#current();
    if (!store) throw new OtError('loading', 'The goal stack is still loading its store: wait for updateComplete');
    return store;
  }

  /** Whether the store in use is the element's own (page data or scratch), not a provider's. */
  get isOwnStore(): boolean {
    return this.#ownHoldsPageData || !this.#provided.store;
  }

  /** Whether the store in use is there and has loaded (or failed to). */
  get ready(): boolean {
    const store = this.#current();
    return store !== undefined && store.status !== 'loading';
  }

  /**
   * The state to show: the store's once it has loaded; before that the page data's, made at once (so a server
   * render and the first browser render show it); undefined while a store with no page data loads.
   */
  get state(): OtState | undefined {
    if (this.ready) return this.store.getState();
    return this.isOwnStore && this.#ownHoldsPageData ? this.#seedState : undefined;
  }

  /** The page set `goals`, `notes` or `progress`: take them, or go back to the markup or the store. */
  pageDataChanged(): void {
    const data = this.#options.pageData();
    if (data) this.#adopt(data, 'properties');
    else this.#markup.read(true);
  }

  #markupChanged(markup: OtGoalStackMarkup | undefined): void {
    if (this.#options.pageData()) return;
    if (markup) this.#adopt({ ...markup, progress: [] }, 'markup');
    else if (this.#ownHoldsPageData) this.#use(undefined, false);
    this.#host.requestUpdate();
  }

  /** Checks page data and, when it is good, holds it in a store of the element's own; bad data keeps the last. */
  #adopt(data: OtGoalStackPageData, subject: string): void {
    const checked = checkPageData(data, this.#options.clock.now(), subject);
    this.#options.onDataError(checked.error);
    if (!checked.seed) return;
    this.#openOwn(checked.seed, true);
    // Made after the store is put in use (which forgets the state of earlier page data).
    this.#seedState = seedState(checked.seed);
  }

  /** The store in use, or undefined while the element's own store waits for its code; asks for one when needed. */
  #current(): OtStore | undefined {
    if (!this.#ownHoldsPageData && this.#provided.store) return this.#provided.store;
    if (!this.#own && !this.#ownRequested) this.#openOwn(undefined, false);
    return this.#own;
  }

  /** Puts a store of the element's own in use, holding `records` (page data) or empty (scratch). */
  #openOwn(records: OwnStoreRecords, holdsPageData: boolean): void {
    const request = ++this.#ownRequests;
    this.#ownRequested = true;
    const open = (code: typeof OwnStoreCode) =>
      code.openOwnStoreOfCheckedRecords(records, {
        clock: this.#options.clock,
        externalCollections: OWN_STORE_EXTERNAL,
      });
    if (ownStoreCode) return this.#use(open(ownStoreCode), holdsPageData);
    // Page data wins from now on, even while its store is being made (the element shows its loading state).
    if (holdsPageData) this.#ownHoldsPageData = true;
    const opening = loadOwnStoreCode().then((code) => {
      if (request === this.#ownRequests) this.#use(open(code), holdsPageData);
    });
    holdUpdateComplete(this.#host, opening);
  }

  #use(store: OtStore | undefined, holdsPageData: boolean): void {
    if (!store) {
      // Back to the provider's store (or a new scratch store when asked): a store still being made is not wanted.
      this.#ownRequests++;
      this.#ownRequested = false;
    }
    this.#unsubscribe?.();
    this.#own = store;
    this.#ownHoldsPageData = holdsPageData && !!store;
    // A store of page data made after the code loaded keeps showing that data's state until it has loaded.
    if (!holdsPageData) this.#seedState = undefined;
    this.#unsubscribe = store?.subscribe(slices, () => this.#host.requestUpdate(), { equals: sameSlices });
    void store?.ready.then(() => this.#host.requestUpdate());
  }
}
