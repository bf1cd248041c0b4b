import { OT_COLLECTION_NAMES, type OtCollectionName } from '../store/collections.js';
import type { OtChange } from '../store/types.js';
import type { OtAdapter, OtLoadResult } from './adapter.js';

/** Options of {@link memoryAdapter}. */
export interface OtMemoryAdapterOptions {
  /** Records to start with, per collection. The store checks them when it loads; bad ones go to `store.loadIssues`. */
  seed?: { [C in OtCollectionName]?: readonly unknown[] };
}

/**
 * Keeps data in memory: the default for tests and stories, and for pages that must leave nothing behind.
 *
 * @example
 * const store = createStore({ adapter: memoryAdapter({ seed: { goals: [goal] } }) });
 */
export function memoryAdapter(options: OtMemoryAdapterOptions = {}): OtAdapter {
  const tables = new Map<string, Map<string, unknown>>();
  for (const name of OT_COLLECTION_NAMES) tables.set(name, new Map());
  // Seed entries the store must refuse (unknown collection, not an array) are handed to it as they are, so
  // they show up in store.loadIssues instead of vanishing.
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
      table.set(typeof id === 'string' && !table.has(id) ? id : `\u0000seed:${i}`, structuredClone(r));
    });
  }
  const log: OtChange[] = [];
  return {
    kind: 'memory',
    async load(): Promise<OtLoadResult> {
      const records: Record<string, unknown> = {};
      for (const [name, table] of tables) records[name] = [...table.values()].map((r) => structuredClone(r));
      return { records: { ...records, ...structuredClone(odd) } } as OtLoadResult;
    },
    async commit(change) {
      for (const op of change.ops) {
        const table = tables.get(op.collection)!;
        if (op.type === 'put') table.set(op.id, structuredClone(op.value));
        else table.delete(op.id);
      }
      log.push(change);
    },
    async changes() {
      return [...log];
    },
  };
}
