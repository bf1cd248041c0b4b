/**
 * The session plan as a visual schedule: one step per phase with the same name and minutes the timer shows,
 * following the timer (the phase running is "now", those behind are done or skipped). A console that shows a
 * timer and a schedule side by side renders both from one plan, so they never disagree.
 */
import { phaseName, type OtSummaryLanguage } from '../flow/summary.js';
import { sessionFlow } from '../flow/session.js';
import { sessionAt } from '../measures/session-review.js';
import type { OtScheduleStepInput, OtSessionPhase } from '../model/entities.js';
import type { OtSessionPhaseId } from '../model/enums.js';
import type { OtState } from '../store/types.js';

/** The picture of each default phase on a schedule (symbols of the built-in set). */
export const OT_SESSION_PHASE_SYMBOLS = {
  'check-in': 'calm-breathing',
  'warm-up': 'trampoline',
  targeted: 'scissors',
  coaching: 'help',
  'cool-down': 'quiet-corner',
  'home-plan': 'home',
} as const satisfies Record<OtSessionPhaseId, string>;

/** Options of {@link sessionScheduleSteps}. */
export interface OtSessionScheduleOptions {
  /** The plan to show while no session is running or ended today (e.g. the timer's `sessionTemplate(45)`). */
  readonly plan: readonly OtSessionPhase[];
  /** The time to show the session at. */
  readonly now: number;
  /** The language of the default phases' names. Default: English. */
  readonly lang?: OtSummaryLanguage | undefined;
  /** The session to follow. Default: the one running, else the one that ended last today (see `sessionAt`). */
  readonly sessionId?: string | undefined;
}

const STEP_STATES = { upcoming: 'upcoming', current: 'now', done: 'done', skipped: 'skipped' } as const;

/**
 * The steps of a schedule that shows the session: the phases of the session running (as it runs: extended
 * minutes included, the current phase "now"), or of `plan` before the session starts. Pass them to
 * `<ot-visual-schedule>`'s `steps` whenever the store or the phase changes.
 *
 * @example
 * schedule.steps = sessionScheduleSteps(store.getState(), { plan: sessionTemplate(45), now: Date.now(), lang: 'es' });
 * schedule.steps[0]; // { id: 'check-in', label: 'Saludo y plan', minutes: 4, state: 'now', image: { symbol: 'calm-breathing' } }
 */
export function sessionScheduleSteps(state: OtState, options: OtSessionScheduleOptions): OtScheduleStepInput[] {
  const record = sessionAt(state, options.now, { sessionId: options.sessionId }).record;
  const phases = record?.phases ?? options.plan;
  // As of `now`: events stamped later (the end of a session shown as it was) have not happened yet.
  const events = (record?.events ?? []).filter((event) => event.at <= options.now);
  const flow = sessionFlow(phases, events, options.now, { autoAdvance: record?.autoAdvance });
  const started = flow.status !== 'not-started';
  return flow.phases.map((phase, index) => {
    const symbol = (OT_SESSION_PHASE_SYMBOLS as Record<string, string>)[phase.id];
    const label = phaseName({ id: phase.id, label: phases[index]?.label }, options.lang);
    return {
      id: phase.id,
      label,
      minutes: Math.round(phase.budget / 6000) / 10,
      state: started ? STEP_STATES[phase.status] : 'upcoming',
      ...(symbol ? { image: { symbol } } : {}),
    };
  });
}
