/**
 * `httpSync`: the client half of the sync protocol (docs/sync-protocol.md). The outbox is the change log
 * entries the journal does not name yet; a round pushes them in log order, batch by batch, then pulls what
 * changed elsewhere since the cursor and applies it as one local change per page (command `sync.pull`, never
 * pushed back). Failures retry with exponential backoff and jitter; 401, 403 and other refusals wait for
 * `syncNow()`. DOM-free: the host passes `fetch`, headers, and the signals of being online and visible.
 */
import { describeCause } from '../errors.js';
import { OtSyncError } from './errors.js';
import {
  indexedDbSyncJournal,
  memorySyncJournal,
  rejectionsOf,
  type OtJournalEntry,
  type OtSyncJournal,
} from './journal.js';
import { electLeader, type OtLeadership } from './leader.js';
import { readOutbox, type OtOutbox } from './outbox.js';
import { OT_SYNC_BYTES_PER_PART, OT_SYNC_OPS_PER_PART, type OtWirePart } from './parts.js';
import { applyPulled } from './pull.js';
import type {
  OtHttpSyncOptions,
  OtSync,
  OtSyncOverwritten,
  OtSyncRejection,
  OtSyncStatus,
  OtSyncTarget,
} from './types.js';
import {
  call,
  readPullAnswer,
  readPushAnswer,
  toWire,
  wireOptionsOf,
  type OtPulledChange,
  type OtWireOptions,
} from './wire.js';

/** Rounds that end with new local changes run again at once, up to this many times. */
const MAX_ROUNDS_IN_A_ROW = 5;

