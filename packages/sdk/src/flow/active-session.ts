/**
 * The running session of a store: the session record that has started and not ended, and the phase it is
 * in. Elements use it to tag what happens during a session (a "To Get To" note records its phase).
 *
 * This version follows manual flow only (`next`, `skip` and `back` events move the phase); the session
 * timer's flow module refines it with time-based advance.
 */
import type { OtSessionRecord } from '../model/entities.js';
import type { OtState } from '../store/types.js';

/** The running session and its current phase; see {@link activeSession}. */
export interface OtActiveSession {
  readonly record: OtSessionRecord;
  /** The id of the phase running now; undefined when the record has no phases to be in. */
  readonly phaseId: string | undefined;
}

/**
 * The session running at `now`: a record with a `start` event and no `end` event at or before `now` (the
 * latest started, when several are open), and its phase, counted from `next`/`skip` (one forward) and
 * `back` (one back) events, never before the first phase or past the last.
 *
 * @example
 * const running = activeSession(store.getState(), Date.now());
 * await store.notes.add({ text, goalId, sessionId: running?.record.id, phaseId: running?.phaseId });
 */
export function activeSession(state: OtState, now: number): OtActiveSession | undefined {
  let found: OtActiveSession | undefined;
  let foundStart = -Infinity;
  for (const record of Object.values(state.sessionRecords)) {
    let start: number | undefined;
    let index = 0;
    for (const event of record.events) {
      if (event.at > now || event.type === 'end') break;
      if (event.type === 'start') start ??= event.at;
      else if (event.type === 'next' || event.type === 'skip') index = Math.min(index + 1, record.phases.length - 1);
      else if (event.type === 'back') index = Math.max(index - 1, 0);
    }
    const ended = record.events.some((e) => e.type === 'end' && e.at <= now);
    if (start === undefined || ended || start < foundStart) continue;
    foundStart = start;
    found = { record, phaseId: record.phases[index]?.id };
  }
  return found;
}
