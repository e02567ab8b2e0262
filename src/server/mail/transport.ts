/**
 * Sending mail: over SMTP (nodemailer, SMTP_URL) or, without SMTP, into an
 * outbox folder as .eml files that any mail program opens. The log line
 * names only the kind of message and a random id, never an address or name.
 */
import { mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailMessage } from './templates';

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface MailerOptions {
  smtpUrl?: string | undefined;
  from: string;
  outboxDir: string;
  log?: (line: string) => void;
}

function toNodemailer(from: string, m: MailMessage) {
  return {
    from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    attachments: (m.attachments ?? []).map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}

export function createMailer(opts: MailerOptions): Mailer {
  const log = opts.log ?? ((line: string) => console.info(line));
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport(opts.smtpUrl);
    return {
      async send(m) {
        const info = await transport.sendMail(toNodemailer(opts.from, m));
        log(`mail: ${m.kind} sent over SMTP (${String(info.messageId).replace(/@.*$/, '')})`);
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(m) {
      const info = await transport.sendMail(toNodemailer(opts.from, m));
      // The folder and files hold addresses: only the server's user may read them.
      await mkdir(opts.outboxDir, { recursive: true, mode: 0o700 });
      const key = m.outboxKey && /^[0-9a-f]{16,64}$/.test(m.outboxKey) ? `-k${m.outboxKey}` : '';
      const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID().slice(0, 8)}${key}.eml`;
      await writeFile(join(opts.outboxDir, file), info.message as Buffer, { mode: 0o600 });
      log(`mail: ${m.kind} written to outbox ${join(opts.outboxDir, file)}`);
    },
  };
}

/**
 * Delete outbox files older than `days` (they hold personal data too). Files
 * written with an `outboxKey` (a link that ties an address to anonymous data,
 * such as a survey invite) go after `keyedDays` at the latest: when the link
 * has expired there is no reason to keep it next to the address.
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
    if (!name.endsWith('.eml')) continue;
    const path = join(dir, name);
    const s = await stat(path);
    const keep = /-k[0-9a-f]+\.eml$/.test(name) ? Math.min(days, keyedDays) : days;
    if (now.getTime() - s.mtimeMs >= keep * 86_400_000) {
      await unlink(path);
      deleted++;
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
