import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the goal stack's shortcuts do; see {@link GoalStackShortcutsController}. */
export interface GoalStackShortcuts {
  /** Whether shortcuts work now (the therapist view only). */
  active(): boolean;
  /** Whether `/` works from anywhere on the page (`global-shortcut`). */
  global(): boolean;
  /** The "To Get To" field. */
  captureField(): HTMLInputElement | null;
  /** Adds a + or − trial to the current goal. */
  trial(result: 'plus' | 'minus'): void;
  /** Undoes the last quick-data tap. */
  undo(): void;
}

const isEditable = (target: EventTarget | undefined) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The goal stack's keyboard shortcuts, never while typing in a field: `/` or `N` go to the "To Get To" field
 * (Escape there goes back where focus was), `+` / `-` add a trial, Ctrl+Z / ⌘Z undoes the last tap. With
 * `global-shortcut`, `/` works from anywhere on the page when nothing there took it.
 */
export class GoalStackShortcutsController implements ReactiveController {
  readonly #shortcuts: GoalStackShortcuts;
  /** Where focus was before `/` moved it to the field, for Escape. */
  #returnFocus: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, shortcuts: GoalStackShortcuts) {
    this.#shortcuts = shortcuts;
    host.addController(this);
    host.addEventListener('keydown', (event) => this.#onKey(event, false));
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onPageKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onPageKey);
  }

  /** Moves focus to the "To Get To" field, remembering where it was (unless it was the field). */
  focusCapture(from: EventTarget | undefined): void {
    const field = this.#shortcuts.captureField();
    if (!field) return;
    this.#returnFocus = from instanceof HTMLElement && from !== field ? from : undefined;
    field.focus();
  }

  readonly #onPageKey = (event: KeyboardEvent): void => this.#onKey(event, true);

  #onKey(event: KeyboardEvent, fromPage: boolean): void {
    const target = event.composedPath()[0];
    if (!this.#shortcuts.active() || event.altKey) return;
    if (fromPage && (!this.#shortcuts.global() || event.key !== '/' || event.defaultPrevented)) return;
    if (!fromPage && event.key === 'Escape' && target === this.#shortcuts.captureField()) {
      this.#returnFocus?.focus();
      this.#returnFocus = undefined;
      return;
    }
    if (isEditable(target)) return;
    const key = event.key.toLowerCase();
    if (event.ctrlKey || event.metaKey) {
      if (fromPage || key !== 'z') return;
      this.#shortcuts.undo();
    } else if (key === '/' || key === 'n') this.focusCapture(target);
    else if (key === '+' || key === '-') this.#shortcuts.trial(key === '+' ? 'plus' : 'minus');
    else return;
    event.preventDefault();
  }
}
