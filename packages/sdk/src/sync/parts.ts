/**
 * Large changes travel in parts. A server caps the operations of one change (`maxOpsPerChange`, 1,000 by
 * default in `@otkit/server`) and the bytes of one request (4 MiB), while importing a caseload writes tens of
 * thousands of records in one change. The outbox sends such a change as several changes on the wire, each
 * with an id of its own derived from the change's (so each part is idempotent like any other change), and
 * ordered so the server's reference checks hold part by part: a record is written before the records that
 * refer to it, and removed after them. The change counts as answered once every part is.
 *
 * A server applies parts one by one, so a refused part does not undo the parts before it: it is reported
 * like any refused change (`status.rejected`, `onRejected`), naming the part.
 */
import { collectionDef } from '../store/collections.js';
import type { OtChange, OtOp } from '../store/types.js';
import type { OtJournalEntry } from './journal.js';

type Json = Record<string, unknown>;

/** Operations in one part by default: half the reference server's cap per change. */
export const OT_SYNC_OPS_PER_PART = 500;
/** Bytes of the records in one part by default (a quarter of the reference server's request cap). */
export const OT_SYNC_BYTES_PER_PART = 1024 * 1024;

/** A change as it goes on the wire: the change itself, or one part of it. */
export interface OtWirePart {
  readonly change: OtChange;
  /** The value each put replaced before the change (to name the fields it changed). */
  readonly before: ReadonlyMap<OtOp, Json | undefined>;
}

/** How big a part may be. */
export interface OtPartLimits {
  readonly ops: number;
  readonly bytes: number;
}

/** The id of part `index` (from 1) of `count` of the change `id`, e.g. `01J….p2of9`. */
export function partId(id: string, index: number, count: number): string {
  return `${id}.p${index}of${count}`;
}

/**
 * The change as parts no larger than `limits`, or the change alone when it fits. `before(op)` is the value the
 * record held before `op` (undefined for a new record), as the change log tells it.
 *
 * @example
 * const parts = partsOf(change, (op) => previous.get(op), { ops: 500, bytes: 1024 * 1024 });
 * for (const { change: part } of parts) console.log(part.id, part.ops.length);
 */
export function partsOf(change: OtChange, before: (op: OtOp) => Json | undefined, limits: OtPartLimits): OtWirePart[] {
  const whole = (): OtWirePart => ({ change, before: new Map(change.ops.map((op) => [op, before(op)])) });
  if (change.ops.length <= limits.ops && change.ops.length < 2) return [whole()];
  if (change.ops.length <= limits.ops && change.ops.reduce((sum, op) => sum + sizeOf(op), 0) <= limits.bytes)
    return [whole()];

  // One op per record: the last, against the value before the change's first op on it.
  const last = new Map<string, OtOp>();
  const valueBefore = new Map<OtOp, Json | undefined>();
  const firstBefore = new Map<string, Json | undefined>();
  for (const op of change.ops) {
    const key = keyOf(op.collection, op.id);
    if (!firstBefore.has(key)) firstBefore.set(key, before(op));
    last.delete(key);
    last.set(key, op);
  }
  for (const [key, op] of last) valueBefore.set(op, firstBefore.get(key));

  const ordered = [
    ...referencesFirst(
      [...last.values()].filter((op) => op.type === 'put'),
      (op) => (op.type === 'put' ? (op.value as Json) : undefined),
    ),
    ...referencesFirst(
      [...last.values()].filter((op) => op.type === 'delete'),
      (op) => valueBefore.get(op),
    ).reverse(),
  ];
  const groups = cut(ordered, limits);
  return groups.map((ops, index) => ({
    change: { ...change, id: partId(change.id, index + 1, groups.length), ops },
    before: valueBefore,
  }));
}

function keyOf(collection: string, id: string): string {
  return `${collection}/${id}`;
}

function sizeOf(op: OtOp): number {
  return op.type === 'put' ? JSON.stringify(op.value).length + 64 : 96;
}

/** The keys of records in `ops` that `value` (a record of `collection`) refers to. */
function referencesOf(collection: OtOp['collection'], value: Json | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const [field, target] of Object.entries(collectionDef(collection).refs)) {
    const id = value[field];
    if (typeof id === 'string') out.push(keyOf(target, id));
  }
  return out;
}

/**
 * `ops` with each op after the ops (in `ops`) of the records its value refers to; otherwise in their order.
 * Iterative, so a long chain (a note carried over session after session) cannot overflow the stack; a cycle
 * keeps the order it met.
 */
function referencesFirst(ops: OtOp[], valueOf: (op: OtOp) => Json | undefined): OtOp[] {
  const byKey = new Map(ops.map((op) => [keyOf(op.collection, op.id), op]));
  const placed = new Set<OtOp>();
  const entered = new Set<OtOp>();
  const out: OtOp[] = [];
  for (const start of ops) {
    if (placed.has(start)) continue;
    const stack: { op: OtOp; refs: string[] }[] = [];
    const enter = (op: OtOp) => {
      entered.add(op);
      stack.push({ op, refs: referencesOf(op.collection, valueOf(op)) });
    };
    enter(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = top.refs.pop();
      if (next === undefined) {
        stack.pop();
        placed.add(top.op);
        out.push(top.op);
        continue;
      }
      const target = byKey.get(next);
      if (target && !entered.has(target)) enter(target);
    }
  }
  return out;
}

/** `ops` cut, in order, into groups within the limits (a single op larger than the bytes is a group alone). */
function cut(ops: OtOp[], limits: OtPartLimits): OtOp[][] {
  const groups: OtOp[][] = [];
  let group: OtOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = sizeOf(op);
    if (group.length && (group.length >= limits.ops || bytes + size > limits.bytes)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(op);
    bytes += size;
  }
  if (group.length) groups.push(group);
  return groups;
}

/** What the server's answers to every part of `change` say of the change: acknowledged, or the refusals. */
export function answerOfParts(
  change: OtChange,
  parts: readonly OtWirePart[],
  answered: ReadonlyMap<string, OtJournalEntry>,
): OtJournalEntry {
  const refused = parts
    .map((part) => answered.get(part.change.id))
    .filter((entry): entry is Extract<OtJournalEntry, { status: 'rejected' }> => entry?.status === 'rejected');
  if (refused.length === 0 || parts.length === 1) return refused[0] ?? { id: change.id, status: 'acknowledged' };
  const first = refused[0]!;
  return {
    id: change.id,
    status: 'rejected',
    command: change.command,
    at: change.at,
    error: {
      ...first.error,
      message: `${refused.length} of ${parts.length} parts refused; the first: ${first.error.message}`,
    },
  };
}
