/**
 * Sending mail: over SMTP (nodemailer, SMTP_URL, one pooled transporter), over
 * an HTTP mail API (MAIL_API_URL, src/server/mail/transport-http.ts: what the
 * edge host uses, importable without this module and its Node imports) or,
 * without either, into an outbox folder as .eml files that any mail program
 * opens. Every message is sent under the id of its outbox row
 * (src/server/mail/outbox.ts), so sending the same row again is recognisable:
 * - the folder outbox writes `<id>.eml` atomically (a temporary file, fsync,
 *   rename), so a second send of the same row replaces the same file: exactly
 *   one file per row, never an empty or half-written one;
 * - over SMTP the message gets `Message-ID: <id@samenopgroeien.example>`. SMTP is
 *   at-least-once: after a crash between the server's "250 OK" and marking the
 *   row sent, the row is sent again with the same Message-ID (mail programs
 *   and many servers drop the duplicate).
 * The log line names only the kind of message and the row id, never an
 * address or a name; an error is passed on as it is (the caller logs only its
 * kind: nodemailer's messages hold the recipient).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { idToken, messageIdOf } from './message-id';
import { createHttpMailTransport } from './transport-http';
import type { MailMessage } from './templates';
import { mailDomain } from '../../utils/contact';

// Re-exported: the id helpers live apart so the HTTP transport (transport-http.ts) needs no Node module.
export { idToken, messageIdOf };

export interface SendOptions {
  /** The outbox row's id: names the file, makes the Message-ID. */
  id: string;
}

export interface MailTransport {
  send(message: MailMessage, opts: SendOptions): Promise<void>;
  /**
   * Make what `send` wrote durable before the caller marks it sent: the
   * folder outbox syncs its directory once for all files written since the
   * last flush (the files themselves are synced by `send`). Nothing to do for SMTP.
   */
  flush?(): Promise<void>;
  /** Close pooled SMTP connections (nothing to do for the folder). */
  close?(): Promise<void>;
}

export interface TransportOptions {
  smtpUrl?: string | undefined;
  /** MAIL_API_URL: send over the HTTP mail API instead (never together with `smtpUrl`). */
  mailApiUrl?: string | undefined;
  /** MAIL_API_TOKEN, needed with `mailApiUrl`. */
  mailApiToken?: string | undefined;
  from: string;
  outboxDir: string;
  /** Keep SMTP connections open between messages (default true); `close()` ends them. */
  pool?: boolean;
  /** Right-hand side of the Message-ID. */
  messageIdDomain?: string;
  log?: (line: string) => void;
}

/** A survey invite's key (a hash derived from its link), so its file can be found and deleted once the link is used. */
const keySuffix = (m: MailMessage) => (m.outboxKey && /^[0-9a-f]{16,64}$/.test(m.outboxKey) ? `-k${m.outboxKey}` : '');

/** The outbox file of a row. */
export const outboxFileName = (id: string, m: Pick<MailMessage, 'outboxKey'> = {}) => `${idToken(id)}${keySuffix(m as MailMessage)}.eml`;

function toNodemailer(from: string, m: MailMessage, messageId: string) {
  return {
    from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    // With both, nodemailer builds multipart/alternative (text first, HTML preferred), inside multipart/mixed with the attachments.
    ...(m.html ? { html: m.html } : {}),
    messageId,
    attachments: (m.attachments ?? []).map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}

/**
 * Write `data` to `dir/name` so that the name only ever holds a complete file
 * (mode 0600): a temporary file, synced, renamed over the name. The rename
 * reaches the disk with the next `syncDir`.
 */
async function writeAtomically(dir: string, name: string, data: Buffer): Promise<void> {
  const tmp = join(dir, `.${name}.${randomUUID().slice(0, 8)}.tmp`);
  const file = await open(tmp, 'wx', 0o600);
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(tmp, join(dir, name));
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

async function syncDir(dir: string): Promise<void> {
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

export function createMailTransport(opts: TransportOptions): MailTransport {
  const log = opts.log ?? ((line: string) => console.info(line));
  const domain = opts.messageIdDomain ?? mailDomain;
  if (opts.mailApiUrl) {
    // The env schema refuses these first, with the variable named; this guards other callers.
    if (opts.smtpUrl) throw new Error('SMTP_URL and MAIL_API_URL are both set: choose one way to send mail');
    if (!opts.mailApiToken) throw new Error('MAIL_API_URL needs MAIL_API_TOKEN');
    return createHttpMailTransport({ url: opts.mailApiUrl, token: opts.mailApiToken, from: opts.from, messageIdDomain: domain, log });
  }
  if (opts.smtpUrl) {
    const transporter = opts.pool === false ? nodemailer.createTransport(opts.smtpUrl) : nodemailer.createTransport({ url: opts.smtpUrl, pool: true, maxConnections: 3 });
    return {
      async send(m, { id }) {
        await transporter.sendMail(toNodemailer(opts.from, m, messageIdOf(id, domain)));
        log(`mail: ${m.kind} sent over SMTP (${idToken(id)})`);
      },
      async flush() {},
      async close() {
        transporter.close();
      },
    };
  }
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let unsynced = false;
  /** The directory sync in progress: a flush that finds nothing new still waits for it. */
  let syncing: Promise<void> = Promise.resolve();
  return {
    async send(m, { id }) {
      const info = await composer.sendMail(toNodemailer(opts.from, m, messageIdOf(id, domain)));
      // The folder and files hold addresses: only the server's user may read them.
      await mkdir(opts.outboxDir, { recursive: true, mode: 0o700 });
      const name = outboxFileName(id, m);
      await writeAtomically(opts.outboxDir, name, info.message as Buffer);
      unsynced = true;
      log(`mail: ${m.kind} written to outbox ${join(opts.outboxDir, name)}`);
    },
    flush() {
      if (unsynced) {
        unsynced = false;
        syncing = syncing.catch(() => {}).then(() => syncDir(opts.outboxDir));
      }
      return syncing;
    },
    async close() {},
  };
}

/**
 * Delete outbox files older than `days` (they hold personal data too). Files
 * written with an `outboxKey` (a link that ties an address to anonymous data,
 * such as a survey invite) go after `keyedDays` at the latest: when the link
 * has expired there is no reason to keep it next to the address. Temporary
 * files left by a crash in the middle of a write go after a day.
 */
export async function purgeOutbox(dir: string, days: number, now: Date = new Date(), keyedDays: number = days): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of names) {
    const temporary = name.startsWith('.') && name.endsWith('.tmp');
    if (!name.endsWith('.eml') && !temporary) continue;
    const path = join(dir, name);
    const s = await stat(path).catch(() => undefined);
    if (!s) continue;
    const keep = temporary ? Math.min(days, 1) : /-k[0-9a-f]+\.eml$/.test(name) ? Math.min(days, keyedDays) : days;
    if (now.getTime() - s.mtimeMs >= keep * 86_400_000) {
      await unlink(path).catch(() => {});
      if (!temporary) deleted++;
    }
  }
  return deleted;
}

/** Delete the outbox file written with `outboxKey` (as soon as its link has been used). Returns the number deleted. */
export async function forgetOutboxMessage(dir: string, key: string): Promise<number> {
  if (!/^[0-9a-f]{16,64}$/.test(key)) return 0;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of names.filter((n) => n.endsWith(`-k${key}.eml`))) {
    await unlink(join(dir, name)).catch(() => {});
    deleted++;
  }
  return deleted;
}
