/**
 * Sessions: plans (phases with planned minutes), records (the plan as run and its event log) and incidents.
 * Instants (`…At`, `at`) are whole milliseconds since the epoch; free text is trimmed.
 *
 * The model checks each event on its own and that the log is in time order. Whether the log makes sense as a
 * whole (resume only when paused, nothing after the end …) is a rule of the session clock, so the store checks
 * records with `sessionRecordSchema` (flow/session-record.ts), which replays the log through the clock.
 */
import { buildSchema } from './build-schema.js';
import { OT_END_REASONS, OT_PAUSE_REASONS } from './enums.js';
import { freeTextField, idField, instantField, textField } from './fields.js';
import {
  array,
  boolean,
  literal,
  number,
  object,
  optional,
  picklist,
  refine,
  variant,
  type Input,
  type Output,
} from './schema.js';

/** One phase of a session plan. Default phases use ids from OT_SESSION_PHASE_IDS; custom phases carry a label. */
export const sessionPhaseSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      label: optional(textField(80)),
      minutes: number({ min: 0, exclusiveMin: true, max: 240 }),
    },
    { title: 'SessionPhase' },
  ),
);
export type OtSessionPhase = Output<typeof sessionPhaseSchema>;

const phasesField = () =>
  array(sessionPhaseSchema, { min: 1, max: 20, uniqueBy: (p) => p.id, uniqueLabel: 'phase id' });

/** A session plan: the phases of a session with their planned minutes. */
export const sessionPlanSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      name: textField(120),
      phases: phasesField(),
      createdAt: instantField(),
      updatedAt: optional(instantField()),
    },
    { title: 'SessionPlan' },
  ),
);
export type OtSessionPlan = Output<typeof sessionPlanSchema>;
export type OtSessionPlanInput = Input<typeof sessionPlanSchema>;

/** An event of a session record. The record's event log is the input of the session clock. */
export const sessionEventSchema = /*#__PURE__*/ buildSchema(() =>
  variant('type', {
    start: object({ type: literal('start'), at: instantField() }),
    pause: object({
      type: literal('pause'),
      at: instantField(),
      reason: picklist(OT_PAUSE_REASONS),
      note: optional(freeTextField(2000)),
    }),
    resume: object({ type: literal('resume'), at: instantField() }),
    next: object({ type: literal('next'), at: instantField() }),
    back: object({ type: literal('back'), at: instantField() }),
    skip: object({ type: literal('skip'), at: instantField() }),
    extend: object({
      type: literal('extend'),
      at: instantField(),
      minutes: number({ min: 0, exclusiveMin: true, max: 120 }),
    }),
    end: object({
      type: literal('end'),
      at: instantField(),
      reason: picklist(OT_END_REASONS),
      note: optional(freeTextField(2000)),
    }),
  }),
);
export type OtSessionEvent = Output<typeof sessionEventSchema>;

/**
 * The fields of a session record: the plan as run (a snapshot) and the event log, each event checked on its
 * own and the log in time order. `sessionRecordSchema` adds the replay of the log through the session clock;
 * use that one to check a record.
 *
 * @example
 * const fieldsOk = safeParse(sessionRecordShapeSchema, record).success;
 */
export const sessionRecordShapeSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      clientId: optional(idField()),
      planId: optional(idField()),
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
      createdAt: instantField(),
      updatedAt: optional(instantField()),
    },
    { title: 'SessionRecord' },
  ),
);
export type OtSessionRecord = Output<typeof sessionRecordShapeSchema>;
export type OtSessionRecordInput = Input<typeof sessionRecordShapeSchema>;

/** An incident: what happened, what was done, whether follow-up is needed. */
export const incidentSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      sessionId: optional(idField()),
      clientId: optional(idField()),
      at: instantField(),
      what: textField(4000),
      actions: textField(4000),
      followUpNeeded: boolean(),
      followUp: optional(freeTextField(4000)),
      createdAt: instantField(),
    },
    { title: 'Incident' },
  ),
);
export type OtIncident = Output<typeof incidentSchema>;
