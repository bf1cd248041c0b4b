/**
 * The service log for a district: a CSV of every entry (one row each, the columns district and Medicaid
 * service logs ask for: date of service, minutes, service, delivery model, provider role, place of service,
 * group size, reason a session was not provided, make-up date), and a JSON report of the minute math per
 * service and period. Pure functions over the records or a store's state.
 */
import type { OtIepService, OtServiceLogEntry } from '../model/iep-services.js';
import {
  serviceFigures,
  servicePeriods,
  mandatePerPeriod,
  type OtServiceFigures,
  type OtServiceMinutesOptions,
  type OtServiceMinutesSource,
} from '../measures/service-minutes.js';
import type { OtDateRange } from '../measures/service-dates.js';
import { toCsv, type OtCsvColumn } from './csv.js';

/** Which entries {@link serviceLogCsv} writes. */
export interface OtServiceLogCsvOptions {
  /** Only entries of this service. */
  readonly serviceId?: string;
  /** Only entries of this client's services. */
  readonly clientId?: string;
  /** Entries dated on or after this local date, `YYYY-MM-DD`. */
  readonly from?: string;
  /** Entries dated on or before this local date. */
  readonly to?: string;
  /** Also write voided entries (marked in `voided`). Default false. */
  readonly includeVoided?: boolean;
  /** The student's label in the `student` column (pseudonymous); default: the client id. */
  readonly labelOf?: (clientId: string | undefined) => string | undefined;
}

type Row = { readonly entry: OtServiceLogEntry; readonly service: OtIepService };

const COLUMNS: readonly OtCsvColumn<Row & { readonly label: string | undefined }>[] = [
  { header: 'date_of_service', value: ({ entry }) => entry.date },
  { header: 'student_id', value: ({ service }) => service.clientId },
  { header: 'student', value: ({ label }) => label },
  { header: 'service_id', value: ({ service }) => service.id },
  { header: 'service', value: ({ service }) => service.discipline },
  { header: 'minutes', value: ({ entry }) => entry.minutes },
  { header: 'status', value: ({ entry }) => (entry.status === 'provided' ? 'provided' : 'not-provided') },
  { header: 'reason_not_provided', value: ({ entry }) => (entry.status === 'provided' ? undefined : entry.status) },
  { header: 'make_up_for', value: ({ entry }) => entry.makeUpFor },
  { header: 'delivery_model', value: ({ entry, service }) => entry.model ?? service.model },
  {
    header: 'provider_role',
    value: ({ entry, service }) => (entry.providerRole ?? service.providerRole)?.toUpperCase(),
  },
  { header: 'place_of_service', value: ({ entry }) => entry.setting },
  { header: 'group_size', value: ({ entry }) => entry.groupSize },
  { header: 'group_id', value: ({ entry }) => entry.groupId },
  { header: 'goal_id', value: ({ entry }) => entry.goalId },
  { header: 'note', value: ({ entry }) => entry.note },
  {
    header: 'start_time_utc',
    value: ({ entry }) => (entry.startedAt === undefined ? undefined : new Date(entry.startedAt).toISOString()),
  },
  { header: 'voided', value: ({ entry }) => entry.voidedAt !== undefined },
  { header: 'void_reason', value: ({ entry }) => entry.voidReason },
  { header: 'entry_id', value: ({ entry }) => entry.id },
  { header: 'logged_at_utc', value: ({ entry }) => new Date(entry.createdAt).toISOString() },
];

/**
 * The service log as CSV (RFC 4180, formula-safe cells), one row per entry, by date then student: date of
 * service, student id and label, service, minutes, provided or not and why, make-up date, delivery model,
 * provider role (OTR, COTA), place of service, group size and id, goal, note, start time, voided, entry id,
 * logged at. Entries whose service is unknown are left out.
 *
 * @example
 * const csv = serviceLogCsv(serviceMinutesSource(store.getState()), { from: '2046-09-01', to: '2046-09-30' });
 * download(new Blob([csv], { type: 'text/csv' }), 'ot-service-log-2046-09.csv');
 */
