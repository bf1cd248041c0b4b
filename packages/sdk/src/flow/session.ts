/**
 * The session clock: a pure function from (phases, event log, now) to the state of a session. Time is
 * derived, never counted, so the state is exact after a reload, a sleeping laptop or a hidden tab: only
 * the wall-clock timestamps of the events and the current time matter.
 *
 * Rules of the log: events are in time order; `start` comes first and once; `pause` only while running,
 * `resume` only while paused; `next`, `back`, `skip`, `extend` and `end` while running or paused; nothing
 * after `end`. An event that breaks a rule is rejected with a readable reason, never thrown.
 */
import type { OtEndReason, OtPauseReason } from '../model/enums.js';
import type { OtSessionEvent, OtSessionPhase } from '../model/entities.js';
import { OT_SCHEMA_MAX_ITEMS, isArraySafe, readField as field, readItems as items } from '../model/schema.js';

export type {
  OtSessionStatus,
  OtPhaseStatus,
  OtSessionFlowOptions,
  OtPhaseProgress,
  OtSessionPause,
  OtSessionState,
  OtSessionCheck,
  OtSessionApply,
} from './session.types.js';
import type {
  OtSessionStatus,
  OtPhaseStatus,
  OtSessionFlowOptions,
  OtPhaseProgress,
  OtSessionState,
  OtSessionCheck,
  OtSessionApply,
} from './session.types.js';

const MINUTE = 60_000;

interface Phase {
  id: string;
  label: string | undefined;
  planned: number;
  extended: number;
  actual: number;
  status: OtPhaseStatus;
  ranOutAt: number | undefined;
  leftAt: number | undefined;
}

interface Pause {
  at: number;
  until: number | undefined;
  reason: OtPauseReason;
  note: string | undefined;
  phaseId: string;
}

/** The fields of an event the clock reads, copied once, so a getter or proxy cannot change them between reads. */
interface EventSnapshot {
  readonly type: string | undefined;
  /** The time, when it is a finite number. */
  readonly at: number | undefined;
  readonly minutes: number | undefined;
  readonly reason: string | undefined;
  readonly note: string | undefined;
}

function snapshot(e: unknown): EventSnapshot | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const text = (key: string) => {
    const value = field(e, key);
    return typeof value === 'string' ? value : undefined;
  };
  const minutes = field(e, 'minutes');
  const at = field(e, 'at');
  return {
    type: text('type'),
    at: typeof at === 'number' && Number.isFinite(at) ? at : undefined,
    minutes: typeof minutes === 'number' ? minutes : undefined,
    reason: text('reason'),
    note: text('note'),
  };
}

/** The phases as the clock runs them, or why the plan cannot be run. */
function readPhases(list: unknown): Phase[] | string {
  const entries = items(list);
  if (entries.length > OT_SCHEMA_MAX_ITEMS) return `the plan has more than ${OT_SCHEMA_MAX_ITEMS} phases`;
  const phases: Phase[] = [];
  for (const [i, p] of entries.entries()) {
    const id = field(p, 'id');
    const label = field(p, 'label');
    const minutes = field(p, 'minutes');
    if (typeof id !== 'string' || typeof minutes !== 'number' || !(minutes >= 0 && minutes < Infinity))
      return `phases[${i}] is not a phase (it needs an id and a number of minutes)`;
    phases.push({
      id,
      label: typeof label === 'string' ? label : undefined,
      planned: minutes * MINUTE,
      extended: 0,
      actual: 0,
      status: 'upcoming',
      ranOutAt: undefined,
      leftAt: undefined,
    });
  }
  return phases;
}

