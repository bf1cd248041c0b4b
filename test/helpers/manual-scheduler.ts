import { createManualClock } from '@otkit/sdk';
import type { OtScheduler } from '@otkit/elements';

/** A scheduler whose time moves only when told: `advance(ms)` runs every timer that falls due, in order. */
export interface ManualScheduler extends OtScheduler {
  advance(ms: number): void;
  /** Timers waiting to run. */
  readonly pending: number;
}

export function manualScheduler(start = 0): ManualScheduler {
  const clock = createManualClock(start);
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => clock.now(),
    set(run, ms) {
      const id = next++;
      timers.set(id, { at: clock.now() + Math.max(0, ms), run });
      return id;
    },
    clear(id) {
      timers.delete(id as number);
    },
    advance(ms) {
      const end = clock.now() + ms;
      for (;;) {
        let due: [number, { at: number; run: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        clock.set(due[1].at);
        due[1].run();
      }
      clock.set(end);
    },
    get pending() {
      return timers.size;
    },
  };
}
