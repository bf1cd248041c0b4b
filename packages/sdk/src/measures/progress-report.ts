/**
 * A progress report to share: for one client and a period, each goal's data and trend, the Goal Attainment
 * Scaling T-score, home practice and next steps — as structured data a portal can lay out, and as plain text
 * (English or Spanish) a family can send to school. It names nobody unless the host passes the names.
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import type { OtGoal } from '../model/goals.js';
import type { OtAssistanceLevel, OtGasLevel } from '../model/enums.js';
import { getRecord, listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';
import { gasTScore, type OtGasResult } from './gas.js';
import { homePracticeLines, homePracticeSinceLastSession, type OtHomePracticeReport } from './home-practice-report.js';
import { goalProgress, progressTrend, type OtProgressPoint, type OtTrendDirection } from './progress.js';
import { REPORT_WORDS, type OtReportLanguage } from './progress-report.words.js';

export type { OtReportLanguage } from './progress-report.words.js';

/** Options of {@link progressReport}. */
export interface OtProgressReportOptions {
  readonly clientId: string;
  /** Start of the period (ms since the epoch, inclusive). */
  readonly from: number;
  /** End of the period (ms, exclusive). */
  readonly to: number;
  /** Language of the text. Default `'en'`. */
  readonly language?: OtReportLanguage;
  /** The client's name, as the host wants it printed; left out of the report when not given. */
  readonly clientName?: string;
}

/** One goal in the report. */
export interface OtReportGoal {
  readonly goal: OtGoal;
  /** Entries recorded in the period. */
  readonly entries: number;
  /** Percent correct of the first and last entries with trials in the period. */
  readonly percentCorrect: { readonly first: number; readonly last: number } | undefined;
  readonly assistance: { readonly first: OtAssistanceLevel; readonly last: OtAssistanceLevel } | undefined;
  /** The trend of percent correct, or of assistance when no trials were counted. */
  readonly trend: OtTrendDirection;
  /** The last GAS level recorded in the period. */
  readonly gasLevel: OtGasLevel | undefined;
  /** Whether the last entry in the period marked the goal met. */
  readonly met: boolean;
}

/** Home practice logged in the period. */
export interface OtReportPractice {
  readonly logged: number;
  readonly done: number;
  readonly minutes: number;
  /** Calendar days with at least one practice done. */
  readonly days: number;
}

/** What comes next, as data. */
export type OtReportNextStep =
  | { readonly kind: 'celebrate-met'; readonly goalId: string }
  | { readonly kind: 'keep-going'; readonly goalId: string }
  | { readonly kind: 'review-strategy'; readonly goalId: string }
  | { readonly kind: 'collect-data'; readonly goalId: string }
  | { readonly kind: 'open-notes'; readonly count: number };

