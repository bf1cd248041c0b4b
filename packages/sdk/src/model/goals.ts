/**
 * Goals and what hangs off them: "To Get To" notes and progress entries (trials, assistance, GAS levels).
 * Instants (`…At`) are whole milliseconds since the epoch; free text is trimmed.
 */
import { buildSchema } from './build-schema.js';
import {
  OT_ASSISTANCE_LEVELS,
  OT_GAS_LEVELS,
  OT_GOAL_LIFECYCLES,
  OT_GOAL_SESSION_STATUSES,
  OT_NOTE_STATUSES,
  OT_PROMPT_TYPES,
  OT_SETTINGS,
} from './enums.js';
import { freeTextField, idField, imageRefSchema, instantField, textField } from './fields.js';
import { nullable, number, object, optional, picklist, withDefault, type Input, type Output } from './schema.js';

/** A therapy goal: one card of the goal stack. */
export const goalSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      clientId: optional(idField()),
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
      createdAt: instantField(),
      updatedAt: optional(instantField()),
    },
    { title: 'Goal' },
  ),
);
export type OtGoal = Output<typeof goalSchema>;
export type OtGoalInput = Input<typeof goalSchema>;

/** A "To Get To" (parking-lot) note: a concern raised mid-session, tucked under the current goal. */
export const noteSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      /** The goal the note is tucked under; null when no goal was current. */
      goalId: nullable(idField()),
      text: textField(10_000),
      status: withDefault(picklist(OT_NOTE_STATUSES), 'open' as const),
      sessionId: optional(idField()),
      /** The session phase running when the note was taken. */
      phaseId: optional(idField()),
      promotedGoalId: optional(idField()),
      /** The note this one was carried over from (the previous session's copy). */
      carriedFromId: optional(idField()),
      addressedAt: optional(instantField()),
      createdAt: instantField(),
      updatedAt: optional(instantField()),
    },
    { title: 'ParkingLotNote' },
  ),
);
export type OtNote = Output<typeof noteSchema>;
export type OtNoteInput = Input<typeof noteSchema>;

/** Data on one goal in one session: trials, assistance, prompts, status, GAS level. */
export const progressEntrySchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      goalId: idField(),
      sessionId: optional(idField()),
      at: instantField(),
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
      updatedAt: optional(instantField()),
    },
    { title: 'ProgressEntry' },
  ),
);
export type OtProgressEntry = Output<typeof progressEntrySchema>;
