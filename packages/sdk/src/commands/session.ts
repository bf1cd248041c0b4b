/**
 * Session commands: what a therapist does to a running session (start, pause, resume, move between phases,
 * extend, end, record an incident), as functions of a store that any page, portal or server can call. Each one
 * checks its input, reads the session as stored at that instant, runs in one store transaction stamped with the
 * store's clock, and resolves with the stored record once it is saved.
 */
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import { applySessionEvent, sessionFlow } from '../flow/session.js';
import { checkPhases, sessionTemplate } from '../flow/plan.js';
import type { OtIncident, OtSessionEvent, OtSessionPhase, OtSessionRecord } from '../model/entities.js';
import { sessionEventSchema } from '../model/entities.js';
import type { OtEndReason, OtPauseReason } from '../model/enums.js';
import { safeParse } from '../model/schema.js';
import type { OtStore } from '../store/store.js';
import type { OtTransaction } from '../store/types.js';
import { runCommand } from './run-command.js';

type WithoutTime<E> = E extends OtSessionEvent ? Omit<E, 'at'> : never;

/** What the therapist does, without its time: a session event before it is stamped. */
export type OtSessionAction = WithoutTime<OtSessionEvent>;

/** A session as the session clock reads it: the phases as run and the event log. A session record is one. */
export interface OtSessionLog {
  readonly phases: readonly OtSessionPhase[];
  readonly events: readonly OtSessionEvent[];
  readonly autoAdvance?: boolean | undefined;
}

/** What every command on an existing session takes. */
export interface OtSessionCommandInput {
  /** The session record to change. */
  readonly sessionId: string;
  /**
   * When it happened (ms since the epoch). Default: the store's clock when the command runs. A time before the
   * last event of the log (another device's clock running behind) is moved up to it, so the log stays in order.
   */
  readonly at?: number | undefined;
}

/** Input of {@link startSession}. The phases come from the first of `phases`, `plan`, `planId`, `minutes`. */
export interface OtStartSessionInput {
  /** The phases of a custom plan. */
  readonly phases?: readonly OtSessionPhase[] | undefined;
  /** A plan to run; its id is recorded when the store holds that plan (store it first to link the two). */
  readonly plan?: { readonly id?: string | undefined; readonly phases: readonly OtSessionPhase[] } | undefined;
  /** A stored session plan to run (and to link the record to). */
  readonly planId?: string | undefined;
  /** Length of the default six-phase template, in whole minutes (6–240). Default 60. */
  readonly minutes?: number | undefined;
  /** The client the session is with. */
  readonly clientId?: string | undefined;
  /** Move on to the next phase by itself when a phase's time runs out. Default false. */
  readonly autoAdvance?: boolean | undefined;
  /** When the session started. Default: the store's clock. */
  readonly at?: number | undefined;
}

/** Input of {@link recordIncident}. */
export interface OtRecordIncidentInput {
  /** What happened (required, not blank). */
  readonly what: string;
  /** What was done (required, not blank). */
  readonly actions: string;
  readonly followUpNeeded?: boolean | undefined;
  readonly followUp?: string | undefined;
  /** The session it happened in; its client is used when `clientId` is not given. */
  readonly sessionId?: string | undefined;
  readonly clientId?: string | undefined;
  /** When it happened. Default: the start of the session's pause while it is paused, else the store's clock. */
  readonly at?: number | undefined;
}

function fail(subject: string, path: OtIssue['path'], code: OtIssue['code'], message: string): never {
  throw new OtValidationError(subject, [{ path, code, message }]);
}

function checkTime(at: unknown): void {
  if (at !== undefined && !(typeof at === 'number' && Number.isFinite(at) && at >= 0))
    fail('session command', ['at'], 'type', `must be a time in ms since 1970, like Date.now() (got ${String(at)})`);
}

function checkSessionId(sessionId: unknown): asserts sessionId is string {
  if (typeof sessionId !== 'string' || !sessionId)
    fail('session command', ['sessionId'], 'required', 'must name a session record');
}

/**
 * The event `action` makes when it happens at `at` after `log`: stamped no earlier than the log's last event,
 * checked field by field and against the log (no resume unless paused, no next after the last phase …).
 * Pure; throws an {@link OtValidationError} naming the field or the reason. The commands use it on the stored
 * record; a page that keeps the log itself (no store) uses it the same way.
 *
 * @example
 * const event = createSessionEvent(record, { type: 'extend', minutes: 5 }, Date.now());
 * const events = [...record.events, event];
 */
