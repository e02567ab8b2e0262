/**
 * Every page in the sitemap: no broken internal link (pages, anchors' pages,
 * assets), no cookie set, no storage written, no CSP violation, and no
 * request to another origin.
 */
import { test, expect } from '@playwright/test';
import { publicPaths } from './sitemap';

const paths = publicPaths();
const checked = new Map<string, number>();

test.describe.configure({ mode: 'serial' });

for (const path of paths) {
  test(`links and privacy ${path}`, async ({ page, request, baseURL, context }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol.startsWith('http') && u.origin !== origin) foreign.push(r.url());
    });
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(foreign, `requests to other origins: ${foreign.join(', ')}`).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    // Nor any other browser storage, and the CSP does not have to block anything the page tries.
    expect(await page.evaluate(async () => (await indexedDB.databases()).length + (await caches.keys()).length)).toBe(0);
    expect(cspViolations, `CSP violations: ${cspViolations.join(', ')}`).toEqual([]);

    const hrefs = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
      els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src).filter(Boolean),
    );
    for (const href of hrefs) {
      const u = new URL(href);
      if (u.origin !== origin) continue;
      const key = u.pathname + u.search;
      if (!checked.has(key)) {
        const res = await request.get(key, { maxRedirects: 0 });
        checked.set(key, res.status());
      }
      expect(checked.get(key), `${path} links to ${key}`).toBeLessThan(400);
    }
  });
}
