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
import type { OtAdapter } from '../adapters/adapter.js';
import { memoryAdapter } from '../adapters/memory.js';
import { OtError, OtNotFoundError, OtPersistenceError, OtValidationError, type OtIssue } from '../errors.js';
import { systemClock, type OtClock } from '../flow/clock.js';
import {
  OT_COLLECTION_NAMES,
  checkCollections,
  collectionDef,
  isCollectionName,
  type OtCollectionName,
  type OtRecord,
} from '../model/collections.js';
import { createId } from '../model/ids.js';
import { safeParse, typeName } from '../model/schema.js';
import { applyOps, deepFreeze, emptyState, recordsById } from './replay.js';
import type {
  OtAddInput,
  OtChange,
  OtCollection,
  OtEquality,
  OtOp,
  OtState,
  OtStoreStatus,
  OtSubscribeOptions,
  OtTransaction,
  OtTxCollection,
  OtWriteOptions,
} from './types.js';

/** Options of {@link createStore}. */
export interface OtStoreOptions {
  /** Where the data lives. Default: in memory (lost on reload). */
  adapter?: OtAdapter;
  /** Who makes the changes, recorded in the change log (e.g. a staff role, never a child's name). */
  actor?: string;
  /** The time source for ids and timestamps. */
  clock?: OtClock;
  /**
   * Collections whose records live outside this store: a reference into one of them is taken as it is, not
   * checked, and removing one of their records does not ask who refers to it. For a store of an element's own
   * (standalone, or holding the page's data), which keeps goals but not the client or session they name.
   * References into every other collection are checked as always. Default: none.
   *
   * @example
   * const own = createStore({ externalCollections: ['clients', 'sessionRecords'] });
   * await own.notes.add({ text: 'Asked about recess', goalId: null, sessionId: 'held-by-the-portal' });
   */
  externalCollections?: readonly OtCollectionName[];
}

/** A store: see {@link createStore}. */
export type OtStore = {
  readonly [C in OtCollectionName]: OtCollection<C>;
} & {
  /** Resolves once the adapter's data is loaded; rejects with an {@link OtPersistenceError} when it cannot be. */
  readonly ready: Promise<void>;
  /** Where the store is in its life. */
  readonly status: OtStoreStatus;
  /** Why loading failed, when `status` is `error`. */
  readonly error: OtError | undefined;
  /** Records that were stored but failed their checks on load; they are left in storage, not shown. */
  readonly loadIssues: readonly OtIssue[];
  /** The adapter in use. */
  readonly adapter: OtAdapter;
  /** The time source of ids, timestamps and commands (`createStore({ clock })`; the system clock by default). */
  readonly clock: OtClock;
  /** The current state. Never mutate it. */
  getState(): OtState;
  /**
   * Calls `listener` whenever the slice `selector` picks out changes (by `Object.is`, or `options.equals`).
   * Returns a function that ends the subscription.
   *
   * @example
   * const stop = store.subscribe((s) => s.goals, (goals) => render(goals));
   */
  subscribe<T>(
    selector: (state: OtState) => T,
    listener: (value: T, previous: T) => void,
    options?: OtSubscribeOptions<T>,
  ): () => void;
  /**
   * Runs `fn` as one all-or-nothing change: when `fn` throws or any write is invalid, nothing changes.
   *
   * @example
   * await store.transaction((tx) => {
   *   const goal = tx.goals.add({ description: note.text, order: 9 });
   *   tx.notes.update(note.id, { status: 'promoted', promotedGoalId: goal.id });
   * }, { command: 'notes.promote' });
   */
  transaction<R>(fn: (tx: OtTransaction) => R, options?: OtWriteOptions): Promise<R>;
  /** The change log, oldest first. */
  changes(): Promise<OtChange[]>;
  /** Stops listening to the adapter and closes it once the writes already made are saved. Later commands reject. */
  close(): void;
};

/** A change applied to the state but not yet saved, with the state before it. */
interface Pending {
  readonly change: OtChange;
  readonly before: OtState;
  /** Set when an earlier change failed to save: this one was built on it and is undone, not sent. */
  undoneBy?: { change: OtChange; error: unknown };
}

