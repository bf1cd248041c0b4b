import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import {
  OtError,
  stateOfRecords,
  systemClock,
  type OtClock,
  type OtCollectionName,
  type OtEquality,
  type OtRecordLists,
  type OtState,
  type OtStore,
} from '@otkit/sdk';
import { otStoreContext } from '../context/store-context.js';
import type { OtSeed, OtSeedOptions, openOwnStore } from '../internal/own-store.js';
import { holdUpdateComplete } from '../internal/update-holds.js';

export type { OtSeed, OtSeedOptions } from '../internal/own-store.js';

/** Options of {@link StoreController}. */
export interface StoreControllerOptions<T> {
  /** Picks out the slice of the state the element shows; the element re-renders when it changes. */
  select: (state: OtState) => T;
  /** How slices are compared; `Object.is` by default. */
  equals?: OtEquality<T>;
  /**
   * Collections the element's own store refers to but does not hold: references into them are not checked
   * (`createStore`'s `externalCollections`). A goal stack's notes name a session its own store never holds.
   */
  externalCollections?: readonly OtCollectionName[];
  /** The time source of the element's own store (ids, `createdAt`); read at each write. Default: the system clock. */
  clock?: () => OtClock | undefined;
}

/** The store code of an element's own store, loaded on first need (see internal/own-store.ts). */
const loadOwnStoreCode = () => import('../internal/own-store.js');

/**
 * The one data path of every element: the store it reads and writes, and the slice of its state it shows.
 *
 * - Page data: after `seed(records)` (properties or markup the page set), a store of the element's own, holding
 *   exactly those records, wins over everything else until `unseed()`.
 * - Connected: inside `<ot-provider>`, the provider's store.
 * - Standalone: a memory store of the element's own, made the first time the element asks for `store` or `value`
 *   with no provider around it.
 *
 * The code of the element's own store (the SDK's store and every schema) loads on first need, so `store` is
 * undefined for a moment (render a loading state); `updateComplete` waits for it. The element re-renders only when
 * its slice changes. Commands take the store when they run, from {@link loadedStore}, never one kept from render.
 *
 * @example
 * readonly #data = new StoreController(this, { select: (state) => state.goals, externalCollections: ['clients'] });
 * willUpdate(changed) {
 *   if (!changed.has('goals')) return;
 *   if (!this.goals) this.#data.unseed();
 *   else this.#data.seed({ goals: this.goals }).catch((error) => (this.dataError = this.reportError(error)));
 * }
 * render() { const state = this.#data.store?.getState(); … }
 * async #add(text: string) { await addGoal(await this.#data.loadedStore(), { description: text }); }
 */
