/**
 * The mail outbox drainer. Every change that mails writes an `outbox` row in
 * the same batch as the change (src/server/store/registrations.ts), so a mail
 * exists exactly when its change does. This module sends those rows, outside
 * any request:
 *
 * 1. Claim: one UPDATE takes the due rows (not sent, `next_attempt_at` passed,
 *    attempts left), oldest first, counts the attempt and pushes
 *    `next_attempt_at` a lease ahead, RETURNING them. The same SQL on SQLite
 *    and PostgreSQL; the conditions are repeated on the updated row, so two
 *    drainers at once never both claim a row (on PostgreSQL the second waits
 *    for the first's row lock, then finds the row no longer due).
 * 2. Render (src/server/mail/render.ts) and send (src/server/mail/transport.ts)
 *    under the row's id: the folder outbox writes `<id>.eml`, SMTP gets the
 *    Message-ID `<id@samenopgroeien.example>`.
 * 3. Mark sent and scrub: `sent_at` set, `payload` → '{}' and `recipient` → ''
 *    (the payload may hold a raw cancel, sign-in or survey token next to the
 *    address). The row stays as a tombstone so it is never sent again;
 *    retention deletes it with its registration.
 *
 * A crash between 2 and 3 leaves the row claimed; when the lease ends it is
 * sent again under the same id: the folder outbox replaces the same file
 * (exactly once), SMTP delivers the same Message-ID again (at least once).
 * A failed send is retried with backoff (1 min, 5 min, 30 min, 2 h, 12 h);
 * after the last attempt the row stays unsent with `last_error`, which holds
 * only the kind of error (never nodemailer's message: it names the recipient).
 * An error `isPermanent` recognises (the HTTP mail API refused this message
 * with a 4xx) is given up at once: no attempts are left (`attempts` set to
 * the maximum, the state the claim already skips).
 * `render` returning undefined (the registration is gone) marks the row done
 * without sending.
 */
import { OUTBOX_COLUMNS, outboxRow, type OutboxMessage } from '../../schemas/rows';
import type { Row, SqlDriver } from '../store/driver';
import type { MailMessage } from './templates';

export interface OutboxTransport {
  send(message: MailMessage, opts: { id: string }): Promise<void>;
  /** Called once per round, after the sends and before they are marked sent (the folder outbox syncs its directory). */
  flush?(): Promise<void>;
}

export interface DrainOptions {
  driver: SqlDriver;
  render: (row: OutboxMessage) => Promise<MailMessage | undefined>;
  transport: OutboxTransport;
  now?: () => Date;
  /** Rows claimed per round (default 50). */
  limit?: number;
  log?: (line: string) => void;
  /** How long a claim holds a row before another drainer may take it (default 5 minutes). Longer than any send. */
  leaseMs?: number;
  /** Wait before attempt 2, 3, …; its length + 1 is the number of attempts (default 1 min, 5 min, 30 min, 2 h, 12 h: 6 attempts). */
  backoffMs?: readonly number[];
  /** Sends in flight at once within a round (default 4). */
  concurrency?: number;
  /** When aborted, no new send starts; rows claimed but not sent are released for the next drainer. */
  signal?: AbortSignal;
}

export interface DrainResult {
  sent: number;
  failed: number;
  /** Marked done without sending (`render` returned nothing). */
  skipped: number;
  /** Rows this call claimed (when it equals `limit`, more may be due). */
  claimed: number;
}

const MINUTE = 60_000;
export const DEFAULT_BACKOFF_MS: readonly number[] = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE];
export const DEFAULT_LEASE_MS = 5 * MINUTE;

/**
 * The kind of an error, for `last_error` and the log: its class name and
 * code (and the SMTP reply code), never its message, which may hold an address.
 */
export function errorKind(e: unknown): string {
  if (!(e instanceof Error)) return 'Error';
  const x = e as Error & { code?: unknown; responseCode?: unknown };
  const parts = [/^[A-Za-z][A-Za-z0-9]{0,39}$/.test(x.name) ? x.name : 'Error'];
  if (typeof x.code === 'string' && /^[A-Z][A-Z0-9_]{0,39}$/.test(x.code)) parts.push(x.code);
  if (typeof x.responseCode === 'number' && Number.isInteger(x.responseCode)) parts.push(String(x.responseCode));
  return parts.join(' ');
}

