/**
 * One schema per entity of the domain. The TypeScript types below are inferred from these schemas, and the
 * JSON Schema files in docs/schema/ are generated from them: one source of truth.
 *
 * Conventions: instants (`…At`) are whole milliseconds since the epoch; calendar dates are `YYYY-MM-DD`;
 * ids are strings (see {@link createId}); free text is trimmed; URLs pass the URL policy.
 */
import {
  OT_ACCESS_METHODS,
  OT_ASSISTANCE_LEVELS,
  OT_END_REASONS,
  OT_GAS_LEVELS,
  OT_GOAL_LIFECYCLES,
  OT_GOAL_SESSION_STATUSES,
  OT_NOTE_STATUSES,
  OT_PAUSE_REASONS,
  OT_PROMPT_TYPES,
  OT_SCHEDULE_KINDS,
  OT_SERVICE_DELIVERY_MODELS,
  OT_SERVICE_LOG_STATUSES,
  OT_SETTINGS,
  OT_STEP_STATES,
} from './enums.js';
import { sessionFlow } from '../flow/session.js';
import {
  colorField,
  dateField,
  freeTextField,
  idField,
  imageRefSchema,
  instantField,
  languageField,
  licenseSchema,
  linkUrlField,
  soundRefSchema,
  textField,
  timeOfDayField,
} from './fields.js';
import {
  array,
  boolean,
  literal,
  nullable,
  number,
  object,
  optional,
  picklist,
  refine,
  variant,
  withDefault,
  type Input,
  type Output,
} from './schema.js';

const id = idField;
const at = instantField;

/** A client, pseudonymous on purpose: an alias chosen by the therapist, never a legal name or a record number. */
export const clientSchema = object(
  {
    id: id(),
    alias: textField(80),
    language: optional(languageField()),
    createdAt: at(),
    updatedAt: optional(at()),
  },
  { title: 'Client' },
);
export type OtClient = Output<typeof clientSchema>;
export type OtClientInput = Input<typeof clientSchema>;

/** A therapy goal: one card of the goal stack. */
export const goalSchema = object(
  {
    id: id(),
    clientId: optional(id()),
    description: textField(500),
    /** Position in the stack; lower comes first. */
    order: number(),
    lifecycle: withDefault(picklist(OT_GOAL_LIFECYCLES), 'active' as const),
    image: optional(imageRefSchema),
    gas: optional(
      object({
        /** What each level −2 … +2 looks like for this goal. */
        levels: optional(
          object({
            '-2': optional(freeTextField(300)),
            '-1': optional(freeTextField(300)),
            '0': optional(freeTextField(300)),
            '1': optional(freeTextField(300)),
            '2': optional(freeTextField(300)),
          }),
        ),
        weight: optional(number({ min: 0, max: 100 })),
        baseline: optional(picklist([-2, -1] as const)),
      }),
    ),
    createdAt: at(),
    updatedAt: optional(at()),
  },
  { title: 'Goal' },
);
export type OtGoal = Output<typeof goalSchema>;
export type OtGoalInput = Input<typeof goalSchema>;

/** A "To Get To" (parking-lot) note: a concern raised mid-session, tucked under the current goal. */
export const noteSchema = object(
  {
    id: id(),
    /** The goal the note is tucked under; null when no goal was current. */
    goalId: nullable(id()),
    text: textField(10_000),
    status: withDefault(picklist(OT_NOTE_STATUSES), 'open' as const),
    sessionId: optional(id()),
    /** The session phase running when the note was taken. */
    phaseId: optional(id()),
    promotedGoalId: optional(id()),
    /** The note this one was carried over from (the previous session's copy). */
    carriedFromId: optional(id()),
    addressedAt: optional(at()),
    createdAt: at(),
    updatedAt: optional(at()),
  },
  { title: 'ParkingLotNote' },
);
export type OtNote = Output<typeof noteSchema>;
export type OtNoteInput = Input<typeof noteSchema>;

/** One phase of a session plan. Default phases use ids from OT_SESSION_PHASE_IDS; custom phases carry a label. */
export const sessionPhaseSchema = object(
  {
    id: id(),
    label: optional(textField(80)),
    minutes: number({ min: 0, exclusiveMin: true, max: 240 }),
  },
  { title: 'SessionPhase' },
);
export type OtSessionPhase = Output<typeof sessionPhaseSchema>;

const phasesField = () =>
  array(sessionPhaseSchema, { min: 1, max: 20, uniqueBy: (p) => p.id, uniqueLabel: 'phase id' });

