/**
 * Schedule commands: the rules of a visual schedule's steps (upcoming, now, done, skipped; one step under way;
 * finishing the step in hand moves the schedule on; a choice step's activity), as pure planners over a list of
 * steps and as store commands that run them in one transaction. An element, a portal's own UI or a Node
 * server all get the same behaviour.
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import { systemClock } from '../flow/clock.js';
import type { OtSchedule, OtScheduleInput, OtScheduleStep } from '../model/entities.js';
import { OT_STEP_STATES, type OtStepState } from '../model/enums.js';
import type { OtStore } from '../store/store.js';
import type { OtTransaction } from '../store/types.js';

/** One step that a command changed: where it is, what it is now, and its state before. */
export interface OtStepChange {
  /** Position of the step in the schedule. */
  readonly index: number;
  /** The step after the change. */
  readonly step: OtScheduleStep;
  /** Its state before the change. */
  readonly previous: OtStepState;
}

/** What a step rule did to a list of steps. */
export interface OtStepPlan {
  /** Every step after the change (the same objects where nothing changed). */
  readonly steps: readonly OtScheduleStep[];
  /** The steps whose state or chosen activity changed, in schedule order. */
  readonly changes: readonly OtStepChange[];
  /**
   * The step the schedule moved on to when the step in hand was finished or skipped (it is now `now`), else -1.
   * Making a step current by hand is not a move on.
   */
  readonly movedTo: number;
}

/** What a schedule command returns: the stored schedule and what changed in it. */
export interface OtScheduleUpdate extends OtStepPlan {
  /** The schedule as stored after the command. */
  readonly schedule: OtSchedule;
}

/** Where a schedule command applies: a stored schedule and one of its steps. */
export interface OtStepTarget {
  /** Id of the stored schedule. */
  readonly scheduleId: string;
  /** Id of the step in that schedule. */
  readonly stepId: string;
}

/** Options of the schedule commands. */
export interface OtScheduleCommandOptions {
  /** The time written to `startedAt` / `doneAt` (ms since the epoch); the system clock by default. */
  readonly at?: number;
  /**
   * The schedule to store first when the store does not hold `scheduleId` yet, in the same transaction (a
   * schedule written as markup is saved at its first change). Its `id` is `scheduleId`.
   */
  readonly ifMissing?: Omit<OtScheduleInput, 'id' | 'createdAt'> & { readonly createdAt?: number };
  /** The actor recorded in the change log. */
  readonly actor?: string;
}

type MutableStep = { -readonly [K in keyof OtScheduleStep]: OtScheduleStep[K] };

/** A step in `state` at time `at`: `doneAt` only when done, `startedAt` set when it starts and kept when done. */
function withState(step: OtScheduleStep, state: OtStepState, at: number): OtScheduleStep {
  const next: MutableStep = { ...step, state };
  delete next.doneAt;
  if (state === 'done') next.doneAt = at;
  else if (state === 'now') next.startedAt = at;
  else delete next.startedAt;
  return next;
}

/** The steps whose state or chosen activity differ between two lists of the same steps. */
function diff(before: readonly OtScheduleStep[], after: readonly OtScheduleStep[]): OtStepChange[] {
  const changes: OtStepChange[] = [];
  after.forEach((step, index) => {
    const was = before[index]!;
    if (was.state !== step.state || was.chosenId !== step.chosenId) changes.push({ index, step, previous: was.state });
  });
  return changes;
}

function stepIndexOf(steps: readonly OtScheduleStep[], stepId: string): number {
  const index = steps.findIndex((step) => step.id === stepId);
  if (index < 0)
    throw new OtValidationError('schedule command', [
      { path: ['stepId'], code: 'reference', message: `names no step of this schedule (got "${stepId}")` },
    ]);
  return index;
}

function checkState(state: unknown): asserts state is OtStepState {
  if (!OT_STEP_STATES.includes(state as OtStepState))
    throw new OtValidationError('schedule command', [
      {
        path: ['state'],
        code: 'enum',
        message: `must be one of ${OT_STEP_STATES.map((s) => `"${s}"`).join(', ')} (got ${JSON.stringify(state)})`,
      },
    ]);
}

/**
 * The rule of a step state change, on a list of steps (no store): at most one step is `now` (making one current
 * makes the one under way upcoming again); finishing or skipping the step under way, or any step while none is
 * under way, makes the next upcoming step after it current. `doneAt` is set on done steps, `startedAt` on a step
 * that becomes current (and kept when it is done); both go when a step is undone or skipped.
 *
 * @example
 * const { steps, movedTo } = planStepState(schedule.steps, 0, 'done', Date.now());
 * // steps[0].state === 'done'; movedTo === 1 when step 1 was upcoming and nothing else was under way
 */
export function planStepState(
  steps: readonly OtScheduleStep[],
  index: number,
  state: OtStepState,
  at: number,
): OtStepPlan {
  checkState(state);
  const target = steps[index];
  if (!target)
    throw new OtValidationError('schedule command', [
      { path: ['index'], code: 'reference', message: `names no step (got ${index} of ${steps.length})` },
    ]);
  const isNow = (step: OtScheduleStep) => step.state === 'now';
  const next = steps.map((step, i) =>
    state === 'now' && i !== index && isNow(step) ? withState(step, 'upcoming', at) : step,
  );
  next[index] = withState(target, state, at);
  let movedTo = -1;
  const finishing = state === 'done' || state === 'skipped';
  if (finishing && !next.some(isNow) && (isNow(target) || !steps.some(isNow))) {
    movedTo = next.findIndex((step, i) => i > index && step.state === 'upcoming');
    if (movedTo >= 0) next[movedTo] = withState(next[movedTo]!, 'now', at);
  }
  return { steps: next, changes: diff(steps, next), movedTo };
}

