/**
 * The mail outbox drainer: every change that mails wrote its outbox row in
 * the same batch as the change; this sends them later, with retries.
 *
 * MINIMAL VERSION (engineer A) of the contract engineer B implements
 * (`drainOutbox`, `startOutboxWorker`): the lead keeps B's file at merge.
 * Here: a row is claimed by moving its `next_attempt_at` forward (a lease
 * with backoff) before it is rendered and sent, marked sent with its payload
 * cleared afterwards; a render that returns nothing marks the row done.
 */
import { OUTBOX_COLUMNS, outboxRow, type OutboxMessage } from '../../schemas/rows';
import type { SqlDriver } from '../store/driver';
import type { MailMessage } from './templates';

export interface DrainOptions {
  driver: SqlDriver;
  render: (row: OutboxMessage) => Promise<MailMessage | undefined>;
  transport: { send(message: MailMessage, opts: { id: string }): Promise<void> };
  now?: () => Date;
  limit?: number;
  log?: (line: string) => void;
}

const MAX_ATTEMPTS = 10;
const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** attempts, 6 * 3600_000);

export async function drainOutbox(opts: DrainOptions): Promise<{ sent: number; failed: number }> {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? console.error;
  const at = now().toISOString();
  const due = await opts.driver.query(
    `SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE sent_at IS NULL AND attempts < ? AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
    [MAX_ATTEMPTS, at, opts.limit ?? 100],
  );
  let sent = 0;
  let failed = 0;
  for (const raw of due) {
    const row = outboxRow.parse(raw);
    const lease = new Date(now().getTime() + backoffMs(row.attempts)).toISOString();
    const claimed = await opts.driver.exec('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ? AND sent_at IS NULL AND next_attempt_at = ?', [
      lease,
      row.id,
      row.nextAttemptAt,
    ]);
    if (!claimed) continue; // another drainer has it
    try {
      const message = await opts.render(row);
      if (message) await opts.transport.send(message, { id: row.id });
      await opts.driver.exec(`UPDATE outbox SET sent_at = ?, payload = '{}', last_error = NULL WHERE id = ?`, [now().toISOString(), row.id]);
      if (message) sent++;
    } catch (e) {
      failed++;
      const name = e instanceof Error ? e.name : 'error';
      await opts.driver.exec('UPDATE outbox SET last_error = ? WHERE id = ?', [name, row.id]).catch(() => {});
      log(`mail: ${row.kind} could not be sent (${name}); it stays in the outbox and is retried`);
    }
  }
  return { sent, failed };
}

export function startOutboxWorker(opts: DrainOptions & { intervalMs: number }): { kick(): void; stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let again = false;
  let busy = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    running = drainOutbox(opts)
      .catch((e: unknown) => (opts.log ?? console.error)(`mail: the outbox could not be read (${e instanceof Error ? e.name : 'error'})`))
      .finally(() => {
        busy = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, opts.intervalMs);
  timer.unref?.();
  run();
  return {
    kick: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
