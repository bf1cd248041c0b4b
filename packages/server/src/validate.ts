/**
 * Checks one pushed change with the SDK's own rules: the envelope (id, time, actor, command, ops), then every
 * written record against its collection's schema. References are checked later, against the stored records.
 */
import { OT_ID_PATTERN, collectionDef, isCollectionName, safeParse, type OtIssue } from '@otkit/sdk';
import type { OtSyncChange, OtSyncLimits, OtSyncOp, OtSyncPutOp } from './protocol.js';

/** The largest time a change id holds (48 bits of milliseconds). */
const MAX_TIME = 2 ** 48 - 1;
const MAX_NAME_LENGTH = 200;
const MAX_FIELDS = 200;

/** What checking a change found. */
export type OtCheckedChange =
  | { readonly ok: true; readonly change: OtSyncChange }
  | { readonly ok: false; readonly id: string | null; readonly issues: readonly OtIssue[] };

// `rev` (the writer's local revision) and a change's `overwritten` (what the writer's own store overwrote) are
// what the SDK's change log carries: accepted as they come, not used, since the server keeps its own.
const CHANGE_KEYS = new Set(['id', 'at', 'actor', 'command', 'ops', 'overwritten']);
const OP_KEYS = {
  put: new Set(['type', 'collection', 'id', 'value', 'fields', 'rev']),
  delete: new Set(['type', 'collection', 'id', 'rev']),
};
const MAX_LOCAL_OVERWRITES = 10_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function unknownKeys(value: Record<string, unknown>, known: Set<string>, path: (string | number)[], issues: OtIssue[]) {
  for (const key of Object.keys(value))
    if (!known.has(key))
      issues.push({ path: [...path, key], code: 'unknown-key', message: 'is not part of the protocol' });
}

function checkName(value: unknown, path: (string | number)[], issues: OtIssue[]): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NAME_LENGTH)
    issues.push({ path, code: 'type', message: `must be a text of 1 to ${MAX_NAME_LENGTH} characters` });
}

function checkOp(raw: unknown, path: (string | number)[], issues: OtIssue[]): OtSyncOp | undefined {
  if (!isObject(raw)) {
    issues.push({ path, code: 'type', message: `must be an operation object (got ${describeType(raw)})` });
    return undefined;
  }
  const { type, collection, id } = raw;
  if (type !== 'put' && type !== 'delete') {
    issues.push({ path: [...path, 'type'], code: 'enum', message: 'must be "put" or "delete"' });
    return undefined;
  }
  const before = issues.length;
  unknownKeys(raw, OP_KEYS[type], path, issues);
  if (!isCollectionName(collection))
    issues.push({ path: [...path, 'collection'], code: 'enum', message: 'is not a collection of the store' });
  if (typeof id !== 'string' || !OT_ID_PATTERN.test(id))
    issues.push({ path: [...path, 'id'], code: 'pattern', message: 'must be a record id (letters, digits, _ . : -)' });
  if (raw.rev !== undefined && !(typeof raw.rev === 'number' && Number.isInteger(raw.rev) && raw.rev >= 0))
    issues.push({ path: [...path, 'rev'], code: 'type', message: 'must be a whole number from 0' });
  if (issues.length > before || !isCollectionName(collection) || typeof id !== 'string') return undefined;
  if (type === 'delete') return { type, collection, id };

  const result = safeParse(collectionDef(collection).schema, raw.value);
  if (!result.success) {
    for (const issue of result.issues) issues.push({ ...issue, path: [...path, 'value', ...issue.path] });
    return undefined;
  }
  if (result.data.id !== id) {
    issues.push({ path: [...path, 'value', 'id'], code: 'invalid', message: `must equal the operation's id "${id}"` });
    return undefined;
  }
  const value = result.data as OtSyncPutOp['value'];
  if (raw.fields === undefined) return { type, collection, id, value };
  const fields = raw.fields;
  if (
    !Array.isArray(fields) ||
    fields.length > MAX_FIELDS ||
    !fields.every((f) => typeof f === 'string' && f.length > 0 && f.length <= MAX_NAME_LENGTH)
  ) {
    issues.push({
      path: [...path, 'fields'],
      code: 'type',
      message: `must be a list of up to ${MAX_FIELDS} field names`,
    });
    return undefined;
  }
  return { type, collection, id, value, fields: [...new Set(fields as string[])] };
}

/**
 * Checks one pushed change. Paths in the issues start at the change (`['ops', 0, 'value', 'text']`).
 *
 * @example
 * const checked = checkChange(body.changes[0], OT_SYNC_DEFAULT_LIMITS);
 * if (!checked.ok) console.log(checked.issues);
 */
export function checkChange(raw: unknown, limits: OtSyncLimits): OtCheckedChange {
  const issues: OtIssue[] = [];
  if (!isObject(raw)) {
    issues.push({ path: [], code: 'type', message: `must be a change object (got ${describeType(raw)})` });
    return { ok: false, id: null, issues };
  }
  const usableId = typeof raw.id === 'string' && OT_ID_PATTERN.test(raw.id) ? raw.id : null;
  if (!usableId)
    issues.push({ path: ['id'], code: 'pattern', message: 'must be a change id (letters, digits, _ . : -)' });
  unknownKeys(raw, CHANGE_KEYS, [], issues);
  const at = raw.at;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > MAX_TIME)
    issues.push({ path: ['at'], code: 'type', message: 'must be a time in whole milliseconds since 1970' });
  checkName(raw.actor, ['actor'], issues);
  checkName(raw.command, ['command'], issues);
  if (
    raw.overwritten !== undefined &&
    !(
      Array.isArray(raw.overwritten) &&
      raw.overwritten.length <= MAX_LOCAL_OVERWRITES &&
      raw.overwritten.every(isObject)
    )
  )
    issues.push({
      path: ['overwritten'],
      code: 'type',
      message: `must be a list of up to ${MAX_LOCAL_OVERWRITES} objects`,
    });
  const ops: OtSyncOp[] = [];
  if (!Array.isArray(raw.ops)) {
    issues.push({ path: ['ops'], code: 'type', message: 'must be a list of operations' });
  } else if (raw.ops.length === 0 || raw.ops.length > limits.maxOpsPerChange) {
    issues.push({
      path: ['ops'],
      code: raw.ops.length === 0 ? 'too-small' : 'too-big',
      message: `must hold 1 to ${limits.maxOpsPerChange} operations (got ${raw.ops.length})`,
    });
  } else {
    raw.ops.forEach((op: unknown, index) => {
      const checked = checkOp(op, ['ops', index], issues);
      if (checked) ops.push(checked);
    });
  }
  if (issues.length) return { ok: false, id: usableId, issues };
  return {
    ok: true,
    change: { id: usableId!, at: at as number, actor: raw.actor as string, command: raw.command as string, ops },
  };
}
