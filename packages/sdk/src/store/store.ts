/**
 * The store: typed collections over one immutable state, commands that validate before they change
 * anything, subscriptions with selectors, all-or-nothing transactions, and a change log that the adapter
 * persists and that sync can replay.
 *
 * A write goes: check (schema, then references) → apply to the state and notify subscribers → commit
 * through the adapter (durable) → resolve. When the commit fails the change is rolled back and the command
 * rejects with an {@link OtPersistenceError}; so are the changes made after it that are not saved yet (they
 * were checked against a state that held it), and those are never sent to the adapter.
 */
import type { OtAdapter, OtCommitContext, OtCommitResult, OtQuarantined } from '../adapters/adapter.js';
import { memoryAdapter } from '../adapters/memory.js';
import { OtError, OtPersistenceError, OtVersionError, describeCause, type OtIssue } from '../errors.js';
import { systemClock, type OtClock } from '../flow/clock.js';
import { OT_COLLECTION_NAMES, type OtCollectionName, type OtRecord } from './collections.js';
import { createId } from '../model/ids.js';
import type { OtChangeLogOptions, OtStore, OtStoreOptions } from './api.js';
import type { OtSync } from '../sync/types.js';
import { checkIncoming, quarantineKey, readLoaded, readStored } from './load.js';
import { Quarantine } from './quarantine.js';
import { applyOps, deepFreeze, emptyState, reconcileOps } from './replay.js';
import { Subscribers } from './subscribers.js';
import { Transaction, checkRecord } from './transaction.js';
import { readClock, undoPending, type Pending } from './pending.js';
import type {
  OtChange,
  OtCollection,
  OtState,
  OtStoreStatus,
  OtSubscribeOptions,
  OtTransaction,
  OtTxCollection,
  OtWriteOptions,
} from './types.js';

export type { OtChangeLogOptions, OtStore, OtStoreOptions } from './api.js';

/**
 * Internal (not exported from the package): the document import writes records it has already checked
 * through this, so each imported record is checked once.
 */
export const importChecked = Symbol('otkit.importChecked');

/** What the document import hands {@link importChecked}. */
export interface OtCheckedImport {
  readonly records: ReadonlyMap<OtCollectionName, readonly { id: string }[]>;
  readonly mode: 'merge' | 'replace';
  readonly keepDangling: boolean;
}

/**
 * Commits between two compactions of the change log; the first comes sooner, so a page opened many times for
 * a few notes each still compacts, and opening a store never waits on it.
 */
const COMPACT_EVERY = 500;
const FIRST_COMPACTION_AFTER = 50;
const DAY = 24 * 60 * 60 * 1000;

class Store {
  readonly adapter: OtAdapter;
  readonly sync: OtSync | undefined;
  readonly ready: Promise<void>;
  status: OtStoreStatus = 'loading';
  error: OtError | undefined;
  loadIssues: OtIssue[] = [];
  readonly #quarantine = new Quarantine();
  #state: OtState = emptyState();
  readonly #subscribers = new Subscribers();
  readonly #actor: string;
  readonly #clock: OtClock;
  readonly #changeLog: Required<OtChangeLogOptions>;
  readonly #external: ReadonlySet<OtCollectionName>;
  #commitsSinceCompaction = COMPACT_EVERY - FIRST_COMPACTION_AFTER;
  #queue: Promise<unknown> = Promise.resolve();
  /** Changes applied to the state whose commit has not finished, oldest first. */
  readonly #pending: Pending[] = [];
  #unwatch: (() => void) | undefined;

