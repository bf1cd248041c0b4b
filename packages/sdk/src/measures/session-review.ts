/**
 * The end of a session, as data: which goals were worked on and with what data, which "To Get To" notes
 * were addressed, and which are still open and should be carried over to the next session, plus the
 * carry-over operation itself.
 */
import { OtNotFoundError, OtValidationError } from '../errors.js';
import type { OtGoal, OtNote, OtProgressEntry } from '../model/entities.js';
import type { OtStore } from '../store/store.js';
import type { OtState, OtTransaction } from '../store/types.js';

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

/** What a session review is computed from: goals (only notes and data of these goals count), notes, progress. */
export type OtSessionReviewData = Pick<OtState, 'goals' | 'notes' | 'progressEntries'>;

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
export function sessionReview(data: OtSessionReviewData, scope: OtSessionScope): OtSessionReview {
  const entries: Record<string, OtProgressEntry> = {};
  for (const entry of Object.values(data.progressEntries)) {
    if (!Object.hasOwn(data.goals, entry.goalId) || !inSessionScope(entry.sessionId, entry.at, scope)) continue;
    const held = entries[entry.goalId];
    if (!held || held.at <= entry.at) entries[entry.goalId] = entry;
  }
  const goals = Object.values(data.goals)
    .filter((goal) => {
      const e = entries[goal.id];
      return e && (e.trials || e.assistance || e.prompt || e.status || e.gasLevel !== undefined || e.note);
    })
    .sort((a, b) => a.order - b.order)
    .map((goal) => ({ goal, entry: entries[goal.id]! }));
  const review = {
    goals,
    entries,
    addressed: [] as OtNote[],
    toCarryOver: [] as OtNote[],
    carriedOver: [] as OtNote[],
    promoted: [] as OtNote[],
  };
  for (const note of Object.values(data.notes).sort((a, b) => a.createdAt - b.createdAt)) {
    if (note.goalId !== null && !Object.hasOwn(data.goals, note.goalId)) continue;
    if (note.status === 'open') {
      const origin = note.carriedFromId ? data.notes[note.carriedFromId] : undefined;
      if (!(origin?.status === 'carried-over' && changedAt(origin) >= scope.since)) review.toCarryOver.push(note);
    } else if ((note.status === 'addressed' ? (note.addressedAt ?? changedAt(note)) : changedAt(note)) >= scope.since) {
      review[note.status === 'carried-over' ? 'carriedOver' : note.status].push(note);
    }
  }
  return review;
}

/** Options of {@link carryOverNotes}. */
export interface OtCarryOverOptions {
  /** The next session, when it is already recorded; otherwise the copies wait, open, for whichever comes. */
  readonly sessionId?: string | undefined;
}

/**
 * Carries open notes over to the next session: each gets an open copy (same goal and text, `carriedFromId`
 * pointing back), and is itself marked `carried-over`. Given a store it runs as one transaction and
 * resolves with the copies; given a transaction it writes into it and returns them. Notes that are not
 * open are refused (nothing changes).
 *
 * @example
 * const review = sessionReview(store.getState(), scope);
 * await carryOverNotes(store, review.toCarryOver.map((n) => n.id));
 */
export function carryOverNotes(
  target: OtStore,
  noteIds: readonly string[],
  options?: OtCarryOverOptions,
): Promise<OtNote[]>;
export function carryOverNotes(
  target: OtTransaction,
  noteIds: readonly string[],
  options?: OtCarryOverOptions,
): OtNote[];
export function carryOverNotes(
  target: OtStore | OtTransaction,
  noteIds: readonly string[],
  options: OtCarryOverOptions = {},
): OtNote[] | Promise<OtNote[]> {
  const run = (tx: OtTransaction): OtNote[] =>
    noteIds.map((id) => {
      const note = tx.notes.get(id);
      if (!note) throw new OtNotFoundError('notes', id);
      if (note.status !== 'open')
        throw new OtValidationError(`carry-over of note "${id}"`, [
          { path: ['status'], code: 'invalid', message: `is "${note.status}"; only open notes are carried over` },
        ]);
      tx.notes.update(id, { status: 'carried-over' });
      return tx.notes.add({ goalId: note.goalId, text: note.text, sessionId: options.sessionId, carriedFromId: id });
    });
  return 'transaction' in target ? target.transaction(run, { command: 'notes.carryOver' }) : run(target);
}
