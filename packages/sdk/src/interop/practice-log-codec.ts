/**
 * The practice log a family sends back without an account: a short code to paste into a message, or a small
 * file, that the therapist imports into the program it was kept for. It holds the log only (which activity,
 * which day, done, minutes, how it went, what helped, a note) and the program's checksum — no ids, no names.
 * Importing is validated and idempotent: entries already held are skipped, so importing twice changes nothing.
 *
 * Code: `L1.` + base64url( deflate-raw( JSON `[fingerprint, startDate, entries]` ) ), each entry
 * `[activity number, day from startDate, done 1|0, minutes, rating 0–3, helped, note]`. File: JSON
 * `{ "format": "otkit-practice-log", "version": 1, "code": "L1.…" }`.
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import { systemClock } from '../flow/clock.js';
import { planPracticeLog, type OtHomeCommandOptions } from '../commands/home-program.js';
import { isCalendarDate } from '../model/fields.js';
import type { OtHomeProgram, OtPracticeLogEntry, OtPracticeRating } from '../model/home-programs.js';
import { createId } from '../model/ids.js';
import type { OtStore } from '../store/store.js';
import { runCommand } from '../commands/run-command.js';
import { addDays } from '../measures/service-dates.js';
import { OtFragmentError, pack, packJson, unpackJson } from './fragment.js';
import { homeProgramFingerprint } from './home-codec.js';

/** The practice-log code version this SDK writes and reads. */
export const OT_PRACTICE_CODE_VERSION = 1;
/** Most entries in one returned log (a year of two activities twice a day is under 1,500; a term far less). */
export const OT_PRACTICE_MAX_ENTRIES = 1_500;
/** Longest code accepted, in characters. */
export const OT_PRACTICE_MAX_CODE = 64_000;
/** The `format` of a practice-log file. */
export const OT_PRACTICE_FILE_FORMAT = 'otkit-practice-log';

const WORDS = { thing: 'practice log', carrier: 'code' } as const;
const RATINGS: readonly (OtPracticeRating | undefined)[] = [undefined, 'hard', 'okay', 'good'];
const DAY = 86_400_000;

/** One entry of a returned log, before it is imported. */
export interface OtReturnedPractice {
  readonly activityId: string;
  readonly date: string;
  readonly done: boolean;
  readonly minutes: number;
  readonly rating?: OtPracticeRating;
  readonly helped?: string;
  readonly note?: string;
}

/** What {@link decodePracticeLog} reads from a code or a file. */
export interface OtReturnedLog {
  /** The checksum of the program it was kept for (see `homeProgramFingerprint`). */
  readonly fingerprint: string;
  readonly startDate: string;
  readonly entries: readonly OtReturnedPractice[];
}

/**
 * Packs a program's practice log as a short code (`L1.…`), oldest entry first.
 *
 * @example
 * const code = await encodePracticeLog(program, listRecords(store.getState(), 'practiceLogs'));
 */
export async function encodePracticeLog(program: OtHomeProgram, logs: readonly OtPracticeLogEntry[]): Promise<string> {
  const start = Date.parse(`${program.startDate}T00:00:00Z`);
  const entries = logs
    .filter((log) => log.homeProgramId === program.id && /^a\d+$/.test(log.activityId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt))
    .map((log) =>
      pack(['activity', 'day', 'done', 'minutes', 'rating', 'helped', 'note'], {
        activity: Number(log.activityId.slice(1)),
        day: Math.round((Date.parse(`${log.date}T00:00:00Z`) - start) / DAY),
        done: log.done ? 1 : 0,
        minutes: log.minutes,
        rating: log.rating ? RATINGS.indexOf(log.rating) : 0,
        helped: log.helped,
        note: log.note,
      }),
    );
  return `L${OT_PRACTICE_CODE_VERSION}.${await packJson([homeProgramFingerprint(program), program.startDate, entries])}`;
}

/**
 * The practice log as a file to send back: its name and JSON text.
 *
 * @example
 * const file = await practiceLogFile(program, logs);
 * const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
 */
