/**
 * The engines a store test runs on: libSQL (an embedded file) always, and
 * PostgreSQL when TEST_POSTGRES_URL is set (`.ci/run` starts a throwaway
 * server and sets it). With CI set and no PostgreSQL, `missingPostgres`
 * says so and the suites fail instead of silently testing one engine.
 * Each `open()` gives an empty database: a new file, or a new PostgreSQL schema.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DriverOptions, SqlDriver } from '../../src/server/store/driver';
import { openDriver } from '../../src/server/store/drivers';

export interface Engine {
  name: 'libsql' | 'postgres';
  /** A driver on an empty database, and how to remove that database. */
  open(options?: DriverOptions): Promise<{ driver: SqlDriver; url: string; drop(): Promise<void> }>;
}

const postgresUrl = process.env.TEST_POSTGRES_URL;

export const missingPostgres = !postgresUrl && process.env.CI ? 'CI is set but TEST_POSTGRES_URL is not: the store must be tested on PostgreSQL too (.ci/run starts one)' : undefined;

let counter = 0;

const libsql: Engine = {
  name: 'libsql',
  async open(options) {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const url = `file:${join(dir, 'data', 'portal.db')}`;
    const driver = await openDriver(url, options);
    return { driver, url, drop: async () => (await driver.close(), rmSync(dir, { recursive: true, force: true })) };
  },
};

const postgres = (base: string): Engine => ({
  name: 'postgres',
  async open(options) {
    const schema = `t_${process.pid}_${Date.now()}_${++counter}`;
    const admin = await openDriver(base);
    await admin.exec(`CREATE SCHEMA ${schema}`);
    const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const driver = await openDriver(url, options);
    return {
      driver,
      url,
      async drop() {
        await driver.close();
        await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
        await admin.close();
      },
    };
  },
});

export const engines: Engine[] = [libsql, ...(postgresUrl ? [postgres(postgresUrl)] : [])];
