#!/usr/bin/env node
/**
 * npm run bench:registrations — benchmarks the registration server function
 * on this machine, loopback only, bounded in time and requests:
 *  (a) throughput and p50/p99 latency of valid registrations with 50
 *      concurrent clients, next to a bare Node HTTP server answering 201
 *      (same load generator, same port setup): the ratio;
 *  (b) 500 simultaneous registrations for a 25-place session: exactly 25
 *      confirmed, 475 waitlisted, 0 errors;
 *  (c) the server killed with SIGKILL in the middle of a load: after a
 *      restart every registration that got a 202 is still there.
 * It builds the site once into .tmp/bench-dist with a fixture offer added
 * (tests/fixtures/bench-offers), and uses a fresh database in .tmp/bench.
 */
import { spawn, fork, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import http from 'node:http';
import { resolve } from 'node:path';
import { createClient } from '@libsql/client';

const ROOT = resolve('.');
const TMP = resolve('.tmp/bench');
const DIST = resolve('.tmp/bench-dist');
const OFFERS = resolve('.tmp/bench-offers');
const PORT = Number(process.env.BENCH_PORT ?? 4577);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const CONCURRENCY = 50;
const MAX_REQUESTS = 100_000;

const log = (...a) => console.log(...a);

function build() {
  rmSync(OFFERS, { recursive: true, force: true });
  mkdirSync(OFFERS, { recursive: true });
  for (const dir of ['content/offers', 'tests/fixtures/bench-offers']) for (const f of readdirSync(dir)) cpSync(resolve(dir, f), resolve(OFFERS, f));
  if (process.env.BENCH_SKIP_BUILD && existsSync(resolve(DIST, 'server/entry.mjs'))) return;
  log('Building the site with the benchmark fixture into .tmp/bench-dist …');
  execFileSync('npx', ['astro', 'build', '--outDir', DIST], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OFFERS_DIR: OFFERS } });
  execFileSync('npm', ['run', '--silent', 'build:tools'], { stdio: 'inherit' });
}

function startServer(db) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', DIST], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      DATABASE_URL: `file:${db}`,
      RATE_LIMIT_PER_MINUTE: '0',
      OUTBOX_DIR: resolve(TMP, 'outbox'),
    },
  });
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('listening on')) ok(child);
    });
    child.on('exit', (code) => fail(new Error(`server exited early (${code})`)));
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
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          let json;
          try {
            json = JSON.parse(text);
          } catch {}
          ok({ status: res.statusCode, json, ms: Number(process.hrtime.bigint() - t0) / 1e6 });
        });
        res.on('error', () => ok({ status: 0, ms: 0 }));
      },
    );
    req.on('error', () => ok({ status: 0, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
    req.end(data);
  });
}

const body = (sessionId, i, tag) => ({ sessionId, name: 'Bench Ouder', email: `ouder-${tag}-${i}@voorbeeld.nl`, municipality: 'haarlem', consent: true });

/** `CONCURRENCY` clients, each sending one request after another, for DURATION_MS. */
async function load({ sessionId, tag, duration = DURATION_MS, onResult }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let i = 0;
  const results = [];
  const until = Date.now() + duration;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until && i < MAX_REQUESTS) {
        const b = body(sessionId, i++, tag);
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
  // The registrations API answers 202 (the same for every accepted registration); the bare server 201.
  const ok = results.filter((r) => r.status === 201 || r.status === 202);
  const ms = ok.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] : NaN);
  return { requests: results.length, ok: ok.length, errors: results.length - ok.length, rps: ok.length / seconds, p50: pct(50), p99: pct(99) };
}

const fmt = (s) => `${s.rps.toFixed(0).padStart(6)} req/s   p50 ${s.p50.toFixed(2)} ms   p99 ${s.p99.toFixed(2)} ms   (${s.ok} × 2xx, ${s.errors} other, ${DURATION_MS / 1000} s)`;

