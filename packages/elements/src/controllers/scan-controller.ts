import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Time and timers for scanning and dwell. The page's timers by default; tests and stories pass one driven
 * by hand (e.g. over `createManualClock`), so a scan of many steps runs in no real time.
 */
export interface OtScheduler {
  /** The current time in ms (any origin). */
  now(): number;
  /** Calls `callback` after `ms`; returns a handle for `clear`. */
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The page's timers, timed by `performance.now()`. */
export const systemScheduler: OtScheduler = {
  now: () => performance.now(),
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as number),
};

/** How scanning moves: `auto` (one switch; the highlight moves by itself) or `step` (two switches: next and select). */
export const OT_SCAN_MODES = ['off', 'auto', 'step'] as const;
/** A scan mode. */
export type OtScanMode = (typeof OT_SCAN_MODES)[number];

/** What is highlighted: one item after another, or a row first and then the items of the chosen row. */
export const OT_SCAN_PATTERNS = ['linear', 'row-column'] as const;
/** A scan pattern. */
export type OtScanPattern = (typeof OT_SCAN_PATTERNS)[number];

/** Settings of a scan, read again at every step so a host can change them while scanning. */
export interface OtScanOptions {
  mode: OtScanMode;
  pattern: OtScanPattern;
  /** Time each highlight stays in auto mode, ms. */
  interval: number;
  /** Extra time on the first item of a round, ms (time to get ready). */
  firstDelay: number;
  /** Full rounds without a choice before the scan resets (a row goes back to rows; at the top the scan stops). */
  rounds: number;
  /** Keys (`KeyboardEvent.key`, `Space` for the space bar) that move the highlight in step mode. */
  nextKeys: readonly string[];
  /** Keys that choose the highlighted item (in auto mode every switch key chooses). */
  selectKeys: readonly string[];
}

/** What a host gives a {@link ScanController}. */
export interface ScanConfig<T> {
  /** The items that can be chosen, by row; read again at every step (empty rows are skipped). */
  rows(): T[][];
  options(): OtScanOptions;
  /** An item was chosen. */
  select(item: T): void;
  /** A new highlight is shown: play a tone or speak it. */
  cue?(items: T[], group: boolean): void;
  /** The scan stopped (the way out, or the rounds ran out). */
  stopped?(): void;
  scheduler?(): OtScheduler | undefined;
}

/**
 * Switch scanning for any element: automatic single-switch scanning (interval, extra time on the first
 * item, rounds before reset) and two-switch step scanning (next / select keys), linear or row–column,
 * with pause / resume and Escape as the way out. The host renders `highlight` (its own item keys) and
 * passes key presses to `handleKey`; timing comes from a {@link OtScheduler}, each step planned from the
 * last planned time so the rhythm does not drift.
 *
 * @example
 * readonly scan = new ScanController<number>(this, {
 *   rows: () => [[0, 1, 2], [3, 4]],
 *   options: () => ({ mode: 'auto', pattern: 'row-column', interval: 1500, firstDelay: 1000, rounds: 3, nextKeys: ['Space'], selectKeys: ['Enter'] }),
 *   select: (item) => this.choose(item),
 * });
 * // render: class=${this.scan.highlight.includes(item) ? 'scan' : ''}; on keydown: if (this.scan.handleKey(e)) e.preventDefault();
 */
export class ScanController<T> implements ReactiveController {
  /** The highlighted items: one item, or a whole row while rows are scanned; empty when not scanning. */
  highlight: T[] = [];
  /** True while a whole row is highlighted. */
  group = false;
  /** Whether a scan is on. */
  running = false;
  /** Whether the scan is held in place (auto or step): the highlight stays, and the next switch only resumes. */
  paused = false;
  readonly #host: ReactiveControllerHost;
  readonly #config: ScanConfig<T>;
  // Set before any use: the row and round by restart(), the position by #show(), the due time by #arm().
  #row!: number;
  #round!: number;
  #pos!: number;
  #due!: number;
  #timer: unknown;

