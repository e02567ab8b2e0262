/**
 * Cloudflare D1 driver: the SqlDriver over a D1 binding (`env.DB` in a
 * Worker, `mf.getD1Database('DB')` in Miniflare). D1 is SQLite, so the SQL
 * text and the migrations are the same as on libSQL.
 *
 * D1 has no interactive transactions; its `batch` is the one atomic write
 * (the statements run in order as one SQL transaction, and a failing one
 * rolls back the whole batch). That is exactly the driver's `batch`. A
 * database is a single Durable Object that runs one batch at a time, so a
 * capacity decision (`lockSession` first) sees every batch before it.
 *
 * This module imports nothing: it must load in workerd without Node.js
 * compatibility. The binding is described by a minimal structural
 * interface; `D1Database` from @cloudflare/workers-types (or Miniflare's)
 * satisfies it.
 */
import type { Row, SqlDriver, SqlValue, Statement, StatementResult } from '../driver';

/** What a D1 result carries that we read. */
export interface D1ResultLike {
  results?: unknown[];
  meta?: { changes?: number | undefined } | undefined;
}

export interface D1PreparedStatementLike {
  bind(...values: unknown[]): D1PreparedStatementLike;
  all(): Promise<D1ResultLike>;
}

/** The part of the `D1Database` binding the driver uses. */
export interface D1DatabaseLike {
  prepare(query: string): D1PreparedStatementLike;
  batch(statements: D1PreparedStatementLike[]): Promise<D1ResultLike[]>;
}

/**
 * A D1 value as the other drivers return it. D1 gives SQLite integers and
 * reals as numbers, text as strings, NULL as null; booleans do not exist in
 * SQLite (comparisons are 0/1). Only a missing value (undefined) and, to be
 * safe, a bigint or boolean are converted.
 */
function toValue(v: unknown): SqlValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'string') return v;
  throw new Error(`d1: unsupported column value of type ${typeof v} (blobs are not used by the portal)`);
}

function toRows(result: D1ResultLike): Row[] {
  return (result.results ?? []).map((r) => {
    const row: Row = {};
    for (const [k, v] of Object.entries(r as Record<string, unknown>)) row[k] = toValue(v);
    return row;
  });
}

/** D1 reports the rows a write changed as `meta.changes` (0 for a SELECT). */
const toResult = (result: D1ResultLike): StatementResult => ({ rows: toRows(result), rowsAffected: result.meta?.changes ?? 0 });

export function openD1(db: D1DatabaseLike): SqlDriver {
  const prepare = (sql: string, args: readonly SqlValue[] | undefined) => {
    const statement = db.prepare(sql);
    return args && args.length ? statement.bind(...args) : statement;
  };
  return {
    dialect: 'sqlite',
    async query<T extends Row = Row>(sql: string, args?: readonly SqlValue[]) {
      return toRows(await prepare(sql, args).all()) as T[];
    },
    async exec(sql, args) {
      return toResult(await prepare(sql, args).all()).rowsAffected;
    },
    async batch(statements: readonly Statement[]): Promise<StatementResult[]> {
      if (!statements.length) return [];
      const results = await db.batch(statements.map((s) => prepare(s.sql, s.args)));
      return results.map(toResult);
    },
    async close() {
      // The binding belongs to the runtime: nothing to close.
    },
  };
}