async function benchA() {
  log('\n(a) throughput, 50 concurrent clients, valid registrations');
  const bare = fork(resolve('scripts/bench/bare-server.mjs'), [String(PORT)], { stdio: 'ignore' });
  await new Promise((ok) => bare.once('message', ok));
  await load({ sessionId: 'warmup', tag: 'bare-warm', duration: 1000 });
  const b = stats(await load({ sessionId: 'bench-throughput', tag: 'bare' }));
  await stop(bare);
  log(`    bare Node server:      ${fmt(b)}`);

  const server = await startServer(resolve(TMP, 'a.db'));
  await load({ sessionId: 'bench-throughput', tag: 'warm', duration: 1000 });
  const s = stats(await load({ sessionId: 'bench-throughput', tag: 'run' }));
  await stop(server);
  log(`    registrations server:  ${fmt(s)}`);
  log(`    ratio (server / bare): ${(s.rps / b.rps).toFixed(3)}   goal ≥ 0.06`);
  return { ratio: s.rps / b.rps, errors: s.errors };
}

async function benchB() {
  log('\n(b) 500 simultaneous registrations for a 25-place session');
  const server = await startServer(resolve(TMP, 'b.db'));
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const results = await Promise.all(Array.from({ length: 500 }, (_, i) => request(agent, '/api/registrations', body('bench-capacity', i, 'cap'))));
  await stop(server);
  // The answer does not say confirmed or waitlisted (finding 10.2): count in the database.
  const client = createClient({ url: `file:${resolve(TMP, 'b.db')}` });
  const rows = (await client.execute("SELECT status FROM registrations WHERE session_id = 'bench-capacity'")).rows.map((r) => String(r.status));
  client.close();
  const count = (s) => rows.filter((r) => r === s).length;
  const errors = results.filter((r) => r.status !== 202).length;
  const c = { confirmed: count('confirmed'), waitlisted: count('waitlisted'), errors };
  const pass = c.confirmed === 25 && c.waitlisted === 475 && errors === 0;
  log(`    confirmed ${c.confirmed}, waitlisted ${c.waitlisted}, errors ${c.errors}   ${pass ? 'OK' : 'FAIL'} (want 25 / 475 / 0)`);
  return pass;
}

async function benchC() {
  log('\n(c) SIGKILL in the middle of a load, then restart');
  const db = resolve(TMP, 'c.db');
  let server = await startServer(db);
  const acknowledged = [];
  const killAfter = 1500;
  const timer = setTimeout(() => server.kill('SIGKILL'), killAfter);
  const { results } = await load({
    sessionId: 'bench-crash',
    tag: 'crash',
    duration: killAfter + 2000,
    onResult: (r) => r.status === 202 && acknowledged.push(r.email),
  });
  clearTimeout(timer);
  await stop(server, 'SIGKILL');
  const failed = results.filter((r) => r.status !== 202).length;
  server = await startServer(db);
  // Check through the API's own store file after the restart has opened (and recovered) it.
  const client = createClient({ url: `file:${db}` });
  const found = new Set();
  for (let i = 0; i < acknowledged.length; i += 500) {
    const emails = acknowledged.slice(i, i + 500);
    const rs = await client.execute({ sql: `SELECT email FROM registrations WHERE session_id = 'bench-crash' AND email IN (${emails.map(() => '?').join(',')})`, args: emails });
    for (const r of rs.rows) found.add(String(r.email));
  }
  const total = Number((await client.execute('SELECT COUNT(*) AS n FROM registrations')).rows[0].n);
  client.close();
  const probe = await request(new http.Agent(), '/api/registrations', body('bench-crash', 0, 'after-restart'));
  await stop(server);
  const missing = acknowledged.length - found.size;
  log(`    killed after ${killAfter} ms: ${acknowledged.length} got 202, ${failed} cut off by the kill; after restart ${found.size} of ${acknowledged.length} found (${missing} missing), ${total} rows in total; new registration after restart: ${probe.status}`);
  log(`    ${missing === 0 && probe.status === 202 ? 'OK' : 'FAIL'} (want 0 missing)`);
  return missing === 0 && probe.status === 202;
}

rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });
build();
log(`Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, loopback port ${PORT}`);
const a = await benchA();
const b = await benchB();
const c = await benchC();
log(`\nSummary: (a) ratio ${a.ratio.toFixed(3)} ${a.ratio >= 0.06 ? 'OK' : 'BELOW GOAL'}; (b) ${b ? 'OK' : 'FAIL'}; (c) ${c ? 'OK' : 'FAIL'}`);
process.exit(b && c ? 0 : 1);