/**
 * Whether retrying cannot help: the HTTP mail API refused the message (a
 * `MailApiError` with `permanent: true`, its 4xx other than 408/429,
 * src/server/mail/transport-http.ts). Recognised by name, like ConfigError,
 * so it survives bundles. Everything else (network, timeouts, 5xx) is
 * retried, and so is every SMTP error: nodemailer 10 sets `permanent` on 5xx
 * replies too, but a relay or sign-in misconfiguration answers 5xx as well,
 * and honouring it would drop every mail at once; SMTP keeps its six attempts.
 */
export function isPermanent(e: unknown): boolean {
  return e instanceof Error && e.name === 'MailApiError' && (e as Error & { permanent?: unknown }).permanent === true;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Claim up to `limit` due rows for `leaseMs`. */
async function claim(driver: SqlDriver, at: Date, limit: number, leaseMs: number, maxAttempts: number): Promise<Row[]> {
  const now = at.toISOString();
  const until = new Date(at.getTime() + leaseMs).toISOString();
  const due = `sent_at IS NULL AND next_attempt_at <= ? AND attempts < CAST(? AS INTEGER)`;
  return driver.query(
    `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?
     WHERE id IN (SELECT id FROM outbox WHERE ${due} ORDER BY created_at, id LIMIT CAST(? AS INTEGER))
       AND ${due}
     RETURNING ${OUTBOX_COLUMNS}`,
    [until, now, maxAttempts, limit, now, maxAttempts],
  );
}

/** Done: sent (or nothing to send). Keep the row as a tombstone without its personal data. */
async function markDone(driver: SqlDriver, ids: string[], at: Date, note: string | null): Promise<void> {
  if (!ids.length) return;
  await driver.exec(
    `UPDATE outbox SET sent_at = ?, payload = '{}', recipient = '', last_error = ? WHERE sent_at IS NULL AND id IN (${placeholders(ids.length)})`,
    [at.toISOString(), note, ...ids],
  );
}

/**
 * Sending failed: try again after the backoff, or give up (the row stays unsent, with its error).
 * `noAttemptsLeft` (a permanent error before the last attempt) sets `attempts` to the maximum, so no claim takes it again.
 */
async function markFailed(driver: SqlDriver, id: string, at: Date, retryAt: Date | undefined, error: string, noAttemptsLeft?: number): Promise<void> {
  const next = (retryAt ?? at).toISOString();
  if (noAttemptsLeft === undefined) {
    await driver.exec(`UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ? AND sent_at IS NULL`, [next, error, id]);
    return;
  }
  await driver.exec(`UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempts = CAST(? AS INTEGER) WHERE id = ? AND sent_at IS NULL`, [next, error, noAttemptsLeft, id]);
}

/** Give claimed rows that were not tried back, as if never claimed. */
async function release(driver: SqlDriver, ids: string[], at: Date): Promise<void> {
  if (!ids.length) return;
  await driver.exec(
    `UPDATE outbox SET attempts = attempts - 1, next_attempt_at = ? WHERE sent_at IS NULL AND attempts > 0 AND id IN (${placeholders(ids.length)})`,
    [at.toISOString(), ...ids],
  );
}

/** One round: claim due rows, render and send them, mark them. */
export async function drainOutbox(opts: DrainOptions): Promise<DrainResult> {
  const clock = opts.now ?? (() => new Date());
  const log = opts.log ?? ((line: string) => console.info(line));
  const backoff = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxAttempts = backoff.length + 1;
  const result: DrainResult = { sent: 0, failed: 0, skipped: 0, claimed: 0 };
  if (opts.signal?.aborted) return result;

  const rows = await claim(opts.driver, clock(), Math.max(1, opts.limit ?? 50), opts.leaseMs ?? DEFAULT_LEASE_MS, maxAttempts);
  result.claimed = rows.length;
  const sent: string[] = [];
  const skipped: string[] = [];
  const untried: string[] = [];
  let next = 0;

  async function one(raw: Row): Promise<void> {
    const id = String(raw.id);
    const attempts = Number(raw.attempts);
    // The kind names the message for the log line; never the address.
    const messageKind = String(raw.kind).replace(/[^a-z-]/g, '');
    try {
      const message = await opts.render(outboxRow.parse(raw));
      if (!message) {
        skipped.push(id);
        return;
      }
      await opts.transport.send(message, { id });
      sent.push(id);
    } catch (e) {
      const kind = errorKind(e);
      const permanent = isPermanent(e);
      const wait = permanent ? undefined : backoff[attempts - 1];
      const at = clock();
      await markFailed(opts.driver, id, at, wait === undefined ? undefined : new Date(at.getTime() + wait), kind, permanent && attempts < maxAttempts ? maxAttempts : undefined);
      result.failed++;
      log(
        wait === undefined
          ? `mail: ${messageKind} ${id} not sent after ${attempts} attempt(s), given up${permanent ? ', refused for good' : ''} (${kind})`
          : `mail: ${messageKind} ${id} not sent (${kind}), attempt ${attempts} of ${maxAttempts}, next in ${Math.round(wait / 1000)} s`,
      );
    }
  }

  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, opts.concurrency ?? 4), rows.length) }, async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        if (opts.signal?.aborted) untried.push(String(row.id));
        else await one(row);
      }
    }),
  );

  // What was sent must be durable before it is marked: a failed flush leaves the rows to the lease (sent again, same id).
  if (sent.length) await opts.transport.flush?.();
  const at = clock();
  await markDone(opts.driver, sent, at, null);
  await markDone(opts.driver, skipped, at, 'skipped');
  await release(opts.driver, untried, at);
  result.sent = sent.length;
  result.skipped = skipped.length;
  return result;
}

