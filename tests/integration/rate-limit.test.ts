/**
 * The shared rate limiter (src/server/store/limits.ts) on every engine
 * (libSQL, D1 in Miniflare, PostgreSQL when TEST_POSTGRES_URL is set; with
 * CI set it must be): the in-memory limiter's contract, one count for every
 * "isolate" over the same database, exactly `limit` allowed out of many
 * simultaneous hits, no client address in the table, 0 = no limit, and the
 * purge of ended windows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/server/http';
import type { SqlDriver } from '../../src/server/store/driver';
import { openDriver } from '../../src/server/store/drivers';
import { createSqlRateLimiter, purgeRateLimits } from '../../src/server/store/limits';
import { migrate } from '../../src/server/store/migrate';
import { coreMigrations } from '../../src/server/store/migrations/sql/core';
import { engines, missingPostgres, type Engine } from './engines';

const T0 = Date.parse('2026-11-02T09:00:00.000Z');
const S = 1000;
const SECRET = 'form-secret-of-this-deployment';
const ADDRESS = '203.0.113.77';

it('PostgreSQL is part of the rate-limit run when CI is set', () => {
  if (missingPostgres) throw new Error(missingPostgres);
  expect(engines.map((e) => e.name)).toEqual(expect.arrayContaining(['libsql', 'd1']));
});

describe.each(engines)('shared rate limiter on $name', (engine: Engine) => {
  let driver: SqlDriver;
  let url: string;
  let drop: () => Promise<void>;
  const extra: SqlDriver[] = [];

  beforeEach(async () => {
    ({ driver, url, drop } = await engine.open({ maxConnections: 10 }));
    await migrate(driver, coreMigrations);
  });
  afterEach(async () => {
    for (const d of extra.splice(0)) await d.close();
    await drop();
  });

  /** A second connection to the same database, as another process or isolate has (D1: the binding is the database). */
  async function anotherConnection(): Promise<SqlDriver> {
    if (engine.name === 'd1') return driver;
    const other = await openDriver(url, { maxConnections: 10 });
    extra.push(other);
    return other;
  }

  it('allows `limit` hits, then says how many seconds to wait until the window ends', async () => {
    const limiter = createSqlRateLimiter(driver, { name: 'post', limit: 3, secret: SECRET });
    expect(await limiter.hit(ADDRESS, T0)).toBe(0);
    expect(await limiter.hit(ADDRESS, T0 + 1 * S)).toBe(0);
    expect(await limiter.hit(ADDRESS, T0 + 2 * S)).toBe(0);
    expect(await limiter.hit(ADDRESS, T0 + 10 * S)).toBe(50);
    expect(await limiter.hit(ADDRESS, T0 + 59_500)).toBe(1);
    // Another client has its own count.
    expect(await limiter.hit('198.51.100.1', T0 + 20 * S)).toBe(0);
    expect(await limiter.hit(undefined, T0 + 20 * S)).toBe(0);
  });

  it('a new window starts afresh when the old one has ended, as in memory', async () => {
    const limiter = createSqlRateLimiter(driver, { name: 'post', limit: 2, windowMs: 10 * S, secret: SECRET });
    expect([await limiter.hit(ADDRESS, T0), await limiter.hit(ADDRESS, T0), await limiter.hit(ADDRESS, T0 + 4 * S)]).toEqual([0, 0, 6]);
    // The window ends exactly windowMs after its first hit.
    expect(await limiter.hit(ADDRESS, T0 + 10 * S)).toBe(0);
    expect(await limiter.hit(ADDRESS, T0 + 11 * S)).toBe(0);
    expect(await limiter.hit(ADDRESS, T0 + 12 * S)).toBe(8);
  });

  it('gives the same answers as the in-memory limiter for the same hits', async () => {
    const windowMs = 5 * S;
    const sql = createSqlRateLimiter(driver, { name: 'same', limit: 4, windowMs, secret: SECRET });
    const memory = createRateLimiter(4, windowMs);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let t = T0;
    const answers: { sql: number[]; memory: number[] } = { sql: [], memory: [] };
    for (let i = 0; i < 120; i++) {
      t += Math.floor(next() * 700);
      const key = `client-${Math.floor(next() * 3)}`;
      answers.sql.push(await sql.hit(key, t));
      answers.memory.push(await memory.hit(key, t));
    }
    expect(answers.sql).toEqual(answers.memory);
    expect(answers.sql.filter((w) => w > 0).length).toBeGreaterThan(10);
  });

  it('two limiter instances over the same database (two isolates) share one count', async () => {
    const a = createSqlRateLimiter(driver, { name: 'post', limit: 3, secret: SECRET });
    const b = createSqlRateLimiter(await anotherConnection(), { name: 'post', limit: 3, secret: SECRET });
    expect(await a.hit(ADDRESS, T0)).toBe(0);
    expect(await b.hit(ADDRESS, T0 + S)).toBe(0);
    expect(await a.hit(ADDRESS, T0 + 2 * S)).toBe(0);
    expect(await b.hit(ADDRESS, T0 + 3 * S)).toBe(57);
    expect(await a.hit(ADDRESS, T0 + 4 * S)).toBe(56);
    // Another name is another limit; another secret another deployment.
    expect(await createSqlRateLimiter(driver, { name: 'sign-in', limit: 3, secret: SECRET }).hit(ADDRESS, T0 + 4 * S)).toBe(0);
    expect(await createSqlRateLimiter(driver, { name: 'post', limit: 3, secret: 'another-deployment-secret' }).hit(ADDRESS, T0 + 4 * S)).toBe(0);
  });

  it('200 simultaneous hits with limit 50, from two isolates: exactly 50 allowed', async () => {
    const limiters = [driver, await anotherConnection()].map((d) => createSqlRateLimiter(d, { name: 'burst', limit: 50, secret: SECRET }));
    const waits = await Promise.all(Array.from({ length: 200 }, (_, i) => limiters[i % 2]!.hit(ADDRESS, T0)));
    expect(waits.filter((w) => w === 0)).toHaveLength(50);
    expect(waits.filter((w) => w === 60)).toHaveLength(150);
    expect(await driver.query(`SELECT hits FROM rate_limits`)).toEqual([{ hits: 200 }]);
  });

  it('stores no client address, and not the secret: only hashed buckets', async () => {
    const v6 = '2001:db8::bad:cafe';
    for (const name of ['post', 'question-lookups']) {
      const limiter = createSqlRateLimiter(driver, { name, limit: 1, secret: SECRET });
      for (const key of [ADDRESS, v6, `user-42|${ADDRESS}`]) await limiter.hit(key, T0);
    }
    const rows = await driver.query(`SELECT * FROM rate_limits`);
    expect(rows).toHaveLength(6);
    const all = JSON.stringify(rows);
    for (const secret of ['203.0.113', '203', '0.113.77', '2001', 'db8', 'cafe', 'user-42', SECRET, 'post', 'lookups']) expect(all).not.toContain(secret);
    for (const row of rows) {
      expect(Object.keys(row).toSorted()).toEqual(['bucket', 'hits', 'resets_at']);
      expect(row.bucket).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('limit 0 means no limit, and stores nothing', async () => {
    const limiter = createSqlRateLimiter(driver, { name: 'off', limit: 0, secret: SECRET });
    const waits = await Promise.all(Array.from({ length: 300 }, () => limiter.hit(ADDRESS, T0)));
    expect(waits.every((w) => w === 0)).toBe(true);
    expect(await driver.query(`SELECT COUNT(*) AS n FROM rate_limits`)).toEqual([{ n: 0 }]);
  });

  it('purgeRateLimits deletes the windows that have ended, and only those', async () => {
    const minute = createSqlRateLimiter(driver, { name: 'post', limit: 5, secret: SECRET });
    const hour = createSqlRateLimiter(driver, { name: 'links', limit: 5, windowMs: 3600 * S, secret: SECRET });
    await minute.hit('a', T0);
    await minute.hit('b', T0 + 30 * S);
    await hour.hit('a', T0);
    expect(await purgeRateLimits(driver, new Date(T0 + 60 * S))).toBe(1); // a's minute ended; b's and the hour run on
    expect(await driver.query(`SELECT COUNT(*) AS n FROM rate_limits`)).toEqual([{ n: 2 }]);
    // The running window keeps its count after a purge.
    for (let i = 0; i < 4; i++) await minute.hit('b', T0 + 61 * S);
    expect(await minute.hit('b', T0 + 62 * S)).toBe(28);
    expect(await purgeRateLimits(driver, new Date(T0 + 3600 * S))).toBe(2);
    expect(await driver.query(`SELECT COUNT(*) AS n FROM rate_limits`)).toEqual([{ n: 0 }]);
  });

  it('refuses a limiter without a name or with a bad limit or window', () => {
    expect(() => createSqlRateLimiter(driver, { name: '', limit: 1 })).toThrow(/name/);
    expect(() => createSqlRateLimiter(driver, { name: 'x', limit: -1 })).toThrow(/limit/);
    expect(() => createSqlRateLimiter(driver, { name: 'x', limit: 1.5 })).toThrow(/limit/);
    expect(() => createSqlRateLimiter(driver, { name: 'x', limit: 1, windowMs: 0 })).toThrow(/windowMs/);
  });
});
