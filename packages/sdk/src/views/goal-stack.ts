/**
 * What the goal stack shows, as a pure function of the state, the options the page set and the time: the
 * cards in order, the current card, the "To Get To" pile under it, the counts and the end-of-session review.
 * `<ot-goal-stack>` renders this; a React or Vue portal can render the same thing its own way.
 */
import type { OtGoal, OtNote, OtProgressEntry, OtSessionPhase } from '../model/entities.js';
import { sessionAt, sessionReview, type OtSessionAt, type OtSessionReview } from '../measures/session-review.js';
import { sessionNote, type OtSessionNote } from '../measures/session-note.js';
import { getRecord, listRecords } from '../store/read.js';
import type { OtState } from '../store/types.js';

/** Which goals make up a stack; see {@link stackGoals}. */
export interface OtGoalStackScope {
  /** Only this client's goals. Default: every goal. */
  readonly clientId?: string | undefined;
  /**
   * Goals that name no client count as `clientId`'s too: for a stack working on page data of its own, where
   * the goals come from markup or a page that does not name clients.
   */
  readonly includeGoalsWithoutClient?: boolean | undefined;
}

/** Options of {@link goalStackView}. */
export interface OtGoalStackOptions extends OtGoalStackScope {
  /** The id of the goal the page asks to have on top. */
  readonly current?: string | undefined;
  /**
   * The goal the card showed before. While `current` names no goal of the stack, the card keeps this one, so
   * a reorder (here or in another tab) never swaps the card the client is looking at.
   */
  readonly shown?: string | undefined;
  /** The session notes and data belong to. Default: the session running in the store. */
  readonly sessionId?: string | undefined;
  /** The phase new notes record. Default: the running session's phase. */
  readonly phaseId?: string | undefined;
}

/** A note of the pile, with what showing it needs. */
export interface OtGoalStackPileNote {
  readonly note: OtNote;
  /** The phase the note was taken in (its label, when the session record has one), if it recorded one. */
  readonly phase: Pick<OtSessionPhase, 'id' | 'label'> | undefined;
  /** Long enough (over 280 characters or 4 lines) to be clamped on screen until asked for whole. */
  readonly long: boolean;
  /** Marked addressed: shown after the open notes, as done. */
  readonly addressed: boolean;
  /**
   * When the note was first written: a note carried over (perhaps several times) keeps the time of the note it
   * came from, so a note from an earlier day can say which day.
   */
  readonly writtenAt: number;
}

/** What the goal stack shows; see {@link goalStackView}. */
export interface OtGoalStackViewModel {
  /** The active goals of the stack, in order. */
  readonly goals: readonly OtGoal[];
  /** The position of the current card in `goals`; -1 when the stack is empty. */
  readonly index: number;
  /** The goal on top. */
  readonly current: OtGoal | undefined;
  /** How many goals come after the current one. */
  readonly remaining: number;
  /** The session at `now`: notes and data belong to it. */
  readonly session: OtSessionAt;
  /** The current goal's quick data of this session. */
  readonly entry: OtProgressEntry | undefined;
  /** The pile under the current card: its open notes and the notes of no goal, then those addressed. */
  readonly pile: readonly OtGoalStackPileNote[];
  /** How many open notes the pile holds. */
  readonly openCount: number;
  /** How many open notes each goal holds, by goal id (goals with none are left out). */
  readonly openByGoal: Readonly<Record<string, number>>;
  /** The end-of-session review of this stack. */
  readonly review: OtSessionReview;
}

/** A note longer than this, or of more lines, is clamped on screen. */
const LONG_NOTE_CHARACTERS = 280;
const LONG_NOTE_LINES = 4;

/**
 * The goals of one stack: active, of the scope's client, ordered by `order` then by `createdAt`.
 *
 * @example
 * const stack = stackGoals(store.getState(), { clientId: 'c-17' });
 * stack.map((goal) => goal.description);
 */
export function stackGoals(state: OtState, scope: OtGoalStackScope = {}): OtGoal[] {
  const { clientId, includeGoalsWithoutClient } = scope;
  const ofClient = (goal: OtGoal) =>
    clientId === undefined ||
    goal.clientId === clientId ||
    (includeGoalsWithoutClient === true && goal.clientId === undefined);
  return listRecords(state, 'goals')
    .filter((goal) => goal.lifecycle === 'active' && ofClient(goal))
    .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
}

/** The note a carried-over note came from, followed back to the first one (a cycle stops where it repeats). */
function firstWritten(state: OtState, note: OtNote): OtNote {
  const seen = new Set<string>();
  let origin = note;
  while (origin.carriedFromId && !seen.has(origin.id)) {
    seen.add(origin.id);
    const from = getRecord(state, 'notes', origin.carriedFromId);
    if (!from) break;
    origin = from;
  }
  return origin;
}

/**
 * Everything the goal stack shows at `now`, computed from the state alone: call it again whenever you need it
 * (it reads the session clock at `now`, so a phase that moved on by itself is seen).
 *
 * @example
 * const view = goalStackView(store.getState(), { clientId: 'c-17' }, Date.now());
 * `${view.current?.description} (${view.index + 1} of ${view.goals.length}), ${view.openCount} to get to`;
 */
export function goalStackView(state: OtState, options: OtGoalStackOptions, now: number): OtGoalStackViewModel {
  const goals = stackGoals(state, options);
  const session = sessionAt(state, now, options);
  const review = sessionReview(state, session.scope, { goals });
  const position = (id: string | undefined) => (id === undefined ? -1 : goals.findIndex((goal) => goal.id === id));
  let index = position(options.current);
  if (index < 0) index = Math.max(0, position(options.shown));
  if (goals.length === 0) index = -1;
  const current = goals[index];

  const openByGoal: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const note of review.toCarryOver)
    if (note.goalId !== null) openByGoal[note.goalId] = (openByGoal[note.goalId] ?? 0) + 1;
  const underCard = (note: OtNote) => note.goalId === null || note.goalId === current?.id;
  const open = review.toCarryOver.filter(underCard);
  const phases = session.record?.phases ?? [];
  const shown = (note: OtNote): OtGoalStackPileNote => ({
    note,
    phase:
      note.phaseId === undefined
        ? undefined
        : (phases.find((phase) => phase.id === note.phaseId) ?? { id: note.phaseId }),
    long: note.text.length > LONG_NOTE_CHARACTERS || note.text.split('\n').length > LONG_NOTE_LINES,
    addressed: note.status === 'addressed',
    writtenAt: firstWritten(state, note).createdAt,
  });

  return {
    goals,
    index,
    current,
    remaining: current ? goals.length - index - 1 : 0,
    session,
    entry: current ? review.entries[current.id] : undefined,
    pile: [...open, ...review.addressed.filter(underCard)].map(shown),
    openCount: open.length,
    openByGoal,
    review,
  };
}

/**
 * The session note of the stack's session (see `sessionNote`): its goals only, the home plan of its client.
 * Computed when asked (the review shows it), not with every view.
 *
 * @example
 * const note = goalStackSessionNote(store.getState(), { clientId: 'c-17' }, Date.now());
 * sessionNoteText(note, 'es');
 */
export function goalStackSessionNote(state: OtState, options: OtGoalStackOptions, now: number): OtSessionNote {
  return sessionNote(state, sessionAt(state, now, options), {
    goals: stackGoals(state, options),
    clientId: options.clientId,
    now,
  });
}
