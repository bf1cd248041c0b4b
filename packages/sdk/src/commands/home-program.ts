/**
 * Home program commands: make the session's home plan (one or two practice ideas, each with a picture, minutes,
 * how often, when and what to watch for), change and reorder its activities, and log practice at home. Each
 * rule is a pure planner (usable with no store, e.g. by an element in standalone mode) and a store command that
 * runs it in one transaction.
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import { systemClock } from '../flow/clock.js';
import { isCalendarDate, type OtImageRef } from '../model/fields.js';
import { homeLibraryEntry, type OtHomeLibraryLanguage } from '../model/home-library.js';
import {
  homeProgramSchema,
  practiceLogSchema,
  OT_PRACTICE_RATINGS,
  type OtHomePeriod,
  type OtHomeProgram,
  type OtPracticeLogEntry,
  type OtPracticeRating,
} from '../model/home-programs.js';
import { createId } from '../model/ids.js';
import { safeParse } from '../model/schema.js';
import type { OtStore } from '../store/store.js';
import { runCommand } from './run-command.js';
import { localDate } from '../measures/service-dates.js';

/** Longest `data:` image an activity may carry, in characters: it has to travel in a link (about 9 KB). */
export const OT_HOME_MAX_DATA_IMAGE = 12_000;
/** Longest note of a practice log entry written by the commands, in characters. */
export const OT_PRACTICE_NOTE_MAX = 280;

/**
 * One activity as the builder gives it: a library entry (`libraryId`) fills every field left out, in the
 * program's language; without one, `name` is required.
 */
export interface OtHomeActivityDraft {
  readonly libraryId?: string | undefined;
  readonly name?: string | undefined;
  readonly instructions?: string | undefined;
  /** A built-in symbol (`{ symbol: 'putty' }`) or the host's own image (`{ src: 'https://…', alt }`). */
  readonly image?: OtImageRef | undefined;
  readonly minutes?: number | undefined;
  readonly timesPerPeriod?: number | undefined;
  readonly period?: OtHomePeriod | undefined;
  readonly when?: string | undefined;
  readonly safety?: string | undefined;
}

/** What {@link planHomeProgram} and {@link createHomeProgram} take. */
export interface OtHomeProgramInput {
  /** One or two activities. */
  readonly activities: readonly OtHomeActivityDraft[];
  readonly title?: string | undefined;
  readonly clientId?: string | undefined;
  /** The session record whose "Home plan" phase made it. */
  readonly sessionId?: string | undefined;
  /** Language of the words filled in from the library; `en` by default. */
  readonly language?: OtHomeLibraryLanguage | undefined;
  /** First day of practice (`YYYY-MM-DD`); the day of `at` by default. */
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
}

/** Options of the home program commands. */
export interface OtHomeCommandOptions {
  /** The time written to `createdAt` / `updatedAt` (ms since the epoch); the system clock by default. */
  readonly at?: number;
  /** The id of a new record; a new sortable id by default. */
  readonly id?: string;
  /** The actor recorded in the change log. */
  readonly actor?: string;
}

/** What {@link planPracticeLog} and {@link logPractice} take: nothing to type unless the family wants to. */
export interface OtPracticeInput {
  readonly homeProgramId: string;
  readonly activityId: string;
  /** The day of practice (`YYYY-MM-DD`); the local day of `at` by default. */
  readonly date?: string | undefined;
  /** Whether it was done; true by default. */
  readonly done?: boolean | undefined;
  /** Minutes practised; the activity's minutes when done, else 0. */
  readonly minutes?: number | undefined;
  readonly rating?: OtPracticeRating | undefined;
  readonly helped?: string | undefined;
  readonly note?: string | undefined;
}

const TITLES: Record<OtHomeLibraryLanguage, string> = { en: 'Home practice', es: 'Práctica en casa' };

const fail = (subject: string, issues: OtIssue[]): never => {
  throw new OtValidationError(subject, issues);
};

