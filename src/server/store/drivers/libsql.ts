/**
 * libSQL driver: an embedded file (`file:./data/portal.db`, created with its
 * folder on first start, readable only by the server's user; see
 * ./libsql-file.ts) or a remote libSQL server (`libsql://`, `http(s)://`,
 * `ws(s)://`, through @libsql/client).
 *
 * A remote batch is `client.batch(…, 'write')`: one transaction, rolled back
 * when a statement fails.
 */
import { createClient, type Client, type InValue, type ResultSet } from '@libsql/client';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLibsqlFile } from './libsql-file';
import type { DriverOptions, Row, SqlDriver, SqlValue, Statement, StatementResult } from '../driver';

/** How long a remote call may take (ms). */
const BUSY_TIMEOUT_MS = 10_000;

/** The file of a `file:` URL, or undefined for in-memory and remote databases. */
export function libsqlFilePath(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  const path = url.startsWith('file://') ? fileURLToPath(url.split('?')[0]!) : url.slice('file:'.length).split('?')[0]!;
  return path && path !== ':memory:' ? path : undefined;
}

/** Create the folder and an empty database file with mode 0600 (SQLite gives its -wal/-shm files the same mode). */
function ensureFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (existsSync(path)) return;
  writeFileSync(path, '', { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600); // in case the umask took bits away from what we asked, or added none
}

function toRows(rs: ResultSet): Row[] {
  return rs.rows.map((r) => {
    const row: Row = {};
    rs.columns.forEach((c, i) => {
      const v = r[i];
      row[c] = typeof v === 'bigint' ? Number(v) : v === undefined ? null : (v as SqlValue);
    });
    return row;
  });
}

const toArgs = (args: readonly SqlValue[] | undefined): InValue[] => (args ? [...args] : []);

export async function openLibsql(url: string, options: DriverOptions = {}): Promise<SqlDriver> {
  const file = libsqlFilePath(url);
  if (file) ensureFile(file);
  if (url.startsWith('file:')) return openLibsqlFile(file ?? ':memory:', options);
  const client: Client = createClient({ url, ...(options.authToken ? { authToken: options.authToken } : {}), timeout: BUSY_TIMEOUT_MS });

  return {
    dialect: 'sqlite',
    async query<T extends Row = Row>(sql: string, args?: readonly SqlValue[]) {
      return toRows(await client.execute({ sql, args: toArgs(args) })) as T[];
    },
    async exec(sql, args) {
      return (await client.execute({ sql, args: toArgs(args) })).rowsAffected;
    },
    async batch(statements: readonly Statement[]): Promise<StatementResult[]> {
      if (!statements.length) return [];
      const results = await client.batch(
        statements.map((s) => ({ sql: s.sql, args: toArgs(s.args) })),
        'write',
      );
      return results.map((rs) => ({ rows: toRows(rs), rowsAffected: rs.rowsAffected }));
    },
    async close() {
      client.close();
    },
  };
}
