import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type OtClock } from '@otkit/sdk';

/** What a {@link ScheduleTicker} asks its host, again at every update. */
export interface ScheduleTickerOptions {
  /** The time source (a manual clock in tests and stories). Default: the system clock. */
  clock(): OtClock | undefined;
  /** When what the host shows next changes by time alone (a countdown second, a minute); undefined: never. */
  nextChangeAt(now: number): number | undefined;
}

/**
 * Wakes a schedule exactly when its view next changes — on the countdown's own seconds, not the clock's — so
 * the display is never more than a frame late. Time is derived, never counted: each update reads the clock, so
 * the view is exact after a sleeping laptop or a hidden tab. Nothing is planned while the page is hidden; it
 * updates at once when the page is shown again.
 */
export class ScheduleTicker implements ReactiveController {
  /** The time at the last update of the host. */
  now: number;
  readonly #host: ReactiveControllerHost;
  readonly #options: ScheduleTickerOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  readonly #onWake = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost, options: ScheduleTickerOptions) {
    this.#host = host;
    this.#options = options;
    this.now = this.#clock().now();
    host.addController(this);
  }

  #clock(): OtClock {
    return this.#options.clock() ?? systemClock;
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onWake);
    window.addEventListener('pageshow', this.#onWake);
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onWake);
    window.removeEventListener('pageshow', this.#onWake);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostUpdate(): void {
    this.now = this.#clock().now();
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#connected || document.visibilityState === 'hidden') return;
    const at = this.#options.nextChangeAt(this.now);
    if (at === undefined) return;
    // Measured from the clock now, not from the update: rendering took some of the wait.
    const wait = Math.max(0, at - this.#clock().now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#host.requestUpdate();
    }, wait);
  }
}
