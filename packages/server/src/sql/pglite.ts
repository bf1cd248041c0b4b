import { PGlite } from '@electric-sql/pglite';
import type { OtSqlDatabase, OtSqlQueryable } from './database.js';

/** Options of {@link pgliteDatabase}. */
export interface OtPgliteOptions {
  /** A folder for the data (created when missing). Absent: in memory, gone when closed. */
  readonly dataDir?: string;
}

/**
 * Opens an embedded PostgreSQL (PGlite, WebAssembly): no server to run, the data in one folder.
 *
 * @example
 * const db = await pgliteDatabase({ dataDir: './.data/sync' });
 */
export async function pgliteDatabase(options: OtPgliteOptions = {}): Promise<OtSqlDatabase> {
  const db = await PGlite.create(options.dataDir);
  const on = (runner: Pick<PGlite, 'query'>): OtSqlQueryable => ({
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      return (await runner.query<Row>(text, [...params])).rows;
    },
  });
  return {
    kind: 'pglite',
    ...on(db),
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    close: () => db.close(),
  };
}