/** The sync of one store: rounds of push and pull, retries, status, leadership (see {@link httpSync}). */
export class SyncEngine implements OtSync {
  #status: OtSyncStatus = {
    state: 'idle',
    pending: 0,
    rejected: 0,
    overwritten: 0,
    lastSuccess: undefined,
    error: undefined,
    leader: false,
  };
  readonly #listeners = new Set<(status: OtSyncStatus) => void>();
  readonly #store: OtSyncTarget;
  readonly #options: OtHttpSyncOptions;
  readonly #wire: OtWireOptions;
  readonly #journal: OtSyncJournal;
  /** Answered change ids; shared with the connector's `acknowledged` for compaction. */
  readonly #answered: Map<string, OtJournalEntry>;
  /** The parts of pending changes too large to send whole, by change id. */
  readonly #parts = new Map<string, readonly OtWirePart[]>();
  #cursor: string | null = null;
  #leadership: OtLeadership | undefined;
  #batchSize: number;
  #attempt = 0;
  /** A refusal that only `syncNow()` clears (401, 403, a refused request). */
  #blocked: OtSyncError | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #backingOff = false;
  #recount: ReturnType<typeof setTimeout> | undefined;
  #interval: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> | undefined;
  /** Who waits for the next round to end (`syncNow()` callers). */
  #waiters: (() => void)[] = [];
  #again = false;
  #applyingPull = false;
  #stopped = false;
  readonly #cleanup: (() => void)[] = [];
  /** Settles once this tab knows whether it leads (or sync could not start). */
  readonly #decided: Promise<void>;
  #decide: () => void = () => {};

  constructor(store: OtSyncTarget, options: OtHttpSyncOptions, answered: Map<string, OtJournalEntry>) {
    this.#store = store;
    this.#options = options;
    this.#answered = answered;
    this.#batchSize = Math.max(1, options.batchSize ?? 100);
    this.#wire = wireOptionsOf(options);
    const kind = store.adapter.kind;
    const shared = kind.startsWith('indexeddb:');
    this.#journal =
      options.journal ??
      (shared ? indexedDbSyncJournal({ name: `${kind.slice('indexeddb:'.length)}:sync` }) : memorySyncJournal());
    this.#decided = new Promise((resolve) => (this.#decide = resolve));
    void this.#start(shared ? `otkit-sync:${kind}` : undefined).finally(() => {
      if (!this.#leadership) this.#decide();
    });
  }

  get status(): OtSyncStatus {
    return this.#status;
  }

  /** Whether `stop()` ran (the store closed). */
  get stopped(): boolean {
    return this.#stopped;
  }

  subscribe(listener: (status: OtSyncStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  rejected(): readonly OtSyncRejection[] {
    return rejectionsOf(this.#answered.values());
  }

  async syncNow(): Promise<void> {
    await this.#decided;
    if (!this.#status.leader) {
      this.#leadership?.askLeader();
      return Promise.resolve();
    }
    this.#blocked = undefined;
    this.#attempt = 0;
    return this.#runSoon(0);
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#recount);
    clearInterval(this.#interval);
    for (const wake of this.#waiters.splice(0)) wake();
    for (const undo of this.#cleanup) undo();
    this.#leadership?.stop();
    void (this.#running ?? Promise.resolve()).finally(() => this.#journal.close?.());
    this.#listeners.clear();
  }

  async #start(lockName: string | undefined): Promise<void> {
    try {
      await this.#store.ready;
      const { cursor, entries } = await this.#journal.load();
      this.#cursor = cursor;
      for (const entry of entries) this.#answered.set(entry.id, entry);
    } catch (cause) {
      this.#setStatus({
        state: 'error',
        error: new OtSyncError('refused', `Sync could not start: ${describeCause(cause)}`),
      });
      return;
    }
    if (this.#stopped) return;
    this.#leadership = electLeader(lockName, this.#options.locks, {
      lead: () => {
        this.#lead();
        this.#decide();
      },
      follow: () => this.#decide(),
      heard: (status) => this.#setStatus(status),
      asked: () => void this.syncNow(),
    });
  }

  #lead(): void {
    this.#setStatus({ leader: true });
    this.#cleanup.push(
      this.#store.subscribe(
        (state) => state,
        () => {
          if (!this.#applyingPull) void this.#runSoon(this.#options.debounceMs ?? 200, true);
        },
      ),
    );
    const wake = this.#options.wake?.(() => {
      this.#attempt = 0;
      void this.#runSoon(0);
    });
    if (wake) this.#cleanup.push(wake);
    const every = this.#options.pullIntervalMs ?? 30_000;
    if (every > 0) this.#interval = setInterval(() => !this.#backingOff && void this.#runSoon(0), every);
    void this.#runSoon(0);
  }

  /** Runs a round after `delay`; a local change during a backoff only waits for it (and counts the outbox, once a burst is over). */
  #runSoon(delay: number, local = false): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (local && this.#backingOff) {
      clearTimeout(this.#recount);
      this.#recount = setTimeout(() => void this.#countPending(), delay);
      return Promise.resolve();
    }
    clearTimeout(this.#timer);
    this.#backingOff = false;
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      this.#timer = setTimeout(() => {
        const waiters = this.#waiters;
        this.#waiters = [];
        void this.#round().finally(() => waiters.forEach((wake) => wake()));
      }, delay);
    });
  }

  async #round(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#roundOnce().finally(() => (this.#running = undefined));
    await this.#running;
    if (this.#again && !this.#stopped) {
      this.#again = false;
      await this.#round();
    }
  }

  async #roundOnce(): Promise<void> {
    if (this.#stopped || this.#blocked) return;
    if (this.#options.isOnline?.() === false) {
      await this.#countPending();
      this.#setStatus({ state: 'offline', error: new OtSyncError('network', 'The device is offline') });
      return;
    }
    try {
      for (let round = 0; round < MAX_ROUNDS_IN_A_ROW; round++) {
        const outbox = await this.#outbox();
        if (outbox.changes.length) this.#setStatus({ state: 'syncing' });
        await this.#push(outbox);
        await this.#pull();
        if ((await this.#outbox()).changes.length === 0) break;
      }
      this.#attempt = 0;
      this.#setStatus({ state: 'idle', error: undefined, lastSuccess: Date.now() });
    } catch (cause) {
      if (this.#stopped) return;
      const error =
        cause instanceof OtSyncError
          ? cause
          : new OtSyncError('refused', `Sync failed: ${describeCause(cause)}`, { cause });
      this.#failed(error, cause instanceof OtSyncError);
    }
  }

  #failed(error: OtSyncError, fromServer: boolean): void {
    const offline = error.code === 'network' || error.code === 'timeout';
    this.#setStatus({ state: offline ? 'offline' : 'error', error });
    if (fromServer && !error.retryable) {
      this.#blocked = error;
      return;
    }
    const initial = this.#options.retry?.initialDelayMs ?? 1000;
    const cap = this.#options.retry?.maxDelayMs ?? 60_000;
    const ceiling = Math.min(cap, initial * 2 ** Math.min(this.#attempt++, 30));
    // Half fixed, half random: retries of many devices spread out, and none comes back at once.
    const delay = Math.max(
      error.retryAfterMs ?? 0,
      ceiling / 2 + (this.#options.random ?? Math.random)() * (ceiling / 2),
    );
    void this.#runSoon(delay);
    this.#backingOff = true;
  }

  /** The outbox of this round; records what it finds (changes answered in parts, ids compaction removed). */
  async #outbox(): Promise<OtOutbox> {
    const outbox = readOutbox(await this.#store.changes(), this.#answered, this.#parts, {
      ops: Math.max(1, this.#options.maxOpsPerPart ?? OT_SYNC_OPS_PER_PART),
      bytes: Math.max(1, this.#options.maxBytesPerPart ?? OT_SYNC_BYTES_PER_PART),
    });
    if (outbox.completed.length) {
      await this.#journal.record(outbox.completed);
      for (const entry of outbox.completed) this.#answered.set(entry.id, entry);
    }
    if (outbox.gone.length) {
      await this.#journal.forget(outbox.gone);
      for (const id of outbox.gone) this.#answered.delete(id);
    }
    const { pending, overwritten } = outbox;
    this.#setStatus({ pending, rejected: this.rejected().length, overwritten });
    return outbox;
  }

  async #countPending(): Promise<void> {
    await this.#outbox().catch(() => {});
  }

  async #push({ changes, previous }: OtOutbox): Promise<void> {
    let start = 0;
    while (start < changes.length && !this.#stopped) {
      const batch = changes.slice(start, start + this.#batchSize);
      let body: unknown;
      try {
        body = await call(this.#wire, 'push', { changes: batch.map((c) => toWire(c, (op) => previous.get(op))) });
      } catch (error) {
        if (!(error instanceof OtSyncError) || error.status !== 413) throw error;
        if (batch.length > 1) {
          this.#batchSize = Math.max(1, Math.floor(batch.length / 2));
          continue;
        }
        body = {
          results: [{ id: batch[0]!.id, status: 'rejected', error: { code: 'too-large', message: error.message } }],
        };
      }
      const outcomes = readPushAnswer(
        body,
        batch.map((c) => c.id),
      );
      const entries: OtJournalEntry[] = outcomes.map((outcome, index) => {
        const { command, at } = batch[index]!;
        return outcome.status === 'applied'
          ? { id: outcome.id, status: 'acknowledged' }
          : { id: outcome.id, status: 'rejected', command, at, error: outcome.error };
      });
      await this.#journal.record(entries);
      for (const entry of entries) this.#answered.set(entry.id, entry);
      start += batch.length;
      this.#setStatus({ pending: changes.length - start, rejected: this.rejected().length });
      const rejected = entries.filter(
        (e): e is Extract<OtJournalEntry, { status: 'rejected' }> => e.status === 'rejected',
      );
      if (rejected.length) this.#options.onRejected?.(rejected.map(({ status: _status, ...r }) => r));
      this.#reportConflicts(outcomes.flatMap((o) => (o.status === 'applied' ? o.overwritten : [])));
    }
  }

  async #pull(): Promise<void> {
    const limit = this.#options.pullLimit ?? 500;
    for (let more = true; more && !this.#stopped;) {
      const answer = readPullAnswer(await call(this.#wire, 'pull', { since: this.#cursor, limit }));
      if (answer.changes.length) await this.#apply(answer.changes);
      await this.#journal.record([], answer.cursor);
      this.#cursor = answer.cursor;
      more = answer.more && answer.changes.length > 0;
      this.#reportConflicts(answer.changes.flatMap((c) => c.overwritten));
    }
  }

  /** Applies a pull page; refusals are journalled (once per change id) and reported, kept values counted. */
  async #apply(changes: readonly OtPulledChange[]): Promise<void> {
    this.#applyingPull = true;
    let outcome;
    try {
      outcome = await applyPulled(this.#store, changes, (id) => this.#answered.has(id));
    } finally {
      this.#applyingPull = false;
    }
    const refused = outcome.refused.filter((refusal) => !this.#answered.has(refusal.id));
    if (refused.length) {
      const entries = refused.map((refusal): OtJournalEntry => ({ ...refusal, status: 'rejected' }));
      await this.#journal.record(entries);
      for (const entry of entries) this.#answered.set(entry.id, entry);
      this.#options.onRejected?.(refused);
    }
    if (refused.length || outcome.overwritten.length)
      this.#setStatus({
        rejected: this.rejected().length,
        overwritten: this.#status.overwritten + outcome.overwritten.length,
      });
  }

  #reportConflicts(overwritten: readonly OtSyncOverwritten[]): void {
    if (overwritten.length) this.#options.onConflict?.(overwritten);
  }
  #setStatus(patch: Partial<OtSyncStatus>): void {
    const next = { ...this.#status, ...patch };
    const keys = Object.keys(next) as (keyof OtSyncStatus)[];
    if (keys.every((key) => next[key] === this.#status[key])) return;
    this.#status = Object.freeze(next);
    if (next.leader) this.#leadership?.share(next);
    for (const listener of this.#listeners) listener(next);
  }
}
