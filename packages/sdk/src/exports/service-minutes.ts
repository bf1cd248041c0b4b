/** The `@otkit/sdk` exports of one domain: Service minutes (issue 11). Re-exported whole by ../index.ts. */
export { OT_PROVIDER_ROLES, OT_SERVICE_MISS_REASONS, OT_SERVICE_PERIODS, OT_SERVICE_SETTINGS } from '../model/enums.js';
export type { OtProviderRole, OtServiceMissReason, OtServicePeriod, OtServiceSetting } from '../model/enums.js';
export {
  OT_SCHOOL_WEEKDAYS,
  addDays,
  countSchoolDays,
  localDateOf,
  monthOf,
  weekOf,
  weekdayOf,
} from '../measures/service-dates.js';
export type { OtDateRange, OtTimeZone } from '../measures/service-dates.js';
export {
  creditedDate,
  mandatePerPeriod,
  mandatedMinutes,
  serviceFigures,
  servicePeriodOf,
  servicePeriods,
} from '../measures/service-minutes.js';
export type {
  OtMinutesByReason,
  OtServiceFigures,
  OtServiceMinutesOptions,
  OtServiceMinutesSource,
  OtServicePace,
  OtServicePaceStatus,
} from '../measures/service-minutes.js';
export { caseloadMinutes, minutesByModel, serviceMinutesSource } from '../measures/service-caseload.js';
export type {
  OtCaseloadFilter,
  OtCaseloadRow,
  OtCaseloadService,
  OtModelMinutes,
} from '../measures/service-caseload.js';
export {
  editServiceEntry,
  logMissedSession,
  logServiceSession,
  markMakeUp,
  voidServiceEntry,
} from '../commands/service-minutes.js';
export type {
  OtLogMissedInput,
  OtLogServiceInput,
  OtServiceCommandOptions,
  OtServiceEntryChanges,
  OtServiceWhen,
} from '../commands/service-minutes.js';
export { serviceLogCsv, serviceMinutesReport } from '../interop/service-minutes-csv.js';
export type {
  OtReportFigures,
  OtServiceLogCsvOptions,
  OtServiceMinutesReport,
  OtServiceReportItem,
} from '../interop/service-minutes-csv.js';
