/**
 * The session running now, for commands and elements that tag what they record with the session and its
 * phase (a "To Get To" note taken during warm-up, a choice made during targeted activities).
 */
import type { OtSessionRecord } from '../model/entities.js';
import { listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';
import { sessionFlow } from './session.js';

/** The running session and its current phase; see {@link activeSession}. */
export interface OtActiveSession {
  readonly record: OtSessionRecord;
  /** The id of the phase running now; undefined when the record has no phase to be in. */
  readonly phaseId: string | undefined;
}

/** Where the session stands at one instant, as ids to stamp on a record; see {@link currentSessionPhase}. */
export interface OtSessionPhaseRef {
  readonly sessionId: string;
  readonly phaseId: string | undefined;
}

/**
 * The running session of the store — started, not ended; the most recently started one if there are
 * several — and its current phase at `now`, as the session clock says: with auto-advance the phase follows
 * the time; otherwise it is the one the therapist moved to. Undefined when no session runs.
 *
 * @example
 * const active = activeSession(store.getState(), Date.now());
 * if (active) await store.notes.add({ goalId, text, sessionId: active.record.id, phaseId: active.phaseId });
 */
export function activeSession(state: OtState, now: number): OtActiveSession | undefined {
  let found: { record: OtSessionRecord; phaseId: string | undefined; startedAt: number } | undefined;
  for (const record of listRecords(state, 'sessionRecords')) {
    // As of `now`: events stamped later (another device's clock running ahead) have not happened yet.
    const events = record.events.filter((e) => e.at <= now);
    const last = events[events.length - 1];
    if (!last || last.type === 'end') continue;
    const s = sessionFlow(record.phases, events, now, { autoAdvance: record.autoAdvance });
    if ((s.status === 'running' || s.status === 'paused') && (!found || s.startedAt! >= found.startedAt))
      found = { record, phaseId: s.phase.id || undefined, startedAt: s.startedAt! };
  }
  return found && { record: found.record, phaseId: found.phaseId };
}

/**
 * The ids of the session and phase running at `now`, to stamp on what is recorded at that instant; undefined
 * when no session runs. Call it inside the command's transaction with the transaction's own state and time, so
 * the phase is the one current when the command runs, never one remembered from an earlier render.
 *
 * @example
 * await store.transaction((tx) => {
 *   const where = currentSessionPhase(tx.state, tx.now);
 *   return tx.notes.add({ goalId, text, sessionId: where?.sessionId, phaseId: where?.phaseId });
 * });
 */
export function currentSessionPhase(state: OtState, now: number): OtSessionPhaseRef | undefined {
  const active = activeSession(state, now);
  return active && { sessionId: active.record.id, phaseId: active.phaseId };
}
