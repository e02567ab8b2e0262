#!/usr/bin/env node
/**
 * npm run bench:publish — publishing the real site on this machine, while a
 * poller asks for /, /jongeren/, /aanbod/ and an offer page every 100 ms
 * (loopback, its own server, database and builds folder under .tmp/bench-publish):
 *  (0) the first start: `publish.mjs --if-needed` on an empty builds folder, then `serve.mjs --live`;
 *  (a) the coordinator approves a new offer and posts "Publiceren" (the back office's form):
 *      seconds until the new offer's page answers 200, and the failed polls;
 *  (b) "Publiceren" again with another approved offer, and the build process SIGKILLed
 *      halfway (half of (a)'s build time after it started): the old site must keep serving
 *      (failed polls, the second offer must not appear), the publication says "mislukt"
 *      and the lock is free;
 *  (c) "Publiceren" once more right after: seconds until that offer is online.
 * A failed poll is any answer other than 200 or a network error (5 s timeout).
 * It prints figures; it is not a timed test. Options (environment): BENCH_PORT (4615).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readlinkSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClient } from '@libsql/client';

const PORT = Number(process.env.BENCH_PORT ?? 4615);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIR = resolve('.tmp/bench-publish');
const DB = `file:${join(DIR, 'portal.db')}`;
const BUILDS = join(DIR, 'builds');
const env = {
  ...process.env,
  HOST: '127.0.0.1',
  PORT: String(PORT),
  PUBLIC_URL: ORIGIN,
  DATABASE_URL: DB,
  QUESTIONS_DATABASE_URL: `file:${join(DIR, 'questions.db')}`,
  OUTBOX_DIR: join(DIR, 'outbox'),
  BUILDS_DIR: BUILDS,
  RATE_LIMIT_PER_MINUTE: '0',
  ASTRO_CACHE_DIR: join(DIR, 'astro-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const POLLED = ['/', '/jongeren/', '/aanbod/', '/aanbod/pubers-en-zo/'];
const log = (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function node(script, args) {
  const r = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

async function query(sql, args = []) {
  const client = createClient({ url: DB });
  try {
    return (await client.execute({ sql, args })).rows;
  } finally {
    client.close();
  }
}

// ------------------------------------------------------------------ poller
function startPoller() {
  const state = { ok: 0, failed: [], running: true };
  state.done = (async () => {
    while (state.running) {
      await Promise.all(
        POLLED.map(async (path) => {
          try {
            const res = await fetch(ORIGIN + path, { signal: AbortSignal.timeout(5000) });
            await res.arrayBuffer();
            if (res.status === 200) state.ok++;
            else state.failed.push(`${path} ${res.status}`);
          } catch (e) {
            state.failed.push(`${path} ${e.name}`);
          }
        }),
      );
      await sleep(100);
    }
  })();
  state.stop = async () => ((state.running = false), await state.done, state);
  return state;
}

// ------------------------------------------------------- the back office
let cookie = '';
async function post(path, fields) {
  const res = await fetch(ORIGIN + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  await res.arrayBuffer();
  return res;
}
async function get(path) {
  const res = await fetch(ORIGIN + path, { headers: { cookie } });
  return { status: res.status, text: await res.text() };
}

/** The coordinator writes an offer, submits it and approves the version on the page. */
async function approvedOffer(title, date) {
  const saved = await post('/beheer/aanbod/nieuw/', {
    title,
    kind: 'workshop',
    summary: 'Een avond voor ouders over spanning bij kinderen, met tips voor thuis.',
    themes: 'weerbaarheid',
    audience: 'ouders',
    agesMin: '6',
    agesMax: '12',
    format: 'op-locatie',
    provider: 'cjg',
    'sessions.0.start': `${date}T19:30`,
    'sessions.0.end': `${date}T21:30`,
    'sessions.0.location': 'cjg-noord',
    'sessions.0.capacity': '20',
    body: 'Voor ouders van kinderen van 6 tot 12 jaar.',
  });
  const id = /\/beheer\/aanbod\/([a-z0-9-]+)\//.exec(saved.headers.get('location') ?? '')?.[1];
  if (saved.status !== 303 || !id) throw new Error(`saving the offer answered ${saved.status}`);
  await post(`/beheer/aanbod/${id}/`, { actie: 'indienen' });
  const version = /data-version="([0-9a-f]+)"/.exec((await get(`/beheer/aanbod/${id}/`)).text)?.[1];
  const approved = await post(`/beheer/aanbod/${id}/`, { actie: 'goedkeuren', versie: version ?? '' });
  if (approved.status >= 400) throw new Error(`approving answered ${approved.status}`);
  return id;
}

