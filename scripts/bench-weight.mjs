#!/usr/bin/env node
/**
 * npm run bench:weight — what a phone downloads. Serves the current build
 * (`npm run build` first) with scripts/serve.mjs on its own port and database, and for
 * /, /aanbod/, an offer page, /jongeren/ and a registration form page measures in
 * headless Chromium (Debian's /usr/bin/chromium; it asks for br and gzip):
 *   - bytes transferred on the first view (empty cache) and on a repeat view (same
 *     browser, navigated again), and the JavaScript bytes of the first view (CDP Network);
 *   - Lighthouse 12 (mobile preset: slow 4G, 4× CPU slowdown): performance score,
 *     cumulative layout shift and total blocking time.
 * Goals (issue 15): ≤ 50 KB and ≤ 15 KB of JS on the first view, a repeat view no more
 * than the HTML, CLS ≤ 0.01, performance ≥ 98. It prints figures; it is not a test.
 * Options (environment): BENCH_PORT (4617), BENCH_LIGHTHOUSE=0 to skip Lighthouse.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4617);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIR = resolve('.tmp/bench-weight');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(PORT),
    PUBLIC_URL: ORIGIN,
    DATABASE_URL: `file:${join(DIR, 'portal.db')}`,
    QUESTIONS_DATABASE_URL: `file:${join(DIR, 'questions.db')}`,
    OUTBOX_DIR: join(DIR, 'outbox'),
    RATE_LIMIT_PER_MINUTE: '0',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
process.on('exit', () => server.kill());
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${ORIGIN}/`)).ok) break;
  } catch {}
  if (i > 100) throw new Error('the server did not start');
  await sleep(200);
}

// A registration form page: the first open portal session of the catalogue.
const catalogue = await (await fetch(`${ORIGIN}/aanbod.json`)).json();
const offers = catalogue.offers ?? catalogue;
const form = offers.flatMap((o) => o.sessions ?? []).find((s) => s.registration?.form && !s.cancelled && s.placesLeft > 0);
const pages = ['/', '/aanbod/', '/aanbod/pubers-en-zo/', '/jongeren/', form ? new URL(form.registration.form).pathname : undefined].filter(Boolean);

/** The HTML's bytes on the wire with brotli (fetch would decode them). */
function wireBytes(path) {
  return new Promise((done, fail) => {
    const req = request(`${ORIGIN}${path}`, { headers: { 'accept-encoding': 'br' } }, (res) => {
      let n = 0;
      res.on('data', (c) => (n += c.length));
      res.on('end', () => done(n));
    });
    req.on('error', fail);
    req.end();
  });
}

/** One view in a page of `context`: bytes on the wire (all, and of scripts). */
async function view(context, path) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map();
  let total = 0;
  let js = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') js += e.encodedDataLength;
  });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  await sleep(300);
  await page.close();
  return { total, js };
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const rows = [];
for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
  const first = await view(context, path);
  const repeat = await view(context, path);
  const html = await wireBytes(path);
  await context.close();
  rows.push({ path, first, repeat, html });
}
await browser.close();

let lighthouse;
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const { default: lh } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
  lighthouse = new Map();
  try {
    for (const { path } of rows) {
      const result = await lh(`${ORIGIN}${path}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
      const a = result.lhr.audits;
      if (result.lhr.runtimeError || result.lhr.categories.performance.score === null) {
        console.error(`Lighthouse could not measure ${path}: ${result.lhr.runtimeError?.code ?? 'no score'} ${result.lhr.runtimeError?.message ?? ''}`);
        continue;
      }
      lighthouse.set(path, { score: Math.round(result.lhr.categories.performance.score * 100), cls: a['cumulative-layout-shift'].numericValue, tbt: a['total-blocking-time'].numericValue });
    }
  } finally {
    await chrome.kill();
  }
}
server.kill();

console.log('\nWeight per page (headless Chromium, 390 px, br/gzip accepted; Lighthouse mobile preset)\n');
console.log('| page | first view | of which JS | repeat view | HTML (br) | Lighthouse | CLS | TBT |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const l = lighthouse?.get(r.path);
  console.log(`| ${r.path.length > 40 ? `${r.path.slice(0, 38)}…` : r.path} | ${kb(r.first.total)} | ${kb(r.first.js)} | ${kb(r.repeat.total)} | ${kb(r.html)} | ${l ? l.score : '–'} | ${l ? l.cls.toFixed(3) : '–'} | ${l ? `${Math.round(l.tbt)} ms` : '–'} |`);
}
console.log('\nGoals: first view ≤ 50 KB, JS ≤ 15 KB, repeat view ≤ the HTML, CLS ≤ 0.01, Lighthouse ≥ 98.');
process.exit(0);
