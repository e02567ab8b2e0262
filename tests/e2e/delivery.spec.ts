/**
 * How static files travel: precompressed brotli and gzip twins chosen by
 * Accept-Encoding (src/integrations/precompress.ts, scripts/serve.mjs), and
 * how long a browser may keep them (src/server/cache-policy.ts).
 */
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly these headers, and the bytes as they came over the wire (no decoding). */
function raw(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const asset = (dir: string, pattern: RegExp) => {
  const name = readdirSync(`dist/client/${dir}`).find((f) => pattern.test(f));
  if (!name) throw new Error(`no ${pattern} in dist/client/${dir}`);
  return `/${dir}/${name}`;
};

test('pages, scripts and search files are sent precompressed, the same bytes once decoded', async ({ baseURL }) => {
  for (const path of ['/aanbod/', asset('_astro', /\.js$/), asset('_astro', /\.css$/), '/pagefind/pagefind.js', '/sitemap-0.xml']) {
    const plain = await raw(baseURL!, path);
    expect(plain.status, path).toBe(200);
    expect(plain.headers['content-encoding'], path).toBeUndefined();

    const br = await raw(baseURL!, path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(br.headers.vary, path).toMatch(/accept-encoding/i);
    expect(br.body.length, path).toBeLessThan(plain.body.length * 0.6);
    expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);

    const gz = await raw(baseURL!, path, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body), path).toBe(true);
  }
});

test('build files under /_astro/ carry nosniff but not the page-only headers; a missing one is a page with all of them', async ({ baseURL }) => {
  const js = await raw(baseURL!, asset('_astro', /\.js$/));
  expect(js.headers['x-content-type-options']).toBe('nosniff');
  expect(js.headers['content-security-policy']).toBeUndefined();
  expect(js.headers['x-frame-options']).toBeUndefined();
  const missing = await raw(baseURL!, '/_astro/bestaat-niet.js');
  expect(missing.status).toBe(404);
  expect(missing.headers['content-type']).toMatch(/^text\/html/);
  expect(missing.headers['content-security-policy']).toMatch(/^default-src 'self'/);
  expect(missing.headers['x-frame-options']).toBe('DENY');
  const page = await raw(baseURL!, '/aanbod/');
  expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'/);
});

test('hashed files are kept for a year; pages and search entry files are asked for again and answered with 304', async ({ baseURL }) => {
  const immutable = 'public, max-age=31536000, immutable';
  for (const path of [asset('_astro', /\.js$/), asset('pagefind/fragment', /\.pf_fragment$/), asset('pagefind/index', /\.pf_index$/), asset('pagefind', /\.pf_meta$/), '/pagefind/wasm.nl.pagefind']) {
    const r = await raw(baseURL!, path);
    expect(r.status, path).toBe(200);
    expect(r.headers['cache-control'], path).toBe(immutable);
  }
  for (const path of ['/', '/aanbod/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/aanbod.json']) {
    const first = await raw(baseURL!, path, { 'accept-encoding': 'br' });
    expect(first.headers['cache-control'], path).toBe('public, max-age=0, must-revalidate');
    const etag = first.headers.etag as string;
    expect(etag, path).toBeTruthy();
    const again = await raw(baseURL!, path, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status, path).toBe(304);
    expect(again.body.length, path).toBe(0);
  }
});

test('a page made on demand is compressed as it goes out, but not a page with a secret (the back office)', async ({ baseURL }) => {
  const feed = JSON.parse((await raw(baseURL!, '/aanbod.json')).body.toString()) as { offers: { sessions: { cancelled: boolean; placesLeft: number; deadline: string; registration?: { form?: string } }[] }[] };
  const form = feed.offers.flatMap((o) => o.sessions).find((s) => s.registration?.form && !s.cancelled && s.placesLeft > 0 && Date.parse(s.deadline) > Date.now() + 86_400_000);
  const path = new URL(form!.registration!.form!).pathname;
  const plain = await raw(baseURL!, path);
  const br = await raw(baseURL!, path, { 'accept-encoding': 'br, gzip' });
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['cache-control']).toContain('no-store');
  expect(brotliDecompressSync(br.body).length).toBeGreaterThan(br.body.length * 2);
  expect(plain.headers['content-encoding']).toBeUndefined();
  const signIn = await raw(baseURL!, '/beheer/inloggen/', { 'accept-encoding': 'br, gzip' });
  expect(signIn.status).toBe(200);
  expect(signIn.headers['content-encoding']).toBeUndefined();
  // A youngster's code and thread pages, in Dutch and in English (scripts/serve.mjs SECRET_PAGES).
  for (const secret of ['/jongeren/antwoord/lezen/', '/jongeren/vraag/verstuurd/', '/en/jongeren/antwoord/lezen/', '/en/jongeren/vraag/verstuurd/']) {
    const res = await raw(baseURL!, secret, { 'accept-encoding': 'br, gzip' });
    expect(res.status, secret).toBe(200);
    expect(res.body.length, secret).toBeGreaterThan(1024);
    expect(res.headers['content-encoding'], secret).toBeUndefined();
    expect(res.headers['cache-control'], secret).toContain('no-store');
  }
});
