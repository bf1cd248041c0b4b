import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type OtClock } from '@otkit/sdk';

/** Options of {@link ClockController}. */
export interface ClockControllerOptions {
  /** The time source; read again on every update, so a host can swap it. Default: the system clock. */
  clock?: () => OtClock | undefined;
  /** Whether the host needs ticks now (e.g. only while a session runs). Default: always. */
  active?: () => boolean;
  /** Tick period in ms; ticks fall on whole periods of clock time (whole seconds by default). */
  interval?: number;
  /**
   * When the host's display next changes (clock time), read after every update; wins over `interval`. Ticking on
   * the instants the host names (a session's own seconds, not the clock's) keeps the display at most one frame
   * late, and a host that shows whole minutes wakes once a minute. Undefined: no tick until the next update.
   */
  nextChangeAt?: () => number | undefined;
}

/**
 * Keeps `now` fresh for elements that show time. Time is derived, never counted: every update reads the
 * clock again, so the element is exact after a reload, a sleeping laptop or a hidden tab. It ticks at most
 * once per interval while the page is visible, schedules nothing while hidden, and recomputes at once on
 * `visibilitychange` and `pageshow`.
 */
export class ClockController implements ReactiveController {
  /** The time at the last update of the host. */
  now: number;
  readonly #host: ReactiveControllerHost;
  readonly #options: ClockControllerOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  readonly #onWake = () => this.refresh();

  constructor(host: ReactiveControllerHost, options: ClockControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.now = this.#clock().now();
    host.addController(this);
  }

  #clock(): OtClock {
    return this.#options.clock?.() ?? systemClock;
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onWake);
    window.addEventListener('pageshow', this.#onWake);
    this.refresh();
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
    this.#schedule();
  }

  /** Reads the clock now and re-renders; call it when `active` may have changed. */
  refresh(): void {
    this.now = this.#clock().now();
    this.#host.requestUpdate();
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#connected || document.visibilityState === 'hidden') return;
    if (this.#options.active && !this.#options.active()) return;
    const wait = this.#wait();
    if (wait === undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#host.requestUpdate();
    }, wait);
  }

  /** How long until the next tick, in ms; undefined for none. */
  #wait(): number | undefined {
    const now = this.#clock().now();
    if (this.#options.nextChangeAt) {
      const at = this.#options.nextChangeAt();
      // A timer that fires a little early (clocks drift apart by a millisecond) just ticks again.
      return at === undefined ? undefined : Math.max(1, Math.ceil(at - now));
    }
    const interval = this.#options.interval ?? 1000;
    return interval - (now % interval) || interval;
  }
}
