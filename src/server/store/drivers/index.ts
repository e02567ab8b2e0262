/**
 * Open the SQL driver a database URL names:
 * - `file:…` (embedded, the default `file:./data/portal.db`), `libsql://`, `http(s)://`, `ws(s)://` → libSQL;
 * - `postgres://…`, `postgresql://…` → PostgreSQL.
 * The pg driver is loaded only when asked for, so a libSQL installation never loads it.
 */
import type { DriverOptions, SqlDriver } from '../driver';

export type Engine = 'libsql' | 'postgres';

export function engineOf(url: string): Engine {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'file':
    case 'libsql':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return 'libsql';
    case 'postgres':
    case 'postgresql':
      return 'postgres';
    default:
      throw new Error(`DATABASE_URL: unknown scheme "${scheme ?? ''}" (use file:, libsql:, http(s):, ws(s): or postgres:)`);
  }
}

export async function openDriver(url: string, options: DriverOptions = {}): Promise<SqlDriver> {
  if (engineOf(url) === 'postgres') return (await import('./pg')).openPostgres(url, options);
  return (await import('./libsql')).openLibsql(url, options);
}
