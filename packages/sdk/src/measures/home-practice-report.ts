/**
 * Home practice since the last session, as the next session reads it: the program the family took home at the
 * last session, how much of it was done (days practised, practices done against planned, minutes), how it went
 * and what helped, in English or Spanish. One pure view model feeds the goal stack's end-of-session review, the
 * session note and the progress report, so the three say the same thing.
 */
import type { OtPracticeRating } from '../model/home-programs.js';
import { listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';
import { homePracticeSummary, type OtHomePracticeSummary } from './home-practice.js';
import { dayNumber } from './service-dates.js';

/** Languages the home practice lines are written in. */
export type OtHomePracticeLanguage = 'en' | 'es';

/** Home practice since the last session; see {@link homePracticeSinceLastSession}. */
export interface OtHomePracticeReport extends OtHomePracticeSummary {
  /** Calendar days from the program's start to `today`, both counted. */
  readonly days: number;
  /** Minutes of practice done, all activities together. */
  readonly minutes: number;
}

/** What {@link homePracticeSinceLastSession} takes. */
export interface OtHomePracticeSinceOptions {
  /** The client; programs without a client when not given. */
  readonly clientId?: string | undefined;
  /** When this session began (ms since the epoch): the program counted is the newest one made before it. */
  readonly before: number;
  /** The last day counted (`YYYY-MM-DD`), usually the session's day. */
  readonly today: string;
}

/**
 * The home practice since the last session: the newest home program of the client made before `before` (the
 * one the family took home from the last session), with its practice up to `today`. Undefined when there is
 * no such program or it starts after `today`.
 *
 * @example
 * const practice = homePracticeSinceLastSession(store.getState(), { clientId, before: session.events[0].at, today: '2026-12-14' });
 * practice && `${practice.daysPractised} of ${practice.days} days, ${practice.done} of ${practice.planned} planned`;
 */
export function homePracticeSinceLastSession(
  state: OtState,
  options: OtHomePracticeSinceOptions,
): OtHomePracticeReport | undefined {
  const program = listRecords(state, 'homePrograms')
    .filter((p) => p.clientId === options.clientId && p.createdAt < options.before)
    .sort((a, b) => a.createdAt - b.createdAt)
    .pop();
  if (!program || program.startDate > options.today) return undefined;
  const summary = homePracticeSummary(state, { homeProgramId: program.id, today: options.today })!;
  return {
    ...summary,
    days: dayNumber(options.today) - dayNumber(program.startDate) + 1,
    minutes: summary.activities.reduce((sum, activity) => sum + activity.minutes, 0),
  };
}

interface PracticeWords {
  title: string;
  none: string;
  overall(report: OtHomePracticeReport): string;
  activity(name: string, done: number, planned: number, minutes: number): string;
  ratings: Record<OtPracticeRating, string>;
  howItWent: string;
  helped: string;
  notDone(count: number): string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const WORDS: Record<OtHomePracticeLanguage, PracticeWords> = {
  en: {
    title: 'Home practice since the last session',
    none: 'No home program from the last session.',
    overall: (r) =>
      `Since ${r.since}: practised on ${r.daysPractised} of ${plural(r.days, 'day', 'days')}; ` +
      `${r.done} of ${r.planned} planned practices done (${r.percent}%), ${r.minutes} min.`,
    activity: (name, done, planned, minutes) => `${name}: ${done} of ${planned} planned, ${minutes} min`,
    ratings: { good: 'went well', okay: 'okay', hard: 'hard' },
    howItWent: 'how it went',
    helped: 'what helped',
    notDone: (count) => `${plural(count, 'time', 'times')} not done`,
  },
  es: {
    title: 'Práctica en casa desde la última sesión',
    none: 'No hay programa para casa de la última sesión.',
    overall: (r) =>
      `Desde el ${r.since}: practicó ${r.daysPractised} de ${plural(r.days, 'día', 'días')}; ` +
      `${r.done} de ${r.planned} prácticas previstas hechas (${r.percent} %), ${r.minutes} min.`,
    activity: (name, done, planned, minutes) => `${name}: ${done} de ${planned} previstas, ${minutes} min`,
    ratings: { good: 'bien', okay: 'regular', hard: 'difícil' },
    howItWent: 'cómo fue',
    helped: 'qué ayudó',
    notDone: (count) => `${plural(count, 'vez', 'veces')} sin hacer`,
  },
};

/**
 * The home practice as a title and lines of text (no list marks), in `lang`: the whole first, then one line
 * per activity with how it went and what helped. With no report, one line says there was no program.
 *
 * @example
 * const { title, lines } = homePracticeLines(practice, 'es');
 * [title, ...lines.map((line) => `- ${line}`)].join('\n');
 */
export function homePracticeLines(
  report: OtHomePracticeReport | undefined,
  lang: OtHomePracticeLanguage = 'en',
): { readonly title: string; readonly lines: readonly string[] } {
  const w = WORDS[lang] ?? WORDS.en;
  if (!report) return { title: w.title, lines: [w.none] };
  const activityLine = (activity: OtHomePracticeReport['activities'][number]) => {
    const rated = (['good', 'okay', 'hard'] as const).filter((rating) => activity.ratings[rating]);
    const parts = [
      w.activity(activity.name, activity.done, activity.planned, activity.minutes),
      activity.notDone ? w.notDone(activity.notDone) : '',
      rated.length ? `${w.howItWent}: ${rated.map((r) => `${w.ratings[r]} ${activity.ratings[r]}`).join(', ')}` : '',
      activity.helped.length ? `${w.helped}: ${activity.helped.join(', ')}` : '',
    ];
    return parts.filter(Boolean).join('; ');
  };
  return { title: w.title, lines: [w.overall(report), ...report.activities.map(activityLine)] };
}
