/**
 * The one migration runner, over the SQL driver: the same migrations on
 * every engine. Each migration is one batch that first records its version
 * in `schema_migrations` and then runs its statements, so a migration is
 * applied completely or not at all, and two processes starting at once
 * cannot both apply it (the second one's insert of the same version fails,
 * its batch rolls back, and it finds the version applied).
 */
import type { SqlDriver } from './driver';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;

async function applied(driver: SqlDriver): Promise<Map<number, string>> {
  const rows = await driver.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
  return new Map(rows.map((r) => [r.version, r.name]));
}

/**
 * A database whose recorded migrations are not these (one made by the old
 * per-store runners before the server core was unified). Recognised by
 * `name`: it crosses bundles (tools → scripts/serve.mjs).
 */
export class SchemaMismatchError extends Error {
  override name = 'SchemaMismatchError';
}

/**
 * Bring the database up to date. Returns the versions this call applied (none when it already was).
 * `where` names the database in errors (a file path, or the variable that holds a remote URL).
 */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[], now: () => Date = () => new Date(), where = 'the database'): Promise<number[]> {
  const versions = migrations.map((m) => m.version);
  if (versions.some((v, i) => i > 0 && v <= versions[i - 1]!)) throw new Error('migrations must be in strictly increasing version order');
  // Two processes creating the table at once can both miss it; PostgreSQL then refuses the second (a duplicate type), and once more finds it.
  await driver.exec(CREATE_TABLE).catch(() => driver.exec(CREATE_TABLE));
  const done = await applied(driver);
  for (const m of migrations) {
    const name = done.get(m.version);
    // A database made by another schema (the old per-store runners) must not be taken for this one.
    if (name !== undefined && name !== m.name) {
      throw new SchemaMismatchError(
        `${where} was made by an older version of the portal (schema_migrations: version ${m.version} is "${name}", expected "${m.name}"). ` +
          'The portal is not live yet, so there is no upgrade step: stop the server, move this database away (or delete it) and start again; an empty database is created.',
      );
    }
  }
  const ran: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    try {
      await driver.batch([
        { sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', args: [m.version, m.name, now().toISOString()] },
        ...m.statements.map((sql) => ({ sql })),
      ]);
      ran.push(m.version);
    } catch (e) {
      if ((await applied(driver)).get(m.version) === m.name) continue; // another process applied it meanwhile
      throw new Error(`migration ${m.version} (${m.name}) failed: ${(e as Error).message}`, { cause: e });
    }
  }
  return ran;
}
