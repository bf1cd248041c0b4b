/**
 * Visual schedules and first–then boards: steps with a state, an optional time of day, and choice steps.
 * Instants (`…At`) are whole milliseconds since the epoch; free text is trimmed.
 */
import { buildSchema } from './build-schema.js';
import { OT_SCHEDULE_KINDS, OT_STEP_STATES } from './enums.js';
import { idField, imageRefSchema, instantField, soundRefSchema, textField, timeOfDayField } from './fields.js';
import { array, number, object, optional, picklist, refine, withDefault, type Input, type Output } from './schema.js';

/** One option of a choice step. */
export const stepChoiceSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    { id: idField(), label: textField(80), image: optional(imageRefSchema), spokenText: optional(textField(200)) },
    { title: 'StepChoice' },
  ),
);

/** One step of a visual schedule. */
export const scheduleStepSchema = /*#__PURE__*/ buildSchema(() =>
  refine(
    object(
      {
        id: idField(),
        label: textField(80),
        image: optional(imageRefSchema),
        spokenText: optional(textField(200)),
        /** A recorded sound played when the step is tapped or reached (instead of speech). */
        sound: optional(soundRefSchema),
        timeOfDay: optional(timeOfDayField()),
        minutes: optional(number({ min: 0, exclusiveMin: true, max: 600 })),
        state: withDefault(picklist(OT_STEP_STATES), 'upcoming' as const),
        /** A choice step: pick one of 2–4 activities. */
        choices: optional(array(stepChoiceSchema, { min: 2, max: 4, uniqueBy: (c) => c.id, uniqueLabel: 'choice id' })),
        chosenId: optional(idField()),
        startedAt: optional(instantField()),
        doneAt: optional(instantField()),
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
  ),
);
export type OtScheduleStep = Output<typeof scheduleStepSchema>;
export type OtScheduleStepInput = Input<typeof scheduleStepSchema>;

/** A visual schedule, or a first–then board (two steps, the second the reward). */
export const scheduleSchema = /*#__PURE__*/ buildSchema(() =>
  refine(
    object(
      {
        id: idField(),
        clientId: optional(idField()),
        title: textField(120),
        kind: withDefault(picklist(OT_SCHEDULE_KINDS), 'list' as const),
        steps: array(scheduleStepSchema, { max: 50, uniqueBy: (s) => s.id, uniqueLabel: 'step id' }),
        createdAt: instantField(),
        updatedAt: optional(instantField()),
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
  ),
);
export type OtSchedule = Output<typeof scheduleSchema>;
export type OtScheduleInput = Input<typeof scheduleSchema>;
