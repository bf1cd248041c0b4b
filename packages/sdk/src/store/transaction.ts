/**
 * One run of a transaction function over a state. It records what it read (each record with the revision it
 * had) and what it wrote, so the adapter can settle the change against storage and, when another tab wrote
 * in between, run the function again over the stored records (see `OtCommitContext`).
 */
import type { OtRead } from '../adapters/adapter.js';
import { referringFields } from '../adapters/settle.js';
import { OtNotFoundError, OtValidationError, type OtIssue } from '../errors.js';
import { OT_COLLECTION_NAMES, collectionDef, type OtCollectionName, type OtRecord } from './collections.js';
import { createId } from '../model/ids.js';
import { safeParse, typeName } from '../model/schema.js';
import { mergeRecord, unionEvents } from './merge.js';
import { deepFreeze, revisionOf, setRevision } from './replay.js';
import type { OtTable } from './table.js';
import type { OtAddInput, OtOp, OtOverwrite, OtState, OtTransaction, OtTxCollection } from './types.js';

const SHAPE_KEYS = new Map<OtCollectionName, Set<string>>();
function hasField(name: OtCollectionName, field: string): boolean {
  let keys = SHAPE_KEYS.get(name);
  if (!keys) {
    const shape = (collectionDef(name).schema as { shape?: Record<string, unknown> }).shape ?? {};
    SHAPE_KEYS.set(name, (keys = new Set(Object.keys(shape))));
  }
  return keys.has(field);
}