/**
 * The rule of picking an activity of a choice step, on a list of steps (no store): `choiceId` must name one of
 * the step's activities; undefined asks to choose again (the activities come back).
 *
 * @example
 * const { steps } = planStepChoice(schedule.steps, 2, 'swing');
 * // steps[2].chosenId === 'swing'
 */
export function planStepChoice(
  steps: readonly OtScheduleStep[],
  index: number,
  choiceId: string | undefined,
): OtStepPlan {
  const step = steps[index];
  const issues: OtIssue[] = [];
  if (!step) issues.push({ path: ['index'], code: 'reference', message: `names no step (got ${index})` });
  else if (!step.choices)
    issues.push({
      path: ['stepId'],
      code: 'invalid',
      message: `names a step with no activities to choose ("${step.id}")`,
    });
  else if (choiceId !== undefined && !step.choices.some((choice) => choice.id === choiceId))
    issues.push({
      path: ['choiceId'],
      code: 'reference',
      message: `names no activity of this step (got "${choiceId}")`,
    });
  if (issues.length) throw new OtValidationError('schedule command', issues);
  const chosen: MutableStep = { ...step!, chosenId: choiceId };
  if (choiceId === undefined) delete chosen.chosenId;
  const next = [...steps];
  next[index] = chosen;
  return { steps: next, changes: diff(steps, next), movedTo: -1 };
}

/**
 * The rule of starting a schedule over, on a list of steps (no store): every step upcoming, with no times;
 * chosen activities go too unless `keepChoices`.
 *
 * @example
 * const { steps } = planScheduleReset(schedule.steps);
 */
export function planScheduleReset(
  steps: readonly OtScheduleStep[],
  options: { readonly keepChoices?: boolean } = {},
): OtStepPlan {
  const next = steps.map((step) => {
    const fresh: MutableStep = { ...step, state: 'upcoming' };
    delete fresh.startedAt;
    delete fresh.doneAt;
    if (!options.keepChoices) delete fresh.chosenId;
    return fresh;
  });
  return { steps: next, changes: diff(steps, next), movedTo: -1 };
}

/** Runs `plan` on the stored schedule (stored first from `ifMissing` when asked) in one transaction. */
async function runOnSchedule(
  store: OtStore,
  scheduleId: string,
  command: string,
  options: OtScheduleCommandOptions,
  plan: (steps: readonly OtScheduleStep[]) => OtStepPlan,
): Promise<OtScheduleUpdate> {
  const at = options.at ?? systemClock.now();
  return store.transaction(
    (tx: OtTransaction) => {
      let schedule = tx.schedules.get(scheduleId);
      if (!schedule && options.ifMissing)
        schedule = tx.schedules.put({
          ...options.ifMissing,
          id: scheduleId,
          createdAt: options.ifMissing.createdAt ?? at,
        });
      if (!schedule) throw new OtNotFoundError('schedules', scheduleId);
      const result = plan(schedule.steps);
      const stored = result.changes.length ? tx.schedules.update(scheduleId, { steps: [...result.steps] }) : schedule;
      // The stored steps are the checked, frozen copies: hand those back.
      const changes = result.changes.map((change) => ({ ...change, step: stored.steps[change.index]! }));
      return { schedule: stored, steps: stored.steps, changes, movedTo: result.movedTo };
    },
    { command, ...(options.actor ? { actor: options.actor } : {}) },
  );
}

/**
 * Sets the state of one step of a stored schedule with the schedule's rules (see {@link planStepState}), in one
 * transaction. Rejects with an `OtNotFoundError` for an unknown schedule and an `OtValidationError` naming
 * `stepId` or `state`; nothing changes then.
 *
 * @example
 * const { schedule, changes, movedTo } = await setStepState(store, { scheduleId: 'monday', stepId: 'snack', state: 'done' });
 * // changes: the snack step done, and (movedTo ≥ 0) the next step now
 */
export async function setStepState(
  store: OtStore,
  input: OtStepTarget & { readonly state: OtStepState },
  options: OtScheduleCommandOptions = {},
): Promise<OtScheduleUpdate> {
  checkState(input.state);
  const at = options.at ?? systemClock.now();
  return runOnSchedule(store, input.scheduleId, 'schedules.setStepState', { ...options, at }, (steps) =>
    planStepState(steps, stepIndexOf(steps, input.stepId), input.state, at),
  );
}

/**
 * Picks the activity of a choice step of a stored schedule (`choiceId`), or brings its activities back
 * (`choiceId` undefined), in one transaction (see {@link planStepChoice}).
 *
 * @example
 * await chooseStepActivity(store, { scheduleId: 'monday', stepId: 'choice-time', choiceId: 'swing' });
 */
export async function chooseStepActivity(
  store: OtStore,
  input: OtStepTarget & { readonly choiceId: string | undefined },
  options: OtScheduleCommandOptions = {},
): Promise<OtScheduleUpdate> {
  return runOnSchedule(store, input.scheduleId, 'schedules.chooseStepActivity', options, (steps) =>
    planStepChoice(steps, stepIndexOf(steps, input.stepId), input.choiceId),
  );
}

/**
 * Starts a stored schedule over: every step upcoming, with no times, and (unless `keepChoices`) no chosen
 * activities, in one transaction.
 *
 * @example
 * await resetSchedule(store, { scheduleId: 'monday' });
 */
export async function resetSchedule(
  store: OtStore,
  input: { readonly scheduleId: string; readonly keepChoices?: boolean },
  options: OtScheduleCommandOptions = {},
): Promise<OtScheduleUpdate> {
  return runOnSchedule(store, input.scheduleId, 'schedules.reset', options, (steps) =>
    planScheduleReset(steps, { keepChoices: input.keepChoices ?? false }),
  );
}
