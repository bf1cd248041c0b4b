/**
 * What a session-flow timer shows at one instant, as plain data: the phase and the time left or over, what
 * comes next, whether the warning is due, how far the session is, which moves are possible, the cues still to
 * come, when the display next changes, and the summary once ended. Pure: (session, options, now) → view. Any
 * UI (the `<ot-session-timer>` element, a React portal, a wall display) renders it the same way.
 */
import type { OtSessionLog } from '../commands/session.js';
import { sessionFlow, type OtSessionPause, type OtSessionState, type OtSessionStatus } from '../flow/session.js';
import { phaseName, sessionSummary, type OtSessionSummary, type OtSummaryLanguage } from '../flow/summary.js';
import type { OtIncident } from '../model/entities.js';
import type { OtEndReason } from '../model/enums.js';

const SECOND = 1000;
const MINUTE = 60_000;
/**
 * The faces of the disc, in minutes, like a Time Timer's: the smallest that holds the phase is chosen, so a
 * 4-minute phase fills most of a 5-minute face instead of a 24° sliver of an hour. A phase over an hour fills
 * the disc whole.
 */
export const OT_TIMER_FACES = [5, 10, 20, 60] as const;

/**
 * The face (in minutes) a disc shows a phase of `ms` on: the smallest of {@link OT_TIMER_FACES} that holds it,
 * else the phase's own length in whole minutes.
 *
 * @example
 * timerFaceMinutes(4 * 60_000); // 5
 * timerFaceMinutes(45 * 60_000); // 60
 */
export function timerFaceMinutes(ms: number): number {
  return OT_TIMER_FACES.find((face) => ms <= face * MINUTE) ?? Math.ceil(ms / MINUTE);
}

/** An incident as the timer needs it: when, and what the summary lists. */
export type OtTimerIncident = Pick<OtIncident, 'at' | 'what' | 'actions' | 'followUpNeeded' | 'followUp'>;

/** Options of {@link sessionTimerView}. */
export interface OtSessionTimerViewOptions {
  /** How long before a phase ends to warn, in ms; 0 turns the warning off. Default 60 000. */
  readonly warnMs?: number | undefined;
  /** The countdown's form: the disc's scale is a face of 5, 10, 20 or 60 minutes, the bar's the phase's own time. Default disc. */
  readonly appearance?: 'disc' | 'bar' | undefined;
  /** Show whole minutes only (the display changes once a minute). */
  readonly minutesOnly?: boolean | undefined;
  /** Language of the phase names. Default English. */
  readonly lang?: OtSummaryLanguage | undefined;
  /** The incidents recorded for this session, for the summary and to know whether an emergency still needs one. */
  readonly incidents?: readonly OtTimerIncident[] | undefined;
}

/** A cue still to come while the session runs: a warning, or the end of a phase's time. */
export interface OtTimerCue {
  readonly kind: 'warning' | 'time-up';
  /** When it is due (clock time, ms since the epoch). */
  readonly at: number;
  readonly phaseId: string;
}

