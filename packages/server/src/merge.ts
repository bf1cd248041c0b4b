/**
 * The merge rules, pure: what a stored record becomes when a pushed operation meets it. They are the store's
 * rules (docs/store.md), applied on the server so every device ends with the same records:
 *
 * - A write is stamped with its change's time and id; the later stamp wins (the id breaks ties), whichever
 *   arrives first.
 * - Other records merge field by field: each top-level field keeps the stamp of its last write, and a write
 *   changes only the fields it names (`fields`, or all of them). The value that loses is kept and reported.
 * - A session record's `events` is a log: a write adds the events the server does not hold (union, in time
 *   order) and never drops one.
 * - A removal wins over the writes stamped before it and loses to those stamped after it (then the record stays,
 *   or is written again, whole).
 */
import type { OtCollectionName } from '@otkit/sdk';
import type { OtOverwritten, OtSyncPutOp } from './protocol.js';

/** When a value was written: the change's time, then its id to break ties. */
export type OtStamp = readonly [at: number, change: string];

/** Stamps of a record: `''` is the record's own (its creation or removal), other keys its fields'. */
export type OtStamps = { readonly [field: string]: OtStamp };

/** A record as the server keeps it. `value` is null once removed (a tombstone keeps its stamp). */
export interface OtStoredRecord {
  readonly value: Readonly<Record<string, unknown>> | null;
  readonly stamps: OtStamps;
}

/** What a merge decided. `changed` is false when the stored record stays as it is. */
export interface OtMergeOutcome extends OtStoredRecord {
  readonly changed: boolean;
  readonly overwritten: readonly OtOverwritten[];
}

const RECORD = '';

/** Orders two stamps: negative when `a` was written first. */
export function compareStamps(a: OtStamp, b: OtStamp): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** JSON text with object keys sorted, so equal values give equal text whatever order the database kept. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));
}

function lost(
  collection: OtCollectionName,
  id: string,
  change: string,
  field?: string,
  value?: unknown,
): OtOverwritten {
  return {
    collection,
    id,
    change,
    ...(field === undefined ? {} : { field }),
    ...(value === undefined ? {} : { value }),
  };
}

/** The union of two event logs: every distinct event once, in time order (ties keep the stored one first). */
export function unionEvents(stored: readonly unknown[], incoming: readonly unknown[]): unknown[] {
  const seen = new Set(stored.map(canonicalJson));
  const added = incoming.filter((event) => {
    const key = canonicalJson(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const at = (event: unknown) => (event as { at: number }).at;
  return [...stored, ...added].sort((a, b) => at(a) - at(b));
}

/**
 * Merges a put into what is stored.
 *
 * @example
 * const outcome = mergePut(undefined, { type: 'put', collection: 'goals', id, value }, [Date.now(), changeId]);
 */
export function mergePut(stored: OtStoredRecord | undefined, op: OtSyncPutOp, stamp: OtStamp): OtMergeOutcome {
  const incoming = op.value as Record<string, unknown>;
  const fresh = { value: incoming, stamps: { [RECORD]: stamp }, changed: true, overwritten: [] };
  if (!stored) return fresh;
  if (stored.value === null) {
    if (compareStamps(stamp, stored.stamps[RECORD]!) > 0) return fresh;
    return { ...stored, changed: false, overwritten: [lost(op.collection, op.id, stamp[1], undefined, incoming)] };
  }
  const current = stored.value;
  const value: Record<string, unknown> = { ...current };
  const stamps: Record<string, OtStamp> = { ...stored.stamps };
  const overwritten: OtOverwritten[] = [];
  // Sorted, so the overwritten values are reported in the same order whatever key order the database keeps.
  const fields = [...(op.fields ?? new Set([...Object.keys(current), ...Object.keys(incoming)]))].sort();
  for (const field of fields) {
    if (field === 'id') continue;
    if (op.collection === 'sessionRecords' && field === 'events') continue;
    const before = stamps[field] ?? stamps[RECORD]!;
    const theirs = current[field];
    const ours = incoming[field];
    if (compareStamps(stamp, before) > 0) {
      if (ours === undefined) delete value[field];
      else value[field] = ours;
      stamps[field] = stamp;
      if (!sameValue(theirs, ours)) overwritten.push(lost(op.collection, op.id, before[1], field, theirs));
    } else if (!sameValue(theirs, ours)) {
      overwritten.push(lost(op.collection, op.id, stamp[1], field, ours));
    }
  }
  if (op.collection === 'sessionRecords') {
    const events = unionEvents((current.events as unknown[]) ?? [], (incoming.events as unknown[]) ?? []);
    value.events = events;
  }
  return { value, stamps, changed: !sameValue(current, value), overwritten };
}

/**
 * Merges a removal into what is stored. Removing a removed record changes nothing.
 *
 * @example
 * const outcome = mergeDelete(stored, 'goals', goalId, [Date.now(), changeId]);
 */
export function mergeDelete(
  stored: OtStoredRecord | undefined,
  collection: OtCollectionName,
  id: string,
  stamp: OtStamp,
): OtMergeOutcome {
  // A removal that arrives before the write it removes leaves a tombstone, so that write loses when it comes.
  if (!stored) return { value: null, stamps: { [RECORD]: stamp }, changed: true, overwritten: [] };
  if (stored.value === null) return { ...stored, changed: false, overwritten: [] };
  const latest = Object.values(stored.stamps).reduce((a, b) => (compareStamps(a, b) >= 0 ? a : b));
  if (compareStamps(stamp, latest) > 0)
    return { value: null, stamps: { [RECORD]: stamp }, changed: true, overwritten: [] };
  return { ...stored, changed: false, overwritten: [lost(collection, id, stamp[1])] };
}
