import { sessionFlow, type OtSessionEvent, type OtSessionLog } from '@otkit/sdk';
import {
  OtPhaseChangeEvent,
  OtSessionEndEvent,
  OtSessionExtendEvent,
  OtSessionPauseEvent,
  OtSessionResumeEvent,
  OtSessionStartEvent,
} from '../events/ot-session.js';

// The intent event of each action that is not a move between phases (those fire ot-phase-change).
const INTENTS = {
  start: OtSessionStartEvent,
  pause: OtSessionPauseEvent,
  resume: OtSessionResumeEvent,
  extend: OtSessionExtendEvent,
  end: OtSessionEndEvent,
} as const;

/**
 * The cancelable event that announces `event` before it is added to `session`'s log: its own intent event, or
 * `ot-phase-change` with the phases it moves from and to, as they are at the event's time.
 */
export function intentOf(event: OtSessionEvent, session: OtSessionLog, sessionId: string | undefined): Event {
  if (event.type === 'next' || event.type === 'back' || event.type === 'skip') {
    const s = sessionFlow(session.phases, session.events, event.at, session);
    const to = s.phases[s.index + (event.type === 'back' ? -1 : 1)]?.id ?? '';
    return new OtPhaseChangeEvent({ event, sessionId, from: s.phase.id, to });
  }
  const Intent = INTENTS[event.type];
  return new Intent({ event, sessionId } as never);
}
