/**
 * Applies one checked change to the stored records of a tenant, inside the push's transaction: ownership,
 * the merge rules, the merged record checked again, then references against the state the change leaves.
 */
import { collectionDef, safeParse, type OtCollectionName, type OtIssue } from '@otkit/sdk';
import { mergeDelete, mergePut, type OtStamps, type OtStoredRecord } from './merge.js';
import type { OtOverwritten, OtRejectionCode, OtRevision, OtSyncChange, OtSyncOp } from './protocol.js';
import type { OtSqlQueryable } from './sql/database.js';

/** Why a change is refused; thrown inside its savepoint, which is then rolled back. */
export class OtChangeRejection extends Error {
  constructor(
    readonly code: OtRejectionCode,
    message: string,
    readonly issues: readonly OtIssue[],
  ) {
    super(message);
  }
}

/** What applying a change did. */
export interface OtAppliedChange {
  /** The change as applied: merged values, dropped ops left out. What a pull returns. */
  readonly change: OtSyncChange;
  readonly revisions: readonly OtRevision[];
  readonly overwritten: readonly OtOverwritten[];
}

interface RecordRow {
  tenant: string;
  value: Record<string, unknown> | null;
  stamps: OtStamps;
  revision: number | string;
}

interface Written {
  readonly index: number;
  readonly collection: OtCollectionName;
  readonly id: string;
  readonly value: Readonly<Record<string, unknown>> | null;
}

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

async function writeRecord(tx: OtSqlQueryable, tenant: string, written: Written, stamps: OtStamps, revision: number) {
  const { collection, id, value } = written;
  await tx.query(
    `INSERT INTO otkit_sync_records (collection, id, tenant, value, stamps, revision)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)
     ON CONFLICT (collection, id) DO UPDATE SET value = EXCLUDED.value, stamps = EXCLUDED.stamps, revision = EXCLUDED.revision`,
    [collection, id, tenant, value === null ? null : JSON.stringify(value), JSON.stringify(stamps), revision],
  );
  await tx.query('DELETE FROM otkit_sync_refs WHERE collection = $1 AND id = $2', [collection, id]);
  if (value === null) return;
  for (const [field, target] of Object.entries(collectionDef(collection).refs)) {
    const ref = value[field];
    if (typeof ref !== 'string') continue;
    await tx.query(
      `INSERT INTO otkit_sync_refs (tenant, target_collection, target_id, collection, id, field)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [tenant, target, ref, collection, id, field],
    );
  }
}

/** Every reference of the written records resolves, and no removed record is still named: else issues. */
async function referenceIssues(tx: OtSqlQueryable, tenant: string, written: readonly Written[]): Promise<OtIssue[]> {
  const issues: OtIssue[] = [];
  for (const { index, collection, id, value } of written) {
    if (value !== null) {
      for (const [field, target] of Object.entries(collectionDef(collection).refs)) {
        const ref = value[field];
        if (typeof ref !== 'string') continue;
        const found = await tx.query(
          `SELECT 1 FROM otkit_sync_records
           WHERE collection = $1 AND id = $2 AND tenant = $3 AND value IS NOT NULL`,
          [target, ref, tenant],
        );
        if (found.length === 0)
          issues.push({
            path: ['ops', index, 'value', field],
            code: 'reference',
            message: `names no ${collectionDef(target).entity} with id "${ref}"`,
          });
      }
      continue;
    }
    const referrers = await tx.query<{ collection: string; id: string; field: string }>(
      `SELECT collection, id, field FROM otkit_sync_refs
       WHERE tenant = $1 AND target_collection = $2 AND target_id = $3 ORDER BY collection, id LIMIT 10`,
      [tenant, collection, id],
    );
    for (const referrer of referrers)
      issues.push({
        path: ['ops', index],
        code: 'reference',
        message: `cannot remove the ${collectionDef(collection).entity}: ${referrer.collection} "${referrer.id}" still names it (${referrer.field})`,
      });
  }
  return issues;
}

/**
 * Applies a change for `tenant`. Throws an {@link OtChangeRejection} when it must be refused; the caller rolls
 * its savepoint back then.
 */
export async function applyChange(tx: OtSqlQueryable, tenant: string, change: OtSyncChange): Promise<OtAppliedChange> {
  const stamp = [change.at, change.id] as const;
  const ops: OtSyncOp[] = [];
  const revisions = new Map<string, OtRevision>();
  const overwritten: OtOverwritten[] = [];
  const written: Written[] = [];
  for (const [index, op] of change.ops.entries()) {
    const [row] = await tx.query<RecordRow>(
      'SELECT tenant, value, stamps, revision FROM otkit_sync_records WHERE collection = $1 AND id = $2 FOR UPDATE',
      [op.collection, op.id],
    );
    if (row && row.tenant !== tenant)
      throw new OtChangeRejection('forbidden', 'The change touches a record this account may not change', [
        { path: ['ops', index, 'id'], code: 'invalid', message: 'names a record of another account' },
      ]);
    const stored: OtStoredRecord | undefined = row ? { value: row.value, stamps: row.stamps } : undefined;
    const outcome = op.type === 'put' ? mergePut(stored, op, stamp) : mergeDelete(stored, op.collection, op.id, stamp);
    overwritten.push(...outcome.overwritten);
    if (!outcome.changed) continue;
    const value = outcome.value && stored?.value ? checkMerged(op, index, outcome.value) : outcome.value;
    const revision = (row ? Number(row.revision) : 0) + 1;
    const record = { index, collection: op.collection, id: op.id, value };
    await writeRecord(tx, tenant, record, outcome.stamps, revision);
    written.push(record);
    ops.push(
      value === null
        ? { type: 'delete', collection: op.collection, id: op.id }
        : { type: 'put', collection: op.collection, id: op.id, value: value as { id: string } },
    );
    revisions.set(`${op.collection}\u0000${op.id}`, {
      collection: op.collection,
      id: op.id,
      revision,
      ...(value === null ? { deleted: true as const } : {}),
    });
  }
  const issues = await referenceIssues(tx, tenant, written);
  if (issues.length)
    throw new OtChangeRejection(
      'reference',
      'The change names records that do not exist, or removes records still named',
      issues,
    );
  return { change: { ...change, ops }, revisions: [...revisions.values()], overwritten };
}