/** What a session-flow timer shows; see {@link sessionTimerView}. Durations are in ms, instants in clock time. */
export interface OtSessionTimerView {
  /** The session clock's full state, for anything the view does not spell out. */
  readonly state: OtSessionState;
  readonly status: OtSessionStatus;
  /** The current phase: id, name in the chosen language, position (0-based) and the number of phases. */
  readonly phase: { readonly id: string; readonly name: string; readonly index: number; readonly count: number };
  /** The phase after the current one. */
  readonly next: { readonly id: string; readonly name: string } | undefined;
  /** The time shown: left in the phase, or over it (`over`), as `M:SS` (`+M:SS` over) or `N min` when minutes only. */
  readonly time: { readonly ms: number; readonly over: boolean; readonly text: string };
  /** The phase has run over its time. */
  readonly over: boolean;
  /** The warning is due: running, not over, and no more than the warning's lead time left. */
  readonly warning: boolean;
  /** Share of the countdown still filled, 0–1 (of the face, or of the phase for the bar). */
  readonly phaseFraction: number;
  /** The time the whole disc or bar stands for: the face ({@link timerFaceMinutes}) or the phase. */
  readonly phaseScale: number;
  /** Progress through the session: active minutes (rounded) of the planned ones, and the share done (0–1). */
  readonly progress: { readonly doneMinutes: number; readonly plannedMinutes: number; readonly fraction: number };
  /** The pause in progress. */
  readonly pause: OtSessionPause | undefined;
  readonly endReason: OtEndReason | undefined;
  /** The moves the therapist can make now. */
  readonly can: {
    readonly start: boolean;
    readonly pause: boolean;
    readonly resume: boolean;
    readonly back: boolean;
    readonly next: boolean;
    readonly skip: boolean;
    readonly extend: boolean;
    readonly end: boolean;
  };
  /** Paused for an emergency and no incident recorded since the pause began. */
  readonly incidentDue: boolean;
  /** The warnings and phase ends still to come while the session runs, in time order (for chimes). */
  readonly cues: readonly OtTimerCue[];
  /** When anything shown next changes by time alone; undefined while nothing does (not running). */
  readonly nextChangeAt: number | undefined;
  /** The summary, once the session has ended. */
  readonly summary: OtSessionSummary | undefined;
}

/**
 * The time as the timer shows it. Time left is rounded up (a phase with 0.2 s left still shows `0:01`), time over
 * down; minutes only shows whole minutes, rounded the same way.
 *
 * @example
 * formatTimerTime(61_000, false, false); // '1:01'
 * formatTimerTime(61_000, true, false); // '+1:01'
 * formatTimerTime(61_000, false, true); // '2 min'
 */
export function formatTimerTime(ms: number, over: boolean, minutesOnly: boolean): string {
  const round = over ? Math.floor : Math.ceil;
  const seconds = round(ms / SECOND);
  const shown = minutesOnly
    ? `${round(seconds / 60)} min`
    : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return `${over ? '+' : ''}${shown}`;
}

/** The warnings and phase ends to come, on the clock: the current phase's, and the following ones' with auto-advance. */
function upcomingCues(s: OtSessionState, warnMs: number, autoAdvance: boolean): OtTimerCue[] {
  const cues: OtTimerCue[] = [];
  if (s.status !== 'running') return cues;
  let end = s.at;
  for (const p of s.phases.slice(s.index)) {
    const left = p.budget - p.actual;
    if (left <= 0) break;
    if (warnMs && left > warnMs) cues.push({ kind: 'warning', at: end + left - warnMs, phaseId: p.id });
    end += left;
    cues.push({ kind: 'time-up', at: end, phaseId: p.id });
    if (!autoAdvance) break;
  }
  return cues;
}

/**
 * When the display next changes by time alone: the shown second (or minute) of the phase ticks over on the
 * session's own seconds, not the clock's, and the warning is due at its own instant.
 */
function nextChange(s: OtSessionState, warnMs: number, minutesOnly: boolean): number | undefined {
  if (s.status !== 'running') return undefined;
  const unit = minutesOnly ? MINUTE : SECOND;
  const left = s.phaseRemaining;
  const display = left > 0 ? left % unit || unit : unit - (s.overrun % unit);
  const warning = warnMs && left > warnMs ? left - warnMs : Infinity;
  return s.at + Math.min(display, warning);
}

/**
 * What a session-flow timer shows at `now` for a session (a stored record, or a plan's phases with the log a
 * page keeps itself).
 *
 * @example
 * const view = sessionTimerView(record, { warnMs: 120_000, lang: 'es' }, Date.now());
 * view.phase.name; // 'Calentamiento y regulación'
 * view.time.text; // '4:59'
 * view.nextChangeAt; // when to draw again
 */
