/**
 * HTTP helpers shared by the handlers. Web-standard only (Request, Response,
 * WebCrypto), so the handlers can run on an edge runtime as well as Node.
 */

import { randomToken, toBase64Url } from './tokens';

/**
 * JSON with `<`, `>`, `&` and U+2028/2029 as \u escapes: the same value for every JSON reader, but text someone
 * typed (a message with `</script>`) can never become markup, even in a client that puts the raw body into a page.
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new Response(text, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** A JSON error: `{ error: "Dutch message" }`. */
export function problem(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return json(status, { error: message, ...extra }, headers);
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  toResponse(): Response {
    return problem(this.status, this.message, {}, this.headers);
  }
}

/**
 * Refuse state-changing requests sent from another site. Browsers send
 * `Origin` on cross-site POSTs (and `Sec-Fetch-Site`); scripts like curl send
 * neither and are allowed (they cannot ride on a visitor's session anyway).
 */
export function assertSameOrigin(request: Request, publicUrl: string): void {
  const refuse = () => new HttpError(403, 'Dit verzoek komt van een andere website en is geweigerd.');
  const origin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') throw refuse();
  if (!origin) return;
  // Our pages send `Referrer-Policy: no-referrer`, and then browsers send `Origin: null` with a
  // form POST, even to the same site. Sec-Fetch-Site (which scripts cannot set) tells whether it
  // really came from one of our pages.
  if (origin === 'null') {
    if (fetchSite === 'same-origin') return;
    throw refuse();
  }
  const allowed = new Set([new URL(request.url).origin, new URL(publicUrl).origin]);
  if (!allowed.has(origin)) throw refuse();
}

/**
 * A body refused as too large is still read and thrown away up to this many bytes before the 413, so the
 * connection stays usable (the edge's local proxy loses it otherwise, and the next request fails); larger
 * uploads are cut off.
 */
const DISCARD_LIMIT = 1024 * 1024;

async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, already: number): Promise<void> {
  let size = already;
  while (size <= DISCARD_LIMIT) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
}

/**
 * Read away a body nobody read (a request refused before its handler, e.g. a 403 for a foreign Origin), up to
 * DISCARD_LIMIT: workerd's local proxy otherwise loses the kept-alive connection and answers the next request on
 * it with a 500.
 */
export async function discardUnread(request: Request): Promise<void> {
  const body = request.body;
  if (!body || request.bodyUsed || body.locked) return;
  const declared = Number(request.headers.get('content-length') ?? '0');
  try {
    await (declared > DISCARD_LIMIT ? body.cancel() : discard(body.getReader(), 0));
  } catch {
    // The client went away: nothing left to read.
  }
}

/** Read the body as text, refusing more than `limit` bytes (by header and while streaming). */
export async function readLimited(request: Request, limit: number): Promise<string> {
  const tooLarge = () => new HttpError(413, `Het verzoek is te groot (meer dan ${Math.floor(limit / 1024)} kB).`);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) {
    if (request.body) await (declared <= DISCARD_LIMIT ? discard(request.body.getReader(), 0) : request.body.cancel()).catch(() => {});
    throw tooLarge();
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await discard(reader, size).catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw new HttpError(400, 'Het verzoek bevat geen geldige tekst (UTF-8).');
  }
}

export type BodyKind = 'json' | 'form';

/** Parse JSON or form-encoded bodies into a plain object. */
export async function readFields(request: Request, limit: number): Promise<{ kind: BodyKind; fields: Record<string, unknown> }> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const text = await readLimited(request, limit);
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'De inhoud is geen geldige JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new HttpError(400, 'Stuur een JSON-object met de velden.');
    return { kind: 'json', fields: parsed as Record<string, unknown> };
  }
  if (type === 'application/x-www-form-urlencoded') {
    const fields: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(text)) if (!(k in fields)) fields[k] = v;
    return { kind: 'form', fields };
  }
  throw new HttpError(415, 'Stuur de gegevens als JSON (application/json) of als formulier (application/x-www-form-urlencoded).');
}

const encoder = new TextEncoder();

async function hmac(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toBase64Url(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

/**
 * A rate limit per client: `hit` counts one hit and answers 0 (allowed) or
 * the seconds to wait. Clients are keyed by a hash, never by their address.
 * Two implementations: `createRateLimiter` below counts in this process's
 * memory; `createSqlRateLimiter` (src/server/store/limits.ts) counts in the
 * database, shared by every process and edge isolate.
 */
export interface RateLimiter {
  /** Returns seconds to wait when over the limit, else 0. */
  hit(clientAddress: string | undefined, now?: number): Promise<number>;
}

/**
 * In memory, per process: `perMinute` hits per window; the window is a minute
 * unless `windowMs` says otherwise; 0 = no limit. Keys are hashes salted with
 * a random salt that lives only in memory, like the counts: no raw IP address
 * is ever stored or logged.
 */
export function createRateLimiter(perMinute: number, windowMs = 60_000): RateLimiter {
  const salt = randomToken();
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(clientAddress, now = Date.now()) {
      if (perMinute <= 0) return 0;
      const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`${salt}|${clientAddress ?? 'unknown'}`));
      const key = toBase64Url(digest).slice(0, 22);
      if (windows.size > 50_000) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      const w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return 0;
      }
      w.count += 1;
      return w.count > perMinute ? Math.ceil((w.start + windowMs - now) / 1000) : 0;
    },
  };
}

/**
 * Minimum fill time: the form carries a signed "shown at" time. A post that
 * comes back sooner than `minSeconds` (or with a forged or missing stamp) is
 * probably a bot.
 */
export async function signFormStamp(secret: string, now: number = Date.now()): Promise<string> {
  const t = String(Math.floor(now / 1000));
  return `${t}.${await hmac(secret, `form|${t}`)}`;
}

export type StampCheck = 'ok' | 'missing' | 'invalid' | 'too-fast' | 'expired';

export async function checkFormStamp(secret: string, stamp: unknown, minSeconds: number, now: number = Date.now()): Promise<StampCheck> {
  if (typeof stamp !== 'string' || stamp === '') return 'missing';
  const m = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!m) return 'invalid';
  const expected = await hmac(secret, `form|${m[1]}`);
  if (expected !== m[2]) return 'invalid';
  const age = now / 1000 - Number(m[1]);
  if (age < minSeconds) return 'too-fast';
  if (age > 24 * 3600) return 'expired';
  return 'ok';
}
