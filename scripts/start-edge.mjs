#!/usr/bin/env node
/**
 * npm run start:edge [distDir] — serve the edge build (`npm run build:edge`) in workerd
 * on this machine, offline: `wrangler dev --local` with the configuration the
 * build wrote (dist/server/wrangler.json): the static files from dist/client
 * as assets (with their `_headers`), the Worker for everything on demand,
 * and the D1 databases `DB` and `QUESTIONS_DB` as local SQLite files under
 * EDGE_STATE_DIR (default .wrangler/state; created on first use; the runtime
 * migrates them on its first request).
 *
 * Configuration: the same variables as `npm start` (PORT, default 8787 here;
 * HOST; PUBLIC_URL, default http://HOST:PORT; RATE_LIMIT_PER_MINUTE;
 * MIN_FILL_SECONDS; FORM_SECRET; …) are handed to the Worker as its
 * variables. Mail: without MAIL_API_URL a local mail sink on loopback takes
 * the Worker's HTTP mail API calls and writes each message as an .eml file
 * into OUTBOX_DIR (default ./outbox), as the Node host's folder outbox does.
 * A Cron Trigger does not fire by itself in local workerd: this script fires
 * the Worker's `scheduled` handler every 30 s (the drainer's retries).
 *
 * Offline: no telemetry, no `Request.cf` download, no update check, bound to
 * loopback. SIGINT/SIGTERM stop wrangler, its workerd and the sink.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startMailSink } from './lib/mail-sink.mjs';

const distDir = resolve(process.argv[2] ?? 'dist');
const config = join(distDir, 'server', 'wrangler.json');
if (!existsSync(config)) {
  console.error(`${config} is missing: run \`npm run build:edge\` first.`);
  process.exit(78);
}
// Where the local D1 databases live (EDGE_STATE_DIR, default .wrangler/state).
const stateDir = resolve(process.env.EDGE_STATE_DIR || '.wrangler/state');
const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);

const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '8787';
const vars = {};
for (const key of tools.CONFIG_KEYS) if (process.env[key] !== undefined && process.env[key] !== '') vars[key] = process.env[key];
vars.PUBLIC_URL ??= `http://${host}:${port}`;
// The same check `npm start` makes, before anything starts: a clear message, not a Worker that answers 503.
try {
  tools.loadConfig({ ...vars, ...(vars.MAIL_API_URL ? {} : { MAIL_API_URL: 'http://127.0.0.1:1/', MAIL_API_TOKEN: 'check' }) });
} catch (e) {
  console.error(e?.message ?? String(e));
  process.exit(78);
}

let sink;
if (!vars.MAIL_API_URL) {
  const outboxDir = resolve(process.env.OUTBOX_DIR || './outbox');
  const token = randomBytes(24).toString('base64url');
  sink = await startMailSink({ dir: outboxDir, token });
  vars.MAIL_API_URL = sink.url;
  vars.MAIL_API_TOKEN = token;
  console.info(`mail: a local mail sink writes the Worker's mails to ${outboxDir}`);
}
// Every isolate signs the form stamp with the same secret; kept in the state folder so a restart keeps open forms valid.
if (!vars.FORM_SECRET) {
  const file = join(stateDir, 'form-secret');
  if (!existsSync(file)) {
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  vars.FORM_SECRET = readFileSync(file, 'utf8').trim();
}
delete vars.PORT;
delete vars.HOST;

// The Worker's variables, in dotenv form (wrangler's --env-file), readable only by this user.
mkdirSync(stateDir, { recursive: true, mode: 0o700 });
const varsFile = join(stateDir, 'start-edge.env');
writeFileSync(varsFile, Object.entries(vars).map(([k, v]) => `${k}=${JSON.stringify(String(v))}`).join('\n') + '\n', { mode: 0o600 });

const wrangler = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js');
const args = ['dev', '--config', config, '--local', '--ip', host, '--port', port, '--persist-to', stateDir, '--env-file', varsFile, '--show-interactive-dev-session=false', '--log-level', 'warn'];
const child = spawn(process.execPath, [wrangler, ...args], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    WRANGLER_LOG_PATH: '.wrangler/logs',
    // wrangler reads PORT for nothing, but a Worker variable of the same name must not leak in.
    PORT: undefined,
  },
});

// The Cron Trigger, locally: fire `scheduled` every 30 s once the Worker answers.
const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
const cron = setInterval(() => fetch(`${base}/cdn-cgi/local/scheduled`).catch(() => {}), 30_000);
cron.unref();
let announced = false;
const ready = setInterval(async () => {
  try {
    await fetch(`${base}/api/sessions/-/`);
    clearInterval(ready);
    if (announced) return;
    announced = true;
    console.info(`Samen Opgroeien (edge host, workerd) listening on ${base} (D1 in ${stateDir}, mail ${sink ? 'to the local sink' : vars.MAIL_API_URL})`);
  } catch {}
}, 300);
ready.unref();

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  clearInterval(cron);
  clearInterval(ready);
  child.kill(signal);
  setTimeout(() => child.kill('SIGKILL'), 5000).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
child.on('exit', async (code, signal) => {
  await sink?.close();
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
