/**
 * IEP services (minutes of therapy, how often, in which delivery model) and the service log of minutes
 * provided. Calendar dates are `YYYY-MM-DD`; instants (`…At`) are whole milliseconds since the epoch.
 */
import { buildSchema } from './build-schema.js';
import { OT_SERVICE_DELIVERY_MODELS, OT_SERVICE_LOG_STATUSES } from './enums.js';
import { dateField, freeTextField, idField, instantField, textField } from './fields.js';
import { number, object, optional, picklist, refine, withDefault, type Output } from './schema.js';

/** A service on an IEP: how many minutes of therapy, how often, in which delivery model. */
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
        period: picklist(['week', 'month'] as const),
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

/** One line of an IEP service log: minutes provided on a date, or why they were not. */
export const serviceLogSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      serviceId: idField(),
      date: dateField(),
      minutes: number({ integer: true, min: 0, max: 480 }),
      status: picklist(OT_SERVICE_LOG_STATUSES),
      /** For a make-up session: the date of the session it makes up. */
      makeUpFor: optional(dateField()),
      note: optional(freeTextField(2000)),
      createdAt: instantField(),
    },
    { title: 'ServiceLogEntry' },
  ),
);
export type OtServiceLogEntry = Output<typeof serviceLogSchema>;
