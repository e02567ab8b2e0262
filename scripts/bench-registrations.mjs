#!/usr/bin/env node
/**
 * npm run bench:registrations — benchmarks registrations on this machine,
 * loopback only, bounded in time:
 *  (a) throughput and p50/p99 latency of valid registrations (distinct
 *      addresses, sessions with 10,000 places so the capacity decision runs)
 *      at 50 concurrent clients, after a warm-up, for a fixed time, on:
 *      a bare Node HTTP server answering 201; the real server on embedded
 *      libSQL; the real server on PostgreSQL; the edge host (the same site
 *      built for workerd, `start:edge`: local workerd + local D1). Each with
 *      its ratio to bare.
 *  (b) 500 simultaneous registrations for a 25-place session: exactly 25
 *      confirmed, 475 waitlisted, 0 errors (per engine);
 *  (c) the server killed with SIGKILL in the middle of a load, then started
 *      again: every registration that got a 2xx is still there and, once the
 *      restarted server has drained the outbox, has exactly one mail in the
 *      folder outbox; no empty .eml (per engine).
 * PostgreSQL: BENCH_POSTGRES_URL, or else a throwaway cluster started with
 * .ci/postgres (PGPORT, default 54329) and stopped at the end; each run gets
 * its own schema. Without either, or when the server refuses a postgres://
 * DATABASE_URL, the PostgreSQL rows say so.
 * It builds the site once into .tmp/bench-dist with the fixture offer added
 * (tests/fixtures/bench-offers; BENCH_SKIP_BUILD=1 reuses a build).
 * Options (environment): BENCH_DURATION_MS (10000), BENCH_WARMUP_MS (2000), BENCH_PORT (4577).
 */
import { spawn, fork, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import http from 'node:http';
import { cpus } from 'node:os';
import { resolve, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createClient } from '@libsql/client';
import pg from 'pg';

const ROOT = resolve('.');
const TMP = resolve('.tmp/bench');
const DIST = resolve('.tmp/bench-dist');
const OFFERS = resolve('.tmp/bench-offers');
const EDGE_DIST = resolve('.tmp/bench-edge-dist');
/** BENCH_EDGE=0 leaves out the edge host (workerd + D1). */
const WITH_EDGE = process.env.BENCH_EDGE !== '0';
const PORT = Number(process.env.BENCH_PORT ?? 4577);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 2000);
const CONCURRENCY = 50;
const THROUGHPUT_SESSIONS = ['bench-throughput', 'bench-throughput-2', 'bench-throughput-3', 'bench-throughput-4'];
const GOAL_RATIO = 0.1;
const GOAL_P99_MS = 50;

const log = (...a) => console.log(...a);

function build() {
  rmSync(OFFERS, { recursive: true, force: true });
  mkdirSync(OFFERS, { recursive: true });
  for (const dir of ['content/offers', 'tests/fixtures/bench-offers']) for (const f of readdirSync(dir)) cpSync(resolve(dir, f), resolve(OFFERS, f), { recursive: true });
  execFileSync('npm', ['run', '--silent', 'build:tools'], { stdio: 'inherit' });
  if (process.env.BENCH_SKIP_BUILD && existsSync(resolve(DIST, 'server/entry.mjs'))) return;
  log('Building the site with the benchmark fixture into .tmp/bench-dist …');
  execFileSync('npx', ['astro', 'build', '--outDir', DIST], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OFFERS_DIR: OFFERS } });
  if (!WITH_EDGE) return;
  log('Building the same site for workerd into .tmp/bench-edge-dist …');
  execFileSync('npx', ['astro', 'build', '--outDir', EDGE_DIST], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OFFERS_DIR: OFFERS, ASTRO_ADAPTER: 'cloudflare', PUBLIC_URL: `http://127.0.0.1:${PORT}`, ASTRO_CACHE_DIR: resolve('.tmp/bench-edge-cache') },
  });
}

