/**
 * IEP services (minutes of therapy, how often, in which delivery model) and the service log of minutes
 * provided. Calendar dates are `YYYY-MM-DD`; instants (`…At`) are whole milliseconds since the epoch.
 *
 * Fields added after the first release are all optional, so records written before them (and servers that
 * check with this schema) keep validating.
 */
import { buildSchema } from './build-schema.js';
import {
  OT_PROVIDER_ROLES,
  OT_SERVICE_DELIVERY_MODELS,
  OT_SERVICE_LOG_STATUSES,
  OT_SERVICE_PERIODS,
  OT_SERVICE_SETTINGS,
} from './enums.js';
import { dateField, freeTextField, idField, instantField, textField } from './fields.js';
import { number, object, optional, picklist, refine, withDefault, type Output } from './schema.js';

/**
 * A service on an IEP: how many minutes of therapy, how often, in which delivery model. The mandate per period
 * is `minutesPerPeriod` when given (e.g. 60 minutes a month), else `minutesPerSession × sessionsPerPeriod`.
 */
export const iepServiceSchema = /*#__PURE__*/ buildSchema(() =>
  refine(
    object(
      {
        id: idField(),
        clientId: optional(idField()),
        discipline: withDefault(textField(80), 'occupational therapy'),
        model: picklist(OT_SERVICE_DELIVERY_MODELS),
        minutesPerSession: number({ integer: true, min: 1, max: 480 }),
        sessionsPerPeriod: number({ integer: true, min: 1, max: 50 }),
        /** `iep`: the minutes are mandated over the whole date range of the service. */
        period: picklist(OT_SERVICE_PERIODS),
        /** Minutes mandated per period when the IEP states a total (e.g. 60 a month) rather than sessions. */
        minutesPerPeriod: optional(number({ integer: true, min: 1, max: 100_000 })),
        /** Who delivers the service: a registered OT (`otr`) or an OT assistant (`cota`). */
        providerRole: optional(picklist(OT_PROVIDER_ROLES)),
        startDate: dateField(),
        endDate: dateField(),
        createdAt: instantField(),
        updatedAt: optional(instantField()),
      },
      { title: 'IepService' },
    ),
    (s) =>
      s.endDate < s.startDate
        ? [{ path: ['endDate'], code: 'order' as const, message: `is before startDate (${s.startDate})` }]
        : undefined,
  ),
);
export type OtIepService = Output<typeof iepServiceSchema>;

/**
 * One line of an IEP service log: minutes provided on a date, or why they were not. A voided line
 * (`voidedAt`) stays stored and in the change log but no longer counts.
 */
export const serviceLogSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      serviceId: idField(),
      /** The local calendar date the session took place (or was missed) on. */
      date: dateField(),
      minutes: number({ integer: true, min: 0, max: 480 }),
      status: picklist(OT_SERVICE_LOG_STATUSES),
      /** For a make-up session: the date of the session it makes up. */
      makeUpFor: optional(dateField()),
      note: optional(freeTextField(2000)),
      /** Where the session took place (classroom, cafeteria, gym, playground, therapy room, other). */
      setting: optional(picklist(OT_SERVICE_SETTINGS)),
      /** How this session was delivered, when it differs from or specifies the service's model. */
      model: optional(picklist(OT_SERVICE_DELIVERY_MODELS)),
      /** How many students were served together (1 alone); entries of one group session share `groupId`. */
      groupSize: optional(number({ integer: true, min: 1, max: 50 })),
      groupId: optional(idField()),
      /** The IEP goal the session's note is about. */
      goalId: optional(idField()),
      /** Who delivered this session: a registered OT (`otr`) or an OT assistant (`cota`). */
      providerRole: optional(picklist(OT_PROVIDER_ROLES)),
      /** When the session started, when it was logged from a clock or timer. */
      startedAt: optional(instantField()),
      /** When the entry was voided; a voided entry no longer counts. */
      voidedAt: optional(instantField()),
      voidReason: optional(freeTextField(500)),
      createdAt: instantField(),
      updatedAt: optional(instantField()),
    },
    { title: 'ServiceLogEntry' },
  ),
);
export type OtServiceLogEntry = Output<typeof serviceLogSchema>;
