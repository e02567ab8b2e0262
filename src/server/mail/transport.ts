/**
 * Sending mail: over SMTP (nodemailer, SMTP_URL) or, without SMTP, into an
 * outbox folder as .eml files that any mail program opens. Each message is
 * sent under the id of its outbox row: the folder file is named by it and
 * the SMTP Message-ID is made from it, so a retry after a crash overwrites
 * the same file and receiving servers can recognise a duplicate.
 * The log line names only the kind of message, never an address or name.
 *
 * MINIMAL VERSION (engineer A) of the contract engineer B implements: the
 * lead keeps B's transport at merge.
 */
import { mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailMessage } from './templates';

export interface MailTransport {
  send(message: MailMessage, opts: { id: string }): Promise<void>;
}

export interface TransportOptions {
  smtpUrl?: string | undefined;
  from: string;
  outboxDir: string;
  log?: (line: string) => void;
}

/** A file name from an outbox id: only safe characters. */
export const outboxFileName = (id: string) => `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.eml`;

function toNodemailer(from: string, m: MailMessage, id: string, domain: string) {
  return {
    from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    messageId: `<${id.replace(/[^A-Za-z0-9_.-]/g, '.')}@${domain}>`,
    attachments: (m.attachments ?? []).map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}

export function createTransport(opts: TransportOptions): MailTransport {
  const log = opts.log ?? ((line: string) => console.info(line));
  const domain = /@([^>\s]+)>?\s*$/.exec(opts.from)?.[1] ?? 'samenopgroeien.nl';
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport(opts.smtpUrl);
    return {
      async send(m, { id }) {
        await transport.sendMail(toNodemailer(opts.from, m, id, domain));
        log(`mail: ${m.kind} sent over SMTP`);
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(m, { id }) {
      const info = await transport.sendMail(toNodemailer(opts.from, m, id, domain));
      // The folder and files hold addresses: only the server's user may read them.
      await mkdir(opts.outboxDir, { recursive: true, mode: 0o700 });
      const file = join(opts.outboxDir, outboxFileName(id));
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      log(`mail: ${m.kind} written to outbox ${file}`);
    },
  };
}

const SURVEY_FILE = /^survey-/;

/**
 * Delete outbox files older than `days` (they hold personal data too). A
 * survey invite's file (address + link to anonymous data) goes after
 * `surveyDays` at the latest: once the link has expired there is no reason
 * to keep it next to the address.
 */
export async function purgeOutboxFiles(dir: string, days: number, now: Date = new Date(), surveyDays: number = days): Promise<number> {
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
    const keep = SURVEY_FILE.test(name) ? Math.min(days, surveyDays) : days;
    if (now.getTime() - s.mtimeMs >= keep * 86_400_000) {
      await unlink(path);
      deleted++;
    }
  }
  return deleted;
}

/** Delete the outbox file of one message (a survey invite whose link was used). Returns the number deleted. */
export async function forgetOutboxFile(dir: string, id: string): Promise<number> {
  try {
    await unlink(join(dir, outboxFileName(id)));
    return 1;
  } catch {
    return 0;
  }
}
