#!/usr/bin/env node
/**
 * The production server: the Astro build (static files + on-demand pages)
 * and the JSON API inside our own Node HTTP server, so that we can
 *   - answer /api/ with the server core's route table (src/server/api.ts)
 *     straight from a Web-standard Request, without Astro's page machinery,
 *   - create the one runtime (src/server/runtime.ts: environment, databases,
 *     migrations, stores, mail, limits) before listening, and hand it to every
 *     on-demand request as Astro `locals.deps` (@astrojs/node in middleware mode),
 *   - serve the prebuilt static files (sirv),
 *   - run the mail outbox worker (kicked after every write that mails),
 *   - run the retention job and the satisfaction survey at start and then daily,
 *   - add security headers (Referrer-Policy, one strict CSP fixed at build
 *     time, nosniff, frame denial, HSTS on https) to every response, static
 *     files included,
 *   - believe X-Forwarded-For/-Proto only from TRUSTED_PROXIES,
 *   - with --live, serve the live build <BUILDS_DIR>/current and follow it: when a
 *     publication switches `current` (src/server/backoffice/builds.ts), the new build's
 *     on-demand handler, static files and CSP are loaded first and then answer every
 *     new request; requests already running finish on the old build. No restart.
 * Usage: node scripts/serve.mjs [distDir]   one fixed build (default: dist)
 *        node scripts/serve.mjs --live      the live build, followed (npm start)
 */
import { readFileSync, realpathSync } from 'node:fs';
import http from 'node:http';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import compression from 'compression';
import { constants as zlibConstants } from 'node:zlib';
import { createRequest, sendResponse } from '@remix-run/node-fetch-server';

const live = process.argv[2] === '--live';
process.env.ASTRO_NODE_LOGGING = 'disabled';

const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
let runtime;
try {
  runtime = await tools.createRuntime(process.env);
} catch (e) {
  // Known by name, not instanceof: the errors come from the tools bundle.
  if (e?.name === 'ConfigError' || e?.name === 'SchemaMismatchError') {
    console.error(e.message);
    process.exit(78);
  }
  throw e;
}
const { config } = runtime;
/** With --live: the symlink to the live build, which publishing replaces. */
const currentLink = live ? join(resolve(config.BUILDS_DIR), 'current') : undefined;

/**
 * The build's CSP hashes (Astro's own island runtime, computed from the astro package at build
 * time and written to csp.json by src/integrations/csp-hashes.ts). Nothing is ever read from a
 * response body: text a partner or visitor wrote cannot add itself to the policy. The policy and
 * the other headers are written once, in src/server/security-headers.ts (the edge host uses them too).
 */
function cspHashesOf(distDir) {
  const file = resolve(distDir, 'csp.json');
  let hashes;
  try {
    hashes = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new BuildError(`${file} is missing or unreadable: run \`npm run build\` first.`);
  }
  if (!tools.isCspHashes(hashes)) throw new BuildError(`${file} does not hold a list of hashes: run \`npm run build\` again.`);
  return hashes;
}

/** A build that cannot be served (at start the server stops; when following, the old build stays). */
class BuildError extends Error {}

/** The headers of every response served from the build in `distDir`: its own CSP; HSTS when people use https. */
const securityHeadersFor = (distDir) => {
  const all = tools.securityHeaders(cspHashesOf(distDir), config.PUBLIC_URL);
  return { all, assets: tools.assetHeaders(all) };
};

/**
 * The same headers on every response, static files, on-demand pages and 304s alike (a 304's
 * headers are copied onto the cached page, and they are the same policy, so islands keep working).
 * Set before the handler and again at writeHead, so no route can replace them. A hashed build
 * file under /_astro/ that is not HTML (a script, stylesheet or image: never a page or a worker)
 * gets them without the document-only ones (src/server/security-headers.ts `assetHeaders`).
 */
function secure(req, res, headers) {
  const asset = (req.url ?? '').startsWith('/_astro/');
  for (const [name, value] of Object.entries(headers.all)) res.setHeader(name, value);
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const given = rest.find((a) => a && typeof a === 'object');
    const type = String((given && !Array.isArray(given) && Object.entries(given).find(([k]) => k.toLowerCase() === 'content-type')?.[1]) ?? this.getHeader('content-type') ?? '');
    const chosen = asset && type && !type.startsWith('text/html') ? headers.assets : headers.all;
    if (given && !Array.isArray(given)) {
      for (const k of Object.keys(given)) if (k.toLowerCase() in headers.all) delete given[k];
      // A hashed file kept for a year is never revalidated: its ETag and Last-Modified are bytes for nothing.
      if (asset && String(this.getHeader('cache-control') ?? '').includes('immutable'))
        for (const k of Object.keys(given)) if (/^(?:etag|last-modified)$/i.test(k)) delete given[k];
    }
    for (const name of Object.keys(headers.all)) if (!(name in chosen)) this.removeHeader(name);
    for (const [name, value] of Object.entries(chosen)) this.setHeader(name, value);
    return writeHead.call(this, status, ...rest);
  };
}