/** A session plan: the phases of a session with their planned minutes. */
export const sessionPlanSchema = object(
  {
    id: id(),
    name: textField(120),
    phases: phasesField(),
    createdAt: at(),
    updatedAt: optional(at()),
  },
  { title: 'SessionPlan' },
);
export type OtSessionPlan = Output<typeof sessionPlanSchema>;
export type OtSessionPlanInput = Input<typeof sessionPlanSchema>;

/** An event of a session record. The record's event log is the input of the session clock. */
export const sessionEventSchema = variant('type', {
  start: object({ type: literal('start'), at: at() }),
  pause: object({
    type: literal('pause'),
    at: at(),
    reason: picklist(OT_PAUSE_REASONS),
    note: optional(freeTextField(2000)),
  }),
  resume: object({ type: literal('resume'), at: at() }),
  next: object({ type: literal('next'), at: at() }),
  back: object({ type: literal('back'), at: at() }),
  skip: object({ type: literal('skip'), at: at() }),
  extend: object({ type: literal('extend'), at: at(), minutes: number({ min: 0, exclusiveMin: true, max: 120 }) }),
  end: object({
    type: literal('end'),
    at: at(),
    reason: picklist(OT_END_REASONS),
    note: optional(freeTextField(2000)),
  }),
});
export type OtSessionEvent = Output<typeof sessionEventSchema>;

/**
 * A session record: the plan as run (a snapshot) and the event log of what actually happened. Beyond each
 * event's shape, the log must make sense as a whole: it is replayed with the session clock, and an event
 * that cannot happen at its point (resume when not paused, next after the end …) is reported at its index.
 */
export const sessionRecordSchema = refine(
  object(
    {
      id: id(),
      clientId: optional(id()),
      planId: optional(id()),
      phases: phasesField(),
      /** The phase moves on by itself when its time runs out (the session clock's `autoAdvance`). */
      autoAdvance: optional(boolean()),
      events: refine(array(sessionEventSchema, { max: 10_000 }), (events) => {
        for (let i = 1; i < events.length; i++) {
          if (events[i]!.at < events[i - 1]!.at)
            return [
              {
                path: [i, 'at'],
                code: 'order' as const,
                message: `is earlier than the event before it (events must be in time order)`,
              },
            ];
        }
        return undefined;
      }),
      createdAt: at(),
      updatedAt: optional(at()),
    },
    { title: 'SessionRecord' },
  ),
  (record) => {
    const problem = sessionFlow(record.phases, record.events, 0, { autoAdvance: record.autoAdvance }).problem;
    return problem && [{ path: ['events', problem.index], code: 'invalid' as const, message: problem.reason }];
  },
);
export type OtSessionRecord = Output<typeof sessionRecordSchema>;
export type OtSessionRecordInput = Input<typeof sessionRecordSchema>;

/** One option of a choice step. */
export const stepChoiceSchema = object(
  { id: id(), label: textField(80), image: optional(imageRefSchema), spokenText: optional(textField(200)) },
  { title: 'StepChoice' },
);

/** One step of a visual schedule. */
export const scheduleStepSchema = refine(
  object(
    {
      id: id(),
      label: textField(80),
      image: optional(imageRefSchema),
      spokenText: optional(textField(200)),
      timeOfDay: optional(timeOfDayField()),
      minutes: optional(number({ min: 0, exclusiveMin: true, max: 600 })),
      state: withDefault(picklist(OT_STEP_STATES), 'upcoming' as const),
      /** A choice step: pick one of 2–4 activities. */
      choices: optional(array(stepChoiceSchema, { min: 2, max: 4, uniqueBy: (c) => c.id, uniqueLabel: 'choice id' })),
      chosenId: optional(id()),
      startedAt: optional(at()),
      doneAt: optional(at()),
    },
    { title: 'ScheduleStep' },
  ),
  (step) =>
    step.chosenId !== undefined && !step.choices?.some((c) => c.id === step.chosenId)
      ? [
          {
            path: ['chosenId'],
            code: 'reference' as const,
            message: `names no choice of this step (got "${step.chosenId}")`,
          },
        ]
      : undefined,
);
export type OtScheduleStep = Output<typeof scheduleStepSchema>;
export type OtScheduleStepInput = Input<typeof scheduleStepSchema>;