async function publishAndWait(offerId) {
  const t0 = Date.now();
  const res = await post('/beheer/publiceren/', { actie: 'publiceren' });
  if (res.status !== 303) throw new Error(`Publiceren answered ${res.status}`);
  for (;;) {
    const r = await fetch(`${ORIGIN}/aanbod/${offerId}/`);
    await r.arrayBuffer();
    if (r.status === 200) return Date.now() - t0;
    if (Date.now() - t0 > 600_000) throw new Error('not online after 10 minutes');
    await sleep(100);
  }
}

async function latestPublication() {
  return (await query('SELECT id, state, reason, build_pid, started_at, finished_at FROM publications ORDER BY started_at DESC LIMIT 1'))[0];
}

// -------------------------------------------------------------------- run
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
log('Building the server tools …');
spawnSync('npm', ['run', '--silent', 'build:tools'], { stdio: 'inherit' });
node('scripts/admin-create.mjs', ['--email', 'coordinator@cjg.example', '--name', 'Bench']);

log('(0) first start: publish.mjs --if-needed on an empty builds folder …');
let t = Date.now();
node('scripts/publish.mjs', ['--if-needed']);
const firstStart = Date.now() - t;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--live'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
await new Promise((ok, fail) => {
  const onData = (d) => ((serverLog += d), /listening/.test(serverLog) && ok());
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  server.once('exit', (code) => fail(new Error(`server stopped (${code}): ${serverLog}`)));
});
cookie = `so_beheer=${spawnSync(process.execPath, ['tests/e2e/support/admin-session.mjs', DB, 'coordinator@cjg.example', 'coordinator'], { encoding: 'utf8' }).stdout.trim()}`;

try {
  // (a)
  const first = await approvedOffer('Bench spanning de baas', '2027-06-08');
  log(`(a) Publiceren with one new approved offer (${first}) …`);
  let poller = startPoller();
  const onlineMs = await publishAndWait(first);
  await sleep(1000);
  const a = await poller.stop();
  const pubA = await latestPublication();
  const buildMs = Date.parse(pubA.finished_at) - Date.parse(pubA.started_at);

  // (b)
  const second = await approvedOffer('Bench moed voor ouders', '2027-06-15');
  log(`(b) Publiceren with another (${second}), build process SIGKILLed after ${seconds(buildMs / 2)} …`);
  const liveBefore = readlinkSync(join(BUILDS, 'current'));
  poller = startPoller();
  const res = await post('/beheer/publiceren/', { actie: 'publiceren' });
  if (res.status !== 303) throw new Error(`Publiceren answered ${res.status}`);
  let pid;
  while (!(pid = (await latestPublication())?.build_pid)) await sleep(50);
  await sleep(buildMs / 2);
  process.kill(Number(pid), 'SIGKILL');
  const killedAt = Date.now();
  let pubB;
  while ((pubB = await latestPublication()).state !== 'failed') await sleep(100);
  const reportedMs = Date.now() - killedAt;
  await sleep(1000);
  const secondBeforeRetry = (await fetch(`${ORIGIN}/aanbod/${second}/`)).status;
  const lock = (await query('SELECT holder FROM publish_lock'))[0];
  const b = await poller.stop();
  const liveAfter = readlinkSync(join(BUILDS, 'current'));

  // (c)
  log('(c) Publiceren again right after the kill …');
  poller = startPoller();
  const retryMs = await publishAndWait(second);
  await sleep(1000);
  const c = await poller.stop();

  const polls = (p) => `${p.ok + p.failed.length} polls, ${p.failed.length} failed${p.failed.length ? ` (${[...new Set(p.failed)].slice(0, 4).join(', ')})` : ''}`;
  log('');
  log('| run | result | polls (/, /jongeren/, /aanbod/, an offer; every 100 ms) |');
  log('| --- | --- | --- |');
  log(`| (0) first start, nothing live yet | built, checked and live in ${seconds(firstStart)} | (server not started yet) |`);
  log(`| (a) Publiceren, one new offer | offer online ${seconds(onlineMs)} after the click (publisher: ${seconds(buildMs)}) | ${polls(a)} |`);
  log(
    `| (b) build SIGKILLed halfway | "${pubB.state}" ${seconds(reportedMs)} after the kill: ${pubB.reason}; live build ${liveAfter === liveBefore ? 'unchanged' : 'CHANGED'}, new offer ${secondBeforeRetry}, lock ${lock.holder ? 'HELD' : 'free'} | ${polls(b)} |`,
  );
  log(`| (c) Publiceren right after | offer online ${seconds(retryMs)} after the click | ${polls(c)} |`);
  log('');
  const goal = a.failed.length + b.failed.length + c.failed.length === 0 && onlineMs <= 30_000 && retryMs <= 30_000 && liveAfter === liveBefore && !lock.holder;
  log(`Goals (0 failed requests in every case, online in ≤ 30 s): ${goal ? 'met' : 'NOT met'}.`);
} finally {
  server.kill('SIGTERM');
}
