/**
 * Home programs (one or two activities with how often and how long) and the practice log kept at home.
 * Calendar dates are `YYYY-MM-DD`; instants (`…At`) are whole milliseconds since the epoch.
 */
import { buildSchema } from './build-schema.js';
import { dateField, freeTextField, idField, instantField, textField } from './fields.js';
import { array, boolean, number, object, optional, picklist, refine, type Output } from './schema.js';

/** One activity of a home program. */
export const homeActivitySchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      name: textField(120),
      instructions: optional(freeTextField(2000)),
      timesPerPeriod: number({ integer: true, min: 1, max: 50 }),
      period: picklist(['day', 'week'] as const),
      minutes: number({ min: 0, exclusiveMin: true, max: 240 }),
    },
    { title: 'HomeActivity' },
  ),
);

/** A home program: one or two activities with how often and how long. */
export const homeProgramSchema = /*#__PURE__*/ buildSchema(() =>
  refine(
    object(
      {
        id: idField(),
        clientId: optional(idField()),
        title: textField(120),
        activities: array(homeActivitySchema, {
          min: 1,
          max: 2,
          uniqueBy: (a) => a.id,
          uniqueLabel: 'activity id',
        }),
        startDate: dateField(),
        endDate: optional(dateField()),
        createdAt: instantField(),
        updatedAt: optional(instantField()),
      },
      { title: 'HomeProgram' },
    ),
    (p) =>
      p.endDate !== undefined && p.endDate < p.startDate
        ? [{ path: ['endDate'], code: 'order' as const, message: `is before startDate (${p.startDate})` }]
        : undefined,
  ),
);
export type OtHomeProgram = Output<typeof homeProgramSchema>;

/** One entry of a home practice log. */
export const practiceLogSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      homeProgramId: idField(),
      activityId: idField(),
      date: dateField(),
      minutes: number({ min: 0, max: 600 }),
      done: boolean(),
      note: optional(freeTextField(2000)),
      createdAt: instantField(),
    },
    { title: 'PracticeLogEntry' },
  ),
);
export type OtPracticeLogEntry = Output<typeof practiceLogSchema>;
