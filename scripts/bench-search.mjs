/**
 * npm run bench:search — search quality and speed against the built site.
 *
 * Builds the site three times into .tmp/bench-search/: the real content, and
 * the real content plus 1,000 and 5,000 generated offers (OFFERS_DIR). Each
 * build is served by a tiny static server on 127.0.0.1 and searched through
 * the real search page (/zoeken/) in headless Chromium, so query expansion,
 * merging and rendering are all measured.
 *
 * Prints per build: hit@3 and MRR over tests/search/queries.yaml, the
 * Pagefind index size on disk, bytes fetched for the first query, the
 * median time from the last keystroke to results rendered, and whether a
 * content page loads any Pagefind code.
 *
 * Usage: npm run bench:search [-- --skip-build] [-- --only=site,1000,5000] [-- --verbose]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { generateOffers } from './lib/generate-offers.mjs';

const root = join(import.meta.dirname, '..');
const tmp = join(root, '.tmp', 'bench-search');
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const verbose = args.includes('--verbose');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const BUILD_NOW = '2026-11-23T12:00:00Z';

const scenarios = [
  { name: 'site', label: 'echte inhoud', count: 0 },
  { name: '1000', label: 'echte inhoud + 1.000 aanbod', count: 1000 },
  { name: '5000', label: 'echte inhoud + 5.000 aanbod', count: 5000 },
].filter((s) => !only || only.includes(s.name));

const queries = parse(readFileSync(join(root, 'tests/search/queries.yaml'), 'utf8'));

function build(s) {
  const out = join(tmp, `site-${s.name}`);
  if (skipBuild && existsSync(join(out, 'client', 'pagefind'))) return out;
  // Own cache per build, so the benchmark never disturbs the normal build or another scenario.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_NOW, ASTRO_CACHE_DIR: join(tmp, `cache-${s.name}`) };
  if (s.count) {
    const offersDir = join(tmp, `offers-${s.count}`);
    generateOffers({ root, outDir: offersDir, count: s.count, startDate: new Date(Date.UTC(2027, 0, 4)) });
    // The real offers stay in, so quality is measured among thousands of look-alikes.
    for (const f of readdirSync(join(root, 'content', 'offers'))) cpSync(join(root, 'content', 'offers', f), join(offersDir, f));
    env.OFFERS_DIR = offersDir;
  }
  const t0 = performance.now();
  execFileSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  console.error(`built ${s.label} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

function dirSize(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return n;
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };

const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/**
 * Serves `dir` as a static site: /x/ → /x/index.html. Text files are gzipped
 * as any production server or CDN does; Pagefind's index, fragment and wasm
 * files are compressed already and go as they are.
 */
function serve(dir) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    let body = readFileSync(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Types `q` into the search page: all but the last character, then the last one timed. */
async function typeQuery(page, q) {
  return page.evaluate(async (q) => {
    const input = document.querySelector('#zoekterm');
    const results = document.querySelector('#zoekresultaten');
    const urlFor = (v) => `/zoeken/?${new URLSearchParams({ q: v.trim() })}`;
    const set = (v) => {
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const waitFor = (target) =>
      new Promise((resolve) => {
        const done = () => (results.dataset.state === 'done' || results.dataset.state === 'idle') && results.dataset.url === target;
        if (done()) return resolve();
        const mo = new MutationObserver(() => {
          if (done()) {
            mo.disconnect();
            resolve();
          }
        });
        mo.observe(results, { attributes: true, childList: true, subtree: true });
      });
    const prefix = q.slice(0, -1);
    if (prefix.trim()) {
      set(prefix);
      await waitFor(urlFor(prefix));
    }
    const t0 = performance.now();
    set(q);
    await waitFor(urlFor(q));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const ms = performance.now() - t0;
    const links = [];
    for (const a of results.querySelectorAll('a[href^="/"]')) {
      const href = a.getAttribute('href');
      if (!links.includes(href)) links.push(href);
    }
    return { ms, links };
  }, q);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function measure(browser, s, out) {
  const client = join(out, 'client');
  const server = await serve(client);
  const base = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext();
  const page = await context.newPage();

  // A content page must not load Pagefind.
  const contentRequests = [];
  page.on('request', (r) => contentRequests.push(r.url()));
  await page.goto(`${base}/aanbod/pubers-en-zo/`, { waitUntil: 'networkidle' });
  const contentPagefind = contentRequests.filter((u) => u.includes('/pagefind/')).length;
  page.removeAllListeners('request');
  await context.close();

  // First query in a fresh browser context: everything Pagefind fetches.
  const fresh = await browser.newContext();
  const p = await fresh.newPage();
  await p.goto(`${base}/zoeken/`, { waitUntil: 'networkidle' });
  const fetched = [];
  p.on('requestfinished', async (r) => {
    if (!r.url().includes('/pagefind/')) return;
    const sizes = await r.sizes();
    fetched.push({ url: r.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await typeQuery(p, queries[0].q);
  await p.waitForLoadState('networkidle');
  await new Promise((r) => setTimeout(r, 200));
  const firstQueryBytes = fetched.reduce((n, f) => n + f.bytes, 0);
  if (verbose) for (const f of fetched) console.error(`  ${kb(f.bytes).padStart(9)}  ${f.url.replace(base, '')}`);
  p.removeAllListeners('requestfinished');

  // Every query, in the same page (as a visitor who keeps searching).
  let hits = 0;
  let rr = 0;
  const times = [];
  const misses = [];
  for (const { q, expect } of queries) {
    const { ms, links } = await typeQuery(p, q);
    times.push(ms);
    const rank = links.findIndex((l) => expect.includes(l)) + 1;
    if (rank >= 1 && rank <= 3) hits++;
    else misses.push(`${q} → ${links.slice(0, 3).join(', ') || '(niets)'}`);
    if (rank >= 1) rr += 1 / rank;
    if (verbose) console.error(`${rank ? `#${rank}` : '--'} ${q} (${ms.toFixed(0)} ms): ${links.slice(0, 4).join(' ')}`);
  }
  await fresh.close();
  server.close();
  return {
    name: s.label,
    pages: JSON.parse(readFileSync(join(client, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.nl.page_count,
    hit3: hits / queries.length,
    mrr: rr / queries.length,
    indexBytes: dirSize(join(client, 'pagefind')),
    firstQueryBytes,
    firstQueryFiles: fetched.length,
    medianMs: median(times),
    contentPagefind,
    misses,
  };
}

const outs = scenarios.map((s) => [s, build(s)]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const rows = [];
for (const [s, out] of outs) rows.push(await measure(browser, s, out));
await browser.close();

console.log(`\nbench:search — ${queries.length} zoekvragen uit tests/search/queries.yaml (eerste vraag: "${queries[0].q}")\n`);
for (const r of rows) {
  console.log(`${r.name} (${r.pages} pagina's in de index)`);
  console.log(`  hit@3                          ${r.hit3.toFixed(3)}`);
  console.log(`  MRR                            ${r.mrr.toFixed(3)}`);
  console.log(`  index op schijf (/pagefind/)   ${kb(r.indexBytes)}`);
  console.log(`  opgehaald voor eerste zoekvraag ${kb(r.firstQueryBytes)} in ${r.firstQueryFiles} bestanden`);
  console.log(`  mediaan laatste toets → resultaten ${r.medianMs.toFixed(1)} ms`);
  console.log(`  Pagefind-verzoeken op een aanbodpagina ${r.contentPagefind}`);
  if (r.misses.length) console.log(`  buiten de top 3:\n    ${r.misses.join('\n    ')}`);
  console.log('');
}
