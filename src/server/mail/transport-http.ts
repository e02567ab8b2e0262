/**
 * Sending mail over an HTTP mail API (MAIL_API_URL, MAIL_API_TOKEN): for a
 * host without SMTP, such as the edge (workerd). Each rendered outbox message
 * is one POST of JSON, in the shape of common transactional mail APIs:
 *
 *   { from, to, subject, text, html, headers: { "Message-ID": "<id@samenopgroeien.example>" },
 *     attachments: [{ filename, contentType, content }] }   (content in base64)
 *
 * with `Authorization: Bearer <MAIL_API_TOKEN>`. `text` and `html` are the
 * two parts of one message (rendered from the same template,
 * src/server/mail/compose.ts); the provider sends them as
 * multipart/alternative, with the attachments.
 *
 * - The Message-ID is the one the SMTP path uses (the outbox row's id,
 *   src/server/mail/message-id.ts), so a send repeated after a crash or a
 *   timeout carries the same id and the provider or the mail program can drop
 *   the duplicate. Like SMTP this is at-least-once.
 * - The answer decides: 2xx is sent; 400, 413, 415 and 422 mean the API
 *   refused this message and sending it again cannot help (`permanent`,
 *   which the drainer gives up at once, src/server/mail/outbox.ts). 401, 403
 *   and 404 say the key or the address is wrong, not the message: every mail
 *   would fail alike, so they are retried (with a log line) and the mails go
 *   out once the configuration is fixed. 3xx, 408, 429, 5xx, a network error
 *   and the timeout (15 s, well under the drainer's lease) are retried with
 *   the drainer's backoff.
 * - The error carries only what `errorKind` puts in `last_error` and the log:
 *   its name, a code (`ETIMEDOUT`, `ENETWORK`) or the HTTP status. Neither the
 *   log nor an error ever holds the recipient, the token, the API's answer or
 *   the body; the answer is not read at all.
 * - Header values come from the JSON as strings; line breaks in `from`, `to`,
 *   `subject` and attachment names are replaced by a space anyway, so a
 *   provider that builds MIME headers carelessly cannot be made to add one.
 *
 * Web APIs only (fetch, AbortSignal.timeout, TextEncoder, btoa): no Node
 * module and no nodemailer, so the edge bundle can import this module alone.
 */
import { idToken, messageIdOf } from './message-id';
import type { MailMessage } from './templates';
import type { MailTransport } from './transport';
import { mailDomain } from '../../utils/contact';

export interface HttpMailOptions {
  /** MAIL_API_URL: https, or http on loopback for a local sink (checked by the env schema). */
  url: string;
  /** MAIL_API_TOKEN, sent as `Authorization: Bearer …`; never logged. */
  token: string;
  /** MAIL_FROM. */
  from: string;
  /** Right-hand side of the Message-ID (default mailDomain from src/utils/contact.ts, as over SMTP). */
  messageIdDomain?: string;
  /** The whole request, until the status arrives (default 15 s). */
  timeoutMs?: number;
  /** The platform's fetch unless given (tests). */
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

/** The request body the mail API receives. */
export interface MailApiMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The HTML part (every template has one). */
  html?: string;
  headers: { 'Message-ID': string };
  attachments: { filename: string; contentType: string; content: string }[];
}

export const DEFAULT_MAIL_API_TIMEOUT_MS = 15_000;

/**
 * The mail API did not take the message. `permanent`: refused for good (400,
 * 413, 415, 422). `responseCode` (the HTTP status) or `code` name what
 * happened for `errorKind`; the message never holds personal data.
 */
export class MailApiError extends Error {
  override name = 'MailApiError';
  readonly permanent: boolean;
  readonly responseCode: number | undefined;
  readonly code: string | undefined;
  constructor(message: string, what: { permanent: boolean; responseCode?: number; code?: string }) {
    super(message);
    this.permanent = what.permanent;
    this.responseCode = what.responseCode;
    this.code = what.code;
  }
}

/** Whether an HTTP status means the API refused this message for good. */
/** Statuses that say this message is refused for good; the configuration's (401, 403, 404) and the rest are retried. */
const REFUSED_FOR_GOOD = new Set([400, 413, 415, 422]);
export const isPermanentStatus = (status: number) => REFUSED_FOR_GOOD.has(status);

const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ');

/** Standard base64 (with padding) of the UTF-8 bytes of `text`. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** What `send` posts for a message of the row `id`. */
export function mailApiMessage(from: string, m: MailMessage, messageId: string): MailApiMessage {
  return {
    from: oneLine(from),
    to: oneLine(m.to),
    subject: oneLine(m.subject),
    text: m.text,
    ...(m.html ? { html: m.html } : {}),
    headers: { 'Message-ID': messageId },
    attachments: (m.attachments ?? []).map((a) => ({ filename: oneLine(a.filename), contentType: oneLine(a.contentType), content: base64Utf8(a.content) })),
  };
}

export function createHttpMailTransport(opts: HttpMailOptions): MailTransport {
  const log = opts.log ?? ((line: string) => console.info(line));
  const domain = opts.messageIdDomain ?? mailDomain;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_MAIL_API_TIMEOUT_MS;
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const authorization = `Bearer ${opts.token}`;
  return {
    async send(m, { id }) {
      const body = JSON.stringify(mailApiMessage(opts.from, m, messageIdOf(id, domain)));
      const signal = AbortSignal.timeout(timeoutMs);
      let response: Response;
      try {
        response = await doFetch(opts.url, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
          body,
          signal,
          // A redirect is a wrong MAIL_API_URL: not followed (the token would go along), retried until fixed.
          redirect: 'manual',
        });
      } catch {
        // The cause's message may name the host or the request: only the kind goes on.
        if (signal.aborted) throw new MailApiError(`the mail API did not answer within ${Math.round(timeoutMs / 1000)} s`, { permanent: false, code: 'ETIMEDOUT' });
        throw new MailApiError('the mail API could not be reached', { permanent: false, code: 'ENETWORK' });
      }
      // The answer may echo the recipient: never read, only released.
      await response.body?.cancel().catch(() => {});
      if (response.status >= 200 && response.status < 300) {
        log(`mail: ${m.kind} sent over the mail API (${idToken(id)})`);
        return;
      }
      throw new MailApiError(`the mail API answered ${response.status}`, { permanent: isPermanentStatus(response.status), responseCode: response.status });
    },
    async flush() {},
    async close() {},
  };
}
