/**
 * Turning what an adapter loaded into a state, without hiding anything: every stored value that fails its
 * checks is kept aside with its issues (the quarantine), never dropped, so the host can show it, export it,
 * fix it or discard it on purpose.
 */
import type { OtLoadResult, OtQuarantined, OtStoredRecord } from '../adapters/adapter.js';
import type { OtIssue } from '../errors.js';
import { OT_COLLECTION_NAMES, checkCollections, collectionDef, type OtCollectionName } from './collections.js';
import { safeParse } from '../model/schema.js';
import { deepFreeze, emptyState, setRevision } from './replay.js';
import { OtTable } from './table.js';
import type { OtOp, OtState } from './types.js';

/** A quarantined value's place: collection and stored key. */
export const quarantineKey = (collection: string, key: string) => `${collection}\u0000${key}`;

/** What {@link readLoaded} made of a load. */
export interface OtReadLoad {
  readonly state: OtState;
  readonly issues: OtIssue[];
  readonly quarantine: OtQuarantined[];
  /** The stored revision of each quarantined value, by {@link quarantineKey}. */
  readonly quarantineRevs: Map<string, number>;
}

/** Checks every loaded record once and builds the state from the ones that pass. */
export function readLoaded(loaded: OtLoadResult): OtReadLoad {
  const issues: OtIssue[] = [];
  const { valid } = checkCollections(loaded.records, [], issues);
  const tables: Record<string, OtTable<unknown>> = { ...emptyState() };
  for (const [name, list] of valid) {
    const revisions = loaded.revisions?.[name];
    tables[name] = OtTable.from(
      list.map(({ record }) => [record.id, setRevision(deepFreeze(record), revisions?.get(record.id) ?? 1)] as const),
    );
  }
  // Group the issues by the stored value they are about: [collection, index, ...].
  const byValue = new Map<string, { collection: string; index: number | undefined; issues: OtIssue[] }>();
  for (const issue of issues) {
    const [collection, index] = issue.path;
    const at = `${String(collection)}\u0000${typeof index === 'number' ? index : ''}`;
    let entry = byValue.get(at);
    if (!entry)
      byValue.set(
        at,
        (entry = { collection: String(collection), index: typeof index === 'number' ? index : undefined, issues: [] }),
      );
    entry.issues.push(issue);
  }
  const quarantine: OtQuarantined[] = [];
  const quarantineRevs = new Map<string, number>();
  const records = loaded.records as Record<string, unknown>;
  for (const { collection, index, issues: found } of byValue.values()) {
    const list = records[collection];
    const value = index === undefined ? list : (list as unknown[])[index];
    const id = (value as { id?: unknown } | null)?.id;
    const key = index === undefined ? '' : typeof id === 'string' ? id : `#${index}`;
    quarantine.push({ collection, key, value, issues: found });
    const rev = loaded.revisions?.[collection as OtCollectionName]?.get(key);
    quarantineRevs.set(quarantineKey(collection, key), rev ?? 1);
  }
  return { state: tables as unknown as OtState, issues, quarantine, quarantineRevs };
}

/**
 * Checks stored records a commit found (another tab's writes) and turns them into ops for a state; a value
 * that fails its checks is returned apart, for the quarantine.
 */
export function readStored(stored: readonly OtStoredRecord[]): {
  ops: OtOp[];
  unreadable: (OtQuarantined & { rev: number })[];
} {
  const ops: OtOp[] = [];
  const unreadable: (OtQuarantined & { rev: number })[] = [];
  for (const record of stored) {
    const { collection, id, rev } = record;
    if (rev === 0) {
      // Storage holds no such record as of now: that outranks any revision this tab still shows.
      ops.push({ type: 'delete', collection, id, rev: Number.MAX_SAFE_INTEGER });
      continue;
    }
    const result = safeParse(collectionDef(collection).schema, record.value);
    if (result.success && result.data.id === id)
      ops.push({ type: 'put', collection, id, value: deepFreeze(result.data), rev });
    else {
      const issues = result.success
        ? [{ path: [collection, 'id'], code: 'invalid' as const, message: `does not match its key "${id}"` }]
        : result.issues.map((issue) => ({ ...issue, path: [collection, id, ...issue.path] }));
      unreadable.push({ collection, key: id, value: record.value, issues, rev });
      ops.push({ type: 'delete', collection, id, rev: Number.MAX_SAFE_INTEGER });
    }
  }
  return { ops, unreadable };
}

/** Checks that every collection name an op names is known, and the op is well formed (from another tab). */
export function checkIncoming(incoming: unknown): OtOp[] {
  if (!Array.isArray(incoming)) return [];
  const ops: OtOp[] = [];
  for (const op of incoming as OtOp[]) {
    if (!OT_COLLECTION_NAMES.includes(op?.collection) || typeof op.id !== 'string') continue;
    const rev = typeof op.rev === 'number' && Number.isSafeInteger(op.rev) ? op.rev : 1;
    if (op.type === 'delete') ops.push({ type: 'delete', collection: op.collection, id: op.id, rev });
    else if (op.type === 'put') {
      const result = safeParse(collectionDef(op.collection).schema, op.value);
      if (result.success && result.data.id === op.id)
        ops.push({ type: 'put', collection: op.collection, id: op.id, value: result.data, rev });
    }
  }
  return ops;
}