/** A visual schedule, or a first–then board (two steps, the second the reward). */
export const scheduleSchema = refine(
  object(
    {
      id: id(),
      clientId: optional(id()),
      title: textField(120),
      kind: withDefault(picklist(OT_SCHEDULE_KINDS), 'list' as const),
      steps: array(scheduleStepSchema, { max: 50, uniqueBy: (s) => s.id, uniqueLabel: 'step id' }),
      createdAt: at(),
      updatedAt: optional(at()),
    },
    { title: 'Schedule' },
  ),
  (s) =>
    s.kind === 'first-then' && s.steps.length !== 2
      ? [
          {
            path: ['steps'],
            code: s.steps.length > 2 ? ('too-big' as const) : ('too-small' as const),
            message: `a first–then board has exactly 2 steps (got ${s.steps.length})`,
          },
        ]
      : undefined,
);
export type OtSchedule = Output<typeof scheduleSchema>;
export type OtScheduleInput = Input<typeof scheduleSchema>;

/** A link from a choice to another board (kept for Open Board Format round trips). */
export const boardLinkSchema = object({
  id: optional(textField(128)),
  name: optional(textField(120)),
  url: optional(linkUrlField()),
  path: optional(textField(500)),
});

/** One choice of a choice board. */
export const choiceSchema = object(
  {
    id: id(),
    label: textField(80),
    image: optional(imageRefSchema),
    spokenText: optional(textField(200)),
    /** A recorded sound played instead of speech (Open Board Format `sound_id`). */
    sound: optional(soundRefSchema),
    /** Language of the label when it differs from the board's (e.g. `ar`), for rendering and speech. */
    language: optional(languageField()),
    background: optional(colorField()),
    /** Shown crossed out; cannot be chosen. */
    unavailable: optional(boolean()),
    /** Not shown at all (kept for round trips). */
    hidden: optional(boolean()),
    loadBoard: optional(boardLinkSchema),
  },
  { title: 'Choice' },
);
export type OtChoice = Output<typeof choiceSchema>;

/** A choice board: 1–36 choices with an optional grid layout. */
export const choiceBoardSchema = refine(
  object(
    {
      id: id(),
      name: textField(120),
      language: optional(languageField()),
      choices: array(choiceSchema, { min: 1, max: 36, uniqueBy: (c) => c.id, uniqueLabel: 'choice id' }),
      /** Grid layout: rows × columns of choice ids, null for an empty cell. */
      grid: optional(
        object({
          rows: number({ integer: true, min: 1, max: 12 }),
          columns: number({ integer: true, min: 1, max: 12 }),
          order: array(array(nullable(id()))),
        }),
      ),
      license: optional(licenseSchema),
      createdAt: at(),
      updatedAt: optional(at()),
    },
    { title: 'ChoiceBoard' },
  ),
  (board) => {
    const grid = board.grid;
    if (!grid) return undefined;
    const problems: { path: (string | number)[]; message: string; code: 'invalid' | 'reference' }[] = [];
    const ids = new Set(board.choices.map((c) => c.id));
    if (grid.order.length !== grid.rows)
      problems.push({
        path: ['grid', 'order'],
        code: 'invalid',
        message: `has ${grid.order.length} rows; grid.rows says ${grid.rows}`,
      });
    grid.order.forEach((row, r) => {
      if (row.length !== grid.columns)
        problems.push({
          path: ['grid', 'order', r],
          code: 'invalid',
          message: `has ${row.length} cells; grid.columns says ${grid.columns}`,
        });
      row.forEach((cell, c) => {
        if (cell !== null && !ids.has(cell))
          problems.push({
            path: ['grid', 'order', r, c],
            code: 'reference',
            message: `names no choice of this board (got "${cell}")`,
          });
      });
    });
    return problems;
  },
);
export type OtChoiceBoard = Output<typeof choiceBoardSchema>;
export type OtChoiceBoardInput = Input<typeof choiceBoardSchema>;

/** One selection on a choice board: which choice, when, and by which access method. */
export const selectionSchema = object(
  {
    id: id(),
    boardId: id(),
    choiceId: id(),
    method: picklist(OT_ACCESS_METHODS),
    sessionId: optional(id()),
    at: at(),
  },
  { title: 'Selection' },
);
export type OtSelection = Output<typeof selectionSchema>;

/** One activity of a home program. */
export const homeActivitySchema = object(
  {
    id: id(),
    name: textField(120),
    instructions: optional(freeTextField(2000)),
    timesPerPeriod: number({ integer: true, min: 1, max: 50 }),
    period: picklist(['day', 'week'] as const),
    minutes: number({ min: 0, exclusiveMin: true, max: 240 }),
  },
  { title: 'HomeActivity' },
);

