import type { OtIncident, OtSessionEvent, OtSessionEventType } from '@otkit/sdk';
import { OtDetailEvent } from './ot-detail-event.js';

/** Detail of the session intent events: the event about to be added to the session's log. */
export interface OtSessionEventDetail<T extends OtSessionEventType = OtSessionEventType> {
  /** The event, with its time (`at`). */
  readonly event: Extract<OtSessionEvent, { type: T }>;
  /** The session record it goes to (connected), if any. */
  readonly sessionId: string | undefined;
}

/** Shared shape of the session events: {@link OtDetailEvent}, cancelable unless said otherwise. */
export class OtSessionEventBase<D> extends OtDetailEvent<D> {
  constructor(type: string, detail: D, cancelable = true) {
    super(type, detail, cancelable);
  }
}

/** The therapist starts the session. Cancelable: a cancelled start adds nothing to the log. */
export class OtSessionStartEvent extends OtSessionEventBase<OtSessionEventDetail<'start'>> {
  constructor(detail: OtSessionEventDetail<'start'>) {
    super('ot-session-start', detail);
  }
}

/** The therapist pauses the session, with a reason. Cancelable. */
export class OtSessionPauseEvent extends OtSessionEventBase<OtSessionEventDetail<'pause'>> {
  constructor(detail: OtSessionEventDetail<'pause'>) {
    super('ot-session-pause', detail);
  }
}

/** The therapist resumes a paused session. Cancelable. */
export class OtSessionResumeEvent extends OtSessionEventBase<OtSessionEventDetail<'resume'>> {
  constructor(detail: OtSessionEventDetail<'resume'>) {
    super('ot-session-resume', detail);
  }
}

/** The therapist adds minutes to the current phase. Cancelable. */
export class OtSessionExtendEvent extends OtSessionEventBase<OtSessionEventDetail<'extend'>> {
  constructor(detail: OtSessionEventDetail<'extend'>) {
    super('ot-session-extend', detail);
  }
}

/** The therapist ends the session, with a reason. Cancelable. */
export class OtSessionEndEvent extends OtSessionEventBase<OtSessionEventDetail<'end'>> {
  constructor(detail: OtSessionEventDetail<'end'>) {
    super('ot-session-end', detail);
  }
}

/** Detail of {@link OtPhaseChangeEvent}. */
export interface OtPhaseChangeDetail {
  /** The phase left and the phase now current (ids). */
  readonly from: string;
  readonly to: string;
  /** The therapist's next, back or skip; undefined when the phase moved on by itself (auto-advance). */
  readonly event: Extract<OtSessionEvent, { type: 'next' | 'back' | 'skip' }> | undefined;
  readonly sessionId: string | undefined;
}

/**
 * The current phase changes. From a therapist's next/back/skip it fires before the change and is
 * cancelable; from auto-advance it fires when the element sees the time run out, and is not.
 */
export class OtPhaseChangeEvent extends OtSessionEventBase<OtPhaseChangeDetail> {
  constructor(detail: OtPhaseChangeDetail) {
    super('ot-phase-change', detail, detail.event !== undefined);
  }
}

/** Detail of {@link OtSessionChangeEvent}. */
export interface OtSessionChangeDetail {
  /** The whole event log after the change. */
  readonly events: readonly OtSessionEvent[];
  readonly sessionId: string | undefined;
}

/** After the fact: the session's log changed (and, connected, was stored). Hosts that keep the log themselves save it here. */
export class OtSessionChangeEvent extends OtSessionEventBase<OtSessionChangeDetail> {
  constructor(detail: OtSessionChangeDetail) {
    super('ot-session-change', detail, false);
  }
}

/** Detail of {@link OtIncidentEvent}. */
export interface OtIncidentDetail {
  /** The incident as entered, linked to the session when there is one (no id yet). */
  readonly incident: Omit<OtIncident, 'id' | 'createdAt'>;
}

/** The therapist saves an emergency's incident form. Cancelable: connected, a cancelled incident is not stored. */
export class OtIncidentEvent extends OtSessionEventBase<OtIncidentDetail> {
  constructor(detail: OtIncidentDetail) {
    super('ot-incident', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ot-session-start': OtSessionStartEvent;
    'ot-session-pause': OtSessionPauseEvent;
    'ot-session-resume': OtSessionResumeEvent;
    'ot-session-extend': OtSessionExtendEvent;
    'ot-session-end': OtSessionEndEvent;
    'ot-phase-change': OtPhaseChangeEvent;
    'ot-session-change': OtSessionChangeEvent;
    'ot-incident': OtIncidentEvent;
  }
}
