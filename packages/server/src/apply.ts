/**
 * Applies the changes of one push to a tenant's records in memory: ownership, the merge rules, the merged
 * record checked again, then references against the state each change leaves. A change is decided before it
 * writes anything, so a refused one leaves no trace; the push writes what was applied in a few statements
 * at the end (see storage.ts), which keeps a batch of 500 changes to a handful of round trips.
 */
import { collectionDef, safeParse, type OtCollectionName, type OtIssue } from '@otkit/sdk';
import { mergeDelete, mergePut, type OtStamps } from './merge.js';
import type { OtOverwritten, OtRejectionCode, OtRevision, OtSyncChange, OtSyncOp } from './protocol.js';

/** Why a change is refused. */
export class OtChangeRejection extends Error {
  constructor(
    readonly code: OtRejectionCode,
    message: string,
    readonly issues: readonly OtIssue[],
  ) {
    super(message);
  }
}

/** A record as stored: its owner, value (null once removed), stamps and revision. */
export interface OtRecordRow {
  readonly tenant: string;
  readonly value: Readonly<Record<string, unknown>> | null;
  readonly stamps: OtStamps;
  readonly revision: number;
}

/** What applying a change did. */
export interface OtAppliedChange {
  /** The change as applied: merged values, dropped ops left out. What a pull returns. */
  readonly change: OtSyncChange;
  readonly revisions: readonly OtRevision[];
  readonly overwritten: readonly OtOverwritten[];
}

/** Where a push's changes find records: rows loaded before, and the writes of earlier changes of the push. */
export interface OtApplyContext {
  readonly tenant: string;
  /** Every record named by an op or a reference of the push, loaded first (null: not stored). */
  readonly rows: Map<string, OtRecordRow | null>;
  /** Keys written by the push so far. */
  readonly written: Set<string>;
  /** Stored records that name `collection`/`id` (from the reference table, as it was before the push). */
  referrers(collection: OtCollectionName, id: string): Promise<{ collection: string; id: string; field: string }[]>;
}

/** The key of a record in {@link OtApplyContext.rows}. */
export const recordKey = (collection: string, id: string) => `${collection}/${id}`;

/** Checks a merged record again: a union of two event logs may not make sense as one session. */
function checkMerged(op: OtSyncOp, index: number, value: Readonly<Record<string, unknown>>) {
  const result = safeParse(collectionDef(op.collection).schema, value);
  if (result.success) return result.data as Record<string, unknown>;
  throw new OtChangeRejection(
    'conflict',
    `The ${collectionDef(op.collection).entity} "${op.id}" cannot take this change together with the writes it already holds`,
    result.issues.map((issue) => ({ ...issue, path: ['ops', index, 'value', ...issue.path] })),
  );
}

function namesTarget(collection: string, value: Readonly<Record<string, unknown>> | null, target: string, id: string) {
  if (!value) return undefined;
  const refs = collectionDef(collection as OtCollectionName).refs as Record<string, string>;
  return Object.keys(refs).find((field) => refs[field] === target && value[field] === id);
}

/** Every reference of the written records resolves, and no removed record is still named: else issues. */
async function referenceIssues(
  context: OtApplyContext,
  row: (key: string) => OtRecordRow | null | undefined,
  writes: Map<string, { index: number; collection: OtCollectionName; id: string; row: OtRecordRow }>,
): Promise<OtIssue[]> {
  const issues: OtIssue[] = [];
  for (const { index, collection, id, row: written } of writes.values()) {
    if (written.value !== null) {
      for (const [field, target] of Object.entries(collectionDef(collection).refs)) {
        const ref = written.value[field];
        if (typeof ref !== 'string') continue;
        const found = row(recordKey(target, ref));
        if (!found || found.tenant !== context.tenant || found.value === null)
          issues.push({
            path: ['ops', index, 'value', field],
            code: 'reference',
            message: `names no ${collectionDef(target).entity} with id "${ref}"`,
          });
      }
      continue;
    }
    // Who names the removed record now: stored referrers the push has not rewritten, and records it wrote.
    const names: { collection: string; id: string; field: string }[] = [];
    for (const stored of await context.referrers(collection, id)) {
      const key = recordKey(stored.collection, stored.id);
      if (!context.written.has(key) && !writes.has(key)) names.push(stored);
    }
    for (const key of new Set([...context.written, ...writes.keys()])) {
      const current = row(key);
      const [from, fromId] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
      const field = namesTarget(from, current?.value ?? null, collection, id);
      if (field) names.push({ collection: from, id: fromId, field });
    }
    for (const referrer of names.slice(0, 10))
      issues.push({
        path: ['ops', index],
        code: 'reference',
        message: `cannot remove the ${collectionDef(collection).entity}: ${referrer.collection} "${referrer.id}" still names it (${referrer.field})`,
      });
  }
  return issues;
}

/**
 * Applies a change for the context's tenant: on success its writes are in `context.rows` and
 * `context.written`; on refusal it throws an {@link OtChangeRejection} and the context is as it was.
 */
export async function applyChange(context: OtApplyContext, change: OtSyncChange): Promise<OtAppliedChange> {
  const stamp = [change.at, change.id] as const;
  const ops: OtSyncOp[] = [];
  const overwritten: OtOverwritten[] = [];
  const writes = new Map<string, { index: number; collection: OtCollectionName; id: string; row: OtRecordRow }>();
  const row = (key: string) => writes.get(key)?.row ?? context.rows.get(key);
  for (const [index, op] of change.ops.entries()) {
    const key = recordKey(op.collection, op.id);
    const stored = row(key) ?? undefined;
    if (stored && stored.tenant !== context.tenant)
      throw new OtChangeRejection('forbidden', 'The change touches a record this account may not change', [
        { path: ['ops', index, 'id'], code: 'invalid', message: 'names a record of another account' },
      ]);
    const outcome = op.type === 'put' ? mergePut(stored, op, stamp) : mergeDelete(stored, op.collection, op.id, stamp);
    overwritten.push(...outcome.overwritten);
    if (!outcome.changed) continue;
    const value = outcome.value && stored?.value ? checkMerged(op, index, outcome.value) : outcome.value;
    const next: OtRecordRow = {
      tenant: context.tenant,
      value,
      stamps: outcome.stamps,
      revision: (stored?.revision ?? 0) + 1,
    };
    writes.set(key, { index, collection: op.collection, id: op.id, row: next });
    ops.push(
      value === null
        ? { type: 'delete', collection: op.collection, id: op.id }
        : { type: 'put', collection: op.collection, id: op.id, value: value as { id: string } },
    );
  }
  const issues = await referenceIssues(context, row, writes);
  if (issues.length)
    throw new OtChangeRejection(
      'reference',
      'The change names records that do not exist, or removes records still named',
      issues,
    );
  const revisions: OtRevision[] = [];
  for (const [key, { collection, id, row: written }] of writes) {
    context.rows.set(key, written);
    context.written.add(key);
    revisions.push({
      collection,
      id,
      revision: written.revision,
      ...(written.value === null ? { deleted: true as const } : {}),
    });
  }
  return { change: { ...change, ops }, revisions, overwritten };
}
