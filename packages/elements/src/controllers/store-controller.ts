import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import {
  OtValidationError,
  collectionDef,
  createStore,
  isCollectionName,
  memoryAdapter,
  safeParse,
  systemClock,
  type OtClock,
  type OtCollectionName,
  type OtEquality,
  type OtIssue,
  type OtState,
  type OtStore,
} from '@otkit/sdk';
import { otStoreContext } from '../context/store-context.js';
import { holdUpdateComplete } from '../internal/update-holds.js';

/** Records per collection, as a page hands them to an element (checked by {@link StoreController.seed}). */
export type OtSeed = { readonly [C in OtCollectionName]?: readonly unknown[] };

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

/** Options of {@link StoreController.seed}. */
export interface OtSeedOptions {
  /** What the error names as the bad input, e.g. `property "goals"`. Default: `page data`. */
  subject?: string;
  /** What the page calls a collection, for the first step of each error path: `{ progressEntries: 'progress' }`. */
  names?: { readonly [C in OtCollectionName]?: string };
}

/**
 * The one data path of every element: the store it reads and writes, and the slice of its state it shows.
 *
 * - Page data: after `seed(records)` (properties or markup the page set), a store of the element's own, holding
 *   exactly those records, wins over everything else until `unseed()`.
 * - Connected: inside `<ot-provider>`, the provider's store.
 * - Standalone: a memory store of the element's own, made the first time it is needed.
 *
 * The element re-renders only when its slice changes. Read `store` when a command runs (never keep it from
 * render time): it is the store in use at that moment.
 *
 * @example
 * readonly #data = new StoreController(this, { select: (state) => state.goals, externalCollections: ['clients'] });
 * willUpdate(changed) {
 *   if (changed.has('goals')) this.goals ? this.#data.seed({ goals: this.goals }) : this.#data.unseed();
 * }
 * render() { const goals = listRecords(this.#data.store.getState(), 'goals'); … }
 * async #add(text: string) { await addGoal(this.#data.store, { description: text }); }
 */