/** Checks a record against its collection's schema; returns the clean, frozen copy or throws. */
export function checkRecord<C extends OtCollectionName>(name: C, value: unknown): OtRecord<C> {
  const def = collectionDef(name);
  const result = safeParse(def.schema, value);
  if (!result.success) throw new OtValidationError(def.entity, result.issues);
  return deepFreeze(result.data) as OtRecord<C>;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Per collection, per id: no key strings to build and hash on every read of an import. */
class ByRecord<V> {
  readonly #maps = new Map<OtCollectionName, Map<string, V>>();
  get(collection: OtCollectionName, id: string): V | undefined {
    return this.#maps.get(collection)?.get(id);
  }
  set(collection: OtCollectionName, id: string, value: V): void {
    let map = this.#maps.get(collection);
    if (!map) this.#maps.set(collection, (map = new Map()));
    map.set(id, value);
  }
  *values(): Generator<V> {
    for (const map of this.#maps.values()) yield* map.values();
  }
}

/** What a transaction run needs besides the state. */
export interface OtRunContext {
  /** The command's time. */
  readonly now: number;
  /** The state the command first ran on (the tab's copy); differs from the run's state on a rebuild. */
  readonly origin: OtState;
  /** Ids `add` made on an earlier run of the same command, used again in order so a rebuild keeps them. */
  readonly ids: string[];
  /** The stored revision of a record that is stored but could not be read (quarantined), or 0. */
  readonly unreadable: (collection: OtCollectionName, id: string) => number;
  /** Collections whose records live outside the store: references into them are not checked (see `externalCollections`). */
  readonly external: ReadonlySet<OtCollectionName>;
}

export class Transaction {
  readonly ops: OtOp[] = [];
  readonly overwritten: OtOverwrite[] = [];
  readonly api: OtTransaction;
  readonly #base: OtState;
  /** The tables as of the last flush: one object changed in place, so a write never copies the state object. */
  readonly #tables: Record<OtCollectionName, OtTable<unknown>>;
  /**
   * Writes not yet in {@link #tables}, per collection (`undefined`: removed). A write costs a map entry; the
   * tables take them in one go when the state or a list is read (see `OtTable.withChanges`).
   */
  readonly #unflushed = new Map<OtCollectionName, Map<string, unknown>>();
  /** A snapshot of {@link #tables} for readers of `state`, made again only after a write. */
  #snapshot: OtState | undefined;
  readonly #context: OtRunContext;
  readonly #reads = new ByRecord<OtRead>();
  /** The last op per record, for the reference check. */
  readonly #touched = new ByRecord<OtOp>();
  #idsUsed = 0;
  #keepDangling = false;

  constructor(state: OtState, context: OtRunContext) {
    this.#base = state;
    this.#tables = { ...state } as unknown as Record<OtCollectionName, OtTable<unknown>>;
    this.#snapshot = state;
    this.#context = context;
    const api: Record<string, unknown> = {};
    for (const name of OT_COLLECTION_NAMES) api[name] = this.#collection(name);
    Object.defineProperty(api, 'state', { get: () => this.state });
    Object.defineProperty(api, 'now', { value: context.now });
    api.keepOverwritten = (values: readonly OtOverwrite[]) => void this.overwritten.push(...values);
    this.api = api as OtTransaction;
  }

  /** The state as the transaction sees it so far. */
  get state(): OtState {
    if (!this.#snapshot) {
      for (const name of [...this.#unflushed.keys()]) this.#table(name);
      this.#snapshot = { ...this.#tables } as unknown as OtState;
    }
    return this.#snapshot;
  }

  /** One collection's table with every write so far. */
  #table(name: OtCollectionName): OtTable<unknown> {
    const changes = this.#unflushed.get(name);
    if (changes) {
      this.#tables[name] = this.#tables[name].withChanges(changes);
      this.#unflushed.delete(name);
    }
    return this.#tables[name];
  }

  /** One record as written so far. */
  #current(name: OtCollectionName, id: string): unknown {
    const changes = this.#unflushed.get(name);
    return changes?.has(id) ? changes.get(id) : this.#tables[name].get(id);
  }

  /** The records removed whose referrers must not exist (removals in external collections are not checked). */
  get removals(): { collection: OtCollectionName; id: string }[] {
    const out: { collection: OtCollectionName; id: string }[] = [];
    for (const op of this.#touched.values())
      if (op.type === 'delete' && !this.#context.external.has(op.collection))
        out.push({ collection: op.collection, id: op.id });
    return out;
  }

  /** Every record read from the base state, with the revision it had there (0: absent). */
  get reads(): OtRead[] {
    return [...this.#reads.values()];
  }

  /** Notes a read of a record this transaction has not written yet, and returns the record. */
  #read(collection: OtCollectionName, id: string): unknown {
    if (this.#touched.get(collection, id) === undefined && this.#reads.get(collection, id) === undefined) {
      const record = this.#base[collection].get(id);
      const rev = record === undefined ? this.#context.unreadable(collection, id) : revisionOf(record);
      this.#reads.set(collection, id, { collection, id, rev });
    }
    return this.#current(collection, id);
  }

  #revisionRead(collection: OtCollectionName, id: string): number {
    this.#read(collection, id);
    return this.#reads.get(collection, id)?.rev ?? 0;
  }

  #write(op: OtOp): void {
    this.ops.push(op);
    this.#touched.set(op.collection, op.id, op);
    let changes = this.#unflushed.get(op.collection);
    if (!changes) this.#unflushed.set(op.collection, (changes = new Map()));
    changes.set(op.id, op.type === 'put' ? setRevision(op.value, op.rev!) : undefined);
    this.#snapshot = undefined;
  }

  #put(name: OtCollectionName, record: { id: string }): OtRecord<OtCollectionName> {
    const rev = this.#revisionRead(name, record.id);
    const stored = this.#current(name, record.id) as Record<string, unknown> | undefined;
    let value: object = record;
    // Written over a record that changed since the tab read it (only on a rebuild): merge by the rules.
    const origin = this.#context.origin[name].get(record.id) as Record<string, unknown> | undefined;
    const moved = origin === undefined ? stored !== undefined : stored === undefined || revisionOf(origin) !== rev;
    if (moved && stored && this.#touched.get(name, record.id) === undefined) {
      const merged = mergeRecord(name, record.id, origin, record as Record<string, unknown>, stored, rev);
      value = checkRecord(name, merged.value);
      this.overwritten.push(...merged.overwritten);
    }
    this.#write({ type: 'put', collection: name, id: record.id, value, rev: rev + 1 });
    return value as OtRecord<OtCollectionName>;
  }

  #newId(): string {
    const id = this.#context.ids[this.#idsUsed] ?? createId(this.#context.now);
    this.#context.ids[this.#idsUsed++] = id;
    return id;
  }

  #collection<C extends OtCollectionName>(name: C): OtTxCollection<C> {
    const entity = collectionDef(name).entity;
    const get = (id: string) => this.#read(name, id) as OtRecord<C> | undefined;
    const now = this.#context.now;
    return {
      get,
      list: () => this.#table(name).values() as OtRecord<C>[],
      add: (input: OtAddInput<C>) => {
        if (!isPlainObject(input)) return checkRecord(name, input);
        const filled: Record<string, unknown> = { ...(input as object) };
        if (filled.id === undefined) filled.id = this.#newId();
        if (filled.createdAt === undefined && hasField(name, 'createdAt')) filled.createdAt = now;
        if (filled.at === undefined && hasField(name, 'at')) filled.at = now;
        const record = checkRecord(name, filled);
        if (get(record.id) || this.#context.unreadable(name, record.id))
          throw new OtValidationError(entity, [
            { path: ['id'], code: 'duplicate', message: `is already used by another ${entity} ("${record.id}")` },
          ]);
        this.#write({ type: 'put', collection: name, id: record.id, value: record, rev: 1 });
        return record;
      },
      put: (input) => this.#put(name, checkRecord(name, input)) as OtRecord<C>,
      update: (id, patch) => {
        const current = get(id);
        if (!current) throw new OtNotFoundError(name, id);
        const changes = typeof patch === 'function' ? patch(current) : patch;
        if (!isPlainObject(changes))
          throw new OtValidationError(entity, [
            { path: [], code: 'type', message: `must be an object of the fields to change (got ${typeName(changes)})` },
          ]);
        if ('id' in changes && (changes as { id?: unknown }).id !== id)
          throw new OtValidationError(entity, [{ path: ['id'], code: 'invalid', message: 'cannot be changed' }]);
        // A patch function ran on the stored record itself (on a rebuild, the fresh one): its result stands. A
        // patch object was made from the tab's copy: applied to that copy, then merged by the rules.
        const from = typeof patch === 'function' ? current : (this.#context.origin[name].get(id) ?? current);
        const written: Record<string, unknown> = { ...from, ...changes };
        for (const [k, v] of Object.entries(written)) if (v === undefined) delete written[k];
        if (hasField(name, 'updatedAt') && !('updatedAt' in changes)) written.updatedAt = now;
        // A session record is an event log: an update never drops an event another tab stored meanwhile.
        const events = (current as { events?: unknown }).events;
        if (name === 'sessionRecords' && Array.isArray(written.events) && Array.isArray(events))
          written.events = unionEvents(events, written.events);
        const record = checkRecord(name, written);
        if (typeof patch !== 'function') return this.#put(name, record) as OtRecord<C>;
        this.#write({ type: 'put', collection: name, id, value: record, rev: this.#revisionRead(name, id) + 1 });
        return record;
      },
      remove: (id) => {
        if (!get(id)) throw new OtNotFoundError(name, id);
        this.#write({ type: 'delete', collection: name, id, rev: this.#revisionRead(name, id) });
      },
    };
  }

  /** Writes a record the caller already checked against its schema (the document import), without checking it again. */
  putChecked(name: OtCollectionName, record: { id: string }): void {
    this.#put(name, deepFreeze(record));
  }

  /** Lets this transaction write references that name nothing (an import told to keep them). */
  keepDanglingReferences(): void {
    this.#keepDangling = true;
  }

  /** Removes a stored value the store could not read (an explicit discard of a quarantined record). */
  discardUnreadable(name: OtCollectionName, key: string): void {
    this.#write({ type: 'delete', collection: name, id: key, rev: this.#revisionRead(name, key) });
  }

  /**
   * Checks references of everything the transaction wrote, against the final state: a record may only name
   * records that exist (or are stored but quarantined), and a removed record may not be named by any.
   */
  checkReferences(): void {
    const removed = new Map<OtCollectionName, Set<string>>();
    for (const op of this.#touched.values()) {
      const def = collectionDef(op.collection);
      if (op.type === 'put') {
        if (this.#keepDangling) continue;
        const record = op.value as Record<string, unknown>;
        const previous = this.#base[op.collection].get(op.id) as Record<string, unknown> | undefined;
        const issues: OtIssue[] = [];
        for (const [field, target] of Object.entries(def.refs)) {
          const ref = record[field];
          // A write may not make a reference that names nothing; one it leaves as it was is not its doing.
          if (typeof ref !== 'string' || previous?.[field] === ref || this.#context.external.has(target)) continue;
          if (this.#read(target, ref) === undefined && !this.#context.unreadable(target, ref))
            issues.push({
              path: [field],
              code: 'reference',
              message: `names no ${collectionDef(target).entity} with id "${ref}"`,
            });
        }
        if (issues.length) throw new OtValidationError(def.entity, issues);
      } else if (!this.#context.external.has(op.collection)) {
        let ids = removed.get(op.collection);
        if (!ids) removed.set(op.collection, (ids = new Set()));
        ids.add(op.id);
      }
    }
    // One scan of each referring collection for all removals of a kind (a replace-mode import removes many).
    for (const [target, ids] of removed) {
      const def = collectionDef(target);
      const byId = new Map<string, OtIssue[]>();
      for (const [name, field] of referringFields(target)) {
        for (const [id, rec] of this.#table(name).entries()) {
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
