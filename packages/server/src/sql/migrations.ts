/**
 * The storage's tables, as numbered migrations. Each runs once, in order, inside one transaction with the row
 * that records it in `otkit_sync_migrations`; running them again does nothing. Never edit a released
 * migration: add the next one.
 */
import type { OtSqlDatabase } from './database.js';

/** One step of the schema. */
export interface OtMigration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Every migration of this package, oldest first. */
export const OT_SYNC_MIGRATIONS: readonly OtMigration[] = [
  {
    version: 1,
    name: 'records, changes, references, tenants',
    statements: [
      `CREATE TABLE otkit_sync_tenants (
        tenant text PRIMARY KEY,
        last_seq bigint NOT NULL DEFAULT 0
      )`,
      // One row per record ever written, tombstones included (value NULL), owned by one tenant.
      `CREATE TABLE otkit_sync_records (
        collection text NOT NULL,
        id text NOT NULL,
        tenant text NOT NULL,
        value jsonb,
        stamps jsonb NOT NULL,
        revision bigint NOT NULL,
        PRIMARY KEY (collection, id)
      )`,
      `CREATE INDEX otkit_sync_records_tenant ON otkit_sync_records (tenant, collection)`,
      // Which live record names which other record, so a removal finds who still points at it.
      `CREATE TABLE otkit_sync_refs (
        tenant text NOT NULL,
        target_collection text NOT NULL,
        target_id text NOT NULL,
        collection text NOT NULL,
        id text NOT NULL,
        field text NOT NULL,
        PRIMARY KEY (collection, id, field)
      )`,
      `CREATE INDEX otkit_sync_refs_target ON otkit_sync_refs (tenant, target_collection, target_id)`,
      // Every change ever pushed, by its id (the idempotency key), with the acknowledgement it got (json, not
      // jsonb: a replay answers with the very same text).
      // seq is the tenant's log position; NULL for a refused change.
      `CREATE TABLE otkit_sync_changes (
        id text PRIMARY KEY,
        tenant text NOT NULL,
        seq bigint,
        change json NOT NULL,
        ack json NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX otkit_sync_changes_log ON otkit_sync_changes (tenant, seq) WHERE seq IS NOT NULL`,
    ],
  },
];

/** Brings the database up to the newest migration. Safe to run from several processes at once. */
export async function migrate(db: OtSqlDatabase): Promise<number[]> {
  return db.transaction(async (tx) => {
    // One migrator at a time: the others wait here, then find the work done.
    await tx.query('SELECT pg_advisory_xact_lock(424242)');
    await tx.query(`CREATE TABLE IF NOT EXISTS otkit_sync_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM otkit_sync_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const newest = Math.max(0, ...done);
    const known = OT_SYNC_MIGRATIONS.at(-1)?.version ?? 0;
    if (newest > known)
      throw new Error(
        `The sync database is at schema version ${newest}, newer than this @otkit/server knows (${known}): upgrade the server`,
      );
    const applied: number[] = [];
    for (const migration of OT_SYNC_MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO otkit_sync_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