export class StoreController<T> implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #selector: (state: OtState) => T;
  readonly #equals: OtEquality<T> | undefined;
  readonly #external: readonly OtCollectionName[];
  readonly #clock: OtClock;
  #provided: OtStore | undefined;
  #seeded: OtStore | undefined;
  #scratch: OtStore | undefined;
  /** The store the subscription is on, its slice, and how to end it. */
  #attached: OtStore | undefined;
  #value: T | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;
  /** Made with the old form of the constructor: no store of its own (see there). */
  readonly #providerOnly: boolean;

  constructor(host: ReactiveElement, options: StoreControllerOptions<T>);
  /**
   * @deprecated The form the four elements used before issue 9: `store` and `value` are undefined outside a
   * provider (the type does not say so) and there is no store of the element's own. Kept only until each element
   * is ported to the options form; remove it then.
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

  /** The store in use: the page's data, else the provider's, else the element's own. */
  get store(): OtStore {
    this.#sync();
    return this.#current() as OtStore;
  }

  /** The provider's store, when the element sits inside `<ot-provider>` (in use unless page data is seeded). */
  get provided(): OtStore | undefined {
    return this.#provided;
  }

  /** Whether the element works from a store of its own (page data, or standalone), not the provider's. */
  get isOwn(): boolean {
    return this.store !== this.#provided;
  }

  /** Whether page data given to {@link seed} is in use. */
  get isSeeded(): boolean {
    return this.#seeded !== undefined;
  }

  /** The selected slice of the state of `store`. */
  get value(): T {
    this.#sync();
    const store = this.#current();
    if (!store) return undefined as T;
    if (this.#attached !== store) return this.#selector(store.getState());
    return this.#value as T;
  }

  /** Resolves once `store` has loaded; rejects when it cannot (the store's `error` says why). */
  get ready(): Promise<void> {
    return this.store.ready;
  }

  /**
   * Puts page data in a store of the element's own that then wins over the provider's. Every record is checked
   * first — its schema, repeated ids, references between the records given (not into `externalCollections`) —
   * and bad data throws an {@link OtValidationError} naming each problem's path, keeping the store in use as it
   * was (nothing held is lost).
   *
   * @example
   * try {
   *   this.#data.seed({ goals, notes }, { subject: 'properties' });
   * } catch (error) {
   *   this.dataError = this.reportError(error);
   * }
   */
  seed(records: OtSeed, options: OtSeedOptions = {}): void {
    const valid = this.#check(records, options);
    this.#seeded = createStore({
      adapter: memoryAdapter({ seed: valid }),
      clock: this.#clock,
      externalCollections: this.#external,
    });
    this.#sync();
  }

  /** Page data is gone: back to the provider's store, or the element's own standalone store. */
  unseed(): void {
    if (!this.#seeded) return;
    this.#seeded = undefined;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    // Inside a provider, the context arrives right after this (the consumer connects next): only subscribe to
    // a store already chosen, so a connected element never makes a standalone store it does not need.
    if (this.#seeded ?? this.#provided ?? this.#scratch) this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#detach();
  }

  /** The store in use (undefined only in the deprecated provider-only form, outside a provider). */
  #current(): OtStore | undefined {
    if (this.#providerOnly) return this.#seeded ?? this.#provided;
    return this.#seeded ?? this.#provided ?? (this.#scratch ??= this.#createOwn());
  }

  #createOwn(): OtStore {
    return createStore({ clock: this.#clock, externalCollections: this.#external });
  }

  /** Subscribes to the store in use when it changed, and re-renders the host. */
  #sync(): void {
    if (!this.#connected) return;
    const store = this.#current();
    if (store === this.#attached) return;
    this.#detach();
    if (!store) {
      this.#host.requestUpdate();
      return;
    }
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
      holdUpdateComplete(this.#host, store.ready);
      // Loading replaces the whole state at once: take the slice again even if the store's subscribers heard it.
      void store.ready.then(
        () => {
          if (this.#attached === store) this.#value = this.#selector(store.getState());
        },
        () => {},
      );
    }
    this.#host.requestUpdate();
  }

  #detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#attached = undefined;
  }

  /** The checked, cleaned records of `records`, or an error naming every problem. */
  #check(records: OtSeed, options: OtSeedOptions): Record<string, unknown[]> {
    const issues: OtIssue[] = [];
    const name = (collection: string) => options.names?.[collection as OtCollectionName] ?? collection;
    const valid: Record<string, { record: Record<string, unknown>; index: number }[]> = {};
    const ids = new Map<string, Set<string>>();
    for (const [collection, list] of Object.entries(records)) {
      if (list === undefined) continue;
      if (!isCollectionName(collection)) {
        issues.push({ path: [collection], code: 'unknown-key', message: 'is not a collection of the store' });
        continue;
      }
      if (!Array.isArray(list)) {
        issues.push({ path: [name(collection)], code: 'type', message: 'must be an array' });
        continue;
      }
      const seen = new Set<string>();
      const good: { record: Record<string, unknown>; index: number }[] = (valid[collection] = []);
      ids.set(collection, seen);
      list.forEach((raw: unknown, index) => {
        const result = safeParse(collectionDef(collection).schema, raw);
        if (!result.success) {
          for (const issue of result.issues) issues.push({ ...issue, path: [name(collection), index, ...issue.path] });
          return;
        }
        const { id } = result.data;
        if (seen.has(id)) {
          issues.push({ path: [name(collection), index, 'id'], code: 'duplicate', message: `repeats id "${id}"` });
          return;
        }
        seen.add(id);
        good.push({ record: result.data as Record<string, unknown>, index });
      });
    }
    for (const [collection, list] of Object.entries(valid)) {
      const refs = Object.entries(collectionDef(collection as OtCollectionName).refs);
      for (const { record, index } of list)
        for (const [field, target] of refs) {
          const ref = record[field];
          if (typeof ref !== 'string' || this.#external.includes(target) || ids.get(target)?.has(ref)) continue;
          issues.push({
            path: [name(collection), index, field],
            code: 'reference',
            message: `names no ${collectionDef(target).entity} with id "${ref}"`,
          });
        }
    }
    if (issues.length) throw new OtValidationError(options.subject ?? 'page data', issues);
    return Object.fromEntries(
      Object.entries(valid).map(([collection, list]) => [collection, list.map((x) => x.record)]),
    );
  }
}
