/**
 * The one SQL layer under the sync storage: a PostgreSQL database, embedded (PGlite) or a server (`pg`),
 * seen through the same two calls. Every statement is plain PostgreSQL with `$n` parameters.
 */

/** Runs statements. Values of `jsonb` columns come back parsed; pass them in as JSON text. */
export interface OtSqlQueryable {
  query<Row extends object>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A database: statements, transactions and closing. */
export interface OtSqlDatabase extends OtSqlQueryable {
  /** `pglite` or `postgres`. */
  readonly kind: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<R>(work: (tx: OtSqlQueryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}