export class StoreController<T> implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #selector: (state: OtState) => T;
  readonly #equals: OtEquality<T> | undefined;
  readonly #external: readonly OtCollectionName[];
  readonly #clock: OtClock;
  /** Made with the old form of the constructor: no store of its own (see there). */
  readonly #providerOnly: boolean;
  #provided: OtStore | undefined;
  #seeded: OtStore | undefined;
  /** Counts seed() and unseed() calls: only the latest may put its store in use. */
  #seedCalls = 0;
  /** The page data of the latest seed() until its store has loaded (or refused it), and its state as given. */
  #pendingSeed: { records: OtSeed; state?: OtState | undefined } | undefined;
  #standalone: OtStore | undefined;
  #standaloneRequested = false;
  /** The store the subscription is on, its slice, and how to end it. */
  #attached: OtStore | undefined;
  #value: T | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;
  #waiters: ((store: OtStore) => void)[] = [];

  constructor(host: ReactiveElement, options: StoreControllerOptions<T>);
  /**
   * @deprecated The form the four elements used before issue 9: the provider's store only (`store` and `value`
   * undefined outside a provider), no store of the element's own. Kept only until each element is ported to the
   * options form; remove it then.
   */
  constructor(
    host: ReactiveElement,
    selector: (state: OtState) => T,
    options?: Omit<StoreControllerOptions<T>, 'select'>,
  );
  constructor(
    host: ReactiveElement,
    selectOrOptions: StoreControllerOptions<T> | ((state: OtState) => T),
    legacyOptions: Omit<StoreControllerOptions<T>, 'select'> = {},
  ) {
    this.#providerOnly = typeof selectOrOptions === 'function';
    const options =
      typeof selectOrOptions === 'function' ? { ...legacyOptions, select: selectOrOptions } : selectOrOptions;
    this.#host = host;
    this.#selector = options.select;
    this.#equals = options.equals;
    this.#external = options.externalCollections ?? [];
    this.#clock = { now: () => (options.clock?.() ?? systemClock).now() };
    host.addController(this);
    new ContextConsumer(host, {
      context: otStoreContext,
      subscribe: true,
      callback: (store) => {
        this.#provided = store;
        this.#sync();
      },
    });
  }

  /**
   * The store in use: the page's data, else the provider's, else the element's own. Undefined while the element's
   * own store is being made (its code loads on first need), and outside a provider in the deprecated form.
   */
  get store(): OtStore | undefined {
    this.#sync(true);
    return this.#current();
  }

  /** The provider's store, when the element sits inside `<ot-provider>` (in use unless page data is seeded). */
  get provided(): OtStore | undefined {
    return this.#provided;
  }

  /** Whether the element works from a store of its own (page data, or standalone), not the provider's. */
  get isOwn(): boolean {
    const store = this.#current();
    return store !== undefined && store !== this.#provided;
  }

  /** Whether page data given to {@link seed} is in use. */
  get isSeeded(): boolean {
    return this.#seeded !== undefined;
  }

  /** The selected slice of the state of `store`; undefined while there is no store. */
  get value(): T | undefined {
    this.#sync(true);
    const store = this.#current();
    if (!store) return undefined;
    return this.#attached === store ? this.#value : this.#selector(store.getState());
  }

  /**
   * The state to render: the store's once it has loaded; while page data given to {@link seed} is on its way into
   * a store, that data as given (checked when the store is made, which then shows an error for bad data), so a
   * server render and the browser's first render show the page's data with no loading state between. Undefined
   * while there is nothing to show yet (render a loading state).
   */
  get state(): OtState | undefined {
    const pending = this.#pendingSeed;
    if (pending) return (pending.state ??= stateAsGiven(pending.records));
    const store = this.store;
    return store && store.status !== 'loading' ? store.getState() : undefined;
  }

  /**
   * What `draw` makes of {@link state}; undefined while there is no state, and while page data as given (not
   * checked yet) cannot be drawn: bad data shows as the loading state until its check reports it.
   *
   * @example
   * render() { return this.#data.draw((state) => this.#renderList(state)) ?? html`<p>Loading…</p>`; }
   */
  draw<R>(draw: (state: OtState) => R): R | undefined {
    const state = this.state;
    if (!state) return undefined;
    if (!this.#pendingSeed) return draw(state);
    try {
      return draw(state);
    } catch {
      return undefined;
    }
  }

  /**
   * The store in use once there is one and it has loaded: what a command runs on. Rejects when the store could
   * not load (its `error` says why), and in the deprecated form outside a provider.
   *
   * @example
   * const note = await addNote(await this.#data.loadedStore(), { text });
   */
  async loadedStore(): Promise<OtStore> {
    let store = this.store;
    if (!store && this.#providerOnly) throw new OtError('no-store', 'This element is not inside an <ot-provider>');
    store ??= await new Promise<OtStore>((resolve) => this.#waiters.push(resolve));
    await store.ready;
    return store;
  }

  /**
   * Puts page data in a store of the element's own that then wins over the provider's. Every record is checked
   * first — its schema (a missing `createdAt` or `at` is the time it came in, from the element's clock),
   * repeated ids, references between the records given (not into `externalCollections`). Bad data rejects with
   * an {@link OtValidationError} naming each problem's path and leaves the store in use as it was (nothing held
   * is lost). Resolves once the new store is in use and has loaded (until then {@link state} is the data as
   * given); a later `seed` or `unseed` supersedes this one.
   *
   * @example
   * this.#data.seed({ goals, notes }, { subject: 'properties' }).then(
   *   () => (this.dataError = undefined),
   *   (error) => (this.dataError = this.reportError(error)),
   * );
   */
  seed(records: OtSeed, options: OtSeedOptions = {}): Promise<void> {
    const call = ++this.#seedCalls;
    const pending = (this.#pendingSeed = { records });
    const settled = () => {
      if (this.#pendingSeed === pending) this.#pendingSeed = undefined;
    };
    const seeding = loadOwnStoreCode()
      .then(async ({ openOwnStore }) => {
        if (call !== this.#seedCalls) return;
        this.#seeded = this.#openOwn(openOwnStore, records, options);
        this.#sync();
        await this.#seeded.ready;
      })
      .finally(settled);
    holdUpdateComplete(this.#host, seeding);
    return seeding;
  }

  /** Page data is gone: back to the provider's store, or the element's own standalone store. */
  unseed(): void {
    this.#seedCalls++;
    this.#pendingSeed = undefined;
    if (!this.#seeded) return;
    this.#seeded = undefined;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    // Inside a provider, the context arrives right after this (the consumer connects next): only subscribe to
    // a store already chosen, so a connected element never makes a standalone store it does not need.
    if (this.#seeded ?? this.#provided ?? this.#standalone) this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#detach();
  }

  /** The store in use, or undefined (the own store is being made; or the deprecated form outside a provider). */
  #current(): OtStore | undefined {
    if (this.#providerOnly) return this.#seeded ?? this.#provided;
    return this.#seeded ?? this.#provided ?? this.#standalone;
  }

  #openOwn(open: typeof openOwnStore, seed?: OtSeed, seedOptions?: OtSeedOptions): OtStore {
    return open({ seed, seedOptions, clock: this.#clock, externalCollections: this.#external });
  }

  /** Starts making the standalone store (once); the host's `updateComplete` waits for it. */
  #requestStandalone(): void {
    if (this.#standaloneRequested) return;
    this.#standaloneRequested = true;
    const making = loadOwnStoreCode().then(({ openOwnStore }) => {
      this.#standalone = this.#openOwn(openOwnStore);
      this.#sync();
    });
    holdUpdateComplete(this.#host, making);
  }

  /**
   * Subscribes to the store in use when it changed, and re-renders the host. `wanted`: the element asked for the
   * store, so make its own when there is none (an element that never asks, like a timer kept in its page's
   * properties, never makes one).
   */
  #sync(wanted = false): void {
    if (!this.#connected) return;
    const store = this.#current();
    if (!store && wanted && !this.#providerOnly) this.#requestStandalone();
    if (store === this.#attached) return;
    this.#detach();
    this.#host.requestUpdate();
    if (!store) return;
    this.#attached = store;
    this.#value = this.#selector(store.getState());
    this.#unsubscribe = store.subscribe(
      this.#selector,
      (value) => {
        this.#value = value;
        this.#host.requestUpdate();
      },
      this.#equals ? { equals: this.#equals } : {},
    );
    if (store.status === 'loading') {
      // Loading replaces the whole state at once: take the slice again even if the subscription heard it.
      const loaded = store.ready.then(() => {
        if (this.#attached === store) this.#value = this.#selector(store.getState());
      });
      holdUpdateComplete(this.#host, loaded);
    }
    for (const resolve of this.#waiters.splice(0)) resolve(store);
  }

  #detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#attached = undefined;
  }
}

/**
 * Page data as a state, unchecked: what an element shows before its own store is made. Records without a string
 * id are left out; data that cannot be copied (a page's live objects) shows nothing until the store is made. A
 * state for reading (`stateOfRecords`): the store's table code arrives with the element's own store.
 */
function stateAsGiven(records: OtSeed): OtState | undefined {
  try {
    // A copy: the state freezes what it holds, and the page's objects are the page's.
    const copy = structuredClone(records) as Record<string, unknown>;
    const lists = Object.fromEntries(
      Object.entries(copy).map(([collection, list]) => [
        collection,
        (Array.isArray(list) ? list : []).filter((value) => typeof (value as { id?: unknown } | null)?.id === 'string'),
      ]),
    );
    return stateOfRecords(lists as OtRecordLists);
  } catch {
    return undefined;
  }
}
