import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region inside the element's shadow root. `announce()` puts a message in it so screen
 * readers read it without moving focus (WCAG 4.1.3). Render it once with `renderRegion()`; the region must
 * be in the page before a message arrives to be read.
 */
export class AnnounceController implements ReactiveController {
  /** The message currently in the region. */
  message = '';
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /**
   * Announces `message`. The region is emptied first so that the same words said twice are read twice.
   */
  announce(message: string): void {
    clearTimeout(this.#timer);
    this.message = '';
    this.#host.requestUpdate();
    this.#timer = setTimeout(() => {
      this.message = message;
      this.#host.requestUpdate();
    }, 50);
  }

  /** The live region; `part="announcer"`. */
  renderRegion(): TemplateResult {
    // A property binding keeps the region's text exactly the message (no template white space around it).
    return html`<div
      part="announcer"
      class="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      .textContent=${this.message}
    ></div>`;
  }
}
