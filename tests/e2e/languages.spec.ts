/**
 * Languages (issue 18). Over every page in the sitemap, read from the build (fast, no browser): hreflang
 * alternates point to built pages in that language that link back; the language switcher names each
 * language in itself and links the same page or that language's home; the urgent numbers are on the page.
 * In Chromium: Arabic at 390 px is right to left with nothing wider than the screen (screenshots in
 * test-results/), and switching languages works without JavaScript and sets no cookie.
 */
import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from './sitemap';
import { localeNames, localePath, locales, splitLocalePath } from '../../src/i18n/locales';

const dist = join(import.meta.dirname, '../../dist/client');
const built = (path: string) => existsSync(join(dist, path, 'index.html'));
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const paths = sitemapPaths();
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function alternates(page: string): { hreflang: string; path: string }[] {
  return [...html(page).matchAll(/<link rel="alternate" hreflang="[^"]*" href="[^"]*"\s*\/?>/g)].map((m) => ({ hreflang: attr(m[0], 'hreflang')!, path: new URL(attr(m[0], 'href')!).pathname }));
}

function switcher(page: string): { href: string; lang: string; hreflang: string; text: string; current: boolean }[] {
  const nav = /<nav class="so-languages"[^>]*>([\s\S]*?)<\/nav>/.exec(html(page))?.[1] ?? '';
  return [...nav.matchAll(/<a\b([^>]*)>([^<]*)<\/a>/g)].map((m) => ({ href: attr(m[1]!, 'href')!, lang: attr(m[1]!, 'lang')!, hreflang: attr(m[1]!, 'hreflang')!, text: m[2]!, current: /aria-current/.test(m[1]!) }));
}

test('the sitemap has pages in every language', () => {
  for (const l of locales) expect(paths.filter((p) => splitLocalePath(p).locale === l).length, l).toBeGreaterThan(10);
});