export async function practiceLogFile(
  program: OtHomeProgram,
  logs: readonly OtPracticeLogEntry[],
): Promise<{ readonly name: string; readonly text: string }> {
  const code = await encodePracticeLog(program, logs);
  const text = JSON.stringify({ format: OT_PRACTICE_FILE_FORMAT, version: OT_PRACTICE_CODE_VERSION, code });
  return { name: `practice-log-${program.startDate}.json`, text: `${text}\n` };
}

/** The code inside a pasted code or a file's text. */
function codeOf(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return trimmed.replace(/\s+/g, '');
  let file: unknown;
  try {
    file = JSON.parse(trimmed) as unknown;
  } catch (cause) {
    throw new OtFragmentError('malformed', 'The file is not a practice log (it is not JSON).', { cause });
  }
  const { format, code } = (file ?? {}) as { format?: unknown; code?: unknown };
  if (format !== OT_PRACTICE_FILE_FORMAT || typeof code !== 'string')
    throw new OtFragmentError(
      'malformed',
      `The file is not a practice log (its format is not "${OT_PRACTICE_FILE_FORMAT}").`,
    );
  return code.replace(/\s+/g, '');
}

function expandEntry(
  raw: unknown,
  index: number,
  startDate: string,
  issues: OtIssue[],
): OtReturnedPractice | undefined {
  const at = (field: string, message: string, code: OtIssue['code'] = 'type') =>
    issues.push({ path: ['entries', index, field], code, message });
  if (!Array.isArray(raw)) return void at('activity', 'must be a list [activity, day, done, minutes, rating, …]');
  const [activity, day, done, minutes, rating = 0, helped, note] = raw as unknown[];
  const before = issues.length;
  if (!Number.isInteger(activity) || (activity as number) < 1) at('activity', 'must be an activity number from 1');
  if (!Number.isInteger(day) || (day as number) < 0 || (day as number) > 3660) at('day', 'must be a day number from 0');
  if (done !== 0 && done !== 1) at('done', 'must be 1 or 0');
  if (typeof minutes !== 'number' || !(minutes >= 0 && minutes <= 600)) at('minutes', 'must be minutes from 0 to 600');
  if (!Number.isInteger(rating) || (rating as number) < 0 || (rating as number) > 3)
    at('rating', 'must be 0 to 3', 'enum');
  for (const [field, value] of [
    ['helped', helped],
    ['note', note],
  ] as const)
    if (value !== undefined && value !== null && typeof value !== 'string') at(field, 'must be text');
  if (issues.length > before) return undefined;
  return {
    activityId: `a${activity as number}`,
    date: addDays(startDate, day as number),
    done: done === 1,
    minutes: minutes as number,
    ...(RATINGS[rating as number] && { rating: RATINGS[rating as number]! }),
    ...(typeof helped === 'string' && { helped }),
    ...(typeof note === 'string' && { note }),
  };
}

/**
 * Reads a returned practice log: a code (`L1.…`, line breaks allowed) or the text of a practice-log file.
 * Rejects only with an {@link OtFragmentError} (the code is damaged, cut short, too big or of another version)
 * or an {@link OtValidationError} naming each bad entry field.
 *
 * @example
 * const log = await decodePracticeLog(pastedText);
 * log.entries.length;
 */
