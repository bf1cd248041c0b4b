/**
 * The end of a session, as data: which goals were worked on and with what data, which "To Get To" notes
 * were addressed, and which are still open and should be carried over to the next session. The carry-over
 * command itself is in `commands/goals-notes.ts`.
 */
import { activeSession } from '../flow/active-session.js';
import type { OtGoal, OtNote, OtProgressEntry, OtSessionRecord } from '../model/entities.js';
import { getRecord, listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';

/**
 * Which records belong to one session. Records tagged with a session id belong to that session only;
 * untagged records (a page with no session running) belong to it when they were made at or after `since`.
 */
export interface OtSessionScope {
  /** The session record's id, when a session is recorded. */
  readonly sessionId?: string | undefined;
  /** When the session began (ms since the epoch); for a page with no session, e.g. the start of the day. */
  readonly since: number;
}

/** What a session review is computed from: a store's state. */
export type OtSessionReviewData = OtState;

/** Options of {@link sessionReview}. */
export interface OtSessionReviewOptions {
  /** Only notes and data of these goals (and notes of no goal) count: one client's stack. Default: every goal. */
  readonly goals?: readonly OtGoal[];
}

/** The end-of-session summary; see {@link sessionReview}. */
export interface OtSessionReview {
  /** Goals with data recorded in the session, in stack order, each with its progress entry. */
  readonly goals: readonly { readonly goal: OtGoal; readonly entry: OtProgressEntry }[];
  /** The progress entry of each goal in the session by goal id, including entries whose data was all undone. */
  readonly entries: Readonly<Record<string, OtProgressEntry>>;
  /** Notes marked addressed during the session. */
  readonly addressed: readonly OtNote[];
  /** Notes still open: the ones to carry over (copies already carried out of this session are left out). */
  readonly toCarryOver: readonly OtNote[];
  /** Notes carried over to the next session during this one. */
  readonly carriedOver: readonly OtNote[];
  /** Notes promoted to goals during this one. */
  readonly promoted: readonly OtNote[];
}

/** Whether a record tagged `sessionId` (or untagged) and made at `time` belongs to the session `scope`. */
export function inSessionScope(sessionId: string | undefined, time: number, scope: OtSessionScope): boolean {
  return sessionId ? sessionId === scope.sessionId : time >= scope.since;
}

const changedAt = (note: OtNote): number => note.updatedAt ?? note.createdAt;

/**
 * Summarises one session: the goals worked on with their data, the notes addressed, and the notes to carry
 * over. Only notes under the given goals (or under no goal) and data of the given goals count, so pass the
 * goals of one client's stack to review that client.
 *
 * @example
 * const review = sessionReview(store.getState(), { sessionId: record.id, since: record.createdAt });
 * review.goals.map(({ goal, entry }) => `${goal.description}: ${entry.trials?.plus ?? 0}+`);
 */
export function sessionReview(
  state: OtSessionReviewData,
  scope: OtSessionScope,
  options: OtSessionReviewOptions = {},
): OtSessionReview {
  const goals = options.goals ?? listRecords(state, 'goals');
  const goalIds = new Set(goals.map((goal) => goal.id));
  const entries: Record<string, OtProgressEntry> = Object.create(null) as Record<string, OtProgressEntry>;
  for (const entry of listRecords(state, 'progressEntries')) {
    if (!goalIds.has(entry.goalId) || !inSessionScope(entry.sessionId, entry.at, scope)) continue;
    const held = entries[entry.goalId];
    if (!held || held.at <= entry.at) entries[entry.goalId] = entry;
  }
  const worked = goals
    .filter((goal) => hasData(entries[goal.id]))
    .sort((a, b) => a.order - b.order)
    .map((goal) => ({ goal, entry: entries[goal.id]! }));
  const review = {
    goals: worked,
    entries,
    addressed: [] as OtNote[],
    toCarryOver: [] as OtNote[],
    carriedOver: [] as OtNote[],
    promoted: [] as OtNote[],
  };
  for (const note of listRecords(state, 'notes').sort((a, b) => a.createdAt - b.createdAt)) {
    if (note.goalId !== null && !goalIds.has(note.goalId)) continue;
    if (note.status === 'open') {
      const origin = note.carriedFromId ? getRecord(state, 'notes', note.carriedFromId) : undefined;
      if (!(origin?.status === 'carried-over' && changedAt(origin) >= scope.since)) review.toCarryOver.push(note);
    } else if ((note.status === 'addressed' ? (note.addressedAt ?? changedAt(note)) : changedAt(note)) >= scope.since) {
      review[note.status === 'carried-over' ? 'carriedOver' : note.status].push(note);
    }
  }
  return review;
}

/** Whether a progress entry holds any data (every tap of it may have been undone). */
function hasData(entry: OtProgressEntry | undefined): entry is OtProgressEntry {
  return !!(
    entry &&
    (entry.trials || entry.assistance || entry.prompt || entry.status || entry.gasLevel !== undefined || entry.note)
  );
}

/** Where records made at one moment belong; see {@link sessionAt}. */
export interface OtSessionAt {
  /**
   * The session: the one named, else the one running, else the one that ended last today (its review and data
   * stay on screen until a new session starts). Undefined with no session.
   */
  readonly sessionId: string | undefined;
  /** The session has ended (at or before the moment asked about): what is recorded now corrects its data. */
  readonly ended: boolean;
  /** Its record, when the store holds it. */
  readonly record: OtSessionRecord | undefined;
  /** The phase: the one named, else the running session's phase at that moment. */
  readonly phaseId: string | undefined;
  /** Which records belong to that session (with no session: the records of the day). */
  readonly scope: OtSessionScope;
}

/** Options of {@link sessionAt}: a session and phase the host names instead of the running ones. */
export interface OtSessionAtOptions {
  readonly sessionId?: string | undefined;
  readonly phaseId?: string | undefined;
}

/**
 * The session that records made at `now` belong to, and its phase at `now`: by default the session running in
 * the store (see `activeSession`), whose phase follows the clock when it auto-advances. A note or a trial is
 * stamped with this when it is made, never with what a screen computed earlier. With no session running, the
 * session that ended last today stays the one: ending the timer first is the natural order, and its data, its
 * review and late corrections belong to it until the next session starts.
 *
 * @example
 * const { sessionId, phaseId } = sessionAt(store.getState(), Date.now());
 */
export function sessionAt(state: OtState, now: number, options: OtSessionAtOptions = {}): OtSessionAt {
  const running = activeSession(state, now);
  const sessionId = options.sessionId ?? running?.record.id ?? lastEndedSession(state, now)?.id;
  const record = sessionId === undefined ? undefined : getRecord(state, 'sessionRecords', sessionId);
  const startedAt = record?.events.find((event) => event.type === 'start')?.at;
  const phaseId = options.phaseId ?? (running && running.record.id === sessionId ? running.phaseId : undefined);
  const ended = endOf(record, now) !== undefined;
  return { sessionId, record, phaseId, ended, scope: { sessionId, since: startedAt ?? startOfDay(now) } };
}

/** When a record's session ended, as of `now` (events stamped later have not happened yet). */
function endOf(record: OtSessionRecord | undefined, now: number): number | undefined {
  const end = record?.events.find((event) => event.type === 'end' && event.at <= now);
  return end?.at;
}

/** The session that ended last, today, when none has started since (a started one is running or ended later). */
function lastEndedSession(state: OtState, now: number): OtSessionRecord | undefined {
  let last: { record: OtSessionRecord; endedAt: number } | undefined;
  for (const record of listRecords(state, 'sessionRecords')) {
    const endedAt = endOf(record, now);
    if (endedAt !== undefined && (!last || endedAt > last.endedAt)) last = { record, endedAt };
  }
  return last && last.endedAt >= startOfDay(now) ? last.record : undefined;
}

/** Midnight before `time`, local time: a page with no session reviews the day. */
function startOfDay(time: number): number {
  return new Date(time).setHours(0, 0, 0, 0);
}
