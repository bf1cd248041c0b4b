/**
 * Where the current goal is remembered for this tab (sessionStorage: an opaque goal id, nothing else), so a
 * reload keeps the card on top. Only for stores that survive a reload themselves; a sandboxed frame may refuse
 * sessionStorage, and then nothing is remembered.
 */
export class CurrentGoalMemory {
  readonly #key: () => string | undefined;
  #restoredKey: string | undefined;

  /** `key` names the store and client the memory is for (undefined: a store that does not survive a reload). */
  constructor(key: () => string | undefined) {
    this.#key = key;
  }

  /** The goal remembered, once per store and client (later calls, for the same ones, give nothing). */
  restore(): string | undefined {
    const key = this.#key();
    if (!key || key === this.#restoredKey) return undefined;
    this.#restoredKey = key;
    return this.#use((storage) => storage.getItem(key)) ?? undefined;
  }

  remember(goalId: string): void {
    const key = this.#key();
    if (key) this.#use((storage) => storage.setItem(key, goalId));
  }

  #use<R>(use: (storage: Storage) => R): R | undefined {
    try {
      return use(sessionStorage);
    } catch {
      return undefined;
    }
  }
}