/** The report: see {@link progressReport}. */
export interface OtProgressReport {
  readonly clientId: string;
  readonly clientName: string | undefined;
  readonly from: number;
  readonly to: number;
  readonly language: OtReportLanguage;
  readonly goals: readonly OtReportGoal[];
  /** The T-score over the goals with a GAS level in the period; undefined when none has one. */
  readonly gas: OtGasResult | undefined;
  readonly practice: OtReportPractice;
  /** The practice of the newest home program made before the period's end (at the last session), to its end. */
  readonly homePractice: OtHomePracticeReport | undefined;
  readonly nextSteps: readonly OtReportNextStep[];
  /** The whole report as plain text. */
  readonly text: string;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function checkOptions(options: OtProgressReportOptions): void {
  const issues: OtIssue[] = [];
  for (const field of ['from', 'to'] as const)
    if (!Number.isFinite(options[field]))
      issues.push({ path: [field], code: 'type', message: 'must be a time in ms since the epoch' });
  if (!issues.length && options.to <= options.from)
    issues.push({ path: ['to'], code: 'order', message: 'must be after from' });
  if (options.language !== undefined && !(options.language in REPORT_WORDS))
    issues.push({ path: ['language'], code: 'enum', message: 'must be "en" or "es"' });
  if (issues.length) throw new OtValidationError('progress report options', issues);
}

function reportGoal(goal: OtGoal, points: readonly OtProgressPoint[]): OtReportGoal {
  const withTrials = points.filter((point) => point.percentCorrect !== undefined);
  const withAssistance = points.filter((point) => point.assistance !== undefined);
  const percent = progressTrend(points, 'percentCorrect');
  const trend = percent.direction === 'insufficient-data' ? progressTrend(points, 'assistance') : percent;
  const gasLevel = [...points].reverse().find((point) => point.gasLevel !== undefined)?.gasLevel;
  return {
    goal,
    entries: points.length,
    percentCorrect: withTrials.length
      ? { first: withTrials[0]!.percentCorrect!, last: withTrials[withTrials.length - 1]!.percentCorrect! }
      : undefined,
    assistance: withAssistance.length
      ? { first: withAssistance[0]!.assistance!, last: withAssistance[withAssistance.length - 1]!.assistance! }
      : undefined,
    trend: trend.direction,
    gasLevel,
    met: points[points.length - 1]?.status === 'met',
  };
}

function nextStepOf(goal: OtReportGoal): OtReportNextStep {
  const goalId = goal.goal.id;
  if (goal.met) return { kind: 'celebrate-met', goalId };
  if (goal.trend === 'insufficient-data') return { kind: 'collect-data', goalId };
  if (goal.trend === 'improving') return { kind: 'keep-going', goalId };
  return { kind: 'review-strategy', goalId };
}

/**
 * The progress report of one client over a period. Throws an {@link OtNotFoundError} for an unknown client and
 * an {@link OtValidationError} for a bad period or language.
 *
 * @example
 * const report = progressReport(store, { clientId, from: Date.parse('2026-09-01'), to: Date.parse('2026-10-01'), language: 'es' });
 * navigator.clipboard.writeText(report.text);
 */
export function progressReport(
  source: { getState(): OtState } | OtState,
  options: OtProgressReportOptions,
): OtProgressReport {
  checkOptions(options);
  const state = 'getState' in source && typeof source.getState === 'function' ? source.getState() : (source as OtState);
  const { clientId, from, to } = options;
  const language = options.language ?? 'en';
  if (!getRecord(state, 'clients', clientId)) throw new OtNotFoundError('clients', clientId);
  const goals = listRecords(state, 'goals')
    .filter((goal) => goal.clientId === clientId && goal.lifecycle !== 'cancelled')
    .sort((a, b) => a.order - b.order);
  const reported = goals.map((goal) => reportGoal(goal, goalProgress(state, goal.id, { from, to }).points));
  const scored = reported.filter((goal) => goal.gasLevel !== undefined);
  const gas = scored.length
    ? gasTScore(scored.map((goal) => ({ level: goal.gasLevel, weight: goal.goal.gas?.weight })))
    : undefined;
  const programIds = new Set(
    listRecords(state, 'homePrograms')
      .filter((program) => program.clientId === clientId)
      .map((program) => program.id),
  );
  const logs = listRecords(state, 'practiceLogs').filter(
    (log) => programIds.has(log.homeProgramId) && log.date >= isoDate(from) && log.date < isoDate(to),
  );
  const done = logs.filter((log) => log.done);
  const practice: OtReportPractice = {
    logged: logs.length,
    done: done.length,
    minutes: done.reduce((sum, log) => sum + log.minutes, 0),
    days: new Set(done.map((log) => log.date)).size,
  };
  const goalIds = new Set(goals.map((goal) => goal.id));
  const openNotes = listRecords(state, 'notes').filter(
    (note) => note.status === 'open' && note.goalId !== null && goalIds.has(note.goalId),
  ).length;
  const nextSteps: OtReportNextStep[] = reported.map(nextStepOf);
  if (openNotes) nextSteps.push({ kind: 'open-notes', count: openNotes });
  const report = {
    clientId,
    clientName: options.clientName,
    from,
    to,
    language,
    goals: reported,
    gas,
    practice,
    homePractice: homePracticeSinceLastSession(state, { clientId, before: to, today: isoDate(to - 1) }),
    nextSteps,
  };
  return { ...report, text: reportText(report) };
}

/** The report as plain text in its language. */
function reportText(report: Omit<OtProgressReport, 'text'>): string {
  const words = REPORT_WORDS[report.language];
  const lines = [words.title(report.clientName, isoDate(report.from), isoDate(report.to - 1)), ''];
  lines.push(words.goals);
  if (!report.goals.length) lines.push(`- ${words.noGoals}`);
  for (const goal of report.goals) lines.push(`- ${words.goalLine(goal)}`);
  lines.push('', words.gas(report.gas));
  lines.push(words.practice(report.practice));
  if (report.homePractice) {
    const practice = homePracticeLines(report.homePractice, report.language);
    lines.push('', `${practice.title}:`, ...practice.lines.map((line) => `- ${line}`));
  }
  lines.push('', words.nextSteps);
  const descriptions = new Map(report.goals.map((goal) => [goal.goal.id, goal.goal.description]));
  for (const step of report.nextSteps)
    lines.push(`- ${words.step(step, 'goalId' in step ? (descriptions.get(step.goalId) ?? '') : '')}`);
  return `${lines.join('\n')}\n`;
}
