/**
 * The merge rules for a record written concurrently in two places (two tabs now; a device and the portal once
 * sync lands). docs/store.md states them for people; this is them for the store:
 * - a session record is an event log: its events merge by union (an event is its content), in time order;
 * - every other field merges field by field: a field this write changed takes this write's value (the later
 *   write wins); a field it left as it found it keeps the stored value; the stored value a write replaces
 *   although someone else had changed it is returned, for the change log.
 */
import type { OtCollectionName } from './collections.js';
import type { OtOverwrite } from './types.js';

type Fields = Readonly<Record<string, unknown>>;

/** Whether two JSON-like values are equal in content. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (const k of keysA) if (!Object.hasOwn(b, k) || !sameValue((a as Fields)[k], (b as Fields)[k])) return false;
  return true;
}

/**
 * Both logs' events, each once, in time order: events that happened at the same moment keep the stored log's
 * order first. An event is identified by its content (type, time and fields).
 */
export function unionEvents(stored: readonly unknown[], written: readonly unknown[]): unknown[] {
  const out = [...stored];
  for (const event of written) if (!out.some((kept) => sameValue(kept, event))) out.push(event);
  const at = (event: unknown) => ((event as { at?: unknown })?.at as number) ?? 0;
  // Array.prototype.sort is stable: equal times keep the stored events first.
  return out.sort((a, b) => at(a) - at(b));
}

/** What a write becomes over a record that changed since the writer read it. */
export interface OtMerged {
  readonly value: Record<string, unknown>;
  readonly overwritten: OtOverwrite[];
}

/**
 * Merges `written` (made from `origin`, the record as the writer saw it) onto `stored` (what is stored now, at
 * revision `rev`), by the rules above.
 */
export function mergeRecord(
  collection: OtCollectionName,
  id: string,
  origin: Fields | undefined,
  written: Fields,
  stored: Fields,
  rev: number,
): OtMerged {
  const value: Record<string, unknown> = { ...stored };
  const overwritten: OtOverwrite[] = [];
  const fields = new Set([...Object.keys(written), ...Object.keys(origin ?? {})]);
  for (const field of fields) {
    const mine = written[field];
    const before = origin?.[field];
    if (collection === 'sessionRecords' && field === 'events' && Array.isArray(mine)) {
      value.events = unionEvents(Array.isArray(stored.events) ? stored.events : [], mine);
      continue;
    }
    if (origin && sameValue(mine, before)) continue; // not changed by this write: the stored value stays
    if (sameValue(mine, stored[field])) continue;
    // `updatedAt` is the store's own stamp, not anybody's work: the later one simply stands.
    if ((!origin || !sameValue(stored[field], before)) && field !== 'updatedAt')
      overwritten.push({ collection, id, field, value: stored[field], rev });
    if (mine === undefined) delete value[field];
    else value[field] = mine;
  }
  return { value, overwritten };
}
