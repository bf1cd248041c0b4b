import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Where the last write stands: waiting for the store's commit, saved, or nothing to say. */
export type SaveState = 'saving' | 'saved' | undefined;

/**
 * Shows a store write as pending until the store has committed it, then as saved: the store applies a change to
 * its state at once, before it is durable, and a therapist must not take a change on screen for a saved one.
 * Only the latest write speaks; a failed one clears the state (the element shows the error).
 */
export class SaveStateController implements ReactiveController {
  /** The state of the latest write. */
  state: SaveState;
  readonly #host: ReactiveControllerHost;
  #writes = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Tracks a write: saving now, saved when it resolves. Resolves and rejects as the write does. */
  async track<T>(write: Promise<T>): Promise<T> {
    const mine = ++this.#writes;
    this.#set('saving');
    try {
      const result = await write;
      if (mine === this.#writes) this.#set('saved');
      return result;
    } catch (error) {
      if (mine === this.#writes) this.#set(undefined);
      throw error;
    }
  }

  /** Nothing to say any more (a new session). */
  clear(): void {
    this.#writes++;
    this.#set(undefined);
  }

  #set(state: SaveState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}

/**
 * Where the last write stands, as every element says it: "Saving…" until the store has committed it, then
 * "Saved", in a status region a screen reader reads without moving focus. `words` are the element's own.
 */
export function renderSaveState(
  state: SaveState,
  words: { readonly saving: string; readonly saved: string },
): TemplateResult | typeof nothing {
  if (!state) return nothing;
  return html`<p part="save-state" role="status">${state === 'saving' ? words.saving : words.saved}</p>`;
}