  constructor(options: OtStoreOptions) {
    this.adapter = options.adapter ?? memoryAdapter();
    this.#actor = options.actor ?? 'local';
    this.#clock = options.clock ?? systemClock;
    const acknowledged = options.changeLog?.acknowledged ?? (() => true);
    const sync = options.sync;
    this.#changeLog = {
      maxAgeDays: options.changeLog?.maxAgeDays ?? 90,
      maxEntries: options.changeLog?.maxEntries ?? 10_000,
      // Sync's outbox is the entries the server has not acknowledged: compaction never drops those.
      acknowledged: sync ? (change) => sync.acknowledged(change) && acknowledged(change) : acknowledged,
    };
    this.#external = new Set(options.externalCollections ?? []);
    for (const name of OT_COLLECTION_NAMES) (this as unknown as Record<string, unknown>)[name] = this.#collection(name);
    this.ready = this.#load();
    // Callers that never await `ready` still see failures through `status`/`error` and command rejections.
    this.ready.catch(() => {});
    this.sync = sync?.connect(this as unknown as OtStore);
  }

  async #load(): Promise<void> {
    let loaded;
    try {
      loaded = await this.adapter.load();
    } catch (cause) {
      // Closed while loading (an element removed early): that is not a failure of the store.
      if (this.status === 'closed') return;
      this.status = 'error';
      this.error =
        cause instanceof OtError
          ? cause
          : new OtPersistenceError(`Could not open ${this.adapter.kind}: ${describeCause(cause)}`, { cause });
      throw this.error;
    }
    if (this.status === 'closed') return;
    const { state, issues, quarantine, quarantineRevs } = readLoaded(loaded);
    this.loadIssues = issues;
    for (const item of quarantine)
      this.#quarantine.add(item, quarantineRevs.get(quarantineKey(item.collection, item.key))!);
    this.#unwatch = this.adapter.watch?.((change) => this.#applyExternal(change));
    if (loaded.newerVersion) {
      const { found, supported } = loaded.newerVersion;
      this.status = 'read-only';
      this.error = new OtVersionError(
        `The data in ${this.adapter.kind} was written by a newer version of OT Kit (storage version ${found}; this one reads up to ${supported}). It is shown read-only so nothing is lost: update OT Kit to change it.`,
        found,
        supported,
      );
    } else this.status = 'ready';
    // Nothing stored: keep the empty state object, so a whole-state subscriber does not fire for nothing.
    if (OT_COLLECTION_NAMES.some((name) => state[name].size > 0)) this.#setState(state);
  }

  #applyExternal(change: OtChange): void {
    // Another tab may run a newer OT Kit (collections this one does not know) or something else may share the
    // channel: take only what this store can check, and only revisions newer than the ones held.
    const ops = checkIncoming((change as { ops?: unknown } | null)?.ops);
    for (const op of ops) this.#quarantine.leave(op.collection, op.id);
    this.#setState(reconcileOps(this.#state, ops));
  }

  get quarantine(): readonly OtQuarantined[] {
    return this.#quarantine.items;
  }

  get clock(): OtClock {
    return this.#clock;
  }

  getState(): OtState {
    return this.#state;
  }

  #setState(next: OtState): void {
    if (next === this.#state) return;
    this.#state = next;
    this.#subscribers.notify(next);
  }

  subscribe<T>(
    selector: (state: OtState) => T,
    listener: (value: T, previous: T) => void,
    options: OtSubscribeOptions<T> = {},
  ): () => void {
    return this.#subscribers.add(this.#state, selector, listener, options);
  }

  async transaction<R>(fn: (tx: OtTransaction) => R, options: OtWriteOptions = {}): Promise<R> {
    return this.#run(options.command ?? 'transaction', options.actor, (tx) => fn(tx.api));
  }

  /** Runs `fn` once over `state`; `origin` is the tab's copy the command first ran on. */
  #build<R>(fn: (tx: Transaction) => R, state: OtState, origin: OtState, now: number, ids: string[]) {
    const tx = new Transaction(state, {
      now,
      origin,
      ids,
      unreadable: this.#quarantine.revision,
      external: this.#external,
    });
    const result = fn(tx);
    if (result instanceof Promise) {
      // Its own failure would otherwise surface as an unhandled rejection on top of ours.
      result.catch(() => {});
      throw new OtError(
        'async-transaction',
        'A transaction function must be synchronous: await what you need before store.transaction(), then write inside it',
      );
    }
    tx.checkReferences();
    return { tx, result };
  }

  async #run<R>(command: string, actor: string | undefined, fn: (tx: Transaction) => R): Promise<R> {
    this.#assertOpen();
    await this.ready;
    this.#assertOpen();
    if (this.status === 'read-only') throw this.error;
    const now = readClock(this.#clock);
    const before = this.#state;
    const ids: string[] = [];
    const first = this.#build(fn, before, before, now, ids);
    let result = first.result;
    if (first.tx.ops.length === 0) return result;
    const changeOf = (tx: Transaction): OtChange =>
      deepFreeze({
        id: change.id,
        at: now,
        actor: actor ?? this.#actor,
        command,
        ops: tx.ops,
        ...(tx.overwritten.length ? { overwritten: tx.overwritten } : {}),
      });
    const change: OtChange = { id: createId(now), at: now, actor: actor ?? this.#actor, command, ops: [] };
    const entry: Pending = { change: changeOf(first.tx), before };
    const context: OtCommitContext = {
      reads: first.tx.reads,
      removals: first.tx.removals,
      // Another tab wrote records this change read: run the command again over the stored ones.
      rebuild: (stored) => {
        const { ops, unreadable } = readStored(stored);
        for (const item of unreadable) this.#quarantine.add(item, item.rev);
        try {
          const again = this.#build(fn, applyOps(before, ops), before, now, ids);
          result = again.result;
          return { change: changeOf(again.tx), reads: again.tx.reads, removals: again.tx.removals };
        } catch (error) {
          entry.refused = [...stored];
          throw error;
        }
      },
    };
    // The transaction's own final state is what applying its ops gives: no need to apply them twice.
    this.#setState(this.#state === before ? first.tx.state : applyOps(this.#state, entry.change.ops));
    this.#pending.push(entry);
    const commit = this.#queue.then(() => {
      // Built on a change that could not be saved: never sent (see below).
      if (entry.undoneBy) throw entry.undoneBy;
      return this.adapter.commit(entry.change, context);
    });
    this.#queue = commit.catch(() => {});
    try {
      const outcome = await commit;
      if (outcome && outcome.change !== entry.change) this.#settled(entry, outcome);
      if (++this.#commitsSinceCompaction >= COMPACT_EVERY) this.#compactSoon();
    } catch (cause) {
      throw this.#failed(entry, cause);
    } finally {
      const index = this.#pending.indexOf(entry);
      if (index >= 0) this.#pending.splice(index, 1);
    }
    return result;
  }

  /** The change was rebuilt over other tabs' writes: show what was saved instead of what was first applied. */
  #settled(entry: Pending, outcome: OtCommitResult): void {
    const stored = readStored(outcome.stored);
    for (const item of stored.unreadable) this.#quarantine.add(item, item.rev);
    const rolledBack = undoPending(this.#state, [entry]);
    entry.change = outcome.change;
    this.#setState(reconcileOps(reconcileOps(rolledBack, stored.ops), outcome.change.ops));
  }

  #failed(entry: Pending, cause: unknown): OtError {
    const { command } = entry.change;
    if (entry.undoneBy) {
      const { change: failed, error } = entry.undoneBy;
      return new OtPersistenceError(
        `"${command}" was undone: it was made on top of "${failed.command}", which could not be saved (${describeCause(error)})`,
        { cause: error },
      );
    }
    // Another tab upgraded the database to a newer version meanwhile: stay read-only from now on.
    if (cause instanceof OtVersionError && this.status === 'ready') {
      this.status = 'read-only';
      this.error = cause;
    }
    // A typed refusal (the change no longer holds over another tab's writes) passes through as it is.
    const error =
      cause instanceof OtError
        ? cause
        : new OtPersistenceError(`Could not save "${command}" to ${this.adapter.kind}: ${describeCause(cause)}`, {
            cause,
          });
    // A change storage refused on a rebuild is undone alone: the changes after it are settled against storage
    // one by one, each checked again over what is stored (and refused in turn if it needed this one).
    if (entry.refused) {
      this.#pending.splice(this.#pending.indexOf(entry), 1);
      this.#setState(reconcileOps(undoPending(this.#state, [entry]), readStored(entry.refused).ops));
      return error;
    }
    // Otherwise every change applied after this one was checked against a state that held it (a note naming
    // the goal that just failed): undo them all, newest first, and do not send them, so nothing dangles.
    const undone = this.#pending.splice(this.#pending.indexOf(entry));
    for (const later of undone.slice(1)) later.undoneBy = { change: entry.change, error: cause };
    this.#setState(undoPending(this.#state, undone));
    return error;
  }

  #assertOpen(): void {
    if (this.status === 'closed') throw new OtError('closed', 'The store is closed; create a new store to write again');
  }

  #collection<C extends OtCollectionName>(name: C): OtCollection<C> {
    const table = () => this.#state[name];
    // TypeScript cannot index the transaction by a generic collection name; this view can.
    const on = (tx: Transaction) => tx.api[name] as unknown as OtTxCollection<C>;
    return {
      name,
      get: (id) => table().get(id) as OtRecord<C> | undefined,
      list: () => table().values() as OtRecord<C>[],
      get size() {
        return table().size;
      },
      add: (input, o = {}) => this.#run(o.command ?? `${name}.add`, o.actor, (tx) => on(tx).add(input)),
      put: (record, o = {}) => this.#run(o.command ?? `${name}.put`, o.actor, (tx) => on(tx).put(record)),
      update: (id, patch, o = {}) =>
        this.#run(o.command ?? `${name}.update`, o.actor, (tx) => on(tx).update(id, patch)),
      remove: (id, o = {}) => this.#run(o.command ?? `${name}.remove`, o.actor, (tx) => on(tx).remove(id)),
    };
  }

  async repairQuarantined(item: OtQuarantined, record: unknown): Promise<void> {
    const name = this.#quarantine.collectionOf(item);
    const checked = checkRecord(name, record);
    await this.#run(`${name}.repair`, undefined, (tx) => {
      if (checked.id !== item.key) tx.discardUnreadable(name, item.key);
      (tx.api[name] as unknown as OtTxCollection<OtCollectionName>).put(checked as never);
    });
    this.#quarantine.leave(item.collection, item.key);
  }

  async discardQuarantined(item: OtQuarantined): Promise<void> {
    const name = this.#quarantine.collectionOf(item);
    await this.#run(`${name}.discard`, undefined, (tx) => tx.discardUnreadable(name, item.key));
    this.#quarantine.leave(item.collection, item.key);
  }

  [importChecked]({ records, mode, keepDangling }: OtCheckedImport): Promise<void> {
    return this.#run(`import.${mode}`, undefined, (tx) => {
      if (keepDangling) tx.keepDanglingReferences();
      if (mode === 'replace')
        for (const name of OT_COLLECTION_NAMES) for (const id of tx.state[name].keys()) tx.api[name].remove(id);
      for (const [name, list] of records) for (const record of list) tx.putChecked(name, record);
    });
  }

  changes(): Promise<OtChange[]> {
    return this.adapter.changes();
  }

  compactChanges(): Promise<number> {
    const compact = this.adapter.compact;
    if (!compact) return Promise.resolve(0);
    const { maxAgeDays, maxEntries, acknowledged } = this.#changeLog;
    const rule = { before: readClock(this.#clock) - maxAgeDays * DAY, keep: maxEntries, acknowledged };
    // In the write queue, so it never races a commit of this store.
    const run = this.#queue.then(() => compact.call(this.adapter, rule));
    this.#queue = run.catch(() => {});
    return run;
  }

  /** Compaction is housekeeping: it runs in the background and a failure only waits for the next turn. */
  #compactSoon(): void {
    this.#commitsSinceCompaction = 0;
    this.compactChanges().catch(() => {});
  }

  close(): void {
    if (this.status === 'closed') return;
    this.status = 'closed';
    this.sync?.stop();
    this.#unwatch?.();
    this.#subscribers.clear();
    // Writes already applied are still being saved: close the adapter (the database) only after them.
    void this.#queue.then(() => this.adapter.close?.());
  }
}

/**
 * Creates a store over an adapter (memory by default; `indexedDbAdapter()` in browsers).
 *
 * @example
 * const store = createStore({ adapter: indexedDbAdapter({ name: 'otkit' }), actor: 'therapist' });
 * await store.ready;
 * const goal = await store.goals.add({ description: 'Tie shoes', order: 1 });
 */
export function createStore(options: OtStoreOptions = {}): OtStore {
  return new Store(options) as unknown as OtStore;
}
