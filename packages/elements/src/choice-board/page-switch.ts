import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a {@link PageSwitchController} needs from its board. */
export interface PageSwitchAccess {
  /** Whether the host page allows switch presses anywhere on the page (and the board scans). */
  enabled(): boolean;
  /** Handles a switch key as the board's own; true when it was a switch. */
  handleKey(event: KeyboardEvent): boolean;
}

/** Where a key press belongs to what has focus: text entry and other controls keep their keys. */
const OWN_KEYS =
  'input, textarea, select, button, a[href], [contenteditable=""], [contenteditable="true"], [role="button"], [role="textbox"], [role="link"], [role="menuitem"], [role="option"], [role="tab"]';

/**
 * Switch presses from anywhere on the page: a switch interface sends Space or Enter to whatever has focus, often
 * the page itself, and a switch user cannot Tab to the board. When the host allows it, a switch key pressed while
 * focus is outside the board (and not on a control that uses the key) starts, resumes or drives the scan.
 */
export class PageSwitchController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #access: PageSwitchAccess;

  constructor(host: ReactiveControllerHost & HTMLElement, access: PageSwitchAccess) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKeydown);
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !this.#access.enabled()) return;
    const path = event.composedPath();
    if (path.includes(this.#host)) return; // the board's own keydown handler has it
    const target = path[0];
    if (target instanceof Element && target.closest(OWN_KEYS)) return;
    if (this.#access.handleKey(event)) event.preventDefault();
  };
}
