/**
 * The engines a store test runs on: libSQL (an embedded file) and Cloudflare
 * D1 (in Miniflare, an npm package: local workerd, offline) always, and
 * PostgreSQL when TEST_POSTGRES_URL is set (`.ci/run` starts a throwaway
 * server and sets it). With CI set and no PostgreSQL, `missingPostgres`
 * says so and the suites fail instead of silently testing one engine.
 * Each `open()` gives an empty database: a new file, a new PostgreSQL
 * schema, or a new in-memory D1 database in its own Miniflare.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DriverOptions, Row, SqlDriver, SqlValue, StatementResult } from '../../src/server/store/driver';
import { openDriver } from '../../src/server/store/drivers';
import type { D1Call } from './d1-worker';

export interface Engine {
  name: 'libsql' | 'd1' | 'postgres';
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

/**
 * D1 as Miniflare runs it: workerd's own D1 (SQLite in a Durable Object),
 * in memory. The D1 driver runs inside workerd (tests/integration/d1-worker.ts,
 * bundled once with esbuild for the browser platform: a Node-only import in
 * the driver fails that bundle), and this side sends it one call per request.
 * Offline: `cf: false` (no fetch of the `Request.cf` data), no Node.js
 * compatibility flag, bound to loopback. Miniflare is imported only when a
 * D1 database is opened.
 */
let d1Script: Promise<string> | undefined;
const bundleD1Worker = () =>
  (d1Script ??= import('esbuild').then(async ({ build }) => {
    const out = await build({
      entryPoints: [fileURLToPath(new URL('./d1-worker.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    return out.outputFiles[0]!.text;
  }));

const d1: Engine = {
  name: 'd1',
  async open() {
    const [{ Miniflare }, script] = await Promise.all([import('miniflare'), bundleD1Worker()]);
    const mf = new Miniflare({
      modules: true,
      script,
      compatibilityDate: '2026-04-01',
      d1Databases: { DB: `test-${process.pid}-${++counter}` },
      cf: false,
      host: '127.0.0.1',
    });
    await mf.ready;
    const call = async (body: D1Call): Promise<unknown> => {
      const response = await mf.dispatchFetch('http://d1.test/', { method: 'POST', body: JSON.stringify(body) });
      const answer = (await response.json()) as { result?: unknown; error?: string };
      if (answer.error !== undefined) throw new Error(answer.error);
      return answer.result;
    };
    const driver: SqlDriver = {
      dialect: 'sqlite',
      query: async <T extends Row = Row>(sql: string, args?: readonly SqlValue[]) => (await call({ op: 'query', sql, args: [...(args ?? [])] })) as T[],
      exec: async (sql, args) => (await call({ op: 'exec', sql, args: [...(args ?? [])] })) as number,
      batch: async (statements) => (await call({ op: 'batch', statements: [...statements] })) as StatementResult[],
      close: async () => {},
    };
    return { driver, url: 'd1:DB', drop: () => mf.dispose() };
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

export const engines: Engine[] = [libsql, d1, ...(postgresUrl ? [postgres(postgresUrl)] : [])];