/** A session being replayed: feed it events in order with `apply`, then read `state(now)`. */
function replayer(phaseList: unknown, autoAdvance: boolean | undefined) {
  const read = readPhases(phaseList);
  const planProblem = typeof read === 'string' ? read : undefined;
  const phases: Phase[] = typeof read === 'string' ? [] : read;
  const pauses: Pause[] = [];
  let status: OtSessionStatus = 'not-started';
  let index = 0;
  let time = -Infinity;
  let startedAt: number | undefined;
  let end: (EventSnapshot & { readonly at: number }) | undefined;

  /** Leaves the current phase at `at` as `left`; `to` becomes current (none when the session ends). */
  const leave = (at: number, left: OtPhaseStatus, to?: number) => {
    const from = phases[index]!;
    from.status = left;
    from.leftAt = at;
    if (to === undefined) return;
    index = to;
    phases[to]!.status = 'current';
  };

  /** Lets time pass up to `to`: running time goes to the current phase, and on to the next when auto-advancing. */
  const advance = (to: number) => {
    let dt = status === 'running' ? to - time : 0;
    while (dt > 0) {
      const p = phases[index]!;
      const left = p.planned + p.extended - p.actual;
      if (left > 0 && dt >= left) {
        p.actual += left;
        dt -= left;
        p.ranOutAt = to - dt;
        if (autoAdvance && index < phases.length - 1) {
          leave(to - dt, 'done', index + 1);
          continue;
        }
      }
      p.actual += dt;
      dt = 0;
    }
    time = Math.max(time, to);
  };

  /** Why `e` cannot happen now, or undefined when it was applied. */
  const apply = (raw: unknown): string | undefined => {
    const e = snapshot(raw);
    if (!e) return 'is not a session event';
    const at = e.at;
    if (at === undefined) return 'has no valid time ("at")';
    if (at < time) return 'is earlier than the event before it (events must be in time order)';
    if (planProblem) return `cannot be applied: ${planProblem}`;
    if (!phases.length) return 'cannot be applied: the plan has no phases';
    // Time passes first: with auto-advance the current phase at `at` may be a later one.
    advance(at);
    const type = e.type;
    const why =
      status === 'ended'
        ? 'the session has ended'
        : type === 'start'
          ? status !== 'not-started' && 'the session has already started'
          : status === 'not-started'
            ? 'the session has not started'
            : type === 'pause'
              ? status === 'paused' && 'the session is already paused'
              : type === 'resume'
                ? status !== 'paused' && 'the session is not paused'
                : type === 'next' || type === 'skip'
                  ? index === phases.length - 1 && 'there is no phase after the last one'
                  : type === 'back'
                    ? index === 0 && 'there is no phase before the first one'
                    : type === 'extend'
                      ? !(e.minutes !== undefined && e.minutes > 0 && e.minutes < Infinity) &&
                        'it must add more than 0 minutes'
                      : type !== 'end' && 'this type of event is unknown';
    if (why) return `cannot ${String(type)}: ${why}`;
    if (type === 'start') {
      status = 'running';
      startedAt = at;
      phases[0]!.status = 'current';
    } else if (type === 'pause') {
      status = 'paused';
      pauses.push({
        at,
        until: undefined,
        reason: e.reason as OtPauseReason,
        note: e.note,
        phaseId: phases[index]!.id,
      });
    } else if (type === 'resume') {
      status = 'running';
      pauses[pauses.length - 1]!.until = at;
    } else if (type === 'next' || type === 'skip') {
      leave(at, type === 'next' ? 'done' : 'skipped', index + 1);
    } else if (type === 'back') {
      leave(at, 'upcoming', index - 1);
    } else if (type === 'extend') {
      const p = phases[index]!;
      p.extended += e.minutes! * MINUTE;
      if (p.actual < p.planned + p.extended) p.ranOutAt = undefined;
    } else {
      if (status === 'paused') pauses[pauses.length - 1]!.until = at;
      status = 'ended';
      end = { ...e, at };
      leave(at, 'done');
    }
    return undefined;
  };

  const state = (now: number, problem?: OtSessionState['problem']): OtSessionState => {
    const at = end ? end.at : Math.max(now, time);
    advance(at);
    const out: OtPhaseProgress[] = phases.map((p, i) => ({ ...p, index: i, budget: p.planned + p.extended }));
    if (!out.length)
      out.push({
        id: '',
        label: undefined,
        index: 0,
        planned: 0,
        extended: 0,
        budget: 0,
        actual: 0,
        status: 'upcoming',
        ranOutAt: undefined,
        leftAt: undefined,
      });
    const phase = out[index]!;
    const planned = out.reduce((sum, p) => sum + p.budget, 0);
    const elapsed = out.reduce((sum, p) => sum + p.actual, 0);
    const pauseList = pauses.map((p) => ({ ...p, duration: (p.until ?? at) - p.at }));
    return {
      status,
      at,
      index,
      phase,
      next: out[index + 1],
      phases: out,
      phaseRemaining: Math.max(0, phase.budget - phase.actual),
      overrun: Math.max(0, phase.actual - phase.budget),
      planned,
      elapsed,
      remaining: Math.max(0, planned - elapsed),
      startedAt,
      endedAt: end?.at,
      endReason: end?.reason as OtEndReason | undefined,
      endNote: end?.note,
      pauses: pauseList,
      pause: status === 'paused' ? pauseList[pauseList.length - 1] : undefined,
      problem,
    };
  };

  return { apply, state };
}

