// Service minutes at a district's scale (issue 11): the caseload roll-up of 80 students over a school year of
// service-log entries, as <ot-service-minutes> computes it on every render, plus the year's JSON report and CSV
// export. Figures go to docs/service-minutes.md.
import { caseloadMinutes, minutesByModel, serviceLogCsv, serviceMinutesReport } from '@otkit/sdk';
import { schoolCaseload } from '../stories/data/school-caseload.js';
import { measure, type OtBenchResult } from './measure.js';

export default async (): Promise<OtBenchResult[]> => {
  const { services, entries } = schoolCaseload({ students: 80, to: '2027-06-11' });
  const source = { services, entries };
  const today = '2027-03-10';
  const label = `80 students, ${entries.length.toLocaleString('en')} entries`;
  return [
    await measure(
      `caseloadMinutes: this week's roll-up, sorted by who is furthest behind (${label})`,
      () => caseloadMinutes(source, { today }),
      { samples: 50, warmup: 5, budget: 16 },
    ),
    await measure(
      `caseloadMinutes + minutesByModel, filtered to push-in (${label})`,
      () => minutesByModel(caseloadMinutes(source, { today, model: 'push-in' })),
      { samples: 50, warmup: 5, budget: 16 },
    ),
    await measure(
      `serviceMinutesReport: every service, every week of the year (${label})`,
      () => serviceMinutesReport(source, { today }),
      { samples: 10, warmup: 2, budget: 500 },
    ),
    await measure(`serviceLogCsv: the whole year (${label})`, () => serviceLogCsv(source), {
      samples: 10,
      warmup: 2,
      budget: 200,
    }),
  ];
};
