import { OT_COLLECTION_NAMES, type OtCollectionName } from '../model/collections.js';
import type { OtChange } from '../store/types.js';
import type { OtAdapter, OtLoadResult } from './adapter.js';

/** Options of {@link memoryAdapter}. */
export interface OtMemoryAdapterOptions {
  /** Records to start with, per collection (checked by the store when it loads them). */
  seed?: { [C in OtCollectionName]?: readonly unknown[] };
}

/**
 * Keeps data in memory: the default for tests and stories, and for pages that must leave nothing behind.
 *
 * @example
 * const store = createStore({ adapter: memoryAdapter({ seed: { goals: [goal] } }) });
 */
export function memoryAdapter(options: OtMemoryAdapterOptions = {}): OtAdapter {
  const tables = new Map<OtCollectionName, Map<string, unknown>>();
  for (const name of OT_COLLECTION_NAMES) tables.set(name, new Map());
  for (const [name, records] of Object.entries(options.seed ?? {}) as [OtCollectionName, unknown[]][]) {
    const table = tables.get(name);
    if (!table) continue;
    records.forEach((r, i) => table.set(String((r as { id?: unknown })?.id ?? `#${i}`), structuredClone(r)));
  }
  const log: OtChange[] = [];
  return {
    kind: 'memory',
    async load(): Promise<OtLoadResult> {
      const records: { [C in OtCollectionName]?: unknown[] } = {};
      for (const [name, table] of tables) records[name] = [...table.values()].map((r) => structuredClone(r));
      return { records };
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