/**
 * Behind a reverse proxy (TRUSTED_PROXIES): Astro takes the client's address and the protocol
 * from the request's socket. For this request only, req.socket becomes a view of the real socket
 * whose remoteAddress is the client that the trusted proxies name (src/server/proxy.ts) and that
 * is "encrypted" when a trusted proxy says https. The X-Forwarded-* headers themselves are
 * dropped, so nothing after this point can believe a client's own claim.
 */
const trustProxy = tools.compileTrustedProxies(config.TRUSTED_PROXIES);
const FORWARDED = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'forwarded'];
function resolveClient(req) {
  const real = req.socket;
  const client = tools.resolveClient(req, trustProxy);
  for (const h of FORWARDED) delete req.headers[h];
  if (client.address === real.remoteAddress && client.protocol === (real.encrypted ? 'https' : 'http')) return;
  const view = new Proxy(real, {
    get(target, prop) {
      if (prop === 'remoteAddress') return client.address;
      if (prop === 'encrypted') return client.protocol === 'https' ? true : undefined;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has(target, prop) {
      return prop === 'encrypted' ? client.protocol === 'https' : Reflect.has(target, prop);
    },
  });
  Object.defineProperty(req, 'socket', { value: view, configurable: true, writable: true });
}

/**
 * The site uses trailing slashes; API clients should not have to. Rewriting
 * (not redirecting) keeps a POST a POST.
 */
function normaliseApiPath(req) {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (path.startsWith('/api/') && !path.endsWith('/') && !/\.[a-z0-9_]+$/i.test(path)) req.url = `${path}/${q === -1 ? '' : url.slice(q)}`;
}

/**
 * The site uses trailing slashes: a page address without one (and without a file extension)
 * is redirected, as the standalone adapter did.
 */
function trailingSlash(req, res) {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (path.endsWith('/') || /\.[a-z0-9_]+$/i.test(path) || path.startsWith('/_')) return false;
  res.writeHead(301, { location: `${path}/${q === -1 ? '' : url.slice(q)}` });
  res.end();
  return true;
}

/**
 * Prebuilt pages and assets. The brotli and gzip twins made at build time
 * (src/integrations/precompress.ts) are sent to browsers that accept them, with `Vary:
 * Accept-Encoding`; nothing is compressed on the fly. How long each file may be kept:
 * src/server/cache-policy.ts (hashed files a year, the rest revalidated).
 */
const staticFilesFor = (distDir) =>
  sirv(join(distDir, 'client'), {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('cache-control', tools.cacheControlFor(pathname));
      // Pagefind's index files and WebAssembly have no registered type.
      if (/\.(?:pf_[a-z]+|pagefind)$/.test(pathname)) res.setHeader('content-type', 'application/octet-stream');
      // sirv names .ics text/calendar without a charset; the feeds are UTF-8 (Dutch names).
      if (pathname.endsWith('.ics')) res.setHeader('content-type', 'text/calendar; charset=utf-8');
    },
  });

/**
 * Pages made on demand (the registration form, the back office) are compressed as they go out
 * (the `compression` middleware: brotli or gzip, by Accept-Encoding); static files never are, they
 * have their twins from the build. Small answers (under 1 KB) are not worth it.
 */
const compressOnDemand = compression({
  threshold: 1024,
  brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  // Not pages that carry a secret next to text a visitor can put there (BREACH): the back office,
  // a personal cancel or survey page, a youngster's answer page, in every language (`/en/jongeren/antwoord/…`).
  filter: (req, res) => !SECRET_PAGES.test(req.url ?? '') && compression.filter(req, res),
});
const SECRET_PAGES = /^\/(?:[a-z]{2}\/)?(?:beheer|inschrijven\/annuleren|evaluatie|jongeren\/antwoord|jongeren\/vraag\/verstuurd)\//;

/**
 * Everything that comes from one build: its on-demand handler (its own modules: a new build's
 * entry is a new file, so a new import), its static files and its security headers (its CSP).
 * Loaded completely before it serves anything.
 */
async function loadBuild(distDir) {
  const securityHeaders = securityHeadersFor(distDir);
  // Each build's Node adapter adds one process 'unhandledRejection' listener for its logging; with
  // many publications in one server's life that is expected, not a leak to warn about.
  const listeners = process.listenerCount('unhandledRejection');
  const { handler } = await import(pathToFileURL(resolve(distDir, 'server/entry.mjs')).href);
  const added = process.listenerCount('unhandledRejection') - listeners;
  if (added > 0 && process.getMaxListeners() !== 0) process.setMaxListeners(process.getMaxListeners() + added);
  return { distDir, handler, staticFiles: staticFilesFor(distDir), securityHeaders };
}

