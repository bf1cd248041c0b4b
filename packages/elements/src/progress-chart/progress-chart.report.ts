/**
 * The report view's text for a connected chart. A module of its own because the SDK's progress report and its
 * words in two languages are the chart's largest part that its other views never need: the element loads this
 * with import() when a report is first made (in the chart's own CDN file, otkit-progress-report.min.js beside it).
 */
import { progressReport, type OtProgressRange, type OtReportLanguage, type OtState } from '@otkit/sdk';
import type { ChartData } from './progress-chart.data.js';

const DAY = 86_400_000;

/**
 * The report's text for a connected chart: `progressReport` over the period given, or by default the whole days
 * from the first to the last entry shown. Names nobody unless `clientName` is given.
 */
export function reportText(
  state: OtState,
  data: ChartData,
  options: { clientId: string; clientName: string | undefined; range: OtProgressRange; language: OtReportLanguage },
): string {
  const times = data.series.flatMap((progress) => progress.points.map((point) => point.at));
  const first = times.length ? Math.min(...times) : Date.now() - 30 * DAY;
  const last = times.length ? Math.max(...times) : Date.now();
  const from = options.range.from ?? first - (first % DAY);
  const to = options.range.to ?? last - (last % DAY) + DAY;
  return progressReport(state, {
    clientId: options.clientId,
    from,
    to,
    language: options.language,
    ...(options.clientName ? { clientName: options.clientName } : {}),
  }).text;
}