  constructor(host: ReactiveControllerHost, config: ScanConfig<T>) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#halt();
  }

  /**
   * Before each render: when the host's rows changed under the highlight (a board that reflows on a narrower
   * screen), highlight the unit now at the same position, so the highlight is always one whole row or one item.
   */
  hostUpdate(): void {
    if (!this.running || !this.highlight.length) return;
    const [units, group] = this.#units();
    const same = (unit: T[]) =>
      unit.length === this.highlight.length && unit.every((item, index) => item === this.highlight[index]);
    if (units.some(same)) return;
    this.#pos = Math.min(this.#pos, Math.max(0, units.length - 1));
    this.highlight = units[this.#pos] ?? [];
    this.group = group;
  }

  get #time(): OtScheduler {
    return timeOf(this.#config);
  }

  /** What is scanned now: whole rows (then true), or single items. */
  #units(): [T[][], boolean] {
    const rows = this.#config.rows().filter((r) => r.length);
    const linear = this.#config.options().pattern === 'linear';
    return !linear && this.#row < 0 && rows.length > 1
      ? [rows, true]
      : [(linear ? rows.flat() : (rows[Math.max(0, this.#row)] ?? [])).map((i) => [i]), false];
  }

  #show(pos: number, from = this.#time.now()): void {
    const [units, group] = this.#units();
    this.#pos = pos % units.length || 0;
    this.highlight = units[this.#pos] ?? [];
    this.group = group;
    if (this.highlight.length) this.#config.cue?.(this.highlight, group);
    this.#arm(from, this.#pos === 0);
  }

  /** Plans the next automatic step (and re-renders the host); in step mode or paused, only re-renders. */
  #arm(from: number, first: boolean): void {
    const time = this.#time;
    const o = this.#config.options();
    if (this.#timer !== undefined) time.clear(this.#timer);
    this.#timer = undefined;
    this.#host.requestUpdate();
    if (o.mode !== 'auto' || !this.running || this.paused) return;
    this.#due = from + o.interval + (first ? o.firstDelay : 0);
    this.#timer = time.set(() => {
      this.#timer = undefined;
      // Plan from the planned time, not from when the timer fired, so small delays do not add up; after a
      // stall longer than a step (a sleeping laptop) plan from now, so no highlight flashes by.
      const now = time.now();
      this.next(now - this.#due > o.interval ? now : this.#due);
    }, this.#due - time.now());
  }

  /** Stops without telling the host. */
  #halt(): void {
    this.running = this.paused = this.group = false;
    this.highlight = [];
    this.#arm(0, false);
  }

  /** Starts scanning from the top (the first row or item). */
  start(): void {
    this.running = true;
    this.paused = false;
    this.restart();
  }

  /** Goes back to the top: after a choice, or when the items changed. */
  restart(): void {
    this.#row = -1;
    this.#round = 0;
    if (this.running) this.#show(0);
  }

  /** Moves the highlight on (the next switch in step mode; the timer in auto mode). */
  next(from?: number): void {
    if (!this.running) return;
    let pos = this.#pos + 1;
    const o = this.#config.options();
    if (pos >= this.#units()[0].length) {
      pos = 0;
      if (o.mode === 'auto' && ++this.#round >= o.rounds) {
        // Rounds used up: inside a row, back to the rows; at the top, stop rather than cycle for ever.
        if (this.#row < 0) return this.stop();
        this.#row = -1;
        this.#round = 0;
      }
    }
    this.#show(pos, from);
  }

  /** Chooses what is highlighted: enters a row, or selects an item. */
  select(): void {
    // Nothing is highlighted while stopped.
    if (!this.highlight.length) return;
    if (this.group) {
      this.#row = this.#pos;
      this.#round = 0;
      return this.#show(0);
    }
    this.#config.select(this.highlight[0]!);
    this.restart();
  }

  /** Holds the scan where it is: an auto scan stops moving, and the next switch resumes without moving or choosing. */
  pause(): void {
    this.paused = true;
    this.#arm(0, false);
  }

  /** Lets a paused scan move on. */
  resume(): void {
    this.paused = false;
    this.#arm(this.#time.now(), false);
  }

  /** Stops scanning and clears the highlight: the way out. */
  stop(): void {
    const was = this.running;
    this.#halt();
    if (was) this.#config.stopped?.();
  }

  /**
   * Handles a key press; returns true when the key was a switch (the caller prevents its default).
   * Escape stops; a switch starts a stopped scan, resumes a paused one, moves (step: next) or chooses.
   * A held key repeats nothing.
   */
  handleKey(event: KeyboardEvent): boolean {
    const o = this.#config.options();
    const key = event.key === ' ' ? 'Space' : event.key;
    if (o.mode === 'off') return false;
    if (key === 'Escape' && this.running) {
      this.stop();
      return true;
    }
    const isNext = o.nextKeys.includes(key);
    if (!isNext && !o.selectKeys.includes(key)) return false;
    if (event.repeat) return true;
    if (!this.running) this.start();
    else if (this.paused) this.resume();
    else if (o.mode === 'step' && isNext) this.next();
    else this.select();
    return true;
  }
}

/** The host's scheduler, or the page's timers. */
const timeOf = (config: { scheduler?(): OtScheduler | undefined }): OtScheduler =>
  config.scheduler?.() ?? systemScheduler;

/** What a host gives a {@link DwellController}. */
export interface DwellConfig<T> {
  /** Dwell time in ms; 0 turns dwell off. */
  time(): number;
  /** The pointer rested on `target` for the dwell time. */
  select(target: T): void;
  scheduler?(): OtScheduler | undefined;
}

/**
 * Dwell selection for pointer users (head pointers, eye gaze, a shaky hand): resting the pointer on a
 * target for the dwell time chooses it. `target` is what the pointer rests on now (render a filling
 * indicator on it with a CSS animation of that length). A target chosen by dwell is not chosen again
 * until the pointer leaves it.
 */
export class DwellController<T> implements ReactiveController {
  /** What the pointer is resting on, while the dwell time runs. */
  target: T | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #config: DwellConfig<T>;
  #spent: T | undefined;
  #timer: unknown;

  constructor(host: ReactiveControllerHost, config: DwellConfig<T>) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.leave();
  }

  /** The pointer came to rest on `target`. */
  enter(target: T): void {
    const ms = this.#config.time();
    if (ms <= 0 || target === this.target || target === this.#spent) return;
    this.leave();
    this.target = target;
    this.#timer = timeOf(this.#config).set(() => {
      this.target = undefined;
      this.#spent = target;
      this.#timer = undefined;
      this.#host.requestUpdate();
      this.#config.select(target);
    }, ms);
    this.#host.requestUpdate();
  }

  /** The pointer left: the dwell is cancelled. */
  leave(): void {
    if (this.#timer !== undefined) timeOf(this.#config).clear(this.#timer);
    const had = this.target !== undefined || this.#spent !== undefined;
    this.#timer = this.target = this.#spent = undefined;
    if (had) this.#host.requestUpdate();
  }
}
