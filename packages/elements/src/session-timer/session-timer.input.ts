import {
  number,
  OtValidationError,
  type OtError,
  type Schema,
  checkPhases,
  safeParse,
  sessionFlow,
  sessionRecordSchema,
  sessionTemplate,
  type OtIssue,
  type OtSessionEvent,
  type OtSessionPhase,
  type OtSessionPlan,
  type OtSessionRecord,
} from '@otkit/sdk';

/**
 * The `minutes` property: a session length the default template can be scaled to, refused in the template's
 * own words, so a bad value is put back to the last good one like every checked property.
 */
export const templateMinutes: Schema<number, unknown> = {
  ...number(),
  run(value, path, issues) {
    try {
      sessionTemplate(value as number);
    } catch (error) {
      for (const issue of (error as OtValidationError).issues)
        issues.push({ ...issue, path: [...path, ...issue.path] });
    }
    return value as number;
  },
};

/** What the timer's properties and the store say about the session to show, before any check. */
export interface TimerSources {
  /** The stored record the element runs, connected. */
  readonly record: OtSessionRecord | undefined;
  readonly phases: readonly OtSessionPhase[] | undefined;
  readonly plan: OtSessionPlan | undefined;
  readonly planId: string | undefined;
  /** The stored plan `planId` names, if the store holds it. */
  readonly storedPlan: OtSessionPlan | undefined;
  readonly storeLoading: boolean;
  readonly minutes: number;
  readonly events: readonly OtSessionEvent[] | undefined;
  readonly autoAdvance: boolean;
}

/** The session shown: checked phases and log, and where a new session's phases come from. */
export interface TimerSession {
  readonly phases: readonly OtSessionPhase[];
  readonly events: readonly OtSessionEvent[];
  readonly autoAdvance: boolean;
  /** How Start makes the session: the plan to link, or the phases to copy. */
  readonly start: {
    readonly phases?: readonly OtSessionPhase[];
    readonly plan?: OtSessionPlan;
    readonly planId?: string;
  };
}

/** The checked input: each part is undefined when its source is bad (the element keeps the last good one). */
export interface TimerInput {
  readonly session: TimerSession | undefined;
  /** The page's log was refused: `session` holds the phases with no events, for a first render only. */
  readonly eventsRejected: boolean;
  /** Every problem, each path starting with the attribute or property name. */
  readonly issues: readonly OtIssue[];
}

/**
 * Checks every source of the session but `minutes` (a checked property, see {@link templateMinutes}), and
 * picks the session to show: a stored record, else the page's phases, plan, stored plan or template, with the
 * page's log replayed against them.
 */
export function checkTimerInput(sources: TimerSources): TimerInput {
  const issues: OtIssue[] = [];
  const fail = (name: string, list: readonly OtIssue[]) =>
    issues.push(...list.map((issue) => ({ ...issue, path: [name, ...issue.path] })));
  const { record, plan, storedPlan } = sources;
  const planId = sources.phases ? undefined : plan ? plan.id : sources.planId || undefined;
  let phases: readonly OtSessionPhase[] | undefined;
  let start: TimerSession['start'] = {};
  if (record) phases = record.phases;
  else if (sources.phases || plan) {
    const list = sources.phases ?? plan!.phases;
    const problems = checkPhases(list);
    if (problems.length) fail(sources.phases ? 'phases' : 'plan.phases', problems);
    else phases = list;
    start = sources.phases ? { phases: list } : { plan: plan! };
  } else if (planId) {
    phases = storedPlan?.phases;
    start = { planId };
    if (!phases && !sources.storeLoading)
      fail('plan-id', [{ path: [], code: 'reference', message: `names no stored session plan (got "${planId}")` }]);
  } else {
    // `minutes` is checked (templateMinutes) before it gets here.
    phases = sessionTemplate(sources.minutes);
    start = { phases };
  }
  const autoAdvance = record ? !!record.autoAdvance : sources.autoAdvance;
  let events: readonly OtSessionEvent[] | undefined = record?.events ?? [];
  if (phases && !record && sources.events) {
    const parsed = safeParse(sessionRecordSchema.shape.events, sources.events);
    const problem = parsed.success && sessionFlow(phases, parsed.data, 0, { autoAdvance }).problem;
    events = undefined;
    if (!parsed.success) fail('events', parsed.issues);
    else if (problem) fail('events', [{ path: [problem.index], code: 'invalid', message: problem.reason }]);
    else events = parsed.data;
  }
  return {
    session: phases ? { phases, events: events ?? [], autoAdvance, start } : undefined,
    eventsRejected: !events,
    issues,
  };
}

/** What the error state shows: bad attributes and a bad plan or log as one list, else the last failed action. */
export function shownError(
  attributeError: OtValidationError | undefined,
  inputError: OtError | undefined,
  actionError: OtError | undefined,
): OtError | undefined {
  const issues = [...(attributeError?.issues ?? []), ...((inputError as OtValidationError)?.issues ?? [])];
  if (issues.length) return new OtValidationError('session timer input', issues);
  return inputError ?? actionError;
}
