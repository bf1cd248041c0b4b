/** The `@otkit/sdk` exports of one domain: Progress chart (issue 12). Re-exported whole by ../index.ts. */
export { columnCentres, linearScale, linePath, roundCoordinate, stepPath } from '../views/chart-geometry.js';
export type { OtPathPoint } from '../views/chart-geometry.js';
export { OT_PROGRESS_PANELS, nextPointIndex, progressChartView } from '../views/progress-chart.js';
export type {
  OtChartPoint,
  OtGasBand,
  OtProgressChartView,
  OtProgressChartViewOptions,
  OtProgressPanel,
  OtProgressPanelName,
} from '../views/progress-chart.js';
export { clientProgress, progressOverview } from '../views/progress-overview.js';
export type {
  OtProgressOverview,
  OtProgressOverviewOptions,
  OtProgressOverviewRow,
} from '../views/progress-overview.js';
