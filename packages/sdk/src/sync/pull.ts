/**
 * A pull page applied to the store: one local change (command `sync.pull`, never pushed back) through the
 * store's own checks. A page the checks refuse is applied change by change; a change refused alone is left
 * out and returned with its records and the reason, so one bad change never holds up the rest.
 *
 * A pulled value that replaces a field this device wrote is this device's work lost to a later write
 * elsewhere (docs/sync-protocol.md, "Merge rules"): the replaced value is kept in the `sync.pull` entry's
 * `overwritten` list, as the store keeps the values its own merges replace (docs/store.md).
 */
import { OtError, OtValidationError } from '../errors.js';
import type { OtCollectionName } from '../store/collections.js';
import { sameValue } from '../store/merge.js';
import { revisionOf } from '../store/replay.js';
import type { OtChange, OtOp, OtOverwrite, OtTxCollection } from '../store/types.js';
import type { OtSyncRejection, OtSyncTarget } from './types.js';
import type { OtPulledChange } from './wire.js';

/** The command of the local change a pull page becomes: such changes came from the server and are never pushed. */
export const OT_SYNC_PULL_COMMAND = 'sync.pull';

type Json = Record<string, unknown>;
/** Per record (`collection/id`), per field: the local change that last wrote the value held now. */
type LocalWriters = Map<string, Map<string, OtChange>>;

/** What applying a page did. */
export interface OtPullOutcome {
  /** Pulled changes the store's checks refused (left out). */
  readonly refused: readonly OtSyncRejection[];
  /** Values of this device that pulled values replaced (kept in the change log). */
  readonly overwritten: readonly OtOverwrite[];
}

const keyOf = (op: OtOp) => `${op.collection}/${op.id}`;

/** Whether stamp `a` (time, then change id) is later than `b`: the server's "later write wins" order. */
function laterThan(a: { at: number; id: string }, b: { at: number; id: string }): boolean {
  return a.at !== b.at ? a.at > b.at : a.id > b.id;
}

/** Reads the change log for who last wrote each field of `keys`: a local change, or (absent) a pull. */
function localWriters(log: readonly OtChange[], keys: ReadonlySet<string>): LocalWriters {
  const writers: LocalWriters = new Map();
  const held = new Map<string, Json | undefined>();
  for (const change of log) {
    const local = change.command !== OT_SYNC_PULL_COMMAND;
    for (const op of change.ops) {
      const key = keyOf(op);
      if (!keys.has(key)) continue;
      const before = held.get(key);
      const after = op.type === 'put' ? (op.value as Json) : undefined;
      held.set(key, after);
      let fields = writers.get(key);
      if (!fields) writers.set(key, (fields = new Map()));
      if (!after) {
        fields.clear();
        continue;
      }
      for (const field of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
        if (sameValue(before?.[field], after[field])) continue;
        if (local) fields.set(field, change);
        else fields.delete(field);
      }
    }
  }
  return writers;
}

/**
 * The fields of `held` this device wrote that `op` replaces with another value. A local write the server has
 * not answered yet and that is later than the pulled one is left out: it wins on the server once pushed, and
 * the pull after the push brings it back.
 */
function lostFields(
  op: OtOp,
  change: OtPulledChange,
  held: Json,
  writers: Map<string, OtChange> | undefined,
  answered: (changeId: string) => boolean,
): OtOverwrite[] {
  if (!writers?.size) return [];
  const next = op.type === 'put' ? (op.value as Json) : undefined;
  const lost: OtOverwrite[] = [];
  for (const [field, writer] of writers) {
    // `updatedAt` is the store's stamp, and session events merge by union: neither is anybody's lost work.
    if (field === 'updatedAt' || (op.collection === 'sessionRecords' && field === 'events')) continue;
    if (next && sameValue(next[field], held[field])) continue;
    if (!answered(writer.id) && !laterThan(change, writer)) continue;
    lost.push({ collection: op.collection, id: op.id, field, value: held[field], rev: revisionOf(held) });
  }
  return lost;
}

/** The last op per record, in order, with the change it came from: a page's end state. */
function lastOps(changes: readonly OtPulledChange[]): { op: OtOp; change: OtPulledChange }[] {
  const last = new Map<string, { op: OtOp; change: OtPulledChange }>();
  for (const change of changes)
    for (const op of change.ops) {
      last.delete(keyOf(op));
      last.set(keyOf(op), { op, change });
    }
  return [...last.values()];
}

async function write(
  store: OtSyncTarget,
  changes: readonly OtPulledChange[],
  writers: LocalWriters,
  answered: (changeId: string) => boolean,
): Promise<OtOverwrite[]> {
  let kept: OtOverwrite[] = [];
  await store.transaction(
    (tx) => {
      // The function may run again over records another tab stored meanwhile: start over each time.
      kept = [];
      for (const { op, change } of lastOps(changes)) {
        const collection = tx[op.collection] as unknown as OtTxCollection<OtCollectionName>;
        const held = collection.get(op.id) as Json | undefined;
        if (held) kept.push(...lostFields(op, change, held, writers.get(keyOf(op)), answered));
        if (op.type === 'delete') {
          if (held) collection.remove(op.id);
        } else if (!held || !sameValue(held, op.value)) collection.put(op.value as never);
      }
      if (kept.length) tx.keepOverwritten(kept);
    },
    { command: OT_SYNC_PULL_COMMAND, actor: 'sync' },
  );
  // Those fields now hold a pulled value: a later change of the same page replacing it again loses nothing here.
  for (const lost of kept) writers.get(`${lost.collection}/${lost.id}`)?.delete(lost.field);
  return kept;
}

/** A refusal by the store's checks (not a storage failure, which fails the round and is retried). */
const isRefusal = (error: unknown): error is OtError => error instanceof OtError && error.code !== 'persistence';

function refusalOf(change: OtPulledChange, error: OtError): OtSyncRejection {
  const records = [...new Map(change.ops.map((op) => [keyOf(op), { collection: op.collection, id: op.id }])).values()];
  const issues = error instanceof OtValidationError ? error.issues : undefined;
  return {
    id: change.id,
    command: change.command,
    at: Date.now(),
    pulled: true,
    records,
    error: { code: `pulled-${error.code}`, message: error.message, ...(issues?.length ? { issues } : {}) },
  };
}

/**
 * Applies a pull page; `answered(id)` says whether the server answered a local change (see {@link lostFields}).
 *
 * @example
 * const { refused, overwritten } = await applyPulled(store, answer.changes, (id) => journal.has(id));
 */
export async function applyPulled(
  store: OtSyncTarget,
  changes: readonly OtPulledChange[],
  answered: (changeId: string) => boolean,
): Promise<OtPullOutcome> {
  const writers = localWriters(await store.changes(), new Set(changes.flatMap((c) => c.ops.map(keyOf))));
  if (changes.length > 1) {
    try {
      return { refused: [], overwritten: await write(store, changes, writers, answered) };
    } catch (error) {
      if (!isRefusal(error)) throw error;
    }
  }
  const refused: OtSyncRejection[] = [];
  const overwritten: OtOverwrite[] = [];
  for (const change of changes) {
    try {
      overwritten.push(...(await write(store, [change], writers, answered)));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      refused.push(refusalOf(change, error));
    }
  }
  return { refused, overwritten };
}