interface Subscriber {
  selector: (state: OtState) => unknown;
  listener: (value: unknown, previous: unknown) => void;
  equals: OtEquality<unknown>;
  last: unknown;
}

function shapeKeys(name: OtCollectionName): Set<string> {
  const shape = (collectionDef(name).schema as { shape?: Record<string, unknown> }).shape ?? {};
  return new Set(Object.keys(shape));
}
const SHAPE_KEYS = new Map<OtCollectionName, Set<string>>();
function hasField(name: OtCollectionName, field: string): boolean {
  let keys = SHAPE_KEYS.get(name);
  if (!keys) SHAPE_KEYS.set(name, (keys = shapeKeys(name)));
  return keys.has(field);
}

/** Checks a record against its collection's schema; returns the clean, frozen copy or throws. */
function check<C extends OtCollectionName>(name: C, value: unknown): OtRecord<C> {
  const def = collectionDef(name);
  const result = safeParse(def.schema, value);
  if (!result.success) throw new OtValidationError(def.entity, result.issues);
  return deepFreeze(result.data) as OtRecord<C>;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which fields of which collections refer to `target`. */
function referrersOf(target: OtCollectionName): [OtCollectionName, string][] {
  const out: [OtCollectionName, string][] = [];
  for (const name of OT_COLLECTION_NAMES) {
    for (const [field, to] of Object.entries(collectionDef(name).refs)) if (to === target) out.push([name, field]);
  }
  return out;
}

/** The clock's time in whole milliseconds; a clock that gives no usable time is named in the error. */
function readClock(clock: OtClock): number {
  const time = clock.now();
  if (!Number.isFinite(time) || time < 0)
    throw new OtError(
      'clock',
      `The store's clock gave ${time}; it must give milliseconds since 1970 (like Date.now())`,
    );
  return Math.floor(time);
}

class Transaction {
  readonly ops: OtOp[] = [];
  readonly #base: OtState;
  /**
   * Collections written so far, as private copies that later writes change in place: one copy per
   * collection per transaction, so importing n records costs O(n), not O(n²).
   */
  readonly #drafts = new Map<OtCollectionName, Record<string, unknown>>();
  #view: OtState | undefined;
  readonly #now: number;
  readonly #touched = new Map<string, OtOp>();
  readonly api: OtTransaction;

  readonly #external: ReadonlySet<OtCollectionName>;

  constructor(state: OtState, now: number, external: ReadonlySet<OtCollectionName>) {
    this.#base = state;
    this.#now = now;
    this.#external = external;
    const api: Record<string, unknown> = {};
    for (const name of OT_COLLECTION_NAMES) api[name] = this.#collection(name);
    Object.defineProperty(api, 'state', { get: () => this.state });
    Object.defineProperty(api, 'now', { value: now });
    this.api = api as OtTransaction;
  }

  /** The state as the transaction sees it so far; a snapshot, made again only after a write. */
  get state(): OtState {
    if (this.#drafts.size === 0) return this.#base;
    if (!this.#view) {
      const state: Record<string, unknown> = { ...this.#base };
      for (const [name, table] of this.#drafts) state[name] = { ...table };
      this.#view = state as unknown as OtState;
    }
    return this.#view;
  }

  #table(name: OtCollectionName): Readonly<Record<string, unknown>> {
    return this.#drafts.get(name) ?? this.#base[name];
  }

  #write(op: OtOp): void {
    this.#view = undefined;
    this.ops.push(op);
    this.#touched.set(`${op.collection}\u0000${op.id}`, op);
    let draft = this.#drafts.get(op.collection);
    if (!draft) this.#drafts.set(op.collection, (draft = { ...this.#base[op.collection] }));
    if (op.type === 'put') draft[op.id] = op.value;
    else delete draft[op.id];
  }

  #collection<C extends OtCollectionName>(name: C): OtTxCollection<C> {
    const table = () => this.#table(name) as Record<string, OtRecord<C>>;
    const get = (id: string) => (Object.hasOwn(table(), id) ? table()[id] : undefined);
    return {
      get,
      // A draft changes in place, so it must not be cached by recordsById: sort a copy.
      list: () => recordsById(this.#drafts.has(name) ? { ...table() } : table()),
      add: (input: OtAddInput<C>) => {
        if (!isPlainObject(input)) return check(name, input);
        const filled: Record<string, unknown> = { ...(input as object) };
        if (filled.id === undefined) filled.id = createId(this.#now);
        if (filled.createdAt === undefined && hasField(name, 'createdAt')) filled.createdAt = this.#now;
        if (filled.at === undefined && hasField(name, 'at')) filled.at = this.#now;
        const record = check(name, filled);
        if (get(record.id))
          throw new OtValidationError(collectionDef(name).entity, [
            {
              path: ['id'],
              code: 'duplicate',
              message: `is already used by another ${collectionDef(name).entity} ("${record.id}")`,
            },
          ]);
        this.#write({ type: 'put', collection: name, id: record.id, value: record });
        return record;
      },
      put: (input) => {
        const record = check(name, input);
        this.#write({ type: 'put', collection: name, id: record.id, value: record });
        return record;
      },
      update: (id, patch) => {
        const current = get(id);
        if (!current) throw new OtNotFoundError(name, id);
        const changes = typeof patch === 'function' ? patch(current) : patch;
        if (!isPlainObject(changes))
          throw new OtValidationError(collectionDef(name).entity, [
            { path: [], code: 'type', message: `must be an object of the fields to change (got ${typeName(changes)})` },
          ]);
        if ('id' in (changes as object) && (changes as { id?: unknown }).id !== id)
          throw new OtValidationError(collectionDef(name).entity, [
            { path: ['id'], code: 'invalid', message: 'cannot be changed' },
          ]);
        const merged: Record<string, unknown> = { ...current, ...(changes as object) };
        for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
        if (hasField(name, 'updatedAt') && !('updatedAt' in (changes as object))) merged.updatedAt = this.#now;
        const record = check(name, merged);
        this.#write({ type: 'put', collection: name, id, value: record });
        return record;
      },
      remove: (id) => {
        if (!get(id)) throw new OtNotFoundError(name, id);
        this.#write({ type: 'delete', collection: name, id });
      },
    };
  }

  /** Checks references of everything the transaction wrote, against the final state. */
  checkReferences(): void {
    const removed = new Map<OtCollectionName, Set<string>>();
    for (const op of this.#touched.values()) {
      const def = collectionDef(op.collection);
      if (op.type === 'put') {
        const record = op.value as Record<string, unknown>;
        const issues: OtIssue[] = [];
        for (const [field, target] of Object.entries(def.refs)) {
          const ref = record[field];
          if (this.#external.has(target)) continue;
          if (typeof ref === 'string' && !Object.hasOwn(this.#table(target), ref))
            issues.push({
              path: [field],
              code: 'reference',
              message: `names no ${collectionDef(target).entity} with id "${ref}"`,
            });
        }
        if (issues.length) throw new OtValidationError(def.entity, issues);
      } else if (!this.#external.has(op.collection)) {
        let ids = removed.get(op.collection);
        if (!ids) removed.set(op.collection, (ids = new Set()));
        ids.add(op.id);
      }
    }
    // One scan of each referring collection for all removals of a kind (a replace-mode import removes many).
    for (const [target, ids] of removed) {
      const def = collectionDef(target);
      const byId = new Map<string, OtIssue[]>();
      for (const [name, field] of referrersOf(target)) {
        for (const [id, rec] of Object.entries(this.#table(name))) {
          const ref = (rec as Record<string, unknown>)[field];
          if (typeof ref !== 'string' || !ids.has(ref)) continue;
          let issues = byId.get(ref);
          if (!issues) byId.set(ref, (issues = []));
          issues.push({ path: [name, id, field], code: 'reference', message: `still refers to this ${def.entity}` });
        }
      }
      for (const [id, issues] of byId) throw new OtValidationError(`removal of ${def.entity} "${id}"`, issues);
    }
  }
}

class Store {
  readonly adapter: OtAdapter;
  readonly ready: Promise<void>;
  status: OtStoreStatus = 'loading';
  error: OtError | undefined;
  loadIssues: OtIssue[] = [];
  #state: OtState = emptyState();
  readonly #subscribers = new Set<Subscriber>();
  readonly #actor: string;
  readonly #clock: OtClock;
  readonly #external: ReadonlySet<OtCollectionName>;
  #queue: Promise<unknown> = Promise.resolve();
  /** Changes applied to the state whose commit has not finished, oldest first. */
  readonly #pending: Pending[] = [];
  #unwatch: (() => void) | undefined;

  constructor(options: OtStoreOptions) {
    this.adapter = options.adapter ?? memoryAdapter();
    this.#actor = options.actor ?? 'local';
    this.#clock = options.clock ?? systemClock;
    this.#external = new Set(options.externalCollections ?? []);
    for (const name of OT_COLLECTION_NAMES) (this as unknown as Record<string, unknown>)[name] = this.#collection(name);
    this.ready = this.#load();
    // Callers that never await `ready` still see failures through `status`/`error` and command rejections.
    this.ready.catch(() => {});
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
          : new OtPersistenceError(
              `Could not open ${this.adapter.kind}: ${String((cause as Error)?.message ?? cause)}`,
              { cause },
            );
      throw this.error;
    }
    if (this.status === 'closed') return;
    const ops: OtOp[] = [];
    for (const [name, list] of checkCollections(loaded.records, [], this.loadIssues).valid)
      for (const { record } of list) ops.push({ type: 'put', collection: name, id: record.id, value: record });
    this.#unwatch = this.adapter.watch?.((change) => this.#applyExternal(change));
    this.status = 'ready';
    this.#setState(applyOps(this.#state, ops));
  }

  #applyExternal(change: OtChange): void {
    // Another tab may run a newer OT Kit (collections this one does not know) or something else may share the
    // channel: take only what this store can check.
    const incoming: unknown = (change as { ops?: unknown } | null)?.ops;
    if (!Array.isArray(incoming)) return;
    const ops: OtOp[] = [];
    for (const op of incoming as OtOp[]) {
      if (!isCollectionName(op?.collection) || typeof op.id !== 'string') continue;
      if (op.type === 'delete') ops.push(op);
      else if (op.type === 'put') {
        const result = safeParse(collectionDef(op.collection).schema, op.value);
        if (result.success && result.data.id === op.id) ops.push({ ...op, value: result.data });
      }
    }
    this.#setState(applyOps(this.#state, ops));
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
    for (const sub of [...this.#subscribers]) {
      if (!this.#subscribers.has(sub)) continue;
      try {
        const value = sub.selector(next);
        if (sub.equals(value, sub.last)) continue;
        const previous = sub.last;
        sub.last = value;
        sub.listener(value, previous);
      } catch (error) {
        // A host's listener must not break the store: the others still hear of the change and the command
        // still commits. The error is rethrown on its own, so it stays visible (window.onerror, Node's
        // uncaughtException) instead of being swallowed.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  subscribe<T>(
    selector: (state: OtState) => T,
    listener: (value: T, previous: T) => void,
    options: OtSubscribeOptions<T> = {},
  ): () => void {
    const sub: Subscriber = {
      selector,
      listener: listener as Subscriber['listener'],
      equals: (options.equals ?? Object.is) as OtEquality<unknown>,
      last: selector(this.#state),
    };
    this.#subscribers.add(sub);
    if (options.fireImmediately) listener(sub.last as T, sub.last as T);
    return () => {
      this.#subscribers.delete(sub);
    };
  }

  async transaction<R>(fn: (tx: OtTransaction) => R, options: OtWriteOptions = {}): Promise<R> {
    return this.#run(options.command ?? 'transaction', options.actor, fn);
  }

  async #run<R>(command: string, actor: string | undefined, fn: (tx: OtTransaction) => R): Promise<R> {
    this.#assertOpen();
    await this.ready;
    this.#assertOpen();
    const now = readClock(this.#clock);
    const tx = new Transaction(this.#state, now, this.#external);
    const result = fn(tx.api);
    if (result instanceof Promise) {
      // Its own failure would otherwise surface as an unhandled rejection on top of ours.
      result.catch(() => {});
      throw new OtError(
        'async-transaction',
        'A transaction function must be synchronous: await what you need before store.transaction(), then write inside it',
      );
    }
    tx.checkReferences();
    if (tx.ops.length === 0) return result;
    const change: OtChange = deepFreeze({
      id: createId(now),
      at: now,
      actor: actor ?? this.#actor,
      command,
      ops: tx.ops,
    });
    const entry: Pending = { change, before: this.#state };
    this.#setState(applyOps(this.#state, change.ops));
    this.#pending.push(entry);
    const commit = this.#queue.then(() => {
      // Built on a change that could not be saved: never sent (see below).
      if (entry.undoneBy) throw entry.undoneBy;
      return this.adapter.commit(change);
    });
    this.#queue = commit.catch(() => {});
    try {
      await commit;
    } catch (cause) {
      if (entry.undoneBy) {
        const { change: failed, error } = entry.undoneBy;
        throw new OtPersistenceError(
          `"${command}" was undone: it was made on top of "${failed.command}", which could not be saved (${String((error as Error)?.message ?? error)})`,
          { cause: error },
        );
      }
      const error =
        cause instanceof OtPersistenceError
          ? cause
          : new OtPersistenceError(
              `Could not save "${command}" to ${this.adapter.kind}: ${String((cause as Error)?.message ?? cause)}`,
              { cause },
            );
      // Every change applied after this one was checked against a state that held it (a note naming the goal
      // that just failed): undo them all, newest first, and do not send them, so nothing dangles.
      const undone = this.#pending.splice(this.#pending.indexOf(entry));
      for (const later of undone.slice(1)) later.undoneBy = { change, error: cause };
      this.#rollback(undone);
      throw error;
    } finally {
      const index = this.#pending.indexOf(entry);
      if (index >= 0) this.#pending.splice(index, 1);
    }
    return result;
  }

  #assertOpen(): void {
    if (this.status === 'closed') throw new OtError('closed', 'The store is closed; create a new store to write again');
  }

  /**
   * Undoes changes whose commit failed, newest first, in one state update. A record is restored only while
   * it still holds what the change wrote, so changes from other tabs made since are left alone.
   */
  #rollback(entries: readonly Pending[]): void {
    let state = this.#state;
    for (const { change, before } of [...entries].reverse()) {
      const ops: OtOp[] = [];
      for (const op of [...change.ops].reverse()) {
        const table = state[op.collection] as Record<string, unknown>;
        const current = Object.hasOwn(table, op.id) ? table[op.id] : undefined;
        const ours = op.type === 'put' ? op.value : undefined;
        if (current !== ours) continue;
        const old = (before[op.collection] as Record<string, unknown>)[op.id];
        ops.push(
          old === undefined
            ? { type: 'delete', collection: op.collection, id: op.id }
            : { type: 'put', collection: op.collection, id: op.id, value: old },
        );
      }
      state = applyOps(state, ops);
    }
    this.#setState(state);
  }

  #collection<C extends OtCollectionName>(name: C): OtCollection<C> {
    const table = () => this.#state[name] as Record<string, OtRecord<C>>;
    // TypeScript cannot index the transaction by a generic collection name; this view can.
    const on = (tx: OtTransaction) => tx[name] as unknown as OtTxCollection<C>;
    return {
      name,
      get: (id) => (Object.hasOwn(table(), id) ? table()[id] : undefined),
      list: () => recordsById(table()),
      get size() {
        return Object.keys(table()).length;
      },
      add: (input, o = {}) => this.#run(o.command ?? `${name}.add`, o.actor, (tx) => on(tx).add(input)),
      put: (record, o = {}) => this.#run(o.command ?? `${name}.put`, o.actor, (tx) => on(tx).put(record)),
      update: (id, patch, o = {}) =>
        this.#run(o.command ?? `${name}.update`, o.actor, (tx) => on(tx).update(id, patch)),
      remove: (id, o = {}) => this.#run(o.command ?? `${name}.remove`, o.actor, (tx) => on(tx).remove(id)),
    };
  }

  changes(): Promise<OtChange[]> {
    return this.adapter.changes();
  }

  close(): void {
    if (this.status === 'closed') return;
    this.status = 'closed';
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
