/**
 * The schedule's view model: a pure function of the steps, the display options and the time, giving what a
 * visual schedule shows — each step with its state, the current and next step, the step whose time of day has
 * come, progress, the countdown of the step under way, and when the view next changes by time alone.
 */
import type { OtImageRef } from '../model/fields.js';
import type { OtScheduleStep } from '../model/entities.js';
import type { OtScheduleKind, OtStepState } from '../model/enums.js';

/** What a schedule view is made from: a stored schedule, or steps given by a page. */
export interface OtScheduleSource {
  readonly steps: readonly OtScheduleStep[];
  /** `first-then` shows two steps, the second the reward; `list` by default. */
  readonly kind?: OtScheduleKind | undefined;
}

/** Display options of {@link scheduleView}. */
export interface OtScheduleViewOptions {
  /** Overrides the schedule's own kind (an element's `kind` attribute). */
  readonly kind?: OtScheduleKind | undefined;
  /** `all` steps (default) or only the current and the next one (`now-next`). */
  readonly view?: 'all' | 'now-next' | undefined;
}

/** The words and picture a step shows: the chosen activity of a choice step, else the step itself. */
export interface OtStepFace {
  readonly label: string;
  readonly image?: OtImageRef | undefined;
  readonly spokenText?: string | undefined;
}

/** The countdown of the step under way (a step with minutes that has started). */
export interface OtStepCountdown {
  /** Position of the step. */
  readonly index: number;
  /** When the step's minutes run out (ms since the epoch). */
  readonly endsAt: number;
  /** Milliseconds left, 0 once the time is up. */
  readonly msLeft: number;
  /** Whole seconds shown, rounded up so it reads 0 only at the end. */
  readonly secondsLeft: number;
  /** The share of the step's minutes left, 1 → 0. */
  readonly fraction: number;
  /** True once the minutes have run out. */
  readonly timeUp: boolean;
  /** When `secondsLeft` next changes (on the step's own seconds, not the clock's); undefined once time is up. */
  readonly nextTickAt: number | undefined;
}

/** Why a step is marked: its own state, or that its time of day has come. */
export type OtStepStatus = Exclude<OtStepState, 'upcoming'> | 'its-time';

/** One step as shown. */
export interface OtStepView {
  readonly index: number;
  readonly step: OtScheduleStep;
  readonly face: OtStepFace;
  readonly state: OtStepState;
  /** The current step: the one under way, else the one whose time has come, else the first to do. */
  readonly current: boolean;
  /** The upcoming step after the current one. */
  readonly next: boolean;
  /** The step whose time of day has come. */
  readonly clock: boolean;
  /** A choice step whose activity is not picked yet. */
  readonly choosing: boolean;
  /** A chosen activity that can be chosen again (the step is not done). */
  readonly canChooseAgain: boolean;
  /** The caption above the step: first / then on a first–then board, now / next in now-next view. */
  readonly caption: 'first' | 'then' | 'now' | 'next' | undefined;
  /** Left out of a now-next view (still printed). */
  readonly hidden: boolean;
  /** The status word shown on the step, if any. */
  readonly status: OtStepStatus | undefined;
  /** The countdown, on the step under way when it has minutes. */
  readonly countdown: OtStepCountdown | undefined;
}

/** What a visual schedule shows at one moment. */
export interface OtScheduleViewModel {
  /** `first-then` only when asked for and there are exactly two steps. */
  readonly kind: OtScheduleKind;
  /** True in now-next view of a list. */
  readonly focus: boolean;
  readonly steps: readonly OtStepView[];
  /** Index of the current step, or -1. */
  readonly current: number;
  /** Index of the next step, or -1. */
  readonly next: number;
  /** Index of the step whose time of day has come, or -1. */
  readonly clock: number;
  readonly doneCount: number;
  readonly total: number;
  /** Every step is done or skipped (and there is at least one). */
  readonly finished: boolean;
  /** The countdown of the step under way, if it has one. */
  readonly countdown: OtStepCountdown | undefined;
  /**
   * When this view next changes by time alone (a countdown second, or the next minute while steps have times of
   * day); undefined when only a person's action can change it.
   */
  readonly nextChangeAt: number | undefined;
}

const MINUTE = 60_000;

/** Minutes after midnight of `HH:MM`. */
export function minutesOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The words and picture of a step: its chosen activity, else itself. */
export function stepFace(step: OtScheduleStep): OtStepFace {
  return step.choices?.find((choice) => choice.id === step.chosenId) ?? step;
}

