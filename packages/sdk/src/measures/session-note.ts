/**
 * The session note: one text a therapist copies, prints or exports at the end of a session — the timer's
 * summary (planned against actual minutes, interruptions), the goals worked on with their data and the share
 * of trials correct, the "To Get To" notes addressed, carried over and still open, the incidents and the home
 * plan. Computed from the store's state alone, in English or Spanish.
 */
import { sessionSummary, sessionSummaryText, type OtSessionSummary } from '../flow/summary.js';
import type { OtGoal, OtHomeProgram, OtIncident, OtNote, OtProgressEntry } from '../model/entities.js';
import { listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';
import { homePracticeLines, homePracticeSinceLastSession, type OtHomePracticeReport } from './home-practice-report.js';
import { inSessionScope, sessionReview, type OtSessionAt } from './session-review.js';
import { SESSION_NOTE_WORDS, type OtSessionNoteLanguage } from './session-note.words.js';

export type { OtSessionNoteLanguage } from './session-note.words.js';

/** One goal of the note: its data in the session and the share of trials correct. */
export interface OtSessionNoteGoal {
  readonly goal: OtGoal;
  readonly entry: OtProgressEntry;
  /** Trials correct out of all trials, 0–100 rounded; undefined with no trial. */
  readonly percentCorrect: number | undefined;
}

/** The content of a session note; see {@link sessionNote}. */
export interface OtSessionNote {
  /** The session it covers, if one was timed. */
  readonly sessionId: string | undefined;
  /** When the note's records begin (the session's start, else the start of the day). */
  readonly since: number;
  /** The timer's summary, when the session was timed. */
  readonly summary: OtSessionSummary | undefined;
  readonly goals: readonly OtSessionNoteGoal[];
  readonly addressed: readonly OtNote[];
  readonly carriedOver: readonly OtNote[];
  readonly stillOpen: readonly OtNote[];
  readonly promoted: readonly OtNote[];
  readonly incidents: readonly OtIncident[];
  /** Home programs of the client running on the session's day (all of them when the client is not known). */
  readonly homePlan: readonly OtHomeProgram[];
  /** The practice of the program made at the last session, up to the session's day. */
  readonly homePractice: OtHomePracticeReport | undefined;
}

/** Options of {@link sessionNote}. */
export interface OtSessionNoteOptions {
  /** Only these goals (one client's stack). Default: every goal. */
  readonly goals?: readonly OtGoal[] | undefined;
  /** The client whose home plan goes in. Default: the session record's client. */
  readonly clientId?: string | undefined;
  /** The time the note is written at (the summary of a session still running stops here). */
  readonly now: number;
}

/**
 * The share of trials correct, 0–100 rounded; undefined with no trial.
 *
 * @example
 * trialPercent({ plus: 4, minus: 2 }); // 67
 */
export function trialPercent(
  trials: { readonly plus: number; readonly minus: number } | undefined,
): number | undefined {
  const total = (trials?.plus ?? 0) + (trials?.minus ?? 0);
  return total ? Math.round((trials!.plus / total) * 100) : undefined;
}

/** The local calendar day of an instant, `YYYY-MM-DD`, as home programs write their dates. */
function calendarDay(time: number): string {
  const date = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * Everything the session note says about the session `at` names (from `sessionAt`, or the goal stack's view
 * model's `session`): the timer summary, the goals worked on, the notes, the incidents and the home plan.
 *
 * @example
 * const at = sessionAt(store.getState(), Date.now());
 * const note = sessionNote(store.getState(), at, { now: Date.now() });
 * note.goals.map((g) => `${g.goal.description}: ${g.percentCorrect ?? '–'}%`);
 */
export function sessionNote(state: OtState, at: OtSessionAt, options: OtSessionNoteOptions): OtSessionNote {
  const review = sessionReview(state, at.scope, { goals: options.goals });
  const incidents = listRecords(state, 'incidents')
    .filter((incident) => inSessionScope(incident.sessionId, incident.at, at.scope))
    .sort((a, b) => a.at - b.at);
  const clientId = options.clientId ?? at.record?.clientId;
  const day = calendarDay(at.scope.since);
  const homePlan = listRecords(state, 'homePrograms').filter(
    (program) =>
      (clientId === undefined || program.clientId === clientId) &&
      program.startDate <= day &&
      (program.endDate === undefined || program.endDate >= day),
  );
  return {
    sessionId: at.sessionId,
    since: at.scope.since,
    summary: at.record && sessionSummary(at.record, { now: options.now, incidents }),
    goals: review.goals.map(({ goal, entry }) => ({ goal, entry, percentCorrect: trialPercent(entry.trials) })),
    addressed: review.addressed,
    carriedOver: review.carriedOver,
    stillOpen: review.toCarryOver,
    promoted: review.promoted,
    incidents,
    homePlan,
    homePractice: homePracticeSinceLastSession(state, { clientId, before: at.scope.since, today: day }),
  };
}

/** How one goal reads in the note: its data, in `lang`. */
export function sessionNoteGoalLine(goal: OtSessionNoteGoal, lang: OtSessionNoteLanguage = 'en'): string {
  const w = SESSION_NOTE_WORDS[lang];
  const { entry, percentCorrect } = goal;
  const parts = [
    entry.trials &&
      `${w.trials(entry.trials.plus, entry.trials.minus)}${percentCorrect === undefined ? '' : ` (${percentCorrect}%)`}`,
    entry.assistance && `${w.assistance}: ${w.assistanceLevels[entry.assistance]}`,
    entry.prompt && `${w.prompt}: ${w.prompts[entry.prompt]}`,
    entry.status && `${w.status}: ${w.statuses[entry.status]}`,
    entry.note && `${w.shortNote}: ${entry.note}`,
  ].filter(Boolean);
  return `${goal.goal.description}: ${parts.join('; ')}`;
}

/**
 * The session note as plain text to copy, print or save, in English or Spanish. Clock times are shown in
 * `timeZone` (default: the runtime's).
 *
 * @example
 * sessionNoteText(sessionNote(store.getState(), at, { now: Date.now() }), 'es');
 * // 'Nota de la sesión\n\nResumen de la sesión: 23/11/2026, 09:00–09:46\n…\nObjetivos trabajados:\n- Atarse los zapatos: 2 correctos, 0 incorrectos (100%) …'
 */
export function sessionNoteText(
  note: OtSessionNote,
  lang: OtSessionNoteLanguage = 'en',
  options: { timeZone?: string } = {},
): string {
  const w = SESSION_NOTE_WORDS[lang];
  const list = (title: string, lines: readonly string[]) =>
    [`${title}:${lines.length ? '' : ` ${w.none}`}`, ...lines.map((line) => `- ${line}`)].join('\n');
  const clock = new Intl.DateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: options.timeZone,
  }).format;
  const text = (notes: readonly OtNote[]) => notes.map((n) => n.text);
  const practice = homePracticeLines(note.homePractice, lang);
  const sections = [
    w.title,
    // The timer's summary lists the incidents itself; with no timed session they get their own list.
    note.summary ? sessionSummaryText(note.summary, lang, options) : w.noSession,
    list(
      w.goals,
      note.goals.map((goal) => sessionNoteGoalLine(goal, lang)),
    ),
    ...(note.homePractice ? [list(practice.title, practice.lines)] : []),
    list(w.addressed, text(note.addressed)),
    list(w.carriedOver, text(note.carriedOver)),
    list(w.stillOpen, text(note.stillOpen)),
    ...(note.promoted.length ? [list(w.promoted, text(note.promoted))] : []),
    ...(note.summary
      ? []
      : [
          list(
            w.incidents,
            note.incidents.map(
              (i) => `${clock(i.at)}: ${i.what}; ${i.actions}${i.followUpNeeded ? ` (${w.followUp})` : ''}`,
            ),
          ),
        ]),
    list(
      w.homePlan,
      note.homePlan.flatMap((program) =>
        program.activities.map((a) => `${program.title}: ${a.name}, ${w.often(a.timesPerPeriod, a.period, a.minutes)}`),
      ),
    ),
  ];
  return sections.join('\n\n');
}
