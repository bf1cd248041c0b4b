import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Smallest width of a tile, px: wide enough for a word such as "Trampoline" on one line (9rem at 16 px, with padding). */
export const MIN_TILE_WIDTH = 144;

/**
 * How many columns of tiles at least {@link MIN_TILE_WIDTH} wide fit the board's width, watched with a
 * ResizeObserver: boards laid out automatically never get more, so a label never breaks inside a word.
 */
export class FitColumnsController implements ReactiveController {
  /** Columns that fit; Infinity until the board has been measured. */
  columns = Infinity;
  readonly #host: ReactiveControllerHost & HTMLElement;
  // Made on connection: a server renderer (Lit SSR) constructs the element where there is no ResizeObserver.
  #observer: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(([entry]) => {
      // Measured after the frame, so a re-render never runs inside the observer (no observer loop).
      const width = entry!.contentRect.width;
      requestAnimationFrame(() => this.#measure(width));
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #measure(width: number): void {
    if (width <= 0) return;
    const style = getComputedStyle(this.#host);
    const gap = parseFloat(style.getPropertyValue('--ot-choice-board-gap')) || 8;
    // The grid keeps room at both edges for the scan highlight (choice-board.styles.ts).
    const inner = width - 2 * (parseFloat(style.getPropertyValue('--_ot-choice-board-scan-reach')) || 0);
    const columns = Math.max(1, Math.floor((inner + gap) / (MIN_TILE_WIDTH + gap)));
    if (columns === this.columns) return;
    this.columns = columns;
    this.#host.requestUpdate();
  }
}
