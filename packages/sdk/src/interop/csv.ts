/**
 * CSV for spreadsheets and district systems (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break). A cell that a spreadsheet would run as a formula (starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so an exported note can never execute.
 */
import { percentCorrect } from '../measures/progress.js';
import { getRecord, listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';

/** One column of a CSV table: its header and how to read the cell from a row. */
export interface OtCsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | boolean | null | undefined;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: numbers as they are, text protected against formulas and quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV table: a header line, then one line per row.
 *
 * @example
 * toCsv([{ name: 'Swing', minutes: 5 }], [
 *   { header: 'activity', value: (row) => row.name },
 *   { header: 'minutes', value: (row) => row.minutes },
 * ]); // 'activity,minutes\r\nSwing,5\r\n'
 */
export function toCsv<Row>(rows: Iterable<Row>, columns: readonly OtCsvColumn<Row>[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Which progress entries {@link progressCsv} writes. */
export interface OtProgressCsvOptions {
  /** Only this client's goals. */
  readonly clientId?: string;
  /** Only this goal. */
  readonly goalId?: string;
  /** Entries taken at or after this time (ms since the epoch). */
  readonly from?: number;
  /** Entries taken before this time. */
  readonly to?: number;
}

/**
 * Every progress entry (oldest first) as CSV for a spreadsheet: date and time (UTC, ISO 8601), goal, session,
 * setting, trials, percent correct, assistance, prompt, status, GAS level and note.
 *
 * @example
 * const csv = progressCsv(store.getState(), { clientId });
 * download(new Blob([csv], { type: 'text/csv' }), 'progress.csv');
 */
export function progressCsv(state: OtState, options: OtProgressCsvOptions = {}): string {
  const from = options.from ?? -Infinity;
  const to = options.to ?? Infinity;
  const rows = listRecords(state, 'progressEntries')
    .map((entry) => ({ entry, goal: getRecord(state, 'goals', entry.goalId) }))
    .filter(
      ({ entry, goal }) =>
        goal !== undefined &&
        entry.at >= from &&
        entry.at < to &&
        (options.goalId === undefined || entry.goalId === options.goalId) &&
        (options.clientId === undefined || goal.clientId === options.clientId),
    )
    .sort((a, b) => a.entry.at - b.entry.at);
  return toCsv(rows, [
    { header: 'date', value: ({ entry }) => new Date(entry.at).toISOString().slice(0, 10) },
    { header: 'time', value: ({ entry }) => new Date(entry.at).toISOString() },
    { header: 'goal_id', value: ({ entry }) => entry.goalId },
    { header: 'goal', value: ({ goal }) => goal?.description },
    { header: 'session_id', value: ({ entry }) => entry.sessionId },
    { header: 'setting', value: ({ entry }) => entry.setting },
    { header: 'trials_correct', value: ({ entry }) => entry.trials?.plus },
    { header: 'trials_incorrect', value: ({ entry }) => entry.trials?.minus },
    {
      header: 'percent_correct',
      value: ({ entry }) => {
        const percent = percentCorrect(entry.trials);
        return percent === undefined ? undefined : Math.round(percent * 10) / 10;
      },
    },
    { header: 'assistance', value: ({ entry }) => entry.assistance },
    { header: 'prompt', value: ({ entry }) => entry.prompt },
    { header: 'status', value: ({ entry }) => entry.status },
    { header: 'gas_level', value: ({ entry }) => entry.gasLevel },
    { header: 'note', value: ({ entry }) => entry.note },
  ]);
}