/** The activity a draft stands for, filled from its library entry; `index` is its place, for error paths. */
export function activityOf(
  draft: OtHomeActivityDraft,
  id: string,
  index: number,
  language: OtHomeLibraryLanguage,
  issues: OtIssue[],
): Record<string, unknown> {
  const entry = draft.libraryId === undefined ? undefined : homeLibraryEntry(draft.libraryId);
  if (draft.libraryId !== undefined && !entry)
    issues.push({
      path: ['activities', index, 'libraryId'],
      code: 'reference',
      message: `names no activity of the library (got ${JSON.stringify(draft.libraryId)})`,
    });
  const src = draft.image?.src;
  if (typeof src === 'string' && /^\s*data:/i.test(src) && src.length > OT_HOME_MAX_DATA_IMAGE)
    issues.push({
      path: ['activities', index, 'image', 'src'],
      code: 'too-big',
      message: `is a data: image too big to share (${src.length} characters; at most ${OT_HOME_MAX_DATA_IMAGE})`,
    });
  const words = entry?.words[language];
  const activity: Record<string, unknown> = {
    id,
    name: draft.name ?? words?.name,
    instructions: draft.instructions ?? words?.instructions,
    image: draft.image ?? (entry && { symbol: entry.symbol }),
    minutes: draft.minutes ?? entry?.minutes,
    timesPerPeriod: draft.timesPerPeriod ?? entry?.timesPerPeriod ?? 1,
    period: draft.period ?? entry?.period ?? 'day',
    when: draft.when ?? words?.when,
    safety: draft.safety ?? words?.safety,
    libraryId: entry?.id,
  };
  for (const key of Object.keys(activity)) if (activity[key] === undefined) delete activity[key];
  return activity;
}

/**
 * The rule of making a home program, with no store: 1–2 activities filled from the library where asked, ids
 * `a1`, `a2`, and the whole program checked. Throws an {@link OtValidationError} naming each bad field.
 *
 * @example
 * const program = planHomeProgram({ activities: [{ libraryId: 'calm-breathing' }], language: 'es' }, { at: Date.now() });
 * program.activities[0].name; // 'Respiración tranquila'
 */
export function planHomeProgram(
  input: OtHomeProgramInput,
  options: { readonly at: number; readonly id?: string },
): OtHomeProgram {
  const issues: OtIssue[] = [];
  const language = input.language ?? 'en';
  if (!(language in TITLES))
    issues.push({
      path: ['language'],
      code: 'enum',
      message: `must be "en" or "es" (got ${JSON.stringify(language)})`,
    });
  const lang = language in TITLES ? language : 'en';
  const drafts = Array.isArray(input.activities) ? input.activities : [];
  if (!Array.isArray(input.activities))
    issues.push({ path: ['activities'], code: 'type', message: 'must be a list of 1 or 2 activities' });
  const value = {
    id: options.id ?? createId(options.at),
    title: input.title ?? TITLES[lang],
    activities: drafts.map((draft, index) => activityOf(draft ?? {}, `a${index + 1}`, index, lang, issues)),
    startDate: input.startDate ?? localDate(options.at),
    createdAt: options.at,
    language: lang,
    ...(input.clientId !== undefined && { clientId: input.clientId }),
    ...(input.sessionId !== undefined && { sessionId: input.sessionId }),
    ...(input.endDate !== undefined && { endDate: input.endDate }),
  };
  const result = safeParse(homeProgramSchema, value);
  if (!result.success) issues.push(...result.issues);
  if (issues.length || !result.success) return fail('home program', issues);
  return result.data;
}

/**
 * Makes a home program and stores it, at the session's "Home plan" phase (pass `sessionId`) or at any time.
 * Rejects with an {@link OtValidationError} naming each bad field, or an {@link OtNotFoundError} for an
 * unknown session; nothing is stored then.
 *
 * @example
 * const program = await createHomeProgram(store, {
 *   clientId,
 *   sessionId: session.id,
 *   activities: [{ libraryId: 'heavy-work' }, { libraryId: 'calm-breathing', when: 'Before bedtime' }],
 * });
 */
export async function createHomeProgram(
  store: OtStore,
  input: OtHomeProgramInput,
  options: OtHomeCommandOptions = {},
): Promise<OtHomeProgram> {
  const at = options.at ?? systemClock.now();
  const program = planHomeProgram(input, { at, ...(options.id !== undefined && { id: options.id }) });
  return runCommand(store, 'homePrograms.create', options, (tx) => {
    if (program.sessionId !== undefined && !tx.sessionRecords.get(program.sessionId))
      throw new OtNotFoundError('sessionRecords', program.sessionId);
    return tx.homePrograms.put(program);
  });
}

/**
 * The rule of logging practice, with no store: done unless told otherwise, the activity's minutes when done,
 * today by default; a short note (at most {@link OT_PRACTICE_NOTE_MAX} characters). Throws an
 * {@link OtValidationError} naming the field.
 *
 * @example
 * const entry = planPracticeLog(program, { homeProgramId: program.id, activityId: 'a1', rating: 'good' }, { at: Date.now() });
 */