export interface WorkerOptions extends Omit<DrainOptions, 'signal'> {
  /** Look for due rows this often (ms), besides every `kick`. */
  intervalMs: number;
}

export interface OutboxWorker {
  /** Drain soon (several kicks while a round runs make one more round). */
  kick(): void;
  /** Let the current sends finish and be marked, start no new one, then resolve. */
  stop(): Promise<void>;
}

/**
 * A drainer that runs in the background: every `intervalMs`, and soon after
 * every `kick()` (the registration handler kicks after its batch committed,
 * so a mail usually leaves within milliseconds without the answer waiting
 * for it). Rounds never overlap; a full round is followed at once by the next.
 */
export function startOutboxWorker(opts: WorkerOptions): OutboxWorker {
  const log = opts.log ?? ((line: string) => console.info(line));
  const controller = new AbortController();
  const limit = Math.max(1, opts.limit ?? 50);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  /** A round is already due at once: more kicks add nothing. */
  let soon = false;

  const schedule = (ms: number) => {
    if (controller.signal.aborted) return;
    if (timer) clearTimeout(timer);
    soon = ms === 0;
    timer = setTimeout(() => {
      timer = undefined;
      soon = false;
      run();
    }, ms);
    timer.unref?.();
  };

  function run(): void {
    if (running || controller.signal.aborted) {
      again = true;
      return;
    }
    again = false;
    running = (async () => {
      let backlog = false;
      try {
        const r = await drainOutbox({ ...opts, limit, signal: controller.signal });
        backlog = r.claimed >= limit;
      } catch (e) {
        // The database is unreachable or the like: try again at the next interval.
        log(`mail: outbox round failed (${errorKind(e)})`);
      }
      running = undefined;
      schedule(backlog || again ? 0 : opts.intervalMs);
    })();
  }

  schedule(0);
  return {
    kick() {
      if (controller.signal.aborted) return;
      if (running) again = true;
      else if (!soon) schedule(0);
    },
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}

/**
 * Retention for rows that belong to no registration (sign-in links, survey
 * invites, messages): deleted, sent or not, once created before `before`.
 * Rows of a registration are deleted with it (src/server/store/sql.ts,
 * `purgeRegistrations`). Returns how many were deleted.
 */
export async function purgeOutboxRows(driver: SqlDriver, before: Date): Promise<number> {
  return driver.exec(`DELETE FROM outbox WHERE registration_id IS NULL AND created_at < ?`, [before.toISOString()]);
}

/**
 * Drain until nothing is due (for `npm run mail:drain` and after a restart):
 * rounds of `limit` until a round claims fewer. Rows that fail wait for
 * their backoff, so this ends. Returns the totals.
 */
export async function drainAll(opts: DrainOptions): Promise<DrainResult> {
  const limit = Math.max(1, opts.limit ?? 50);
  const total: DrainResult = { sent: 0, failed: 0, skipped: 0, claimed: 0 };
  for (;;) {
    const r = await drainOutbox({ ...opts, limit });
    total.sent += r.sent;
    total.failed += r.failed;
    total.skipped += r.skipped;
    total.claimed += r.claimed;
    if (r.claimed < limit || opts.signal?.aborted) return total;
  }
}