export async function decodePracticeLog(text: string): Promise<OtReturnedLog> {
  const code = codeOf(typeof text === 'string' ? text : '');
  if (!code) throw new OtFragmentError('empty', 'There is no practice log in the code.');
  if (code.length > OT_PRACTICE_MAX_CODE)
    throw new OtFragmentError(
      'oversize',
      `The code is too long (${code.length} characters; at most ${OT_PRACTICE_MAX_CODE}).`,
    );
  const m = /^L(\d+)\.(.*)$/s.exec(code);
  if (!m) throw new OtFragmentError('malformed', 'This is not an OT Kit practice log (it should start with L1.).');
  if (Number(m[1]) !== OT_PRACTICE_CODE_VERSION)
    throw new OtFragmentError('version', `The code was made by a newer or unknown version (L${m[1]}).`);
  const json = await unpackJson(m[2]!, OT_PRACTICE_MAX_CODE * 8, WORDS);
  const [fingerprint, startDate, entries] = Array.isArray(json) ? (json as unknown[]) : [];
  const issues: OtIssue[] = [];
  if (typeof fingerprint !== 'string' || !/^[0-9a-z]{1,8}$/.test(fingerprint))
    issues.push({ path: ['fingerprint'], code: 'pattern', message: 'must be the program checksum' });
  if (typeof startDate !== 'string' || !isCalendarDate(startDate))
    issues.push({ path: ['startDate'], code: 'pattern', message: 'must be a date written YYYY-MM-DD' });
  if (!Array.isArray(entries)) issues.push({ path: ['entries'], code: 'type', message: 'must be a list of entries' });
  else if (entries.length > OT_PRACTICE_MAX_ENTRIES)
    issues.push({
      path: ['entries'],
      code: 'too-big',
      message: `must have at most ${OT_PRACTICE_MAX_ENTRIES} entries`,
    });
  if (issues.length) throw new OtValidationError('practice log', issues);
  const list = (entries as unknown[]).map((raw, i) => expandEntry(raw, i, startDate as string, issues));
  if (issues.length) throw new OtValidationError('practice log', issues);
  return { fingerprint: fingerprint as string, startDate: startDate as string, entries: list as OtReturnedPractice[] };
}

const keyOf = (entry: OtReturnedPractice | OtPracticeLogEntry) =>
  JSON.stringify([entry.activityId, entry.date, entry.done, entry.minutes, entry.rating, entry.helped, entry.note]);

/**
 * Imports a returned practice log (code or file text) into a stored program, in one transaction. Each entry is
 * checked as {@link planPracticeLog} checks it; entries already held (the same activity, day, done, minutes
 * and words, counted with repeats) are skipped, so importing the same log twice changes nothing. Rejects with
 * an {@link OtNotFoundError} for an unknown program, and an {@link OtValidationError} for a log kept for
 * another program (`program`) or a bad entry (`entries[i].…`); nothing is stored then.
 *
 * @example
 * const { added, skipped } = await importPracticeLog(store, { homeProgramId, text: pastedCode });
 */
export async function importPracticeLog(
  store: OtStore,
  input: { readonly homeProgramId: string; readonly text: string },
  options: Omit<OtHomeCommandOptions, 'id'> = {},
): Promise<{ readonly added: readonly OtPracticeLogEntry[]; readonly skipped: number }> {
  const log = await decodePracticeLog(input.text);
  const at = options.at ?? systemClock.now();
  return runCommand(store, 'practiceLogs.import', options, (tx) => {
    const program = tx.homePrograms.get(input.homeProgramId);
    if (!program) throw new OtNotFoundError('homePrograms', input.homeProgramId);
    if (log.fingerprint !== homeProgramFingerprint(program) || log.startDate !== program.startDate)
      throw new OtValidationError('practice log', [
        { path: ['program'], code: 'reference', message: 'was kept for another home program (or a changed one)' },
      ]);
    const held = new Map<string, number>();
    for (const entry of tx.practiceLogs.list())
      if (entry.homeProgramId === program.id) held.set(keyOf(entry), (held.get(keyOf(entry)) ?? 0) + 1);
    const issues: OtIssue[] = [];
    const fresh = log.entries.flatMap((entry, i) => {
      const key = keyOf(entry);
      const count = held.get(key) ?? 0;
      if (count > 0) {
        held.set(key, count - 1);
        return [];
      }
      try {
        return [planPracticeLog(program, { ...entry, homeProgramId: program.id }, { at, id: createId(at) })];
      } catch (error) {
        if (!(error instanceof OtValidationError)) throw error;
        issues.push(...error.issues.map((issue) => ({ ...issue, path: ['entries', i, ...issue.path] })));
        return [];
      }
    });
    if (issues.length) throw new OtValidationError('practice log', issues);
    const added = fresh.map((entry) => tx.practiceLogs.put(entry));
    return { added, skipped: log.entries.length - added.length };
  });
}
