/**
 * The part of a commit every adapter shares: compare what storage holds with what the change was built on,
 * rebuild until they agree, then write. Written with callbacks, not promises, so IndexedDB can run it inside
 * one transaction (a transaction ends at the first turn of the event loop with no request pending).
 */
import { OtConflictError } from '../errors.js';
import { OT_COLLECTION_NAMES, collectionDef, type OtCollectionName } from '../store/collections.js';
import type { OtChange } from '../store/types.js';
import type { OtCommitContext, OtCommitResult, OtRead, OtStoredRecord } from './adapter.js';

/** Rounds of rebuilding before a commit gives up (each round means another tab wrote in between). */
const MAX_ROUNDS = 20;

/** Which (collection, field) pairs refer to records of `target`. */
export function referringFields(target: OtCollectionName): [OtCollectionName, string][] {
  const out: [OtCollectionName, string][] = [];
  for (const name of OT_COLLECTION_NAMES)
    for (const [field, to] of Object.entries(collectionDef(name).refs)) if (to === target) out.push([name, field]);
  return out;
}

/** What a lookup must find: the records read, and what refers to each record deleted. */
export interface OtLookup {
  readonly reads: readonly OtRead[];
  readonly deleted: readonly { collection: OtCollectionName; id: string }[];
}

const key = (collection: string, id: string) => `${collection}\u0000${id}`;

/** The revision each read saw, per collection and id (no key strings: an import reads tens of thousands). */
function revisionsSeen(reads: readonly OtRead[]): (record: OtStoredRecord) => number | undefined {
  const seen = new Map<string, Map<string, number>>();
  for (const read of reads) {
    let map = seen.get(read.collection);
    if (!map) seen.set(read.collection, (map = new Map()));
    map.set(read.id, read.rev);
  }
  return (record) => seen.get(record.collection)?.get(record.id);
}

/**
 * Settles one commit. `lookup` finds the stored state of every read (rev 0 when absent) and every stored
 * record that refers to a deleted one, then calls back; `write` stores the change; `fail` ends the commit.
 */
export function settle(
  change: OtChange,
  context: OtCommitContext | undefined,
  lookup: (what: OtLookup, found: (stored: OtStoredRecord[]) => void) => void,
  write: (result: OtCommitResult) => void,
  fail: (error: unknown) => void,
): void {
  if (!context) {
    write({ change, stored: [] });
    return;
  }
  let current = { change, reads: context.reads, removals: context.removals };
  const differing = new Map<string, OtStoredRecord>();
  let rounds = 0;
  const round = () => {
    lookup({ reads: current.reads, deleted: current.removals }, (stored) => {
      const seen = revisionsSeen(current.reads);
      const stale = stored.filter((record) => seen(record) !== record.rev);
      if (stale.length === 0) {
        write({ change: current.change, stored: [...differing.values()] });
        return;
      }
      for (const record of stale) differing.set(key(record.collection, record.id), record);
      try {
        if (++rounds > MAX_ROUNDS)
          throw new OtConflictError(
            `"${change.command}" could not be saved: other tabs kept changing the same records (${MAX_ROUNDS} tries)`,
          );
        current = context.rebuild([...differing.values()]);
      } catch (error) {
        fail(error);
        return;
      }
      round();
    });
  };
  round();
}
