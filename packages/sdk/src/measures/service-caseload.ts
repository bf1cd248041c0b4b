/**
 * Caseload roll-ups of IEP service minutes: every student's services with this period's figures, sorted by who
 * is furthest behind, and the totals per delivery model. Pure functions over the records, or over a store's
 * state through {@link serviceMinutesSource}.
 */
import { OT_SERVICE_DELIVERY_MODELS, type OtServiceDeliveryModel, type OtServiceSetting } from '../model/enums.js';
import type { OtIepService, OtServiceLogEntry } from '../model/iep-services.js';
import { listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';
import {
  serviceFigures,
  servicePeriodOf,
  type OtServiceFigures,
  type OtServiceMinutesOptions,
  type OtServiceMinutesSource,
} from './service-minutes.js';

/**
 * The services and service-log entries of a store's state, as the source of the service-minutes math.
 *
 * @example
 * const rows = caseloadMinutes(serviceMinutesSource(store.getState()), { today: '2046-09-13' });
 */
export function serviceMinutesSource(state: OtState): OtServiceMinutesSource {
  return { services: listRecords(state, 'iepServices'), entries: listRecords(state, 'serviceLogs') };
}

/** One service of a caseload row: the service, its current period and the figures of that period. */
export interface OtCaseloadService {
  readonly service: OtIepService;
  /** Whether today falls within the service's dates. */
  readonly active: boolean;
  readonly figures: OtServiceFigures;
  /** Settings the service was delivered in (from every entry not voided). */
  readonly settings: readonly OtServiceSetting[];
}

/** One student of a caseload: every service of theirs with this period's figures. */
export interface OtCaseloadRow {
  /** The student's client id; undefined for a service that names no client (it is a row of its own). */
  readonly clientId: string | undefined;
  readonly services: readonly OtCaseloadService[];
  /** Minutes behind pace today, summed over the student's active services. */
  readonly behindBy: number;
  /** Minutes remaining this period, summed over the student's active services (never below 0 per service). */
  readonly remaining: number;
}

/** Which services a caseload shows. */
export interface OtCaseloadFilter {
  /** Only services of this delivery model. */
  readonly model?: OtServiceDeliveryModel | undefined;
  /** Only services delivered at least once in this setting. */
  readonly setting?: OtServiceSetting | undefined;
}

/**
 * The caseload for today: every student with each of their services' figures for the period that holds today
 * (this week for weekly mandates), sorted so the student furthest behind pace comes first (then most minutes
 * remaining, then by client id). Services of one student share a row.
 *
 * @example
 * const rows = caseloadMinutes({ services, entries }, { today: '2046-09-13' });
 * rows[0].behindBy; // the largest shortfall on the caseload
 */
export function caseloadMinutes(
  source: OtServiceMinutesSource,
  options: OtServiceMinutesOptions & OtCaseloadFilter,
): OtCaseloadRow[] {
  const byService = new Map<string, OtServiceLogEntry[]>();
  for (const entry of source.entries) {
    const list = byService.get(entry.serviceId);
    if (list) list.push(entry);
    else byService.set(entry.serviceId, [entry]);
  }
  const byStudent = new Map<string, OtCaseloadService[]>();
  for (const service of source.services) {
    if (options.model !== undefined && service.model !== options.model) continue;
    const entries = byService.get(service.id) ?? [];
    const settings = [
      ...new Set(entries.flatMap((e) => (e.voidedAt === undefined && e.setting !== undefined ? [e.setting] : []))),
    ];
    if (options.setting !== undefined && !settings.includes(options.setting)) continue;
    const period = servicePeriodOf(service, options.today, options);
    const active = options.today >= service.startDate && options.today <= service.endDate;
    const key = service.clientId ?? `\u0000${service.id}`;
    const row = byStudent.get(key) ?? [];
    row.push({ service, active, figures: serviceFigures(service, entries, period, options), settings });
    byStudent.set(key, row);
  }
  const rows: OtCaseloadRow[] = [...byStudent.values()].map((services) => {
    const active = services.filter((s) => s.active);
    return {
      clientId: services[0]!.service.clientId,
      services,
      behindBy: active.reduce((sum, s) => sum + s.figures.pace.behindBy, 0),
      remaining: active.reduce((sum, s) => sum + Math.max(0, s.figures.remaining), 0),
    };
  });
  return rows.sort(
    (a, b) =>
      b.behindBy - a.behindBy ||
      b.remaining - a.remaining ||
      (a.clientId ?? a.services[0]!.service.id).localeCompare(b.clientId ?? b.services[0]!.service.id),
  );
}

/** The caseload's totals for one delivery model. */
export interface OtModelMinutes {
  readonly model: OtServiceDeliveryModel;
  /** How many services of this model are active today. */
  readonly services: number;
  readonly mandated: number;
  readonly provided: number;
  readonly notProvided: number;
  readonly remaining: number;
  /** How many of those services are behind pace. */
  readonly behind: number;
}

/**
 * The caseload's current-period figures summed per delivery model (active services only), in the order of
 * `OT_SERVICE_DELIVERY_MODELS`; models with no service are left out.
 *
 * @example
 * minutesByModel(caseloadMinutes(source, { today })); // [{ model: 'push-in', services: 12, provided: 540, … }, …]
 */
export function minutesByModel(rows: readonly OtCaseloadRow[]): OtModelMinutes[] {
  const totals = new Map<OtServiceDeliveryModel, { -readonly [K in keyof OtModelMinutes]: OtModelMinutes[K] }>();
  for (const row of rows)
    for (const { service, active, figures } of row.services) {
      if (!active) continue;
      const total = totals.get(service.model) ?? {
        model: service.model,
        services: 0,
        mandated: 0,
        provided: 0,
        notProvided: 0,
        remaining: 0,
        behind: 0,
      };
      total.services++;
      total.mandated += figures.mandated;
      total.provided += figures.provided;
      total.notProvided += figures.notProvided;
      total.remaining += Math.max(0, figures.remaining);
      if (figures.pace.status === 'behind') total.behind++;
      totals.set(service.model, total);
    }
  return [...totals.values()].sort(
    (a, b) => OT_SERVICE_DELIVERY_MODELS.indexOf(a.model) - OT_SERVICE_DELIVERY_MODELS.indexOf(b.model),
  );
}