export function createSessionEvent(log: OtSessionLog, action: OtSessionAction, at: number): OtSessionEvent {
  checkTime(at);
  const last = log.events[log.events.length - 1];
  const stamped = { ...action, at: Math.max(Math.round(at), last?.at ?? 0) };
  const parsed = safeParse(sessionEventSchema, stamped);
  if (!parsed.success) throw new OtValidationError('session event', parsed.issues);
  const result = applySessionEvent(log.phases, log.events, parsed.data, { autoAdvance: log.autoAdvance });
  if (!result.ok) fail('session event', ['type'], 'invalid', result.reason);
  return parsed.data;
}

function appendEvent(tx: OtTransaction, input: OtSessionCommandInput, action: OtSessionAction): OtSessionRecord {
  checkSessionId(input?.sessionId);
  checkTime(input.at);
  const record = tx.sessionRecords.get(input.sessionId);
  if (!record) throw new OtNotFoundError('sessionRecords', input.sessionId);
  const event = createSessionEvent(record, action, input.at ?? tx.now);
  return tx.sessionRecords.update(record.id, { events: [...record.events, event] });
}

/**
 * Adds one event to a stored session's log: the general form of the commands below, for a page that maps its
 * own controls (or a remote) to session events.
 *
 * @example
 * await addSessionEvent(store, { sessionId, action: { type: 'pause', reason: 'break' } });
 */
export function addSessionEvent(
  store: OtStore,
  input: OtSessionCommandInput & { readonly action: OtSessionAction },
): Promise<OtSessionRecord> {
  return runCommand(store, `session.${String(input?.action?.type)}`, {}, (tx) => appendEvent(tx, input, input.action));
}

/** Resolves the phases of a new session and the plan it is linked to, or throws naming the input field. */
function planOf(tx: OtTransaction, input: OtStartSessionInput): { phases: OtSessionPhase[]; planId?: string } {
  const stored = (id: string | undefined) => (id === undefined ? undefined : tx.sessionPlans.get(id));
  const issuesAt = (path: OtIssue['path'], issues: readonly OtIssue[]) =>
    new OtValidationError(
      'session start',
      issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
    );
  const planId = input.planId ?? input.plan?.id;
  const linked = stored(planId) ? { planId: planId! } : {};
  if (input.planId !== undefined && !stored(input.planId))
    fail('session start', ['planId'], 'reference', `names no stored session plan (got "${input.planId}")`);
  const given = input.phases ?? input.plan?.phases;
  if (given) {
    const problems = checkPhases(given);
    if (problems.length) throw issuesAt(input.phases ? ['phases'] : ['plan', 'phases'], problems);
    return { phases: [...given], ...linked };
  }
  if (input.planId !== undefined) return { phases: [...stored(input.planId)!.phases], ...linked };
  try {
    return { phases: sessionTemplate(input.minutes ?? 60) };
  } catch (error) {
    if (error instanceof OtValidationError) throw issuesAt(['minutes'], error.issues);
    throw error;
  }
}

/**
 * Starts a new session: stores a session record with a copy of the plan's phases (so later edits of the plan
 * do not change it) and its `start` event. Resolves with the stored record.
 *
 * @example
 * const session = await startSession(store, { minutes: 45, clientId: client.id });
 * session.events; // [{ type: 'start', at: … }]
 */
export function startSession(store: OtStore, input: OtStartSessionInput = {}): Promise<OtSessionRecord> {
  return runCommand(store, 'session.start', {}, (tx) => {
    checkTime(input?.at);
    const { phases, planId } = planOf(tx, input ?? {});
    const at = Math.round(input.at ?? tx.now);
    return tx.sessionRecords.add({
      phases,
      events: [{ type: 'start', at }],
      autoAdvance: input.autoAdvance ?? false,
      ...(planId ? { planId } : {}),
      ...(input.clientId !== undefined ? { clientId: input.clientId } : {}),
    });
  });
}

/**
 * Pauses a running session with a reason (interruption, emergency, break, other) and an optional note.
 *
 * @example
 * await pauseSession(store, { sessionId, reason: 'emergency' });
 */
export function pauseSession(
  store: OtStore,
  input: OtSessionCommandInput & { readonly reason: OtPauseReason; readonly note?: string | undefined },
): Promise<OtSessionRecord> {
  const { reason, note } = input ?? {};
  return runCommand(store, 'session.pause', {}, (tx) =>
    appendEvent(tx, input, { type: 'pause', reason, ...(note !== undefined ? { note } : {}) }),
  );
}

