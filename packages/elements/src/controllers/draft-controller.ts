import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftsFor, type OtStore } from '@otkit/sdk';

/** What a {@link DraftController} needs from its element. */
export interface DraftSource {
  /** The store whose drafts to use; undefined while there is none. */
  store(): OtStore | undefined;
  /** The draft key of a field (see the SDK's `draftKey`): the element, the field and what it belongs to. */
  key(field: string): string;
  /** The text field named `field` in the element, when it is on screen. */
  input(field: string): HTMLInputElement | HTMLTextAreaElement | null;
  /** A draft was put back into the field (its text set without an `input` event): read the field again. */
  restored?(field: string): void;
  /**
   * Whether the field shows nothing the user typed, so a draft may go into it. Default: it is empty; a field
   * that starts with a stored value (an activity's minutes) says whether it still shows that value.
   */
  untouched?(field: string, input: HTMLInputElement | HTMLTextAreaElement): boolean;
}

/** How long typing pauses before the draft is kept. */
const KEEP_AFTER_MS = 300;

/**
 * Keeps the unsent text of an element's fields as drafts (the SDK's `draftsFor(store)`: device-local, never
 * synced or exported) and puts it back after a reload. Call `input(field)` from the field's `input` event,
 * `sent(field)` once its text was saved, and `restore(field)` when the field appears (after each update is
 * fine: a field that already holds text is left alone).
 */
export class DraftController implements ReactiveController {
  readonly #source: DraftSource;
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Keys restored (or typed into), per store: a draft is put back once, and again when the element moves to
   * another store (its own until a provider's arrives).
   */
  readonly #restored = new WeakMap<OtStore, Set<string>>();

  constructor(host: ReactiveControllerHost, source: DraftSource) {
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    for (const field of this.#pending) this.restore(field);
  }

  hostDisconnected(): void {
    // Keep what is typed now: a page that removes the element should not lose the last keystrokes.
    for (const field of [...this.#timers.keys()]) this.#flush(field);
  }

  /** Fields that want their draft back once they are on screen. */
  readonly #pending = new Set<string>();

  /** Watches `field`: its draft comes back when it is on screen and empty. */
  watch(...fields: string[]): void {
    fields.forEach((field) => this.#pending.add(field));
  }

  /** Puts the field's draft back, once, when the field is empty (or untouched, see {@link DraftSource}). */
  async restore(field: string): Promise<void> {
    const store = this.#source.store();
    const input = this.#source.input(field);
    if (!store || !input) return;
    const key = this.#source.key(field);
    const restored = this.#restoredIn(store);
    if (restored.has(key)) return;
    restored.add(key);
    const text = await draftsFor(store).read(key);
    const untouched = this.#source.untouched?.(field, input) ?? !input.value;
    if (!text || !untouched || text === input.value) return;
    input.value = text;
    this.#source.restored?.(field);
  }

  /** The field changed: its draft is kept once typing pauses. */
  input(field: string): void {
    const store = this.#source.store();
    if (store) this.#restoredIn(store).add(this.#source.key(field));
    clearTimeout(this.#timers.get(field));
    this.#timers.set(
      field,
      setTimeout(() => this.#flush(field), KEEP_AFTER_MS),
    );
  }

  /** The field's text was sent: its draft goes. */
  async sent(field: string): Promise<void> {
    clearTimeout(this.#timers.get(field));
    this.#timers.delete(field);
    const store = this.#source.store();
    if (store) await draftsFor(store).clear(this.#source.key(field));
  }

  #restoredIn(store: OtStore): Set<string> {
    let restored = this.#restored.get(store);
    if (!restored) this.#restored.set(store, (restored = new Set()));
    return restored;
  }

  #flush(field: string): void {
    clearTimeout(this.#timers.get(field));
    this.#timers.delete(field);
    const store = this.#source.store();
    const input = this.#source.input(field);
    if (store && input) void draftsFor(store).write(this.#source.key(field), input.value);
  }
}