/** The local D1 file of the core database under a start:edge state folder (the one with a registrations table). */
function d1File(stateDir) {
  const files = [];
  const walk = (d) => {
    for (const e of existsSync(d) ? readdirSync(d, { withFileTypes: true }) : []) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.sqlite')) files.push(join(d, e.name));
    }
  };
  walk(stateDir);
  return files;
}

// ---------------------------------------------------------------- databases

/** A throwaway PostgreSQL cluster via .ci/postgres: a bash that sourced it waits on stdin; closing stdin stops it. */
async function startPostgres() {
  if (process.env.BENCH_POSTGRES_URL) return { url: process.env.BENCH_POSTGRES_URL, stop: async () => {} };
  const child = spawn('bash', ['-c', '. .ci/postgres >&2 || exit 1; echo "URL $TEST_POSTGRES_URL"; read -r _'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const url = await new Promise((ok) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (l) => l.startsWith('URL ') && ok(l.slice(4)));
    child.once('exit', () => ok(undefined));
  });
  if (!url) {
    log(`    (no PostgreSQL: .ci/postgres failed: ${err.trim().split('\n').at(-1) ?? ''})`);
    return undefined;
  }
  return {
    url,
    stop: () =>
      new Promise((ok) => {
        child.once('exit', ok);
        child.stdin.end();
      }),
  };
}