/**
 * Index of the step whose time of day has come at `at` (the last one started, in the runtime's time zone), or
 * -1: before the first timed step, and after the end of the last timed step when it has minutes.
 *
 * @example
 * clockStep(steps, new Date(2026, 0, 5, 9, 20).getTime()); // the 09:15 step
 */
export function clockStep(steps: readonly OtScheduleStep[], at: number): number {
  const time = new Date(at);
  const minutes = time.getHours() * 60 + time.getMinutes();
  let found = -1;
  steps.forEach((step, index) => {
    if (step.timeOfDay && minutesOfDay(step.timeOfDay) <= minutes) found = index;
  });
  const last = steps[found];
  const laterTimed = steps.slice(found + 1).some((step) => step.timeOfDay);
  if (last?.minutes && !laterTimed && minutes >= minutesOfDay(last.timeOfDay!) + last.minutes) return -1;
  return found;
}

/** The countdown of the step under way at `now`, if that step has minutes. */
export function stepCountdown(steps: readonly OtScheduleStep[], now: number): OtStepCountdown | undefined {
  const index = steps.findIndex((step) => step.state === 'now' && step.minutes && step.startedAt !== undefined);
  const step = steps[index];
  if (!step) return undefined;
  const total = step.minutes! * MINUTE;
  const endsAt = step.startedAt! + total;
  const msLeft = Math.max(0, endsAt - now);
  const secondsLeft = Math.ceil(msLeft / 1000);
  return {
    index,
    endsAt,
    msLeft,
    secondsLeft,
    fraction: msLeft / total,
    timeUp: msLeft === 0,
    // The shown second changes when the time left reaches the next whole second below it.
    nextTickAt: msLeft === 0 ? undefined : endsAt - (secondsLeft - 1) * 1000,
  };
}

const isOpen = (step: OtScheduleStep | undefined) => step?.state === 'upcoming' || step?.state === 'now';

/**
 * What a visual schedule shows at `now`: each step with its state, the current and next step, the step whose
 * time of day has come, the first/then or now/next captions, progress, the countdown of the step under way, and
 * when the view next changes by time alone (so a display can wake exactly then).
 *
 * @example
 * const view = scheduleView(schedule, { view: 'now-next' }, Date.now());
 * view.steps.filter((s) => !s.hidden).map((s) => `${s.caption}: ${s.face.label}`); // ['now: Snack', 'next: Recess']
 * setTimeout(rerender, view.nextChangeAt - Date.now());
 */
export function scheduleView(
  schedule: OtScheduleSource,
  options: OtScheduleViewOptions,
  now: number,
): OtScheduleViewModel {
  const steps = schedule.steps;
  const kind: OtScheduleKind =
    (options.kind ?? schedule.kind) === 'first-then' && steps.length === 2 ? 'first-then' : 'list';
  const focus = options.view === 'now-next' && kind === 'list';
  const clock = clockStep(steps, now);
  const underWay = steps.findIndex((step) => step.state === 'now');
  const current = underWay >= 0 ? underWay : isOpen(steps[clock]) ? clock : steps.findIndex(isOpen);
  const next = steps.findIndex((step, index) => index > current && step.state === 'upcoming');
  const finished = steps.length > 0 && !steps.some(isOpen);
  const countdown = stepCountdown(steps, now);
  const caption = (index: number): OtStepView['caption'] => {
    if (kind === 'first-then') return index === 0 ? 'first' : 'then';
    if (focus && index === current) return 'now';
    if (focus && index === next) return 'next';
    return undefined;
  };
  const views = steps.map((step, index): OtStepView => ({
    index,
    step,
    face: stepFace(step),
    state: step.state,
    current: index === current,
    next: index === next,
    clock: index === clock,
    choosing: !!step.choices && step.chosenId === undefined,
    canChooseAgain: step.chosenId !== undefined && step.state !== 'done',
    caption: caption(index),
    hidden: focus && !finished && index !== current && index !== next,
    status: step.state !== 'upcoming' ? step.state : index === clock ? 'its-time' : undefined,
    countdown: countdown?.index === index ? countdown : undefined,
  }));
  const nextMinute = steps.some((step) => step.timeOfDay) ? (Math.floor(now / MINUTE) + 1) * MINUTE : undefined;
  const candidates = [countdown?.nextTickAt, nextMinute].filter((at): at is number => at !== undefined);
  return {
    kind,
    focus,
    steps: views,
    current,
    next,
    clock,
    doneCount: steps.filter((step) => step.state === 'done').length,
    total: steps.length,
    finished,
    countdown,
    nextChangeAt: candidates.length ? Math.min(...candidates) : undefined,
  };
}