/** Replays `events` and stops at the first one rejected. */
function replay(phases: readonly OtSessionPhase[], events: readonly OtSessionEvent[], options: OtSessionFlowOptions) {
  const run = replayer(phases, field(options, 'autoAdvance') === true);
  let problem: OtSessionState['problem'];
  const list = items(events) as OtSessionEvent[];
  if (list.length > OT_SCHEMA_MAX_ITEMS)
    problem = { index: OT_SCHEMA_MAX_ITEMS, reason: `the log holds more than ${OT_SCHEMA_MAX_ITEMS} events` };
  for (let i = 0; i < list.length && !problem; i++) {
    const reason = run.apply(list[i]);
    if (reason) problem = { index: i, reason };
  }
  return { run, problem, list: list.slice(0, OT_SCHEMA_MAX_ITEMS) };
}

/**
 * The state of a session at `now`: status, current and next phase, time left and overrun, planned
 * against actual time per phase, pauses. Pure: the same input always gives the same state. It never
 * throws: when an event of the log makes no sense at its point (resume when not paused, next after the
 * end, time going backwards …) the state stops before it and `problem` names it.
 *
 * @example
 * const phases = sessionTemplate(30);
 * const events = [{ type: 'start', at: t0 }, { type: 'pause', at: t0 + 60_000, reason: 'break' }];
 * const s = sessionFlow(phases, events, t0 + 5 * 60_000);
 * s.status;          // 'paused'
 * s.elapsed;         // 60000: paused time does not count
 * s.phase.id;        // 'check-in'
 */
export function sessionFlow(
  phases: readonly OtSessionPhase[],
  events: readonly OtSessionEvent[],
  now: number,
  options: OtSessionFlowOptions = {},
): OtSessionState {
  const { run, problem } = replay(phases, events, options);
  return run.state(now, problem);
}

/**
 * Whether `event` can come next after `events`: `{ ok: true }`, or `{ ok: false, reason }` with a readable
 * reason. Never throws, whatever it is given.
 *
 * @example
 * checkSessionEvent(phases, [{ type: 'start', at: t0 }], { type: 'resume', at: t0 + 1000 });
 * // { ok: false, reason: 'cannot resume: the session is not paused' }
 */
export function checkSessionEvent(
  phases: readonly OtSessionPhase[],
  events: readonly OtSessionEvent[],
  event: OtSessionEvent,
  options: OtSessionFlowOptions = {},
): OtSessionCheck {
  const result = applySessionEvent(phases, events, event, options);
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}

/**
 * Appends `event` to the log when it makes sense now: returns the new log and the state just after the
 * event; or, when it does not, the reason and the log and state unchanged. Never throws.
 *
 * @example
 * const r = applySessionEvent(phases, events, { type: 'extend', at: Date.now(), minutes: 5 });
 * if (r.ok) save(r.events); else show(r.reason);
 */
export function applySessionEvent(
  phases: readonly OtSessionPhase[],
  events: readonly OtSessionEvent[],
  event: OtSessionEvent,
  options: OtSessionFlowOptions = {},
): OtSessionApply {
  const { run, problem, list } = replay(phases, events, options);
  // A refused event leaves the log as it was: the caller's own array when it gave one.
  const unchanged = isArraySafe(events) ? events : list;
  const eventAt = field(event, 'at');
  const at = typeof eventAt === 'number' && Number.isFinite(eventAt) ? eventAt : -Infinity;
  if (problem)
    return {
      ok: false,
      reason: `the log is already invalid at events[${problem.index}]: ${problem.reason}`,
      events: unchanged,
      state: run.state(at, problem),
    };
  const reason = run.apply(event);
  if (reason) return { ok: false, reason, events: unchanged, state: run.state(at) };
  return { ok: true, events: [...list, event], state: run.state(at) };
}