export function sessionTimerView(
  session: OtSessionLog,
  options: OtSessionTimerViewOptions,
  now: number,
): OtSessionTimerView {
  const warnMs = Math.max(0, options.warnMs ?? MINUTE);
  const lang = options.lang ?? 'en';
  const minutesOnly = !!options.minutesOnly;
  const autoAdvance = !!session.autoAdvance;
  const s = sessionFlow(session.phases, session.events, now, { autoAdvance });
  const running = s.status === 'running';
  const live = running || s.status === 'paused';
  const over = s.overrun > 0;
  const scale = options.appearance === 'bar' ? s.phase.budget : timerFaceMinutes(s.phase.budget) * MINUTE;
  const incidents = options.incidents ?? [];
  const pause = s.pause;
  return {
    state: s,
    status: s.status,
    phase: { id: s.phase.id, name: phaseName(s.phase, lang), index: s.index, count: s.phases.length },
    next: s.next && { id: s.next.id, name: phaseName(s.next, lang) },
    time: {
      ms: over ? s.overrun : s.phaseRemaining,
      over,
      text: formatTimerTime(over ? s.overrun : s.phaseRemaining, over, minutesOnly),
    },
    over,
    warning: running && !over && s.phaseRemaining <= warnMs,
    phaseFraction: scale > 0 ? s.phaseRemaining / scale : 0,
    phaseScale: scale,
    progress: {
      doneMinutes: Math.round(s.elapsed / MINUTE),
      plannedMinutes: Math.round(s.planned / MINUTE),
      fraction: s.planned ? Math.min(1, s.elapsed / s.planned) : 0,
    },
    pause,
    endReason: s.endReason,
    can: {
      start: s.status === 'not-started' && s.phases.length > 0 && !!s.phase.id,
      pause: running,
      resume: s.status === 'paused',
      back: live && s.index > 0,
      next: live && !!s.next,
      skip: live && !!s.next,
      extend: live,
      end: live,
    },
    incidentDue: pause?.reason === 'emergency' && !incidents.some((i) => i.at >= pause.at),
    cues: upcomingCues(s, warnMs, autoAdvance),
    nextChangeAt: nextChange(s, warnMs, minutesOnly),
    summary: s.status === 'ended' ? sessionSummary(session, { now: s.at, incidents }) : undefined,
  };
}

/** What time alone did between two views of the same session; see {@link sessionTimerCue}. */
export type OtTimerTimeCue =
  | { readonly kind: 'moved'; readonly from: string; readonly to: string; readonly at: number }
  | { readonly kind: 'time-up'; readonly phaseId: string; readonly at: number }
  | { readonly kind: 'warning'; readonly phaseId: string; readonly at: number };

/**
 * What time alone did between an earlier and a later view of the same session and log: the phase moved on by
 * itself (auto-advance), its time ran out, or its warning became due — with the instant it happened, so a UI
 * that sees it late (a hidden tab, a sleeping laptop) can say "ended 3 min ago" instead of replaying the cue.
 * Undefined when nothing of the kind happened.
 *
 * @example
 * const cue = sessionTimerCue(before, after, { warnMs: 60_000 });
 * if (cue?.kind === 'warning') announce(`${after.time.text} left`);
 */
export function sessionTimerCue(
  before: OtSessionTimerView,
  after: OtSessionTimerView,
  options: { readonly warnMs?: number | undefined } = {},
): OtTimerTimeCue | undefined {
  const warnMs = Math.max(0, options.warnMs ?? MINUTE);
  const s = after.state;
  const was = before.state;
  if (s.status !== 'running') return undefined;
  if (s.index !== was.index) {
    const from = s.phases[was.index]!;
    return { kind: 'moved', from: from.id, to: s.phase.id, at: from.leftAt ?? s.at };
  }
  if (after.over && !before.over) return { kind: 'time-up', phaseId: s.phase.id, at: s.phase.ranOutAt ?? s.at };
  if (warnMs && s.phaseRemaining <= warnMs && was.phaseRemaining > warnMs && !after.over)
    return { kind: 'warning', phaseId: s.phase.id, at: s.at - (warnMs - s.phaseRemaining) };
  return undefined;
}
