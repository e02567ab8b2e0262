/**
 * Mail over the HTTP mail API (src/server/mail/transport-http.ts), what the
 * edge host uses instead of SMTP: a local HTTP sink (node:http on loopback)
 * receives the real drains of the real outbox drainer in the one runtime
 * (tests/integration/helpers.ts). One request per message with the bearer
 * token and the stable Message-ID; 5xx, 408, 429, a network error and a
 * timeout are retried, another 4xx is given up at once; CR/LF in a subject
 * or name adds no header; no log line holds the token, the address or the
 * body. And the module runs in workerd (Miniflare) without Node.js
 * compatibility, so the edge bundle can use it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/schemas/env';
import { handleCreateRegistration } from '../../src/server/handlers/registrations';
import { DEFAULT_BACKOFF_MS } from '../../src/server/mail/outbox';
import { messageIdOf } from '../../src/server/mail/message-id';
import { createMailTransport } from '../../src/server/mail/transport';
import { createHttpMailTransport, isPermanentStatus, MailApiError, type MailApiMessage } from '../../src/server/mail/transport-http';
import { enrol, post, testEnv, valid, type TestEnv } from './helpers';

const TOKEN = 'mail-api-test-token-Zq8Kx3';
const FROM = 'Samen Opgroeien <inschrijven@samenopgroeien.example>';
const MIN = 60_000;

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: MailApiMessage;
}

type Answer = number | 'hang';

/** A mail API on loopback: records every request, answers from `answers` in turn (then 200). */
async function startSink() {
  const received: Received[] = [];
  const answers: Answer[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: JSON.parse(raw) as MailApiMessage });
      const answer = answers.shift() ?? 200;
      if (answer === 'hang') return; // never answers
      res.writeHead(answer, { 'content-type': 'application/json' });
      // An answer that echoes the recipient, as some APIs do: it must not reach any log.
      res.end(JSON.stringify({ id: 'x', to: JSON.parse(raw).to }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/send`;
  return {
    url,
    received,
    answers,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** The unfolded lines of an iCalendar text (RFC 5545 §3.1). ical.js is not installed, so this is the check. */
const icsLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

let env: TestEnv;
let sink: Awaited<ReturnType<typeof startSink>>;
/** Every log line: the runtime's (drainer) and the transport's. */
let logs: string[];

beforeEach(async () => {
  sink = await startSink();
  env = await testEnv();
  logs = env.logs;
  env.useTransport(createHttpMailTransport({ url: sink.url, token: TOKEN, from: FROM, timeoutMs: 400, log: (l) => void logs.push(l) }));
});
afterEach(async () => {
  await env.cleanup();
  await sink.close();
});

const rows = () => env.deps.drivers.core.query<{ id: string; attempts: number; sent_at: string | null; last_error: string | null; recipient: string }>(`SELECT id, attempts, sent_at, last_error, recipient FROM outbox ORDER BY created_at, id`);
const later = (ms: number) => void (env.clock.now = new Date(env.clock.now.getTime() + ms));

/** Nothing personal or secret in any log line or stored error. */
async function expectNothingLeaked() {
  const text = `${logs.join('\n')}\n${JSON.stringify((await rows()).map((r) => r.last_error))}`;
  expect(text).not.toContain(TOKEN);
  expect(text).not.toMatch(/anne|voorbeeld|ouder\d|Bearer|BEGIN:VCALENDAR|Hallo/i);
}

describe('mail over the HTTP mail API, through the outbox drainer', () => {
  it('posts each message once as JSON with the bearer token, the stable Message-ID and the .ics in base64', async () => {
    expect((await handleCreateRegistration(post({ ...valid, sessionId: 'webinar-s1' }), env.deps)).status).toBe(202);
    await enrol(env, 'pubers-s1'); // marked sent already: must not be posted
    await env.settle();
    expect(sink.received).toHaveLength(1);
    const [{ id }] = await rows();
    const r = sink.received[0]!;
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/v1/send');
    expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(r.body).toSorted()).toEqual(['attachments', 'from', 'headers', 'html', 'subject', 'text', 'to']);
    expect(r.body.from).toBe(FROM);
    expect(r.body.to).toBe('anne@voorbeeld.nl');
    expect(r.body.subject).toMatch(/^Je inschrijving: Training webinar/);
    expect(r.body.text).toMatch(/http:\/\/localhost:4321\/inschrijven\/annuleren\/\?token=[A-Za-z0-9_-]{43}\n/);
    expect(r.body.text).toContain('Zo doe je mee');
    // The HTML part from the same template: the same link, as the cancel button.
    expect(r.body.html).toMatch(/<a href="http:\/\/localhost:4321\/inschrijven\/annuleren\/\?token=[A-Za-z0-9_-]{43}"[^>]*>Annuleren<\/a>/);
    expect(r.body.html).toContain('Zo doe je mee');
    expect(r.body.headers).toEqual({ 'Message-ID': messageIdOf(id) });
    expect(r.body.attachments).toHaveLength(1);
    const [a] = r.body.attachments;
    expect(a!.filename).toBe('bijeenkomst.ics');
    expect(a!.contentType).toMatch(/^text\/calendar/);
    expect(a!.content).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    // The calendar file decodes and has its structure: 2027-03-28 20:00 CEST (the first day of summer time) = 18:00 UTC.
    const lines = icsLines(Buffer.from(a!.content, 'base64').toString('utf8'));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('END:VEVENT');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20270328T200000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20270328T210000');
    expect(lines.some((l) => l.startsWith('SUMMARY:Training webinar'))).toBe(true);
    expect(lines.filter(Boolean).at(-1)).toBe('END:VCALENDAR');
    // Sent and scrubbed; never posted again.
    expect((await rows())[0]).toMatchObject({ attempts: 1, last_error: null, recipient: '' });
    later(24 * 60 * MIN);
    await env.settle();
    expect(sink.received).toHaveLength(1);
    expect(logs.some((l) => /mail: registration-confirmed sent over the mail API/.test(l))).toBe(true);
    await expectNothingLeaked();
  });

  it('one request per message, each with its own Message-ID', async () => {
    for (const email of ['anne@voorbeeld.nl', 'bram@voorbeeld.nl', 'cem@voorbeeld.nl']) expect((await handleCreateRegistration(post({ ...valid, email }), env.deps)).status).toBe(202);
    await env.settle();
    expect(sink.received.map((r) => r.body.to).toSorted()).toEqual(['anne@voorbeeld.nl', 'bram@voorbeeld.nl', 'cem@voorbeeld.nl']);
    expect(sink.received.map((r) => r.body.headers['Message-ID']).toSorted()).toEqual((await rows()).map((r) => messageIdOf(r.id)).toSorted());
  });

  it('a 500 is retried after the backoff and then sent once, under the same Message-ID', async () => {
    sink.answers.push(500);
    await handleCreateRegistration(post(valid), env.deps);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 0, failed: 1 });
    expect((await rows())[0]).toMatchObject({ attempts: 1, sent_at: null, last_error: 'MailApiError 500' });
    expect(logs.join('\n')).toMatch(/registration-confirmed \S+ not sent \(MailApiError 500\), attempt 1 of 6, next in 60 s/);
    expect(await env.deps.drainMail()).toMatchObject({ claimed: 0 }); // not before its backoff
    later(DEFAULT_BACKOFF_MS[0]!);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 1, failed: 0 });
    later(24 * 60 * MIN);
    await env.settle();
    expect(sink.received).toHaveLength(2);
    expect(sink.received[1]!.body.headers).toEqual(sink.received[0]!.body.headers);
    expect((await rows())[0]).toMatchObject({ attempts: 2, last_error: null, recipient: '' });
    await expectNothingLeaked();
  });

  it('408, 429, 503 and a redirect are retried too', async () => {
    sink.answers.push(408, 429, 503, 302);
    await handleCreateRegistration(post(valid), env.deps);
    const errors: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      expect(await env.deps.drainMail()).toMatchObject({ failed: 1 });
      errors.push((await rows())[0]!.last_error);
      later(DEFAULT_BACKOFF_MS[i]!);
    }
    expect(errors).toEqual(['MailApiError 408', 'MailApiError 429', 'MailApiError 503', 'MailApiError 302']);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(5);
  });

  it('a 400 is given up at once: marked failed, never posted again', async () => {
    sink.answers.push(400);
    await handleCreateRegistration(post(valid), env.deps);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 0, failed: 1 });
    // No attempts left (the maximum, 6), only the kind of error kept, the row unsent.
    expect((await rows())[0]).toMatchObject({ attempts: DEFAULT_BACKOFF_MS.length + 1, sent_at: null, last_error: 'MailApiError 400' });
    expect(logs.at(-1)).toMatch(/registration-confirmed \S+ not sent after 1 attempt\(s\), given up, refused for good \(MailApiError 400\)/);
    for (const wait of [...DEFAULT_BACKOFF_MS, 365 * 24 * 60 * MIN]) {
      later(wait);
      expect(await env.deps.drainMail()).toMatchObject({ claimed: 0 });
    }
    expect(sink.received).toHaveLength(1);
    await expectNothingLeaked();
  });

  it('a sink that never answers: the send times out and is retried', async () => {
    sink.answers.push('hang');
    await handleCreateRegistration(post(valid), env.deps);
    const started = Date.now();
    expect(await env.deps.drainMail()).toMatchObject({ sent: 0, failed: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await rows())[0]).toMatchObject({ attempts: 1, sent_at: null, last_error: 'MailApiError ETIMEDOUT' });
    later(DEFAULT_BACKOFF_MS[0]!);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(2);
    expect(sink.received[1]!.body.headers).toEqual(sink.received[0]!.body.headers);
    await expectNothingLeaked();
  });

  it('an API that cannot be reached is retried', async () => {
    const gone = sink.url;
    await sink.close();
    env.useTransport(createHttpMailTransport({ url: gone, token: TOKEN, from: FROM, log: (l) => void logs.push(l) }));
    await handleCreateRegistration(post(valid), env.deps);
    expect(await env.deps.drainMail()).toMatchObject({ failed: 1 });
    expect((await rows())[0]).toMatchObject({ attempts: 1, last_error: 'MailApiError ENETWORK' });
    sink = await startSink();
    env.useTransport(createHttpMailTransport({ url: sink.url, token: TOKEN, from: FROM, log: (l) => void logs.push(l) }));
    later(DEFAULT_BACKOFF_MS[0]!);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 1 });
    await expectNothingLeaked();
  });

  it('CR/LF in a subject or a name adds no header: the JSON carries them as strings', async () => {
    const registration = await enrol(env, 'pubers-s1', { name: 'Anne\r\nBcc: stiekem@example.com' });
    // Straight through the store, past the back office's own cleaning of the subject.
    await env.deps.store.registrations.message([registration], { subject: 'Let op\r\nBcc: stiekem@example.com\r\nX-Evil: 1', text: 'Tekst\r\n\r\nContent-Type: text/html' });
    await env.settle();
    expect(sink.received).toHaveLength(1);
    const { body } = sink.received[0]!;
    expect(Object.keys(body).toSorted()).toEqual(['attachments', 'from', 'headers', 'html', 'subject', 'text', 'to']);
    expect(Object.keys(body.headers)).toEqual(['Message-ID']);
    expect(body.headers['Message-ID']).toMatch(/^<[A-Za-z0-9_%-]+@samenopgroeien\.example>$/);
    expect(body.subject).not.toMatch(/[\r\n]/);
    expect(body.subject).toMatch(/^Let op Bcc: stiekem@example\.com X-Evil: 1 – Training pubers$/);
    expect(body.to).toBe(registration.email);
    // The name is one line in the greeting; the message keeps its line breaks in the body, as text.
    expect(body.text).toContain('Hallo Anne Bcc: stiekem@example.com,');
    expect(body.text).toContain('Tekst\n\nContent-Type: text/html');
    expect(body.html).toContain('Tekst<br><br>Content-Type: text/html');
    expect(JSON.stringify(body)).not.toMatch(/"(bcc|x-evil|content-type)"/i);
  });

  it('the transport itself: the answer decides, and the error names no address', async () => {
    expect([400, 413, 415, 422].every(isPermanentStatus)).toBe(true);
    // A wrong key or address (401, 403, 404) fails every mail alike: kept for when the configuration is fixed.
    expect([200, 302, 401, 403, 404, 408, 429, 500, 502, 503].some(isPermanentStatus)).toBe(false);
    const transport = createHttpMailTransport({ url: sink.url, token: TOKEN, from: FROM, log: () => {} });
    const message = { to: 'anne@voorbeeld.nl', subject: 'Hoi', text: 'Hallo', kind: 'test' };
    sink.answers.push(401);
    expect(await transport.send(message, { id: 'op-1:reg-0' }).catch((x: unknown) => x)).toMatchObject({ name: 'MailApiError', permanent: false, responseCode: 401 });
    sink.answers.push(422);
    const e = await transport.send(message, { id: 'op-1:reg-1' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MailApiError);
    expect(e).toMatchObject({ name: 'MailApiError', permanent: true, responseCode: 422 });
    expect(JSON.stringify(e) + String(e)).not.toMatch(/anne|voorbeeld|Zq8Kx3/);
    await transport.send(message, { id: 'op-1:reg-1' });
    expect(sink.received.map((r) => r.body.headers['Message-ID'])).toEqual([messageIdOf('op-1:reg-0'), messageIdOf('op-1:reg-1'), messageIdOf('op-1:reg-1')]);
    expect(sink.received[0]!.body.attachments).toEqual([]);
  });
});

describe('configuration', () => {
  const base = { DATABASE_URL: 'file:./x.db' };
  const failure = (env: Record<string, string>) => {
    try {
      loadConfig({ ...base, ...env });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    return undefined;
  };

  it('MAIL_API_URL must be https, or http on loopback; it needs MAIL_API_TOKEN and excludes SMTP_URL', () => {
    for (const url of ['https://api.mail.example/v1/send', 'http://127.0.0.1:8025/send', 'http://localhost:8025/', 'http://[::1]:8025/']) {
      expect(loadConfig({ ...base, MAIL_API_URL: url, MAIL_API_TOKEN: TOKEN })).toMatchObject({ MAIL_API_URL: url, MAIL_API_TOKEN: TOKEN });
    }
    expect(failure({ MAIL_API_URL: 'http://mail.example/send', MAIL_API_TOKEN: TOKEN })).toMatch(/MAIL_API_URL: must be https \(http only on loopback/);
    expect(failure({ MAIL_API_URL: 'http://127.0.0.1.example/send', MAIL_API_TOKEN: TOKEN })).toMatch(/MAIL_API_URL: must be https/);
    expect(failure({ MAIL_API_URL: 'ftp://mail.example/', MAIL_API_TOKEN: TOKEN })).toMatch(/MAIL_API_URL: must be an https:\/\/ address/);
    expect(failure({ MAIL_API_URL: 'https://api.mail.example/v1/send' })).toMatch(/MAIL_API_TOKEN: is required when MAIL_API_URL is set/);
    expect(failure({ MAIL_API_TOKEN: TOKEN })).toMatch(/MAIL_API_TOKEN: is set but MAIL_API_URL is not/);
    expect(failure({ MAIL_API_URL: 'https://api.mail.example/', MAIL_API_TOKEN: 'two words' })).toMatch(/MAIL_API_TOKEN: must be the API token/);
    expect(failure({ MAIL_API_URL: 'https://api.mail.example/', MAIL_API_TOKEN: TOKEN, SMTP_URL: 'smtp://mail.example:587' })).toMatch(/MAIL_API_URL: cannot be used together with SMTP_URL/);
    // The token never appears in a configuration error.
    expect(failure({ MAIL_API_URL: 'http://mail.example/', MAIL_API_TOKEN: TOKEN })).not.toContain(TOKEN);
    // Empty means unset, as for SMTP_URL.
    expect(loadConfig({ ...base, MAIL_API_URL: '', MAIL_API_TOKEN: '' })).toMatchObject({ MAIL_API_URL: undefined, MAIL_API_TOKEN: undefined });
  });

  it('createMailTransport sends over the mail API when it is given', async () => {
    const transport = createMailTransport({ mailApiUrl: sink.url, mailApiToken: TOKEN, from: FROM, outboxDir: '/nonexistent', log: () => {} });
    await transport.send({ to: 'anne@voorbeeld.nl', subject: 'Hoi', text: 'Hallo', kind: 'test' }, { id: 'row-1' });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(() => createMailTransport({ mailApiUrl: sink.url, mailApiToken: TOKEN, smtpUrl: 'smtp://127.0.0.1:1', from: FROM, outboxDir: '/x' })).toThrow(/both set/);
    expect(() => createMailTransport({ mailApiUrl: sink.url, from: FROM, outboxDir: '/x' })).toThrow(/MAIL_API_TOKEN/);
  });
});

describe('in workerd', () => {
  it('the module bundles for the browser platform (no Node module, no nodemailer) and sends from inside workerd', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      stdin: {
        contents: `import { createHttpMailTransport } from './transport-http';
          export default {
            async fetch(request) {
              const { url, token, id } = await request.json();
              const lines = [];
              const t = createHttpMailTransport({ url, token, from: 'Samen Opgroeien <inschrijven@samenopgroeien.example>', log: (l) => lines.push(l) });
              const attachments = [{ filename: 'bijeenkomst.ics', contentType: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR\\r\\nSUMMARY:Één € ✓\\r\\nEND:VCALENDAR\\r\\n' }];
              try {
                await t.send({ to: 'anne@voorbeeld.nl', subject: 'Hoi', text: 'Hallo', attachments, kind: 'test' }, { id });
                return Response.json({ ok: true, lines });
              } catch (e) {
                return Response.json({ ok: false, name: e.name, permanent: e.permanent, code: e.code, responseCode: e.responseCode });
              }
            },
          };`,
        resolveDir: fileURLToPath(new URL('../../src/server/mail/', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const script = out.outputFiles[0]!.text;
    expect(script).not.toMatch(/nodemailer|node:|require\(/);
    const { Miniflare } = await import('miniflare');
    const mf = new Miniflare({ modules: true, script, compatibilityDate: '2026-04-01', cf: false, host: '127.0.0.1' });
    try {
      const call = async () => (await (await mf.dispatchFetch('http://worker.test/', { method: 'POST', body: JSON.stringify({ url: sink.url, token: TOKEN, id: 'op-9:reg-9' }) })).json()) as Record<string, unknown>;
      expect(await call()).toEqual({ ok: true, lines: ['mail: test sent over the mail API (op-9%3Areg-9)'] });
      sink.answers.push(400);
      expect(await call()).toEqual({ ok: false, name: 'MailApiError', permanent: true, responseCode: 400 });
      const [r] = sink.received;
      expect(r!.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r!.body.headers).toEqual({ 'Message-ID': messageIdOf('op-9:reg-9') });
      expect(Buffer.from(r!.body.attachments[0]!.content, 'base64').toString('utf8')).toBe('BEGIN:VCALENDAR\r\nSUMMARY:Één € ✓\r\nEND:VCALENDAR\r\n');
    } finally {
      await mf.dispose();
    }
  });
});
