/**
 * Findability: a crawler without JavaScript, starting at `/` and following
 * same-origin `<a href>` links, reaches every page in the sitemap; the
 * sitemap lists no `noindex` page; every sitemap page has its own title and
 * og: tags with an absolute URL and image; robots.txt names the sitemap by
 * its absolute address.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noindexPaths, sitemapPaths } from './sitemap';

const paths = sitemapPaths();
const dist = join(import.meta.dirname, '../../dist/client');
const builtHtml = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** Links a crawler sees in the HTML as served, without running a script. */
function anchors(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

test('a crawler following links from / reaches every page in the sitemap', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const from = new Map<string, string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    const res = await request.get(path, { maxRedirects: 0 });
    if (res.status() !== 200 || !(res.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    for (const href of anchors(await res.text())) {
      const u = new URL(href, origin + path);
      if (u.origin !== origin || u.pathname.startsWith('/beheer/') || u.pathname.startsWith('/api/')) continue;
      if (!seen.has(u.pathname)) {
        seen.add(u.pathname);
        from.set(u.pathname, path);
        queue.push(u.pathname);
      }
    }
  }
  const unreached = paths.filter((p) => !seen.has(p));
  expect(unreached, `not linked from any page reachable from /: ${unreached.join(', ')}`).toEqual([]);
});

test('the sitemap lists no page that says noindex', () => {
  const noindex = paths.filter((p) => /<meta name="robots" content="[^"]*noindex/.test(builtHtml(p)));
  expect(noindex).toEqual([]);
  // The search page is noindex and stays out of the sitemap, but is built.
  for (const p of noindexPaths) expect(paths).not.toContain(p);
  expect(existsSync(join(dist, 'zoeken', 'index.html'))).toBe(true);
});

test('every page in the sitemap has its own title', () => {
  const byTitle = new Map<string, string[]>();
  for (const p of paths) {
    const title = /<title>([^<]*)<\/title>/.exec(builtHtml(p))?.[1] ?? '';
    byTitle.set(title, [...(byTitle.get(title) ?? []), p]);
  }
  const shared = [...byTitle].filter(([, ps]) => ps.length > 1).map(([t, ps]) => `${t}: ${ps.join(', ')}`);
  expect(shared, shared.join('\n')).toEqual([]);
});

/** The site's own address as the build wrote it (PUBLIC_URL at build time). */
const siteOrigin = () => new URL(/<link rel="canonical" href="([^"]+)"/.exec(builtHtml(''))![1]!).origin;

test('og: tags: absolute url, a type and a default PNG image of 1200×630', async ({ request }) => {
  const origin = siteOrigin();
  for (const p of ['/', '/aanbod/', '/aanbod/mindset/', '/artikelen/je-wordt-gepest/']) {
    const html = await (await request.get(p)).text();
    const og = (prop: string) => new RegExp(`<meta property="og:${prop}" content="([^"]*)"`).exec(html)?.[1];
    expect(og('url')).toBe(`${origin}${p}`);
    expect(og('type')).toBe(p.startsWith('/artikelen/') ? 'article' : 'website');
    expect(og('image')).toBe(`${origin}/og-image.png`);
    expect(og('image:width')).toBe('1200');
    expect(og('image:height')).toBe('630');
    expect(og('image:alt')).toBeTruthy();
    expect(og('site_name')).toBe('Samen Opgroeien');
  }
  const png = await request.get('/og-image.png');
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const body = await png.body();
  expect(body.readUInt32BE(16)).toBe(1200);
  expect(body.readUInt32BE(20)).toBe(630);
});

test('robots.txt names the sitemap by its absolute address', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await res.text();
  expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap-index\.xml$/m);
  expect(text).toContain(`Sitemap: ${siteOrigin()}/sitemap-index.xml`);
  expect(text).toMatch(/^Disallow: \/beheer\/$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
});