test('hreflang: every alternate is a built page in that language, links back, and x-default is the Dutch page', () => {
  const problems: string[] = [];
  let withAlternates = 0;
  for (const page of paths) {
    const alts = alternates(page);
    if (alts.length === 0) continue;
    withAlternates++;
    const { path } = splitLocalePath(page);
    if (!alts.some((a) => a.path === page)) problems.push(`${page}: no alternate for itself`);
    if (alts.find((a) => a.hreflang === 'x-default')?.path !== path) problems.push(`${page}: x-default is not ${path}`);
    for (const a of alts.filter((x) => x.hreflang !== 'x-default')) {
      if (!built(a.path)) { problems.push(`${page}: alternate ${a.path} is not built`); continue; }
      if (attr(/<html[^>]*>/.exec(html(a.path))![0], 'lang') !== a.hreflang) problems.push(`${page}: ${a.path} is not lang="${a.hreflang}"`);
      if (!alternates(a.path).some((b) => b.path === page && b.hreflang === splitLocalePath(page).locale)) problems.push(`${page}: ${a.path} does not link back`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(withAlternates).toBeGreaterThan(60);
  // A Dutch page that is not translated has no alternates.
  expect(alternates('/agenda/')).toEqual([]);
});

test('the language switcher on every page: each language named in itself, to the same page or that language’s home', () => {
  const problems: string[] = [];
  for (const page of paths) {
    const { locale, path } = splitLocalePath(page);
    const links = switcher(page);
    if (links.map((l) => l.lang).join() !== locales.join()) { problems.push(`${page}: switcher has ${links.map((l) => l.lang).join()}`); continue; }
    for (const l of links) {
      const lang = l.lang as (typeof locales)[number];
      if (l.text !== localeNames[lang] || l.hreflang !== lang) problems.push(`${page}: ${l.href} named "${l.text}" hreflang=${l.hreflang}`);
      if (l.current !== (lang === locale)) problems.push(`${page}: aria-current on ${lang}`);
      const same = localePath(lang, path);
      const expected = built(same) ? same : localePath(lang, '/');
      if (l.href !== expected) problems.push(`${page}: ${lang} links ${l.href}, expected ${expected}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every page of every language carries the urgent numbers, and Arabic numbers stay left to right', () => {
  const missing: string[] = [];
  for (const page of paths) {
    const footer = /<footer[\s\S]*<\/footer>/.exec(html(page))?.[0] ?? '';
    for (const tel of ['tel:112', 'tel:113', 'tel:08002000', 'tel:08000432']) if (!footer.includes(`href="${tel}"`)) missing.push(`${page}: ${tel}`);
  }
  expect(missing, missing.join('\n')).toEqual([]);
  expect(html('/ar/')).toMatch(/<bdi dir="ltr"[^>]*>0800-2000<\/bdi>/);
  expect(html('/ar/')).toMatch(/<bdi dir="ltr"[^>]*>Veilig Thuis<\/bdi>/);
});

for (const l of ['en', 'ar', 'tr', 'pl', 'uk'] as const) {
  test(`the youth, contact and help pages in ${l} link the conversation in ${l}; the Dutch pages switch to it`, () => {
    const flow = ['/jongeren/vraag/', '/jongeren/antwoord/', '/jongeren/sporen-wissen/'];
    for (const path of flow) expect(built(`/${l}${path}`), path).toBe(true);
    const youth = [`/${l}/jongeren/`, `/${l}/contact/`, ...paths.filter((p) => new RegExp(`^/${l}/(jongeren|hulp)/[^/]+/$`).test(p))];
    for (const page of youth) {
      // The language switcher links the Dutch page on purpose; the rest of the page must not.
      const h = html(page).replace(/<nav class="so-languages"[\s\S]*?<\/nav>/, '');
      // Only the conversation's pages are checked: other Dutch-only links may still be marked as Dutch.
      for (const path of flow) expect(h, `${page} → ${path}`).not.toMatch(new RegExp(`href="${path}"`));
    }
    expect(html(`/${l}/jongeren/`), `/${l}/jongeren/`).toContain(`href="/${l}/jongeren/vraag/"`);
    expect(html(`/${l}/jongeren/`), `/${l}/jongeren/`).toContain(`href="/${l}/jongeren/antwoord/"`);
    // The forms post to the addresses in that language; the Dutch page's switcher goes to that page.
    expect(html(`/${l}/jongeren/vraag/`)).toContain(`action="/${l}/jongeren/vraag/verstuurd/"`);
    expect(html(`/${l}/jongeren/antwoord/`)).toContain(`action="/${l}/jongeren/antwoord/lezen/"`);
    expect(switcher('/jongeren/vraag/').find((x) => x.href === `/${l}/jongeren/vraag/`)).toBeTruthy();
    expect(alternates('/jongeren/antwoord/').map((a) => a.path)).toContain(`/${l}/jongeren/antwoord/`);
  });
}

test.describe('right to left at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/ar/', '/ar/jongeren/', '/ar/jongeren/thuis-niet-veilig/', '/ar/jongeren/vraag/', '/ar/hulp/', '/ar/over-het-cjg/', '/ar/aanbod/']) {
    test(`${path}: dir="rtl", nothing wider than the screen, switcher and header visible`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      const layout = await page.evaluate(() => {
        const root = document.documentElement;
        const width = root.clientWidth;
        const outside = [...document.querySelectorAll('body *')]
          .filter((el) => {
            const s = getComputedStyle(el);
            if (s.display === 'none' || s.visibility === 'hidden' || el.closest('.so-visually-hidden, .so-skip-link, details:not([open]) > :not(summary)')) return false;
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > width + 1 || r.left < -1);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
        return { scrollWidth: root.scrollWidth, clientWidth: width, outside: outside.slice(0, 10) };
      });
      expect(layout.outside, `sticks out: ${layout.outside.join(', ')}`).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      await expect(page.getByRole('navigation', { name: 'اختر لغة' })).toBeVisible();
      await expect(page.locator('.so-header__brand')).toBeVisible();
      await expect(page.locator('.so-menu__toggle')).toBeVisible();
      // The start of the line is on the right: the brand sits to the right of the menu button.
      const brand = (await page.locator('.so-header__brand').boundingBox())!;
      const menu = (await page.locator('.so-menu__toggle').boundingBox())!;
      expect(brand.x).toBeGreaterThan(menu.x);
      // The brand and the menu button do not overlap.
      expect(menu.x + menu.width).toBeLessThanOrEqual(brand.x + 1);
      const dir = join('test-results', 'rtl');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${path.replace(/\//g, '_').replace(/^_|_$/g, '')}-390.png`), fullPage: true });
    });
  }
});

test.describe('switching languages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switcher keeps the page where it is translated, goes home where not, and sets no cookie', async ({ page, context }) => {
    await page.goto('/jongeren/gepest/');
    await page.getByRole('navigation', { name: 'Kies een taal' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/ar\/jongeren\/gepest\/$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText('أنت تتعرض للتنمر');
    // The quick exit stays on youth pages in every language.
    await expect(page.locator('[data-quick-exit]')).toHaveText('خروج سريع');
    await page.getByRole('navigation', { name: 'اختر لغة' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/jongeren\/gepest\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    // The English privacy page exists, the Arabic one does not: the switcher goes to the Arabic home.
    await page.goto('/en/privacy/');
    await page.getByRole('navigation', { name: 'Choose a language' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/ar\/$/);
    await expect(page.getByRole('heading', { name: 'بعض الأجزاء بالهولندية فقط' })).toBeVisible();
    await expect(page.locator('#inhoud a[href="/privacy/"][hreflang="nl"]')).toBeVisible();
    await page.getByRole('navigation', { name: 'اختر لغة' }).getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    expect(await context.cookies()).toEqual([]);
  });
});
