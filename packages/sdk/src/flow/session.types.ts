/** The public types of the session clock (./session.ts): its options, a session's state, a check's outcome. */
import type { OtEndReason, OtPauseReason } from '../model/enums.js';
import type { OtSessionEvent } from '../model/entities.js';

/** Where a session is in its life. */
export type OtSessionStatus = 'not-started' | 'running' | 'paused' | 'ended';

/** Where a phase is: not reached yet, the current one, left with `next` (or by time), left with `skip`. */
export type OtPhaseStatus = 'upcoming' | 'current' | 'done' | 'skipped';

/** Options of the session clock. */
export interface OtSessionFlowOptions {
  /**
   * Move on to the next phase by itself when a phase's time runs out (the last phase runs over instead).
   * Default false: wait for the therapist, and let the phase run over.
   */
  autoAdvance?: boolean | undefined;
}

/** One phase as run: planned against actual time. Durations are in milliseconds. */
export interface OtPhaseProgress {
  readonly id: string;
  readonly label: string | undefined;
  readonly index: number;
  /** The planned time. */
  readonly planned: number;
  /** Time added with `extend`. */
  readonly extended: number;
  /** `planned + extended`: the time the phase has. */
  readonly budget: number;
  /** Time spent in the phase while the session ran (pauses do not count). */
  readonly actual: number;
  readonly status: OtPhaseStatus;
  /** When the phase's time ran out (wall clock, ms since the epoch), if it did. */
  readonly ranOutAt: number | undefined;
  /** When the session last left the phase (next, skip, back, auto-advance or end). */
  readonly leftAt: number | undefined;
}

/** One pause of a session. */
export interface OtSessionPause {
  readonly at: number;
  /** When the session resumed or ended; undefined while the pause lasts. */
  readonly until: number | undefined;
  readonly reason: OtPauseReason;
  readonly note: string | undefined;
  /** How long the pause lasted (or lasts so far), in ms. */
  readonly duration: number;
  /** The phase that was current when the pause began. */
  readonly phaseId: string;
}

/** The state of a session at one instant. Durations are in milliseconds. */
export interface OtSessionState {
  readonly status: OtSessionStatus;
  /** The instant the state is for: `now`, but never before the last event, and the end once ended. */
  readonly at: number;
  /** Index of the current phase (the first before the start; the last one run once ended). */
  readonly index: number;
  readonly phase: OtPhaseProgress;
  /** The phase after the current one, if any. */
  readonly next: OtPhaseProgress | undefined;
  readonly phases: readonly OtPhaseProgress[];
  /** Time left in the current phase (0 once it has run out). */
  readonly phaseRemaining: number;
  /** How far the current phase has run over its time (0 while it has time left). */
  readonly overrun: number;
  /** Every phase's budget added up. */
  readonly planned: number;
  /** Active time of the session: running time, pauses left out. Always the sum of the phases' `actual`. */
  readonly elapsed: number;
  /** `planned − elapsed`, or 0 once the session has used its time. */
  readonly remaining: number;
  readonly startedAt: number | undefined;
  readonly endedAt: number | undefined;
  readonly endReason: OtEndReason | undefined;
  readonly endNote: string | undefined;
  readonly pauses: readonly OtSessionPause[];
  /** The pause in progress, while paused. */
  readonly pause: OtSessionPause | undefined;
  /** The first event of the log that was rejected (the state stops before it), with the reason. */
  readonly problem: { readonly index: number; readonly reason: string } | undefined;
}

/** Outcome of checking one event against a log: accepted, or rejected with a readable reason. */
export type OtSessionCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Outcome of `applySessionEvent` (./session.ts). */
export type OtSessionApply =
  | { readonly ok: true; readonly events: readonly OtSessionEvent[]; readonly state: OtSessionState }
  | {
      readonly ok: false;
      readonly reason: string;
      readonly events: readonly OtSessionEvent[];
      readonly state: OtSessionState;
    };
