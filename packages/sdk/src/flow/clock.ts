/**
 * Time source of the SDK. Everything that needs "now" takes a clock, so tests and stories can drive time
 * by hand and the session clock stays a pure function of its inputs.
 */

/** A source of the current time in milliseconds since the epoch. */
export interface OtClock {
  now(): number;
}

/** The real clock (`Date.now()`). */
export const systemClock: OtClock = { now: () => Date.now() };

/** A clock that moves only when told: for tests, stories and replays. */
export interface OtManualClock extends OtClock {
  /** Sets the current time. */
  set(time: number): void;
  /** Moves the current time forward by `ms`. */
  advance(ms: number): void;
}

/**
 * Creates a clock that starts at `start` and moves only when told.
 *
 * @example
 * const clock = createManualClock(Date.UTC(2026, 10, 23, 9, 0));
 * clock.advance(5 * 60_000); // five minutes later
 */
export function createManualClock(start = 0): OtManualClock {
  let time = start;
  return {
    now: () => time,
    set(t) {
      time = t;
    },
    advance(ms) {
      time += ms;
    },
  };
}