/**
 * Resumes a paused session.
 *
 * @example
 * await resumeSession(store, { sessionId });
 */
export function resumeSession(store: OtStore, input: OtSessionCommandInput): Promise<OtSessionRecord> {
  return runCommand(store, 'session.resume', {}, (tx) => appendEvent(tx, input, { type: 'resume' }));
}

/**
 * Adds minutes to the current phase (more than 0, at most 120 at a time).
 *
 * @example
 * await extendPhase(store, { sessionId, minutes: 5 });
 */
export function extendPhase(
  store: OtStore,
  input: OtSessionCommandInput & { readonly minutes: number },
): Promise<OtSessionRecord> {
  return runCommand(store, 'session.extend', {}, (tx) =>
    appendEvent(tx, input, { type: 'extend', minutes: input?.minutes }),
  );
}

/**
 * Moves on to the next phase, the current one counted as done.
 *
 * @example
 * await nextPhase(store, { sessionId });
 */
export function nextPhase(store: OtStore, input: OtSessionCommandInput): Promise<OtSessionRecord> {
  return runCommand(store, 'session.next', {}, (tx) => appendEvent(tx, input, { type: 'next' }));
}

/**
 * Moves on to the next phase, the current one counted as skipped.
 *
 * @example
 * await skipPhase(store, { sessionId });
 */
export function skipPhase(store: OtStore, input: OtSessionCommandInput): Promise<OtSessionRecord> {
  return runCommand(store, 'session.skip', {}, (tx) => appendEvent(tx, input, { type: 'skip' }));
}

/**
 * Goes back to the phase before the current one (its time continues where it stopped).
 *
 * @example
 * await previousPhase(store, { sessionId });
 */
export function previousPhase(store: OtStore, input: OtSessionCommandInput): Promise<OtSessionRecord> {
  return runCommand(store, 'session.back', {}, (tx) => appendEvent(tx, input, { type: 'back' }));
}

/**
 * Ends a session, running or paused, with a reason (completed, time up, client request, emergency, other).
 *
 * @example
 * await endSession(store, { sessionId, reason: 'client-request', note: 'Tired today' });
 */
export function endSession(
  store: OtStore,
  input: OtSessionCommandInput & { readonly reason: OtEndReason; readonly note?: string | undefined },
): Promise<OtSessionRecord> {
  const { reason, note } = input ?? {};
  return runCommand(store, 'session.end', {}, (tx) =>
    appendEvent(tx, input, { type: 'end', reason, ...(note !== undefined ? { note } : {}) }),
  );
}

/**
 * Stores an incident (what happened, what was done, whether follow-up is needed), linked to its session and
 * client. Blank answers are refused with an error naming the field.
 *
 * @example
 * await recordIncident(store, { sessionId, what: 'Fell from the swing', actions: 'Ice, called parent' });
 */
export function recordIncident(store: OtStore, input: OtRecordIncidentInput): Promise<OtIncident> {
  return runCommand(store, 'incidents.record', {}, (tx) => {
    if (typeof input !== 'object' || input === null)
      fail('incident', [], 'type', 'must be an object with what and actions');
    checkTime(input.at);
    const blank = (['what', 'actions'] as const).filter((k) => typeof input[k] !== 'string' || !input[k].trim());
    if (blank.length)
      throw new OtValidationError(
        'incident',
        blank.map((k) => ({ path: [k], code: 'required' as const, message: 'must be filled in' })),
      );
    const session = input.sessionId === undefined ? undefined : tx.sessionRecords.get(input.sessionId);
    if (input.sessionId !== undefined && !session) throw new OtNotFoundError('sessionRecords', input.sessionId);
    const clientId = input.clientId ?? session?.clientId;
    const pausedAt =
      session && sessionFlow(session.phases, session.events, tx.now, { autoAdvance: session.autoAdvance }).pause?.at;
    return tx.incidents.add({
      what: input.what.trim(),
      actions: input.actions.trim(),
      followUpNeeded: input.followUpNeeded ?? false,
      at: Math.round(input.at ?? pausedAt ?? tx.now),
      ...(input.followUp?.trim() ? { followUp: input.followUp.trim() } : {}),
      ...(session ? { sessionId: session.id } : {}),
      ...(clientId !== undefined ? { clientId } : {}),
    });
  });
}
