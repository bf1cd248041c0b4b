import {
  OtValidationError,
  activeSession,
  addSessionEvent,
  startSession,
  type OtSessionAction,
  getRecord,
  listRecords,
  type OtError,
  type OtIncident,
  type OtSessionEvent,
  type OtSessionPhase,
  type OtSessionPlan,
  type OtSessionRecord,
  type OtStore,
} from '@otkit/sdk';
import { checkTimerInput, type TimerSession } from './session-timer.input.js';

/** An incident as the timer holds it before the store gives it an id. */
export type TimerIncident = Omit<OtIncident, 'id' | 'createdAt'>;

/** The properties of the timer that say which session to show. */
export interface TimerSourceProperties {
  readonly phases: readonly OtSessionPhase[] | undefined;
  readonly plan: OtSessionPlan | undefined;
  readonly planId: string | undefined;
  readonly minutes: number;
  readonly events: readonly OtSessionEvent[] | undefined;
  readonly autoAdvance: boolean;
}

/**
 * Where the timer's session comes from: the provider's store (the record this timer started, else the one
 * running, after a reload) or the page's properties. It keeps the last good session when bad input arrives,
 * and gives handlers the session as stored at the instant they run, never the one of the last render.
 */
export class TimerSessionSource {
  /** The last good session: a bad plan or log is reported and changes nothing shown. */
  session: TimerSession | undefined;
  /** What is wrong with the plan or log the page gave. */
  inputError: OtError | undefined;
  /** The stored record this timer runs; kept once ended, until New session. */
  recordId: string | undefined;
  /** Incidents saved standalone (connected, the store holds them). */
  localIncidents: TimerIncident[] = [];
  #checkedSources: unknown[] | undefined;
  readonly #properties: TimerSourceProperties;
  readonly #store: () => OtStore | undefined;
  readonly #report: (error: unknown) => OtError;

  constructor(properties: TimerSourceProperties, store: () => OtStore | undefined, report: (e: unknown) => OtError) {
    this.#properties = properties;
    this.#store = store;
    this.#report = report;
  }

  /** The store the session lives in: the provider's, unless the page keeps the log itself (`events`). */
  get store(): OtStore | undefined {
    return this.#properties.events ? undefined : this.#store();
  }

  /** The stored record this timer runs (else the one running at `now`), read from the store now. */
  storedRecord(now: number): OtSessionRecord | undefined {
    const store = this.store;
    if (!store) return undefined;
    const state = store.getState();
    return this.recordId ? getRecord(state, 'sessionRecords', this.recordId) : activeSession(state, now)?.record;
  }

  /** Checks the sources again when any changed (a stored record, or the properties); bad input keeps the last good. */
  check(now: number): void {
    const store = this.store;
    const properties = this.#properties;
    const record = this.storedRecord(now);
    if (store) this.recordId = record?.id;
    const planId = properties.planId;
    const storedPlan =
      planId && this.#store() ? getRecord(this.#store()!.getState(), 'sessionPlans', planId) : undefined;
    const sources = {
      record,
      phases: properties.phases,
      plan: properties.plan,
      planId,
      storedPlan,
      storeLoading: store?.status === 'loading',
      minutes: properties.minutes,
      events: properties.events,
      autoAdvance: properties.autoAdvance,
    };
    const values = Object.values(sources);
    if (values.every((value, i) => value === this.#checkedSources?.[i])) return;
    this.#checkedSources = values;
    const input = checkTimerInput(sources);
    if (input.session && (!input.eventsRejected || !this.session)) this.session = input.session;
    this.inputError = input.issues.length
      ? this.#report(new OtValidationError('session timer input', input.issues))
      : undefined;
  }

  /** The session as it is at `now`, for a handler: the stored record read again, or the page's log. */
  current(now: number): { session: TimerSession; record: OtSessionRecord | undefined } {
    const record = this.storedRecord(now);
    const session = this.session!;
    return {
      record,
      session: record
        ? { ...session, phases: record.phases, events: record.events, autoAdvance: !!record.autoAdvance }
        : session,
    };
  }

  /** The incidents of the shown session: stored ones when connected, the ones saved here when standalone. */
  incidents(): TimerIncident[] {
    const store = this.store;
    const id = this.recordId;
    if (!store || !id) return this.localIncidents;
    return listRecords(store.getState(), 'incidents').filter((incident) => incident.sessionId === id);
  }

  /** A fresh session: connected, the next Start creates a new record. Returns whether one was shown. */
  forget(): boolean {
    const had = this.recordId !== undefined;
    this.recordId = undefined;
    this.localIncidents = [];
    return had;
  }

  /**
   * Writes the event of `action` where the session lives, connected: in its stored record, or in a new record
   * (the first Start, unless the page keeps its own `events`). Returns the log after it; undefined when the page
   * keeps the log (the caller appends the event to `events`). `track` shows the write as "Saving…".
   */
  async write(
    current: { session: TimerSession; record: OtSessionRecord | undefined },
    write: { action: OtSessionAction; at: number; clientId: string | undefined; pageLog: boolean },
    track: <T>(pending: Promise<T>) => Promise<T>,
  ): Promise<readonly OtSessionEvent[] | undefined> {
    const { session, record } = current;
    const { action, at } = write;
    const store = this.store;
    if (record) return (await track(addSessionEvent(store!, { sessionId: record.id, action, at }))).events;
    if (!store || write.pageLog) return undefined;
    const { start, autoAdvance } = session;
    const created = await track(startSession(store, { ...start, autoAdvance, clientId: write.clientId, at }));
    this.recordId = created.id;
    return created.events;
  }
}
