/**
 * The small SQL driver every store talks to. Batch-first, because the
 * engines we run on differ in what they offer: libSQL/SQLite and PostgreSQL
 * have interactive transactions, Cloudflare D1 (a later driver) has only an
 * atomic `batch`. So a change that must be all-or-nothing is written as one
 * batch of statements, decided by the SQL itself, never as
 * read-decide-write in application code.
 *
 * Conventions, the same on every engine:
 * - SQL text uses `?` placeholders only (the pg driver numbers them `$1…`).
 *   Write portable SQL: no `?1`, no `MAX(a, b)` (use CASE), cast a parameter
 *   whose type the engine cannot infer (`CAST(? AS INTEGER)`).
 * - Arguments are strings, finite numbers (integers in practice) or null.
 *   Booleans are stored as 0/1 integers, timestamps as ISO 8601 UTC text
 *   (`Date#toISOString()`), which sorts and compares as text on both engines.
 * - Rows come back as plain objects keyed by column name; integers (also
 *   counts and sums) as `number`, text as `string`, NULL as `null`, and
 *   comparison results as 0/1.
 */

export type SqlValue = string | number | null;

export interface Statement {
  sql: string;
  args?: readonly SqlValue[];
}

export type Row = Record<string, SqlValue>;

export interface StatementResult<T extends Row = Row> {
  /** Rows of a SELECT or of a `RETURNING` clause; empty otherwise. */
  rows: T[];
  /** Rows inserted, updated or deleted by the statement. */
  rowsAffected: number;
}

export interface SqlDriver {
  /** Which engine: some tests (and the README) need to know; store code should not. */
  readonly dialect: 'sqlite' | 'postgres';
  /** One statement, its rows. */
  query<T extends Row = Row>(sql: string, args?: readonly SqlValue[]): Promise<T[]>;
  /** One statement, the number of rows it changed. */
  exec(sql: string, args?: readonly SqlValue[]): Promise<number>;
  /**
   * Several statements as one atomic write: either every statement takes
   * effect or none does (an error in any statement rolls back the earlier
   * ones and rejects). They run in order; each sees the effects of the ones
   * before it. Results come back per statement, in order.
   */
  batch(statements: readonly Statement[]): Promise<StatementResult[]>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** libSQL remote servers only. */
  authToken?: string | undefined;
  /** PostgreSQL pool size (default 10). */
  maxConnections?: number | undefined;
}
