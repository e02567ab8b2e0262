/**
 * PostgreSQL driver (`postgres://` or `postgresql://`), with the `pg` package.
 *
 * The SQL text is the same as on libSQL: `?` placeholders are numbered
 * `$1…` here. A batch runs on one pooled connection as BEGIN … COMMIT
 * (READ COMMITTED), ROLLBACK when a statement fails. Row locks taken by an
 * early statement (an `UPDATE` of a counter row) are held until COMMIT, and
 * under READ COMMITTED every later statement sees what the transactions
 * before the lock committed: that is how a batch decides capacity without
 * an interactive transaction.
 *
 * Types are normalised to what libSQL returns: BIGINT (counts) and NUMERIC
 * (sums) as numbers, booleans as 0/1.
 */
import pg from 'pg';
import type { DriverOptions, Row, SqlDriver, SqlValue, Statement, StatementResult } from '../driver';

const OID = { bool: 16, int8: 20, numeric: 1700 } as const;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8 || oid === OID.numeric) return (v: string) => Number(v);
    if (oid === OID.bool) return (v: string) => (v === 't' ? 1 : 0);
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;

/** `?` → `$1, $2…`, leaving quoted strings, quoted identifiers and comments alone. */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end === -1 ? sql.length : end + 1;
      out += sql.slice(i, stop); // a doubled quote inside is just two adjacent quoted parts
      i = stop - 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  return out;
}

const isWrite = (command: string) => command === 'INSERT' || command === 'UPDATE' || command === 'DELETE';

export async function openPostgres(url: string, options: DriverOptions = {}): Promise<SqlDriver> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, types });
  // An idle connection that breaks (server restart) must not crash the process; the next query reports it.
  pool.on('error', (e) => console.error(`postgres: idle connection lost (${e.message})`));

  const run = async (client: pg.Pool | pg.PoolClient, s: Statement): Promise<StatementResult> => {
    const r = await client.query({ text: numberPlaceholders(s.sql), values: s.args ? [...s.args] : [] });
    return { rows: r.rows as Row[], rowsAffected: isWrite(r.command) ? (r.rowCount ?? 0) : 0 };
  };

  return {
    dialect: 'postgres',
    async query<T extends Row = Row>(sql: string, args?: readonly SqlValue[]) {
      return (await run(pool, { sql, args: args ?? [] })).rows as T[];
    },
    async exec(sql, args) {
      return (await run(pool, { sql, args: args ?? [] })).rowsAffected;
    },
    async batch(statements) {
      if (!statements.length) return [];
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const results: StatementResult[] = [];
        for (const s of statements) results.push(await run(client, s));
        await client.query('COMMIT');
        return results;
      } catch (e) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw e;
      } finally {
        client.release(broken); // a connection that could not roll back is discarded
      }
    },
    async close() {
      await pool.end();
    },
  };
}