/** The build new requests are answered from. */
let site;
try {
  // The real folder, not the link: a switch must not change the files under a build already loaded.
  site = await loadBuild(currentLink ? realpathSync(currentLink) : resolve(process.argv[2] ?? 'dist'));
} catch (e) {
  if (currentLink && e?.code === 'ENOENT') console.error(`Nothing is published in ${resolve(config.BUILDS_DIR)} yet: run \`npm run publish\` (or \`npm start\`).`);
  else console.error(e instanceof BuildError ? e.message : `The build could not be loaded: ${e?.message ?? e}`);
  process.exit(78);
}

const server = http.createServer((req, res) => {
  // A static file that vanished after sirv listed it (a build folder removed or rebuilt under a running
  // server) makes its read stream fail with nobody listening, which would stop the process: end only
  // this answer. sirv pipes every file into `res`, and `pipe` hands us the stream before it opens.
  res.on('pipe', (source) => source.once('error', () => res.destroy()));
  // This request is answered by the build live when it arrived, to the end, even if another goes live meanwhile.
  const build = site;
  try {
    decodeURI(req.url ?? '/');
  } catch {
    res.writeHead(400);
    res.end('Bad request.');
    return;
  }
  normaliseApiPath(req);
  resolveClient(req);
  secure(req, res, build.securityHeaders);
  if (trailingSlash(req, res)) return;
  if (req.url.startsWith('/api/')) return void answerApi(req, res);
  // A fresh `locals` per request: the middleware adds the signed-in user to it.
  build.staticFiles(req, res, () => compressOnDemand(req, res, () => build.handler(req, res, undefined, { deps: runtime })));
});

/**
 * --live: follow `current`. Reading a symlink costs next to nothing, so it is read every 200 ms;
 * a new target is loaded completely, then swapped in, and the runtime's catalogue (API, mail)
 * is read again. A build that cannot be loaded is not retried until `current` changes again.
 */
let follower;
if (currentLink) {
  let loading = false;
  let refused;
  follower = setInterval(async () => {
    if (loading) return;
    let target;
    try {
      target = realpathSync(currentLink);
    } catch {
      return;
    }
    if (target === site.distDir || target === refused) return;
    loading = true;
    try {
      site = await loadBuild(target);
      runtime.catalogueChanged();
      console.info(`publish: now serving build ${basename(target)}`);
    } catch (e) {
      refused = target;
      console.error(`publish: build ${basename(target)} cannot be served, still serving ${basename(site.distDir)} (${e instanceof BuildError ? e.message : e?.name ?? 'error'})`);
    } finally {
      loading = false;
    }
  }, 200);
  follower.unref();
}
/** The JSON API: Node request → Web Request → the core's route table → Node response. */
async function answerApi(req, res) {
  try {
    const response = await tools.handleApi(createRequest(req, res), runtime, { clientAddress: req.socket.remoteAddress });
    await sendResponse(res, response ?? new Response(null, { status: 404 }));
  } catch (e) {
    console.error(`api: unexpected ${e?.name ?? 'error'}`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' }));
  }
}

server.keepAliveTimeout = 5_000;
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

async function retention() {
  try {
    // Registrations by their session's current date, outbox files, survey comments and invites, questions.
    const r = await tools.runRetentionJob(runtime);
    console.info(`retention: deleted ${r.registrations} registration(s), ${r.outbox} outbox message(s), ${r.surveyComments} survey comment(s), ${r.surveyInvites} survey invite(s) and ${r.conversations} conversation(s)`);
  } catch (e) {
    console.error(`retention: failed (${e?.name ?? 'error'})`);
  }
}
/** The satisfaction question for sessions that ended (src/server/backoffice/survey.ts); sends each session's only once. */
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
// The outbox worker: sends what the requests wrote (it is kicked after each write) and retries failures.
runtime.startMailWorker();

const engine = config.DATABASE_URL.startsWith('file:') ? config.DATABASE_URL : /^postgres/.test(config.DATABASE_URL) ? 'PostgreSQL' : 'remote libSQL';
server.listen(config.PORT, config.HOST, () => {
  console.info(`Samen Opgroeien listening on http://${config.HOST}:${config.PORT} (database ${engine}, mail ${config.SMTP_URL ? 'SMTP' : `outbox ${config.OUTBOX_DIR}`})`);
});

function shutdown() {
  clearInterval(daily);
  clearInterval(follower);
  server.close(() => {
    runtime.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
