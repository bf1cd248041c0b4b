/**
 * The sync storage: the tenant's log of changes and its records, on PostgreSQL (through {@link OtSqlDatabase}).
 *
 * A push runs in one transaction that first locks the tenant's row: pushes of one tenant take turns, so log
 * positions are handed out in commit order and a pull never skips a change that commits later with a smaller
 * position. Each change runs in a savepoint, so a refused one leaves no trace but its acknowledgement.
 */
import { applyChange, OtChangeRejection } from './apply.js';
import {
  formatCursor,
  type OtPullResponse,
  type OtPushResponse,
  type OtPushResult,
  type OtRejectionCode,
  type OtSyncChange,
  type OtOverwritten,
} from './protocol.js';
import type { OtIssue } from '@otkit/sdk';
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

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

async function recordChange(
  tx: OtSqlQueryable,
  tenant: string,
  seq: number | null,
  change: OtSyncChange | null,
  ack: OtPushResult,
): Promise<void> {
  await tx.query(
    'INSERT INTO otkit_sync_changes (id, tenant, seq, change, ack) VALUES ($1, $2, $3, $4::json, $5::json)',
    [ack.id, tenant, seq, JSON.stringify(change), JSON.stringify(ack)],
  );
}

/** Applies one checked change in a savepoint; returns its acknowledgement and whether it took a log position. */
async function pushOne(tx: OtSqlQueryable, tenant: string, item: OtCheckedChange, seq: number) {
  const id = item.ok ? item.change.id : item.id;
  if (id !== null) {
    const [prior] = await tx.query<{ tenant: string; ack: OtPushResult }>(
      'SELECT tenant, ack FROM otkit_sync_changes WHERE id = $1',
      [id],
    );
    // A replay: the same acknowledgement, nothing applied again.
    if (prior?.tenant === tenant) return { ack: prior.ack, used: false };
    if (prior)
      return {
        ack: rejected(id, 'conflict', 'The change id is already taken', [
          { path: ['id'], code: 'duplicate', message: 'is the id of a change of another account' },
        ]),
        used: false,
      };
  }
  if (!item.ok) {
    const ack = rejected(id, 'validation', `The change is not valid (${item.issues.length} problem(s))`, item.issues);
    if (id !== null) await recordChange(tx, tenant, null, null, ack);
    return { ack, used: false };
  }
  await tx.query('SAVEPOINT otkit_change');
  try {
    const applied = await applyChange(tx, tenant, item.change);
    const ack: OtPushResult = {
      id: item.change.id,
      status: 'applied',
      cursor: formatCursor(seq)!,
      revisions: applied.revisions,
      overwritten: applied.overwritten,
    };
    await recordChange(tx, tenant, seq, applied.change, ack);
    await tx.query('RELEASE SAVEPOINT otkit_change');
    return { ack, used: true };
  } catch (error) {
    // Another account wrote the same record id (or change id) at the same moment: refuse like a later push would.
    const rejection = isUniqueViolation(error)
      ? new OtChangeRejection('conflict', 'The change names a record or change id taken at the same moment', [])
      : error;
    if (!(rejection instanceof OtChangeRejection)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT otkit_change');
    const ack = rejected(item.change.id, rejection.code, rejection.message, rejection.issues);
    await recordChange(tx, tenant, null, item.change, ack);
    return { ack, used: false };
  }
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
        let seq = Number(row!.last_seq);
        const results: OtPushResult[] = [];
        for (const item of changes) {
          const { ack, used } = await pushOne(tx, tenant, item, seq + 1);
          if (used) seq += 1;
          results.push(ack);
        }
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
