/** The `@otkit/sdk` exports of progress over time: GAS, the progress series and trend, CSV, the report. Re-exported whole by ../index.ts. */
// Goal Attainment Scaling
export { OT_GAS_DEFAULT_RHO, OtGasEmptyError, gasTScore, gasWeight } from '../measures/gas.js';
export type { OtGasOptions, OtGasResult, OtGasScore } from '../measures/gas.js';

// Progress over time
export { OT_SETTINGS } from '../model/enums.js';
export type { OtSetting } from '../model/enums.js';
export {
  OT_TREND_DEAD_BAND,
  OT_TREND_DEFAULT_SESSIONS,
  OT_TREND_MIN_POINTS,
  goalProgress,
  percentCorrect,
  progressBySetting,
  progressPoint,
  progressFromEntries,
  progressTrend,
} from '../measures/progress.js';
export type {
  OtGoalProgress,
  OtProgressMeasure,
  OtProgressPoint,
  OtProgressRange,
  OtProgressTrend,
  OtSettingProgress,
  OtTrendDirection,
} from '../measures/progress.js';

// CSV
export { csvCell, progressCsv, toCsv } from '../interop/csv.js';
export type { OtCsvColumn, OtProgressCsvOptions } from '../interop/csv.js';

// Progress report
export { progressReport } from '../measures/progress-report.js';
