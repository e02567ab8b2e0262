/**
 * A local stand-in for the HTTP mail API the edge host sends to
 * (src/server/mail/transport-http.ts): loopback only, one bearer token, and
 * every accepted message written as an .eml file into `dir` (composed with
 * nodemailer, as the Node host's folder outbox does), named by its
 * Message-ID so a retried send replaces the file instead of adding one.
 * Used by `npm run start:edge` and the edge tests; never for real mail.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

const LIMIT = 5 * 1024 * 1024;

const same = (a, b) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startMailSink({ dir, token, host = '127.0.0.1', port = 0 }) {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let received = 0;
  const server = http.createServer((req, res) =>
    accept(req, res).catch((e) => {
      console.error(`mail sink: could not store a message (${e?.code ?? e?.name ?? 'error'})`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":"not stored"}');
    }),
  );
  async function accept(req, res) {
    const answer = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return answer(405, { error: 'POST only' });
    if (!same(req.headers.authorization ?? '', `Bearer ${token}`)) return answer(401, { error: 'bad token' });
    let size = 0;
    const chunks = [];
    for await (const c of req) {
      size += c.length;
      if (size > LIMIT) return answer(413, { error: 'too large' });
      chunks.push(c);
    }
    let m;
    try {
      m = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return answer(400, { error: 'not JSON' });
    }
    if (typeof m?.to !== 'string' || typeof m?.subject !== 'string' || typeof m?.text !== 'string') return answer(422, { error: 'to, subject and text are required' });
    const messageId = String(m.headers?.['Message-ID'] ?? m.messageId ?? `<sink-${randomUUID()}@localhost>`);
    const info = await composer.sendMail({
      from: m.from,
      to: m.to,
      subject: m.subject,
      text: m.text,
      ...(typeof m.html === 'string' ? { html: m.html } : {}),
      messageId,
      attachments: (Array.isArray(m.attachments) ? m.attachments : []).map((a) => ({
        filename: String(a.filename),
        contentType: String(a.contentType ?? 'application/octet-stream'),
        content: Buffer.from(String(a.content ?? ''), 'base64'),
      })),
    });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const name = `${messageId.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '')}.eml`;
    const tmp = join(dir, `.${randomUUID()}.tmp`);
    await writeFile(tmp, info.message, { mode: 0o600 });
    await rename(tmp, join(dir, name));
    received++;
    answer(202, { id: messageId });
  }
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    get received() {
      return received;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
