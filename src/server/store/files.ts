/**
 * The database files on disk hold personal data (registrations) or
 * sensitive text (youngsters' questions): only the server's own user may
 * read them. Shared by both stores.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

function localPath(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  const path = url.slice('file:'.length).split('?')[0]!;
  return path && path !== ':memory:' ? path : undefined;
}

/** Database files hold personal data: owner read/write only (0600), also SQLite's -wal and -shm files. */
export function restrictDatabaseFiles(url: string): void {
  const path = localPath(url);
  if (!path) return;
  for (const f of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/**
 * Create the folder (0700 when new) and the file of a `file:` database before
 * libSQL opens it: created here with mode 0600, so it is never readable by
 * others, not even for a moment. SQLite gives its -wal and -shm files the
 * database file's mode; `restrictDatabaseFiles` checks all of them again.
 */
export function ensureDatabaseFile(url: string): void {
  const path = localPath(url);
  if (!path) return;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  restrictDatabaseFiles(url);
}

