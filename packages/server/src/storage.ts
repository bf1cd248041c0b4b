/**
 * The sync storage: the tenant's log of changes and its records, on PostgreSQL (through {@link OtSqlDatabase}).
 *
 * A push runs in one transaction that first locks the tenant's row: pushes of one tenant take turns, so log
 * positions are handed out in commit order and a pull never skips a change that commits later with a smaller
 * position. The push reads what it needs in two queries, decides each change in memory (a refused one leaves
 * no trace but its acknowledgement), and writes everything in four statements.
 */
import { applyChange, OtChangeRejection, recordKey, type OtApplyContext, type OtRecordRow } from './apply.js';
import {
  formatCursor,
  type OtPullResponse,
  type OtPushResponse,
  type OtPushResult,
  type OtRejectionCode,
  type OtSyncChange,
  type OtOverwritten,
} from './protocol.js';
import { collectionDef, type OtCollectionName, type OtIssue } from '@otkit/sdk';
import type { OtCheckedChange } from './validate.js';
import type { OtSqlDatabase, OtSqlQueryable } from './sql/database.js';
import { migrate } from './sql/migrations.js';
import { pgliteDatabase } from './sql/pglite.js';
import { postgresDatabase } from './sql/postgres.js';

/** Where the sync server keeps its data. Create one with {@link openSyncStorage} or {@link createSyncStorage}. */
export interface OtSyncStorage {
  /** `pglite` or `postgres`. */
  readonly kind: string;
  /** Applies checked changes for a tenant, in order; each gets its acknowledgement. */
  push(tenant: string, changes: readonly OtCheckedChange[]): Promise<OtPushResponse>;
  /** The tenant's changes after log position `since` (0: from the start), at most `limit`. */
  pull(tenant: string, since: number, limit: number): Promise<OtPullResponse>;
  /** The tenant's latest log position (0 when it has none). */
  latest(tenant: string): Promise<number>;
  /** Resolves when the database answers. */
  health(): Promise<void>;
  close(): Promise<void>;
}

/** Options of {@link openSyncStorage}: a PostgreSQL server, or embedded PGlite (the default). */
export type OtSyncStorageOptions =
  { readonly connectionString: string; readonly maxConnections?: number } | { readonly dataDir?: string };

function rejected(id: string | null, code: OtRejectionCode, message: string, issues: readonly OtIssue[]): OtPushResult {
  return { id, status: 'rejected', error: { code, message, issues } };
}

interface ChangeRow {
  readonly id: string;
  readonly seq: number | null;
  readonly change: OtSyncChange | null;
  readonly ack: OtPushResult;
}

/** Loads every record the push's ops and references name, in one query. */
async function loadRows(
  tx: OtSqlQueryable,
  changes: readonly OtCheckedChange[],
): Promise<Map<string, OtRecordRow | null>> {
  const rows = new Map<string, OtRecordRow | null>();
  const collections: string[] = [];
  const ids: string[] = [];
  const want = (collection: string, id: string) => {
    const key = recordKey(collection, id);
    if (rows.has(key)) return;
    rows.set(key, null);
    collections.push(collection);
    ids.push(id);
  };
  for (const item of changes) {
    if (!item.ok) continue;
    for (const op of item.change.ops) {
      want(op.collection, op.id);
      if (op.type !== 'put') continue;
      for (const [field, target] of Object.entries(collectionDef(op.collection).refs)) {
        const ref = op.value[field];
        if (typeof ref === 'string') want(target, ref);
      }
    }
  }
  if (ids.length === 0) return rows;
  const found = await tx.query<OtRecordRow & { collection: string; id: string; revision: number | string }>(
    `SELECT r.collection, r.id, r.tenant, r.value, r.stamps, r.revision
     FROM unnest($1::text[], $2::text[]) AS wanted (collection, id)
     JOIN otkit_sync_records r ON r.collection = wanted.collection AND r.id = wanted.id`,
    [collections, ids],
  );
  for (const row of found)
    rows.set(recordKey(row.collection, row.id), {
      tenant: row.tenant,
      value: row.value,
      stamps: row.stamps,
      revision: Number(row.revision),
    });
  return rows;
}

