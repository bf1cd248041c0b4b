/**
 * Home programs (one or two activities with how often and how long) and the practice log kept at home.
 * Calendar dates are `YYYY-MM-DD`; instants (`…At`) are whole milliseconds since the epoch.
 */
import { buildSchema } from './build-schema.js';
import {
  dateField,
  freeTextField,
  idField,
  imageRefSchema,
  instantField,
  languageField,
  symbolIdField,
  textField,
} from './fields.js';
import { array, boolean, number, object, optional, picklist, refine, type Output } from './schema.js';

/** How a practice went, on a simple 3-point scale. */
export const OT_PRACTICE_RATINGS = ['hard', 'okay', 'good'] as const;
/** How a practice went. */
export type OtPracticeRating = (typeof OT_PRACTICE_RATINGS)[number];

/** How often an activity's `timesPerPeriod` counts: per day or per week. */
export const OT_HOME_PERIODS = ['day', 'week'] as const;
/** Per day or per week. */
export type OtHomePeriod = (typeof OT_HOME_PERIODS)[number];

/** One activity of a home program. */
export const homeActivitySchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      name: textField(120),
      instructions: optional(freeTextField(2000)),
      timesPerPeriod: number({ integer: true, min: 1, max: 50 }),
      period: picklist(OT_HOME_PERIODS),
      minutes: number({ min: 0, exclusiveMin: true, max: 240 }),
      /** A picture: a built-in symbol or the host's own image. */
      image: optional(imageRefSchema),
      /** When in the day to practise, e.g. "before the morning routine". */
      when: optional(freeTextField(120)),
      /** What to watch for, e.g. "stop if there is pain, dizziness or distress". */
      safety: optional(freeTextField(500)),
      /** The activity library entry it was made from (its words can then be shown in the family's language). */
      libraryId: optional(symbolIdField()),
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
        /** The session (record id) whose home plan made it. */
        sessionId: optional(idField()),
        /** Language of the program's words (BCP 47), e.g. `es`. */
        language: optional(languageField()),
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
/** One activity of a home program. */
export type OtHomeActivity = Output<typeof homeActivitySchema>;

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
      /** How it went, on a 3-point scale. */
      rating: optional(picklist(OT_PRACTICE_RATINGS)),
      /** What helped, in the family's words. */
      helped: optional(freeTextField(500)),
      createdAt: instantField(),
    },
    { title: 'PracticeLogEntry' },
  ),
);
export type OtPracticeLogEntry = Output<typeof practiceLogSchema>;