let schemaCounter = 0;
/** A fresh database per run: a file, or a schema on the PostgreSQL server. */
async function freshDatabase(engine, name) {
  if (engine.name === 'd1') {
    const stateDir = resolve(TMP, `edge-state-${name}`);
    return {
      edge: true,
      stateDir,
      async query(sql, args = []) {
        for (const file of d1File(stateDir)) {
          const client = createClient({ url: `file:${file}` });
          try {
            return (await client.execute({ sql, args })).rows;
          } catch (e) {
            if (!/no such table/.test(String(e?.message))) throw e;
          } finally {
            client.close();
          }
        }
        return [];
      },
    };
  }
  if (engine.name === 'libsql') {
    const file = resolve(TMP, `${name}.db`);
    return {
      url: `file:${file}`,
      async query(sql, args = []) {
        const client = createClient({ url: `file:${file}` });
        try {
          return (await client.execute({ sql, args })).rows;
        } finally {
          client.close();
        }
      },
    };
  }
  const schema = `bench_${process.pid}_${++schemaCounter}`;
  const admin = new pg.Client({ connectionString: engine.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = `${engine.url}${engine.url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    async query(sql, args = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      let n = 0;
      try {
        return (await client.query(sql.replace(/\?/g, () => `$${++n}`), args)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

// ---------------------------------------------------------------- servers and load

function startServer(db, outbox) {
  // The edge host: the same build for workerd, in local workerd with D1 and the loopback mail sink (npm run start:edge).
  const [script, dist, extra] = db.edge ? ['scripts/start-edge.mjs', EDGE_DIST, { EDGE_STATE_DIR: db.stateDir }] : ['scripts/serve.mjs', DIST, {}];
  const child = spawn(process.execPath, [script, dist], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      DATABASE_URL: db.url,
      QUESTIONS_DATABASE_URL: `file:${resolve(TMP, `questions-${Math.random().toString(36).slice(2)}.db`)}`,
      RATE_LIMIT_PER_MINUTE: '0',
      OUTBOX_DIR: outbox,
      // The offers the bench build has (the drainer renders mails from them), and a short mail lease so
      // (c) sees the mails the killed server was sending resent within the run.
      OFFERS_DIR: OFFERS,
      MAIL_LEASE_SECONDS: '2',
      ...extra,
    },
  });
  return new Promise((ok, fail) => {
    let out = '';
    const add = (d) => {
      out += d;
      if (out.includes('listening on')) ok(child);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    child.on('exit', (code) => fail(new Error(`server exited early (${code}): ${out.trim().split('\n').slice(-3).join(' | ')}`)));
  });
}

function stop(child, signal = 'SIGTERM') {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', () => ok());
    child.kill(signal);
  });
}

function request(agent, path, body) {
  return new Promise((ok) => {
    const data = JSON.stringify(body);
    const t0 = process.hrtime.bigint();
    const req = http.request(
      { host: '127.0.0.1', port: PORT, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        res.resume();
        res.on('end', () => ok({ status: res.statusCode, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
        res.on('error', () => ok({ status: 0, ms: 0 }));
      },
    );
    req.on('error', () => ok({ status: 0, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
    req.end(data);
  });
}

// The JSON API needs no form stamp, and a request without Origin (not a browser) passes the same-origin check.
const body = (sessionId, i, tag) => ({ sessionId, name: 'Bench Ouder', email: `ouder-${tag}-${i}@voorbeeld.nl`, municipality: 'haarlem', consent: true });
const ok2xx = (s) => s >= 200 && s < 300;

/** `CONCURRENCY` clients, each sending one request after another, for `duration`. */
async function load({ sessions, tag, duration, onResult }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let i = 0;
  const results = [];
  const until = Date.now() + duration;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, c) => {
      while (Date.now() < until) {
        const b = body(sessions[c % sessions.length], i++, tag);
        const r = { ...(await request(agent, '/api/registrations', b)), email: b.email };
        results.push(r);
        onResult?.(r);
        if (r.status === 0 && onResult) break;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { results, seconds };
}

function stats({ results, seconds }) {
  const ok = results.filter((r) => ok2xx(r.status));
  const ms = ok.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] : NaN);
  return { ok: ok.length, errors: results.length - ok.length, rps: ok.length / seconds, p50: pct(50), p99: pct(99) };
}

/** The recipients of the .eml files in a folder, and how many files are empty or have no recipient. */
function mailsIn(dir) {
  let names = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.eml'));
  } catch {}
  const to = [];
  let broken = 0;
  for (const n of names) {
    const text = readFileSync(join(dir, n), 'utf8');
    const m = /^To: (?:.*<)?([^\s<>]+@[^\s<>]+)>?\s*$/m.exec(text);
    if (!m || !text.includes('\n\n')) broken++;
    else to.push(m[1]);
  }
  return { to, broken };
}

/** Wait until every address in `want` has a mail in `dir` (the outbox drained), at most `ms`. */
async function waitForMails(dir, want, ms) {
  const deadline = Date.now() + ms;
  let mails = mailsIn(dir);
  while (Date.now() < deadline) {
    const have = new Set(mails.to);
    if (want.every((a) => have.has(a))) break;
    await new Promise((r) => setTimeout(r, 250));
    mails = mailsIn(dir);
  }
  return mails;
}

// ---------------------------------------------------------------- the three measurements

async function benchBare() {
  const bare = fork(resolve('scripts/bench/bare-server.mjs'), [String(PORT)], { stdio: 'ignore' });
  await new Promise((ok) => bare.once('message', ok));
  await load({ sessions: ['warmup'], tag: 'bare-warm', duration: WARMUP_MS });
  const s = stats(await load({ sessions: ['bench-throughput'], tag: 'bare', duration: DURATION_MS }));
  await stop(bare);
  return s;
}

async function benchThroughput(engine) {
  const db = await freshDatabase(engine, `a-${engine.name}`);
  const outbox = resolve(TMP, `outbox-a-${engine.name}`);
  const server = await startServer(db, outbox);
  await load({ sessions: THROUGHPUT_SESSIONS, tag: 'warm', duration: WARMUP_MS });
  const s = stats(await load({ sessions: THROUGHPUT_SESSIONS, tag: 'run', duration: DURATION_MS }));
  await stop(server);
  const stored = Number((await db.query('SELECT COUNT(*) AS n FROM registrations'))[0].n);
  return { ...s, stored, mails: mailsIn(outbox).to.length };
}

async function benchCapacity(engine) {
  const db = await freshDatabase(engine, `b-${engine.name}`);
  const server = await startServer(db, resolve(TMP, `outbox-b-${engine.name}`));
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const results = await Promise.all(Array.from({ length: 500 }, (_, i) => request(agent, '/api/registrations', body('bench-capacity', i, 'cap'))));
  await stop(server);
  // The answer does not say confirmed or waitlisted (issue 10, finding 2): count in the database.
  const rows = (await db.query("SELECT status FROM registrations WHERE session_id = 'bench-capacity'")).map((r) => String(r.status));
  const count = (s) => rows.filter((r) => r === s).length;
  const c = { confirmed: count('confirmed'), waitlisted: count('waitlisted'), errors: results.filter((r) => !ok2xx(r.status)).length };
  return { ...c, pass: c.confirmed === 25 && c.waitlisted === 475 && c.errors === 0 };
}

async function benchCrash(engine) {
  const db = await freshDatabase(engine, `c-${engine.name}`);
  const outbox = resolve(TMP, `outbox-c-${engine.name}`);
  let server = await startServer(db, outbox);
  const acknowledged = [];
  const killAfter = 1500;
  const timer = setTimeout(() => server.kill('SIGKILL'), killAfter);
  const { results } = await load({
    sessions: ['bench-crash'],
    tag: 'crash',
    duration: killAfter + 2000,
    onResult: (r) => ok2xx(r.status) && acknowledged.push(r.email),
  });
  clearTimeout(timer);
  await stop(server, 'SIGKILL');
  const cut = results.filter((r) => !ok2xx(r.status)).length;
  server = await startServer(db, outbox);
  // After the restart has opened (and recovered) the database and drained what the killed server left.
  const mails = await waitForMails(outbox, acknowledged, 20_000);
  const found = new Set();
  for (let i = 0; i < acknowledged.length; i += 500) {
    const emails = acknowledged.slice(i, i + 500);
    const rows = await db.query(`SELECT email FROM registrations WHERE session_id = 'bench-crash' AND email IN (${emails.map(() => '?').join(',')})`, emails);
    for (const r of rows) found.add(String(r.email));
  }
  const probe = await request(new http.Agent(), '/api/registrations', body('bench-crash', 0, 'after-restart'));
  await stop(server);
  const perAddress = new Map();
  for (const a of mails.to) perAddress.set(a, (perAddress.get(a) ?? 0) + 1);
  const c = {
    acknowledged: acknowledged.length,
    cut,
    missing: acknowledged.length - found.size,
    withoutMail: acknowledged.filter((a) => !perAddress.has(a)).length,
    twice: [...perAddress.values()].filter((n) => n > 1).length,
    broken: mails.broken,
    probe: probe.status,
  };
  return { ...c, pass: c.missing === 0 && c.withoutMail === 0 && c.twice === 0 && c.broken === 0 && ok2xx(c.probe) };
}

// ---------------------------------------------------------------- report

const n0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
const pad = (s, w) => String(s).padEnd(w);
const padL = (s, w) => String(s).padStart(w);

async function tryEngine(label, fn) {
  try {
    return await fn();
  } catch (e) {
    log(`    ${label}: not measured (${e.message})`);
    return undefined;
  }
}

rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });
build();
log(`Node ${process.version}, ${cpus().length} CPUs, loopback port ${PORT}, ${CONCURRENCY} clients, warm-up ${WARMUP_MS / 1000} s, ${DURATION_MS / 1000} s per run`);

const postgres = await startPostgres();
const engines = [
  { name: 'libsql', label: 'server, embedded libSQL' },
  ...(postgres ? [{ name: 'postgres', label: 'server, PostgreSQL', url: postgres.url }] : []),
  ...(WITH_EDGE ? [{ name: 'd1', label: 'edge, workerd + D1' }] : []),
];
let exitCode = 0;
try {
  log('\n(a) throughput, valid registrations');
  const bare = await benchBare();
  const rows = [{ label: 'bare Node server (201)', s: bare }];
  for (const engine of engines) {
    const s = await tryEngine(engine.label, () => benchThroughput(engine));
    rows.push({ label: engine.label, s, engine: engine.name });
  }
  if (!postgres) rows.push({ label: 'server, PostgreSQL', s: undefined });
  log('');
  log(`    ${pad('', 26)} ${padL('req/s', 8)} ${padL('p50', 10)} ${padL('p99', 10)} ${padL('ratio', 7)} ${padL('2xx', 8)} ${padL('other', 6)}  stored / mails when stopped`);
  for (const { label, s } of rows) {
    if (!s) {
      log(`    ${pad(label, 26)} not measured`);
      continue;
    }
    const extra = s.stored === undefined ? '' : `  ${n0(s.stored)} / ${n0(s.mails)}`;
    log(`    ${pad(label, 26)} ${padL(n0(s.rps), 8)} ${padL(ms(s.p50), 10)} ${padL(ms(s.p99), 10)} ${padL((s.rps / bare.rps).toFixed(3), 7)} ${padL(n0(s.ok), 8)} ${padL(n0(s.errors), 6)}${extra}`);
  }
  const lib = rows.find((r) => r.engine === 'libsql')?.s;
  const meets = lib && lib.rps / bare.rps >= GOAL_RATIO && lib.p99 <= GOAL_P99_MS;
  log(`    goal on libSQL: ratio ≥ ${GOAL_RATIO.toFixed(2)} and p99 ≤ ${GOAL_P99_MS} ms: ${lib ? (meets ? 'met' : 'not met') : 'not measured'}`);

  log('\n(b) 500 simultaneous registrations for a 25-place session (want 25 confirmed, 475 waitlisted, 0 errors)');
  const results = {};
  for (const engine of engines) {
    const b = await tryEngine(engine.label, () => benchCapacity(engine));
    if (b) log(`    ${pad(engine.label, 26)} confirmed ${b.confirmed}, waitlisted ${b.waitlisted}, errors ${b.errors}   ${b.pass ? 'OK' : 'FAIL'}`);
    results[`b-${engine.name}`] = b?.pass;
  }

  log('\n(c) SIGKILL 1.5 s into a load, restart, drain (want 0 missing, 0 without a mail, 0 mailed twice, 0 broken .eml)');
  // Not on the edge host: killing local workerd says nothing about a crash on Cloudflare, where a Worker's batch either committed in D1 or not.
  for (const engine of engines.filter((e) => e.name !== 'd1')) {
    const c = await tryEngine(engine.label, () => benchCrash(engine));
    if (c)
      log(
        `    ${pad(engine.label, 26)} ${c.acknowledged} got 2xx, ${c.cut} cut off; after restart ${c.missing} missing, ${c.withoutMail} without a mail, ${c.twice} mailed twice, ${c.broken} empty/broken .eml; new registration: ${c.probe}   ${c.pass ? 'OK' : 'FAIL'}`,
      );
    results[`c-${engine.name}`] = c?.pass;
  }
  const failed = Object.entries(results).filter(([k, v]) => v === false || (v === undefined && k.endsWith('libsql')));
  log(`\nSummary: (a) libSQL ratio ${lib ? (lib.rps / bare.rps).toFixed(3) : '–'}, p99 ${lib ? ms(lib.p99) : '–'} (${meets ? 'goal met' : 'goal not met'}); ${Object.entries(results).map(([k, v]) => `${k} ${v === undefined ? 'not run' : v ? 'OK' : 'FAIL'}`).join(', ')}`);
  exitCode = failed.length ? 1 : 0;
} finally {
  await postgres?.stop();
}
process.exit(exitCode);