/** Writes the records a push changed, their references and its log entries, in a few statements. */
async function writePush(tx: OtSqlQueryable, context: OtApplyContext, changes: readonly ChangeRow[]) {
  const records = [...context.written].map((key) => {
    const row = context.rows.get(key)!;
    const slash = key.indexOf('/');
    return { collection: key.slice(0, slash), id: key.slice(slash + 1), ...row };
  });
  if (records.length) {
    const stored = await tx.query(
      `INSERT INTO otkit_sync_records (collection, id, tenant, value, stamps, revision)
       SELECT collection, id, $1, NULLIF(value, 'null'::jsonb), stamps, revision
       FROM jsonb_to_recordset($2::jsonb) AS t (collection text, id text, value jsonb, stamps jsonb, revision bigint)
       ON CONFLICT (collection, id) DO UPDATE
         SET value = EXCLUDED.value, stamps = EXCLUDED.stamps, revision = EXCLUDED.revision
         WHERE otkit_sync_records.tenant = EXCLUDED.tenant
       RETURNING id`,
      [context.tenant, JSON.stringify(records)],
    );
    // Another account created one of these ids between our read and this write: fail the push (a retry refuses it).
    if (stored.length !== records.length) throw new Error('A record id was taken by another account during the push');
    await tx.query(
      `DELETE FROM otkit_sync_refs r USING unnest($1::text[], $2::text[]) AS t (collection, id)
       WHERE r.collection = t.collection AND r.id = t.id`,
      [records.map((r) => r.collection), records.map((r) => r.id)],
    );
    const refs = records.flatMap(({ collection, id, value }) =>
      Object.entries(collectionDef(collection as OtCollectionName).refs)
        .filter(([field]) => typeof value?.[field] === 'string')
        .map(([field, target]) => ({ target_collection: target, target_id: value![field], collection, id, field })),
    );
    if (refs.length)
      await tx.query(
        `INSERT INTO otkit_sync_refs (tenant, target_collection, target_id, collection, id, field)
         SELECT $1, target_collection, target_id, collection, id, field
         FROM json_to_recordset($2::json)
           AS t (target_collection text, target_id text, collection text, id text, field text)`,
        [context.tenant, JSON.stringify(refs)],
      );
  }
  if (changes.length)
    await tx.query(
      `INSERT INTO otkit_sync_changes (id, tenant, seq, change, ack)
       SELECT id, $1, seq, COALESCE(change, 'null'::json), ack FROM json_to_recordset($2::json) AS t (id text, seq bigint, change json, ack json)`,
      [context.tenant, JSON.stringify(changes)],
    );
}

/** Applies a push's changes for a tenant inside the push's transaction; the tenant's row is locked. */
async function pushChanges(tx: OtSqlQueryable, tenant: string, checked: readonly OtCheckedChange[], lastSeq: number) {
  const ids = checked.map((item) => (item.ok ? item.change.id : item.id)).filter((id): id is string => id !== null);
  const prior = new Map<string, { tenant: string; ack: OtPushResult }>();
  if (ids.length)
    for (const row of await tx.query<{ id: string; tenant: string; ack: OtPushResult }>(
      'SELECT id, tenant, ack FROM otkit_sync_changes WHERE id = ANY($1::text[])',
      [ids],
    ))
      prior.set(row.id, row);
  const context: OtApplyContext = {
    tenant,
    rows: await loadRows(tx, checked),
    written: new Set(),
    referrers: (collection, id) =>
      tx.query(
        `SELECT collection, id, field FROM otkit_sync_refs
         WHERE tenant = $1 AND target_collection = $2 AND target_id = $3 ORDER BY collection, id LIMIT 20`,
        [tenant, collection, id],
      ),
  };
  let seq = lastSeq;
  const results: OtPushResult[] = [];
  const rows: ChangeRow[] = [];
  for (const item of checked) {
    const id = item.ok ? item.change.id : item.id;
    const before = id === null ? undefined : prior.get(id);
    // A replay: the same acknowledgement, nothing applied again.
    if (before?.tenant === tenant) {
      results.push(before.ack);
      continue;
    }
    if (before) {
      results.push(
        rejected(id, 'conflict', 'The change id is already taken', [
          { path: ['id'], code: 'duplicate', message: 'is the id of a change of another account' },
        ]),
      );
      continue;
    }
    let ack: OtPushResult;
    let row: ChangeRow | undefined;
    if (!item.ok) {
      ack = rejected(id, 'validation', `The change is not valid (${item.issues.length} problem(s))`, item.issues);
      if (id !== null) row = { id, seq: null, change: null, ack };
    } else {
      try {
        const applied = await applyChange(context, item.change);
        seq += 1;
        ack = {
          id: item.change.id,
          status: 'applied',
          cursor: formatCursor(seq)!,
          revisions: applied.revisions,
          overwritten: applied.overwritten,
        };
        row = { id: item.change.id, seq, change: applied.change, ack };
      } catch (error) {
        if (!(error instanceof OtChangeRejection)) throw error;
        ack = rejected(item.change.id, error.code, error.message, error.issues);
        row = { id: item.change.id, seq: null, change: item.change, ack };
      }
    }
    results.push(ack);
    if (row) {
      rows.push(row);
      prior.set(row.id, { tenant, ack });
    }
  }
  await writePush(tx, context, rows);
  return { results, seq };
}

