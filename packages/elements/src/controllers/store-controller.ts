import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { OtEquality, OtState, OtStore } from '@otkit/sdk';
import { otStoreContext } from '../context/store-context.js';

/** Options of {@link StoreController}. */
export interface StoreControllerOptions<T> {
  /** How slices are compared; `Object.is` by default. */
  equals?: OtEquality<T>;
}

/**
 * Connects an element to the store of the nearest `<ot-provider>`: selects a slice of the state and
 * re-renders the element only when that slice changes. Without a provider, `store` is undefined and the
 * element works from its own properties.
 *
 * @example
 * readonly #goals = new StoreController(this, (s) => s.goals);
 * render() { const goals = this.goals ?? Object.values(this.#goals.value ?? {}); … }
 */
export class StoreController<T> implements ReactiveController {
  /** The selected slice; undefined while there is no store. */
  value: T | undefined;
  readonly #host: ReactiveElement;
  readonly #selector: (state: OtState) => T;
  readonly #equals: OtEquality<T> | undefined;
  #store: OtStore | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveElement, selector: (state: OtState) => T, options: StoreControllerOptions<T> = {}) {
    this.#host = host;
    this.#selector = selector;
    this.#equals = options.equals;
    host.addController(this);
    new ContextConsumer(host, {
      context: otStoreContext,
      subscribe: true,
      callback: (store) => this.#attach(store),
    });
  }

  /** The store in use, when the element sits inside a provider. */
  get store(): OtStore | undefined {
    return this.#store;
  }

  hostConnected(): void {
    if (this.#store && !this.#unsubscribe) this.#attach(this.#store);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #attach(store: OtStore | undefined): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = store;
    if (!store) {
      this.value = undefined;
      this.#host.requestUpdate();
      return;
    }
    this.value = this.#selector(store.getState());
    this.#unsubscribe = store.subscribe(
      this.#selector,
      (value) => {
        this.value = value;
        this.#host.requestUpdate();
      },
      this.#equals ? { equals: this.#equals } : {},
    );
    if (store.status === 'loading') {
      store.ready.then(
        () => this.#host.requestUpdate(),
        () => this.#host.requestUpdate(),
      );
    }
    this.#host.requestUpdate();
  }
}
