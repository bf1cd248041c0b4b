import { OT_COLLECTION_NAMES, type OtCollectionName } from '../store/collections.js';
import { deepFreeze } from '../store/replay.js';
import type { OtChange } from '../store/types.js';
import type { OtAdapter, OtCommitResult, OtLoadResult, OtStoredRecord } from './adapter.js';
import { referringFields, settle } from './settle.js';

/** Options of {@link memoryAdapter}. */
export interface OtMemoryAdapterOptions {
  /** Records to start with, per collection. The store checks them when it loads; bad ones go to `store.quarantine`. */
  seed?: { [C in OtCollectionName]?: readonly unknown[] };
}

interface Stored {
  readonly rev: number;
  readonly value: unknown;
}

/**
 * Keeps data in memory: the default for tests and stories, and for pages that must leave nothing behind.
 * Records are held as the store hands them over: the store freezes every record it checked, so nothing is
 * copied on the way in or out.
 *
 * @example
 * const store = createStore({ adapter: memoryAdapter({ seed: { goals: [goal] } }) });
 */
export function memoryAdapter(options: OtMemoryAdapterOptions = {}): OtAdapter {
  const tables = new Map<string, Map<string, Stored>>();
  for (const name of OT_COLLECTION_NAMES) tables.set(name, new Map());
  // Seed entries the store must refuse (unknown collection, not an array) are handed to it as they are, so
  // they show up in store.quarantine instead of vanishing.
  const odd: Record<string, unknown> = {};
  for (const [name, records] of Object.entries(options.seed ?? {})) {
    const table = tables.get(name);
    if (!table || !Array.isArray(records)) {
      odd[name] = structuredClone(records);
      continue;
    }
    records.forEach((r: unknown, i) => {
      const id = (r as { id?: unknown } | null)?.id;
      // A record without a usable id, or repeating one, keeps a key of its own, so the store sees and reports it.
      // Seeds are the page's own objects: copied and frozen once, so nobody changes what is stored later.
      table.set(typeof id === 'string' && !table.has(id) ? id : `\u0000seed:${i}`, {
        rev: 1,
        value: deepFreeze(structuredClone(r)),
      });
    });
  }
  let log: OtChange[] = [];

  function lookup(collection: OtCollectionName, id: string): OtStoredRecord {
    const stored = tables.get(collection)!.get(id);
    return stored ? { collection, id, rev: stored.rev, value: stored.value } : { collection, id, rev: 0 };
  }

  function write({ change }: OtCommitResult): void {
    if (change.ops.length === 0) return;
    for (const op of change.ops) {
      const table = tables.get(op.collection)!;
      if (op.type === 'put') table.set(op.id, { rev: op.rev ?? 1, value: op.value });
      else table.delete(op.id);
    }
    log.push(change);
  }

  return {
    kind: 'memory',
    async load(): Promise<OtLoadResult> {
      const records: Record<string, unknown> = {};
      const revisions: Record<string, Map<string, number>> = {};
      for (const [name, table] of tables) {
        records[name] = [...table.values()].map((stored) => stored.value);
        revisions[name] = new Map([...table].map(([id, stored]) => [id, stored.rev]));
      }
      return { records: { ...records, ...structuredClone(odd) }, revisions } as OtLoadResult;
    },
    commit(change, context) {
      return new Promise((resolve, reject) => {
        settle(
          change,
          context,
          ({ reads, deleted }, found) => {
            const stored = reads.map((read) => lookup(read.collection, read.id));
            for (const target of deleted)
              for (const [name, field] of referringFields(target.collection))
                for (const [id, { value }] of tables.get(name)!)
                  if ((value as Record<string, unknown>)[field] === target.id) stored.push(lookup(name, id));
            found(stored);
          },
          (result) => {
            write(result);
            resolve(result);
          },
          reject,
        );
      });
    },
    async changes() {
      return [...log];
    },
    async compact(rule) {
      const before = log.length;
      const cut = log.length - rule.keep;
      log = log.filter((change, index) => !((change.at < rule.before || index < cut) && rule.acknowledged(change)));
      return before - log.length;
    },
  };
}