export function planPracticeLog(
  program: OtHomeProgram,
  input: OtPracticeInput,
  options: { readonly at: number; readonly id?: string },
): OtPracticeLogEntry {
  const issues: OtIssue[] = [];
  const activity = program.activities.find((a) => a.id === input.activityId);
  if (!activity)
    issues.push({
      path: ['activityId'],
      code: 'reference',
      message: `names no activity of this program (got ${JSON.stringify(input.activityId)})`,
    });
  if (input.rating !== undefined && !OT_PRACTICE_RATINGS.includes(input.rating))
    issues.push({ path: ['rating'], code: 'enum', message: 'must be "hard", "okay" or "good"' });
  for (const field of ['note', 'helped'] as const) {
    const text = input[field];
    if (typeof text === 'string' && text.length > OT_PRACTICE_NOTE_MAX)
      issues.push({ path: [field], code: 'too-big', message: `must be at most ${OT_PRACTICE_NOTE_MAX} characters` });
  }
  const date = input.date ?? localDate(options.at);
  if (typeof date === 'string' && isCalendarDate(date) && date < program.startDate)
    issues.push({ path: ['date'], code: 'order', message: `is before the program starts (${program.startDate})` });
  const done = input.done ?? true;
  const value = {
    id: options.id ?? createId(options.at),
    homeProgramId: program.id,
    activityId: input.activityId,
    date,
    done,
    minutes: input.minutes ?? (done ? (activity?.minutes ?? 0) : 0),
    createdAt: options.at,
    ...(input.rating !== undefined && { rating: input.rating }),
    ...(input.helped?.trim() && { helped: input.helped.trim() }),
    ...(input.note?.trim() && { note: input.note.trim() }),
  };
  const result = safeParse(practiceLogSchema, value);
  if (!result.success) issues.push(...result.issues);
  if (issues.length || !result.success) return fail('practice log entry', issues);
  return result.data;
}

/**
 * Logs practice of one activity of a stored program (see {@link planPracticeLog}), in one transaction.
 *
 * @example
 * await logPractice(store, { homeProgramId, activityId: 'a1' }); // one tap: done today
 * await logPractice(store, { homeProgramId, activityId: 'a2', done: false, note: 'Too tired after swimming' });
 */
export async function logPractice(
  store: OtStore,
  input: OtPracticeInput,
  options: OtHomeCommandOptions = {},
): Promise<OtPracticeLogEntry> {
  const at = options.at ?? systemClock.now();
  return runCommand(store, 'practiceLogs.log', options, (tx) => {
    const program = tx.homePrograms.get(input.homeProgramId);
    if (!program) throw new OtNotFoundError('homePrograms', input.homeProgramId);
    return tx.practiceLogs.put(
      planPracticeLog(program, input, { at, ...(options.id !== undefined && { id: options.id }) }),
    );
  });
}

/**
 * Takes back a practice log entry (a tap by mistake).
 *
 * @example
 * await unlogPractice(store, { id: entry.id });
 */
export async function unlogPractice(
  store: OtStore,
  input: { readonly id: string },
  options: Omit<OtHomeCommandOptions, 'id' | 'at'> = {},
): Promise<void> {
  await runCommand(store, 'practiceLogs.unlog', options, (tx) => {
    if (!tx.practiceLogs.get(input.id)) throw new OtNotFoundError('practiceLogs', input.id);
    tx.practiceLogs.remove(input.id);
  });
}

/**
 * Adds how it went, what helped or a note to a logged entry (after the one tap), or changes them; `undefined`
 * leaves a field, an empty text removes it.
 *
 * @example
 * await notePractice(store, { id: entry.id, rating: 'good', helped: 'Music on' });
 */
export async function notePractice(
  store: OtStore,
  input: Pick<OtPracticeInput, 'rating' | 'helped' | 'note'> & { readonly id: string },
  options: Omit<OtHomeCommandOptions, 'id' | 'at'> = {},
): Promise<OtPracticeLogEntry> {
  return runCommand(store, 'practiceLogs.note', options, (tx) => {
    const entry = tx.practiceLogs.get(input.id);
    if (!entry) throw new OtNotFoundError('practiceLogs', input.id);
    const program = tx.homePrograms.get(entry.homeProgramId);
    if (!program) throw new OtNotFoundError('homePrograms', entry.homeProgramId);
    const { id: _id, homeProgramId: _program, createdAt: _created, ...held } = entry;
    const merged = { ...held, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    const checked = planPracticeLog(
      program,
      { ...merged, homeProgramId: program.id },
      { at: entry.createdAt, id: entry.id },
    );
    const patch = { rating: checked.rating, helped: checked.helped, note: checked.note };
    return tx.practiceLogs.update(entry.id, patch);
  });
}