/** A home program: one or two activities with how often and how long. */
export const homeProgramSchema = refine(
  object(
    {
      id: id(),
      clientId: optional(id()),
      title: textField(120),
      activities: array(homeActivitySchema, { min: 1, max: 2, uniqueBy: (a) => a.id, uniqueLabel: 'activity id' }),
      startDate: dateField(),
      endDate: optional(dateField()),
      createdAt: at(),
      updatedAt: optional(at()),
    },
    { title: 'HomeProgram' },
  ),
  (p) =>
    p.endDate !== undefined && p.endDate < p.startDate
      ? [{ path: ['endDate'], code: 'order' as const, message: `is before startDate (${p.startDate})` }]
      : undefined,
);
export type OtHomeProgram = Output<typeof homeProgramSchema>;

/** One entry of a home practice log. */
export const practiceLogSchema = object(
  {
    id: id(),
    homeProgramId: id(),
    activityId: id(),
    date: dateField(),
    minutes: number({ min: 0, max: 600 }),
    done: boolean(),
    note: optional(freeTextField(2000)),
    createdAt: at(),
  },
  { title: 'PracticeLogEntry' },
);
export type OtPracticeLogEntry = Output<typeof practiceLogSchema>;

/** Data on one goal in one session: trials, assistance, prompts, status, GAS level. */
export const progressEntrySchema = object(
  {
    id: id(),
    goalId: id(),
    sessionId: optional(id()),
    at: at(),
    trials: optional(
      object({
        plus: number({ integer: true, min: 0, max: 10_000 }),
        minus: number({ integer: true, min: 0, max: 10_000 }),
      }),
    ),
    assistance: optional(picklist(OT_ASSISTANCE_LEVELS)),
    prompt: optional(picklist(OT_PROMPT_TYPES)),
    status: optional(picklist(OT_GOAL_SESSION_STATUSES)),
    gasLevel: optional(picklist(OT_GAS_LEVELS)),
    /** Where the data was taken (clinic, school, home …), for the per-setting split. */
    setting: optional(picklist(OT_SETTINGS)),
    note: optional(freeTextField(2000)),
    updatedAt: optional(at()),
  },
  { title: 'ProgressEntry' },
);
export type OtProgressEntry = Output<typeof progressEntrySchema>;

/** An incident: what happened, what was done, whether follow-up is needed. */
export const incidentSchema = object(
  {
    id: id(),
    sessionId: optional(id()),
    clientId: optional(id()),
    at: at(),
    what: textField(4000),
    actions: textField(4000),
    followUpNeeded: boolean(),
    followUp: optional(freeTextField(4000)),
    createdAt: at(),
  },
  { title: 'Incident' },
);
export type OtIncident = Output<typeof incidentSchema>;

/** A service on an IEP: how many minutes of therapy, how often, in which delivery model. */
export const iepServiceSchema = refine(
  object(
    {
      id: id(),
      clientId: optional(id()),
      discipline: withDefault(textField(80), 'occupational therapy'),
      model: picklist(OT_SERVICE_DELIVERY_MODELS),
      minutesPerSession: number({ integer: true, min: 1, max: 480 }),
      sessionsPerPeriod: number({ integer: true, min: 1, max: 50 }),
      period: picklist(['week', 'month'] as const),
      startDate: dateField(),
      endDate: dateField(),
      createdAt: at(),
      updatedAt: optional(at()),
    },
    { title: 'IepService' },
  ),
  (s) =>
    s.endDate < s.startDate
      ? [{ path: ['endDate'], code: 'order' as const, message: `is before startDate (${s.startDate})` }]
      : undefined,
);
export type OtIepService = Output<typeof iepServiceSchema>;

/** One line of an IEP service log: minutes provided on a date, or why they were not. */
export const serviceLogSchema = object(
  {
    id: id(),
    serviceId: id(),
    date: dateField(),
    minutes: number({ integer: true, min: 0, max: 480 }),
    status: picklist(OT_SERVICE_LOG_STATUSES),
    /** For a make-up session: the date of the session it makes up. */
    makeUpFor: optional(dateField()),
    note: optional(freeTextField(2000)),
    createdAt: at(),
  },
  { title: 'ServiceLogEntry' },
);
export type OtServiceLogEntry = Output<typeof serviceLogSchema>;

export { licenseSchema };
