import pg from 'pg';
import type { OtSqlDatabase, OtSqlQueryable } from './database.js';

/** Options of {@link postgresDatabase}. */
export interface OtPostgresOptions {
  /** `postgres://user:password@host:port/database` (or a socket folder as `host`). */
  readonly connectionString: string;
  /** Connections kept open at most (default 10). */
  readonly maxConnections?: number;
}

/**
 * Connects to a PostgreSQL server through a pool of connections.
 *
 * @example
 * const db = await postgresDatabase({ connectionString: process.env.DATABASE_URL! });
 */
export async function postgresDatabase(options: OtPostgresOptions): Promise<OtSqlDatabase> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
  // An idle connection that the server drops must not crash the host's process.
  pool.on('error', () => {});
  const on = (runner: pg.Pool | pg.PoolClient): OtSqlQueryable => ({
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      return (await runner.query<Row & pg.QueryResultRow>(text, [...params])).rows;
    },
  });
  // Fail now, with the server's reason, rather than on the first request.
  (await pool.connect()).release();
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
