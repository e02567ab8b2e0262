/**
 * Rate limits shared by every process and isolate: the `RateLimiter` of
 * src/server/http.ts over the SQL driver. The in-memory `createRateLimiter`
 * counts per process; on the edge every isolate would count alone, so a
 * client spread over many isolates would get the limit many times over. This
 * one counts in the `rate_limits` table (core migration 5), the same SQL on
 * SQLite/libSQL, PostgreSQL and D1.
 *
 * The contract is the in-memory limiter's: `hit(key)` counts one hit and
 * returns 0 while the key has had at most `limit` hits in its window, else
 * the seconds until the window ends; a window starts at a key's first hit
 * and lasts `windowMs`; `limit` 0 means no limit (nothing is stored).
 *
 * One statement per hit, atomic on every engine: an upsert that starts a new
 * window when the old one has ended, else adds one, and returns the row
 * (`RETURNING`). SQLite and D1 run writes one at a time; on PostgreSQL
 * concurrent upserts of one bucket wait for each other's row lock and each
 * adds to the committed count. No read-decide-write in application code, so
 * N simultaneous hits allow exactly `limit`.
 *
 * Privacy: the table never holds a client address. A bucket is
 * `hashToken('rate-limit', [name, secret, key])` (SHA-256, src/server/tokens.ts),
 * with the deployment's secret (FORM_SECRET) mixed in: there are only 2^32
 * IPv4 addresses, so a plain hash of one is undone by trying them all in
 * minutes; with a secret that lives in the configuration, not in the
 * database, a copy of the database alone cannot tell which address a bucket
 * was. The secret must be the same in every isolate (a random one per
 * isolate would split the count again), so pass the configured one; without
 * it the buckets are still hashes, but only of name and key. The name is in
 * the hash too, so two limiters never share a count and one client's buckets
 * in two limiters cannot be matched. Windows that have ended are dead rows:
 * `purgeRateLimits` deletes them (the retention job's to call).
 */
import type { RateLimiter } from '../http';
import { hashToken } from '../tokens';
import type { SqlDriver } from './driver';

export interface SqlRateLimiterOptions {
  /** Which limit ("post", "sign-in", …): the same name in every isolate shares the count, another name never does. */
  name: string;
  /** Hits allowed per window; 0 = no limit. */
  limit: number;
  /** Length of a window (default a minute). */
  windowMs?: number;
  /** The deployment's secret (FORM_SECRET), mixed into every bucket; the same in every isolate. */
  secret?: string | undefined;
}

const HIT = `INSERT INTO rate_limits (bucket, resets_at, hits) VALUES (?, ?, 1)
  ON CONFLICT (bucket) DO UPDATE SET
    hits = CASE WHEN rate_limits.resets_at <= ? THEN 1 ELSE rate_limits.hits + 1 END,
    resets_at = CASE WHEN rate_limits.resets_at <= ? THEN excluded.resets_at ELSE rate_limits.resets_at END
  RETURNING hits, resets_at`;

export function createSqlRateLimiter(driver: SqlDriver, opts: SqlRateLimiterOptions): RateLimiter {
  const { name, limit } = opts;
  const windowMs = opts.windowMs ?? 60_000;
  if (!name) throw new Error('a shared rate limiter needs a name');
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`rate limiter ${name}: limit must be a whole number, 0 or more`);
  if (!Number.isInteger(windowMs) || windowMs <= 0) throw new Error(`rate limiter ${name}: windowMs must be a whole number above 0`);
  const secret = opts.secret ?? '';
  return {
    async hit(clientAddress, now = Date.now()) {
      if (limit <= 0) return 0;
      // JSON keeps the parts apart (a name or key with a separator in it cannot collide with another).
      const bucket = await hashToken('rate-limit', JSON.stringify([name, secret, clientAddress ?? 'unknown']));
      const at = new Date(now).toISOString();
      const [row] = await driver.query<{ hits: number; resets_at: string }>(HIT, [bucket, new Date(now + windowMs).toISOString(), at, at]);
      if (!row || Number(row.hits) <= limit) return 0;
      return Math.max(1, Math.ceil((Date.parse(row.resets_at) - now) / 1000));
    },
  };
}

/** Delete the windows that have ended by `now` (their next hit would start afresh anyway). Returns how many. */
export async function purgeRateLimits(driver: SqlDriver, now: Date = new Date()): Promise<number> {
  return driver.exec(`DELETE FROM rate_limits WHERE resets_at <= ?`, [now.toISOString()]);
}
