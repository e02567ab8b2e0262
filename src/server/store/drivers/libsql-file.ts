/**
 * The embedded libSQL driver (`file:./data/portal.db`, the default): the
 * `libsql` engine in this process, without a server.
 *
 * Two things make it fast enough to sit on the request path:
 * - **Prepared statements are kept** (by SQL text): the stores use a fixed
 *   set of statements, so each is parsed once per process, not per call.
 * - **Group commit.** Write batches that arrive while the engine is busy are
 *   committed together: one `BEGIN IMMEDIATE`, each batch inside its own
 *   `SAVEPOINT` (a failing batch is rolled back alone and rejects alone), one
 *   `COMMIT`, so one sync to disk serves many requests. A batch's promise
 *   settles only after the COMMIT that made it durable: nobody is told
 *   "registered" before it is on disk. Batches run in arrival order, each
 *   seeing the ones before it, exactly as if they had been committed one by one.
 *
 * The engine is synchronous, so reads and writes of this process never
 * interleave; other processes (the commands) wait on the busy timeout.
 */
import { createRequire } from 'node:module';
import type { DriverOptions, Row, SqlDriver, SqlValue, Statement, StatementResult } from '../driver';

/** How long a write waits for another process's write lock (ms). */
const BUSY_TIMEOUT_MS = 10_000;
/** At most this many batches in one commit, so one commit never holds the engine for long. */
const MAX_GROUP = 256;
/** Prepared statements kept per connection (the stores have a few dozen; retention builds a few per session). */
const MAX_PREPARED = 500;

interface NativeStatement {
  readonly reader: boolean;
  raw(toggle?: boolean): NativeStatement;
  columns(): { name: string }[];
  all(args: SqlValue[]): SqlValue[][];
  run(args: SqlValue[]): { changes: number };
}
interface NativeDatabase {
  prepare(sql: string): NativeStatement;
  exec(sql: string): void;
  close(): void;
  readonly inTransaction: boolean;
}
type NativeDatabaseClass = new (path: string, options?: { timeout?: number }) => NativeDatabase;

interface Job {
  statements: readonly Statement[];
  resolve(results: StatementResult[]): void;
  reject(error: unknown): void;
}

export async function openLibsqlFile(path: string, _options: DriverOptions = {}): Promise<SqlDriver> {
  // The native engine is a CommonJS package that @libsql/client also uses.
  const Database = createRequire(import.meta.url)('libsql') as NativeDatabaseClass;
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  // WAL lets readers run next to the writer; the mode is stored in the file.
  if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');

  const prepared = new Map<string, { stmt: NativeStatement; columns: string[] | undefined }>();
  function prepare(sql: string) {
    let p = prepared.get(sql);
    if (!p) {
      const stmt = db.prepare(sql);
      const columns = stmt.reader ? (stmt.raw(true), stmt.columns().map((c) => c.name)) : undefined;
      p = { stmt, columns };
      if (prepared.size >= MAX_PREPARED) prepared.delete(prepared.keys().next().value!);
      prepared.set(sql, p);
    }
    return p;
  }

  function execute(s: Statement): StatementResult {
    const { stmt, columns } = prepare(s.sql);
    const args = s.args ? [...s.args] : [];
    if (!columns) return { rows: [], rowsAffected: stmt.run(args).changes };
    const rows = stmt.all(args).map((values) => {
      const row: Row = {};
      columns.forEach((c, i) => {
        const v = values[i];
        row[c] = typeof v === 'bigint' ? Number(v) : v === undefined ? null : v;
      });
      return row;
    });
    // A statement with RETURNING changed the rows it returned.
    return { rows, rowsAffected: rows.length };
  }

  let queue: Job[] = [];
  let scheduled = false;

  /** Commit every queued batch in one transaction, each in its own savepoint. */
  function flush() {
    scheduled = false;
    while (queue.length) {
      const group = queue.slice(0, MAX_GROUP);
      queue = queue.slice(MAX_GROUP);
      const done: [Job, StatementResult[]][] = [];
      try {
        db.exec('BEGIN IMMEDIATE');
      } catch (e) {
        for (const job of group) job.reject(e);
        continue;
      }
      const failed: [Job, unknown][] = [];
      for (const job of group) {
        db.exec('SAVEPOINT batch');
        try {
          const results = job.statements.map(execute);
          db.exec('RELEASE batch');
          done.push([job, results]);
        } catch (e) {
          db.exec('ROLLBACK TO batch');
          db.exec('RELEASE batch');
          failed.push([job, e]);
        }
      }
      try {
        db.exec('COMMIT');
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        for (const [job] of done) job.reject(e);
        for (const [job, error] of failed) job.reject(error);
        continue;
      }
      for (const [job, results] of done) job.resolve(results);
      for (const [job, error] of failed) job.reject(error);
    }
  }

  let closed = false;
  const assertOpen = () => {
    if (closed) throw new Error('the database is closed');
  };

  return {
    dialect: 'sqlite',
    async query<T extends Row = Row>(sql: string, args?: readonly SqlValue[]) {
      assertOpen();
      return execute({ sql, args: args ?? [] }).rows as T[];
    },
    async exec(sql, args) {
      assertOpen();
      return execute({ sql, args: args ?? [] }).rowsAffected;
    },
    batch(statements: readonly Statement[]): Promise<StatementResult[]> {
      if (closed) return Promise.reject(new Error('the database is closed'));
      if (!statements.length) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        queue.push({ statements, resolve, reject });
        // Batches that other requests queue before the engine gets to this one share its commit.
        if (!scheduled) (scheduled = true), setImmediate(flush);
      });
    },
    async close() {
      if (closed) return;
      flush();
      closed = true;
      prepared.clear();
      db.close();
    },
  };
}
