/**
 * The one runtime factory: one env schema for everything, both databases
 * opened and migrated by it, a database made by the old per-store runners
 * refused with a message that names the file and says what to do.
 */
import { createClient } from '@libsql/client';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/server/runtime';
import { questionsMigrations } from '../../src/server/store/migrations/sql/questions';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'runtime-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const env = (over: Record<string, string> = {}) => ({
  DATABASE_URL: `file:${join(dir, 'portal.db')}`,
  QUESTIONS_DATABASE_URL: `file:${join(dir, 'questions.db')}`,
  OUTBOX_DIR: join(dir, 'outbox'),
  ...over,
});

describe('createRuntime', () => {
  it('creates and migrates both databases on first start, and opens them again unchanged', async () => {
    const first = await createRuntime(env());
    expect((await first.drivers.core.query('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect((await first.drivers.questions.query('SELECT version FROM schema_migrations')).map((r) => r.version)).toEqual(questionsMigrations.map((m) => m.version));
    // The conversations live apart: no registrations table next to them.
    await expect(first.drivers.questions.query('SELECT 1 FROM registrations')).rejects.toThrow();
    await first.close();
    const again = await createRuntime(env());
    await again.close();
  });

  it('refuses a database of the old format, naming the file and what to do', async () => {
    const file = join(dir, 'old', 'portal.db');
    mkdirSync(join(dir, 'old'));
    const old = createClient({ url: `file:${file}` });
    await old.execute('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    await old.execute(`INSERT INTO schema_migrations VALUES (1, 'registrations', '2026-01-01T00:00:00Z')`);
    old.close();
    const failure = await createRuntime(env({ DATABASE_URL: `file:${file}` })).catch((e: unknown) => e as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).name).toBe('SchemaMismatchError');
    expect((failure as Error).message).toContain(file);
    expect((failure as Error).message).toMatch(/not live yet.*move this database away \(or delete it\)/);
  });

  it('stops on a bad setting with the variable named, before opening anything', async () => {
    for (const [name, value] of [['DATABASE_URL', 'mysql://x'], ['QUESTION_STALE_DAYS', 'veel'], ['TRUSTED_PROXIES', 'overal']]) {
      const e = await createRuntime(env({ [name!]: value! })).catch((x: Error) => x);
      expect(e).toMatchObject({ name: 'ConfigError', message: expect.stringContaining(name!) });
    }
  });
});
