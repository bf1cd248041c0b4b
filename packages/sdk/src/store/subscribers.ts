/** Subscriptions with selectors: each hears of a change only when its slice changed. */
import type { OtEquality, OtState, OtSubscribeOptions } from './types.js';

interface Subscriber {
  selector: (state: OtState) => unknown;
  listener: (value: unknown, previous: unknown) => void;
  equals: OtEquality<unknown>;
  last: unknown;
}

export class Subscribers {
  readonly #subscribers = new Set<Subscriber>();

  /** Tells every subscriber whose slice changed in `next`. */
  notify(next: OtState): void {
    for (const sub of [...this.#subscribers]) {
      if (!this.#subscribers.has(sub)) continue;
      try {
        const value = sub.selector(next);
        if (sub.equals(value, sub.last)) continue;
        const previous = sub.last;
        sub.last = value;
        sub.listener(value, previous);
      } catch (error) {
        // A host's listener must not break the store: the others still hear of the change and the command
        // still commits. The error is rethrown on its own, so it stays visible (window.onerror, Node's
        // uncaughtException) instead of being swallowed.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  add<T>(
    state: OtState,
    selector: (state: OtState) => T,
    listener: (value: T, previous: T) => void,
    options: OtSubscribeOptions<T>,
  ): () => void {
    const sub: Subscriber = {
      selector,
      listener: listener as Subscriber['listener'],
      equals: (options.equals ?? Object.is) as OtEquality<unknown>,
      last: selector(state),
    };
    this.#subscribers.add(sub);
    if (options.fireImmediately) listener(sub.last as T, sub.last as T);
    return () => {
      this.#subscribers.delete(sub);
    };
  }

  clear(): void {
    this.#subscribers.clear();
  }
}
