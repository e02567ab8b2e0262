#!/usr/bin/env node
/**
 * The production server: the Astro build (static files + on-demand routes)
 * inside our own Node HTTP server, so that we can
 *   - validate the environment and migrate the database before listening,
 *   - run the retention job and the satisfaction survey at start and then daily,
 *   - add security headers (Referrer-Policy, a strict CSP with hashes of the
 *     page's own inline scripts, nosniff, frame denial) to every response,
 *     static files included.
 * Usage: node scripts/serve.mjs [distDir]   (default: dist)
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const distDir = resolve(process.argv[2] ?? 'dist');
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
process.env.ASTRO_NODE_LOGGING = 'disabled';

const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
let runtime;
try {
  runtime = await tools.getRuntime(process.env);
} catch (e) {
  if (e?.name === 'ConfigError') {
    console.error(e.message);
    process.exit(78);
  }
  throw e;
}
const { config } = runtime;
const { handler } = await import(pathToFileURL(resolve(distDir, 'server/entry.mjs')).href);

const BASE_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * CSP for an HTML page: its own inline scripts and styles allowed by hash, nothing else inline.
 * 'wasm-unsafe-eval' lets the browser compile Pagefind's WebAssembly (from this origin); it does
 * not allow eval() of JavaScript.
 */
function cspFor(html) {
  const scripts = new Set();
  const styles = new Set();
  const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  if (html) {
    for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1] ?? '';
      if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
      if (m[2]) scripts.add(hash(m[2]));
    }
    for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)) if (m[2]) styles.add(hash(m[2]));
  }
  return BASE_CSP.map((d) =>
    d.startsWith('default-src')
      ? `${d}; script-src 'self' 'wasm-unsafe-eval'${[...scripts].map((h) => ` ${h}`).join('')}`
      : d.startsWith('style-src') && styles.size
        ? `${d} ${[...styles].join(' ')}`
        : d,
  ).join('; ');
}

/**
 * Wraps the response so an HTML body is held until it ends, then sent with a
 * CSP that lists its inline scripts' hashes. Anything else passes straight through.
 */
function secure(res) {
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  res.setHeader('content-security-policy', cspFor(''));
  const orig = { writeHead: res.writeHead, write: res.write, end: res.end };
  let head;
  let mode; // 'html' | 'pass'
  const chunks = [];
  const headerFromHead = (name) => {
    const h = head && (typeof head[1] === 'object' ? head[1] : head[2]);
    if (!h) return undefined;
    if (Array.isArray(h)) {
      for (let i = 0; i < h.length; i++) if (Array.isArray(h[i]) ? String(h[i][0]).toLowerCase() === name : false) return h[i][1];
      return undefined;
    }
    for (const k of Object.keys(h)) if (k.toLowerCase() === name) return h[k];
    return undefined;
  };
  const decide = () => {
    if (mode) return;
    // A 304 has no body to hash. Browsers copy its headers onto the cached page, so
    // a body-less CSP here would block that page's inline island scripts on a revisit.
    if ((head ? head[0] : res.statusCode) === 304) res.removeHeader('content-security-policy');
    const type = String(headerFromHead('content-type') ?? res.getHeader('content-type') ?? '');
    mode = type.includes('text/html') ? 'html' : 'pass';
    if (mode === 'pass') {
      Object.assign(res, orig);
      if (head) res.writeHead(...head);
    }
  };
  res.writeHead = function (...args) {
    head = args;
    decide();
    return this;
  };
  res.write = function (chunk, enc, cb) {
    decide();
    if (mode === 'pass') return res.write(chunk, enc, cb);
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof enc === 'string' ? enc : 'utf8'));
    const done = typeof enc === 'function' ? enc : cb;
    if (done) queueMicrotask(done);
    return true;
  };
  res.end = function (chunk, enc, cb) {
    decide();
    if (mode === 'pass') return res.end(chunk, enc, cb);
    if (chunk && typeof chunk !== 'function') res.write(chunk, enc);
    const body = Buffer.concat(chunks);
    Object.assign(res, orig);
    res.setHeader('content-security-policy', cspFor(body.toString('utf8')));
    if (head) {
      const h = head;
      res.writeHead(...h);
    }
    return res.end(body, typeof chunk === 'function' ? chunk : typeof enc === 'function' ? enc : cb);
  };
}

/**
 * The site uses trailing slashes; API clients should not have to. Rewriting
 * (not redirecting) keeps a POST a POST.
 */
function normaliseApiPath(req) {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (path.startsWith('/api/') && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) req.url = `${path}/${q === -1 ? '' : url.slice(q)}`;
}

const server = http.createServer((req, res) => {
  normaliseApiPath(req);
  secure(res);
  handler(req, res);
});
server.keepAliveTimeout = 5_000;
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

async function retention() {
  try {
    // Registrations by their session's current date, outbox files, survey comments and invites, questions.
    const r = await tools.runRetentionJob(runtime, process.env);
    console.info(`retention: deleted ${r.registrations} registration(s), ${r.outbox} outbox message(s), ${r.surveyComments} survey comment(s), ${r.surveyInvites} survey invite(s) and ${r.questions} question(s)`);
  } catch (e) {
    console.error(`retention: failed (${e?.name ?? 'error'})`);
  }
}
/** The satisfaction question for sessions that ended (src/server/admin/survey.ts); sends each session's only once. */
async function survey() {
  try {
    const { sessions, invites } = await tools.runSurveyCommand(runtime);
    if (sessions) console.info(`survey: ${invites} invitation(s) sent for ${sessions} session(s)`);
  } catch (e) {
    console.error(`survey: failed (${e?.name ?? 'error'})`);
  }
}
await retention();
await survey();
const daily = setInterval(() => void retention().then(survey), 24 * 60 * 60 * 1000);
daily.unref();

server.listen(config.PORT, config.HOST, () => {
  console.info(`Samen Opgroeien listening on http://${config.HOST}:${config.PORT} (database ${config.DATABASE_URL.startsWith('file:') ? config.DATABASE_URL : 'remote libSQL'}, mail ${config.SMTP_URL ? 'SMTP' : `outbox ${config.OUTBOX_DIR}`})`);
});

function shutdown() {
  clearInterval(daily);
  server.close(() => {
    runtime.store.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
