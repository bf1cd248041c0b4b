import type { OtHomeProgram, OtPracticeLogEntry } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** What a person did to a home program in the builder. */
export type OtProgramAction = 'add' | 'remove' | 'move' | 'change';

/** Detail of {@link OtProgramChangeEvent}. */
export interface OtProgramChangeDetail {
  readonly action: OtProgramAction;
  /** The program as stored after the change. */
  readonly program: OtHomeProgram;
}

/** Fired after the therapist added, removed, moved or changed an activity (once the store saved it). */
export class OtProgramChangeEvent extends OtDetailEvent<OtProgramChangeDetail> {
  constructor(detail: OtProgramChangeDetail) {
    super('ot-program-change', detail);
  }
}

/** What a family did to its practice log. */
export type OtPracticeAction = 'log' | 'undo' | 'note';

/** Detail of {@link OtPracticeLogEvent}. */
export interface OtPracticeLogDetail {
  readonly action: OtPracticeAction;
  readonly activityId: string;
  /** The day (`YYYY-MM-DD`). */
  readonly date: string;
}

/**
 * Fired when someone asks to log today's practice, take a log back or add how it went. Cancel it
 * (`preventDefault()`) to handle it yourself; otherwise the log changes and `ot-practice-change` follows.
 */
export class OtPracticeLogEvent extends OtDetailEvent<OtPracticeLogDetail> {
  constructor(detail: OtPracticeLogDetail) {
    super('ot-practice-log', detail, true);
  }
}

/** Detail of {@link OtPracticeChangeEvent}. */
export interface OtPracticeChangeDetail extends OtPracticeLogDetail {
  /** The entry logged or changed; undefined when one was taken back. */
  readonly entry: OtPracticeLogEntry | undefined;
  /** The whole log of the program after the change. */
  readonly log: readonly OtPracticeLogEntry[];
}

/** Fired after the practice log changed by a person's action (once the store saved it). */
export class OtPracticeChangeEvent extends OtDetailEvent<OtPracticeChangeDetail> {
  constructor(detail: OtPracticeChangeDetail) {
    super('ot-practice-change', detail);
  }
}

/** Detail of {@link OtHomePlanOpenEvent}: the session whose "Home plan" phase is running, and its client. */
export interface OtHomePlanOpenDetail {
  readonly sessionId: string | undefined;
  readonly clientId: string | undefined;
}

/**
 * Fired by `<ot-session-timer>` when the therapist asks to make the home plan (during the "Home plan" phase).
 * Cancel it (`preventDefault()`) to open your own builder; otherwise the timer opens `<ot-home-program
 * view="therapist">` in a dialog, for the same session and client.
 */
export class OtHomePlanOpenEvent extends OtDetailEvent<OtHomePlanOpenDetail> {
  constructor(detail: OtHomePlanOpenDetail) {
    super('ot-home-plan-open', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-home-plan-open': OtHomePlanOpenEvent;
    'ot-program-change': OtProgramChangeEvent;
    'ot-practice-log': OtPracticeLogEvent;
    'ot-practice-change': OtPracticeChangeEvent;
  }
}