/**
 * Sync storage over a database; brings its tables up to date first (versioned migrations).
 *
 * @example
 * const storage = await createSyncStorage(await pgliteDatabase({ dataDir: './.data/sync' }));
 */
export async function createSyncStorage(db: OtSqlDatabase): Promise<OtSyncStorage> {
  await migrate(db);
  const latest = async (tenant: string) => {
    const [row] = await db.query<{ last_seq: number | string }>(
      'SELECT last_seq FROM otkit_sync_tenants WHERE tenant = $1',
      [tenant],
    );
    return row ? Number(row.last_seq) : 0;
  };
  return {
    kind: db.kind,
    push: (tenant, changes) =>
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO otkit_sync_tenants (tenant) VALUES ($1) ON CONFLICT (tenant) DO NOTHING', [tenant]);
        const [row] = await tx.query<{ last_seq: number | string }>(
          'SELECT last_seq FROM otkit_sync_tenants WHERE tenant = $1 FOR UPDATE',
          [tenant],
        );
        const { results, seq } = await pushChanges(tx, tenant, changes, Number(row!.last_seq));
        await tx.query('UPDATE otkit_sync_tenants SET last_seq = $2 WHERE tenant = $1', [tenant, seq]);
        return { results, cursor: formatCursor(seq) };
      }),
    async pull(tenant, since, limit) {
      const rows = await db.query<{
        seq: number | string;
        change: OtSyncChange;
        ack: { overwritten?: OtOverwritten[] };
      }>(
        `SELECT seq, change, ack FROM otkit_sync_changes
         WHERE tenant = $1 AND seq IS NOT NULL AND seq > $2 ORDER BY seq LIMIT $3`,
        [tenant, since, limit + 1],
      );
      const more = rows.length > limit;
      const changes = rows.slice(0, limit).map((row) => ({
        cursor: formatCursor(Number(row.seq))!,
        change: row.change,
        overwritten: row.ack.overwritten ?? [],
      }));
      return { changes, cursor: changes.at(-1)?.cursor ?? formatCursor(since), more };
    },
    latest,
    async health() {
      await db.query('SELECT 1');
    },
    close: () => db.close(),
  };
}

/**
 * Opens the sync storage: a PostgreSQL server when `connectionString` is given, else embedded PGlite (in
 * `dataDir`, or in memory).
 *
 * @example
 * const storage = await openSyncStorage({ dataDir: './.data/sync' });
 * const onServer = await openSyncStorage({ connectionString: process.env.DATABASE_URL! });
 */
export async function openSyncStorage(options: OtSyncStorageOptions = {}): Promise<OtSyncStorage> {
  const db =
    'connectionString' in options
      ? await postgresDatabase(options)
      : await pgliteDatabase(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  try {
    return await createSyncStorage(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