export function serviceLogCsv(source: OtServiceMinutesSource, options: OtServiceLogCsvOptions = {}): string {
  const services = new Map(source.services.map((service) => [service.id, service]));
  const rows = source.entries
    .flatMap((entry) => {
      const service = services.get(entry.serviceId);
      if (!service) return [];
      if (options.serviceId !== undefined && service.id !== options.serviceId) return [];
      if (options.clientId !== undefined && service.clientId !== options.clientId) return [];
      if (options.from !== undefined && entry.date < options.from) return [];
      if (options.to !== undefined && entry.date > options.to) return [];
      if (!options.includeVoided && entry.voidedAt !== undefined) return [];
      return [{ entry, service, label: options.labelOf?.(service.clientId) ?? service.clientId }];
    })
    .sort(
      (a, b) =>
        a.entry.date.localeCompare(b.entry.date) ||
        (a.service.clientId ?? '').localeCompare(b.service.clientId ?? '') ||
        a.entry.id.localeCompare(b.entry.id),
    );
  return toCsv(rows, COLUMNS);
}

/** The figures of a period in a report: {@link OtServiceFigures} without the entries. */
export type OtReportFigures = Omit<OtServiceFigures, 'entries' | 'serviceId'>;

/** One service in a {@link OtServiceMinutesReport}. */
export interface OtServiceReportItem {
  readonly serviceId: string;
  readonly clientId: string | undefined;
  readonly discipline: string;
  readonly model: OtIepService['model'];
  readonly providerRole: OtIepService['providerRole'];
  readonly startDate: string;
  readonly endDate: string;
  readonly mandate: {
    readonly minutesPerSession: number;
    readonly sessionsPerPeriod: number;
    readonly minutesPerPeriod: number;
    readonly period: OtIepService['period'];
  };
  /** The figures over the report's dates. */
  readonly total: OtReportFigures;
  /** The figures of each period of the service that meets the report's dates. */
  readonly periods: readonly OtReportFigures[];
}

/** A JSON report of service minutes (see {@link serviceMinutesReport}). */
export interface OtServiceMinutesReport {
  readonly format: 'otkit-service-minutes-report';
  readonly version: 1;
  /** The date the pace was taken for. */
  readonly today: string;
  /** The dates reported, when limited. */
  readonly range: OtDateRange | undefined;
  readonly services: readonly OtServiceReportItem[];
}

function withoutEntries(figures: OtServiceFigures): OtReportFigures {
  const { entries: _entries, serviceId: _serviceId, ...rest } = figures;
  return rest;
}

/**
 * A JSON report of the minute math: per service, its mandate, the figures over the reported dates (default: the
 * whole service) and per period (week or month). Plain data: `JSON.stringify` it as it is.
 *
 * @example
 * const report = serviceMinutesReport(serviceMinutesSource(state), { today: '2046-09-28', clientId: 'c-ana' });
 * report.services[0].total.remaining; // minutes still to provide
 */
export function serviceMinutesReport(
  source: OtServiceMinutesSource,
  options: OtServiceMinutesOptions & {
    readonly serviceId?: string;
    readonly clientId?: string;
    readonly range?: OtDateRange;
  },
): OtServiceMinutesReport {
  const services = source.services.filter(
    (s) =>
      (options.serviceId === undefined || s.id === options.serviceId) &&
      (options.clientId === undefined || s.clientId === options.clientId),
  );
  const entriesOf = new Map<string, OtServiceLogEntry[]>();
  for (const entry of source.entries)
    entriesOf.set(entry.serviceId, [...(entriesOf.get(entry.serviceId) ?? []), entry]);
  return {
    format: 'otkit-service-minutes-report',
    version: 1,
    today: options.today,
    range: options.range,
    services: services.map((service) => {
      const range = options.range ?? { from: service.startDate, to: service.endDate };
      const entries = entriesOf.get(service.id) ?? [];
      const periods = servicePeriods(service, options).filter((p) => p.to >= range.from && p.from <= range.to);
      return {
        serviceId: service.id,
        clientId: service.clientId,
        discipline: service.discipline,
        model: service.model,
        providerRole: service.providerRole,
        startDate: service.startDate,
        endDate: service.endDate,
        mandate: {
          minutesPerSession: service.minutesPerSession,
          sessionsPerPeriod: service.sessionsPerPeriod,
          minutesPerPeriod: mandatePerPeriod(service),
          period: service.period,
        },
        total: withoutEntries(serviceFigures(service, entries, range, options)),
        periods: periods.map((period) => withoutEntries(serviceFigures(service, entries, period, options))),
      };
    }),
  };
}
