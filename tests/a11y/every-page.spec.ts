/**
 * Every page in the sitemap, in every language: zero axe violations (WCAG 2.0/2.1/2.2 A and AA),
 * one h1, `lang` and `dir` of the page's language (from its URL: `/ar/…` is Arabic, right to left), a title
 * and a description.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { publicPaths, sitemapPaths } from '../e2e/sitemap';
import { directionOf, splitLocalePath } from '../../src/i18n/locales';

// The sitemap's pages plus the built pages that are noindex and so not in the sitemap.
const paths = publicPaths();

test('the sitemap lists the main pages', () => {
  for (const p of ['/', '/ouders/', '/jongeren/', '/professionals/', '/aanbod/', '/agenda/', '/partners/', '/locaties/', '/over-het-cjg/', '/contact/', '/privacy/', '/toegankelijkheid/', '/themas/', '/artikelen/', '/hulp/'])
    expect(sitemapPaths()).toContain(p);
  expect(paths.some((p) => p.startsWith('/aanbod/') && p !== '/aanbod/')).toBe(true);
  expect(paths.some((p) => p.startsWith('/themas/') && p !== '/themas/')).toBe(true);
  expect(paths.some((p) => p.startsWith('/artikelen/') && p !== '/artikelen/')).toBe(true);
  expect(paths.some((p) => p.startsWith('/partners/') && p !== '/partners/')).toBe(true);
  // The language pages (issue 18): each language's home, help and youth pages, and every English core page.
  for (const l of ['en', 'ar', 'tr', 'pl', 'uk']) for (const p of ['/', '/hulp/', '/jongeren/', '/jongeren/gepest/', '/contact/', '/over-het-cjg/']) expect(sitemapPaths()).toContain(`/${l}${p}`);
  for (const p of ['/en/ouders/', '/en/privacy/', '/en/toegankelijkheid/', '/en/hulp/veilig-thuis/', '/en/jongeren/vraag/', '/en/jongeren/antwoord/', '/en/jongeren/sporen-wissen/']) expect(sitemapPaths()).toContain(p);
});

for (const path of paths) {
  test(`a11y ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const { locale } = splitLocalePath(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', directionOf(locale));
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(5);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
    expect(summary, summary.join('\n')).toEqual([]);
  });
}

test.describe('pages rendered on demand', () => {
  // axe runs in the page, so with JavaScript: the form's island shows the error summary before posting.
  test('a registration form, empty and with its error summary (one child, two children)', async ({ page }) => {
    const feed = (await (await page.request.get('/aanbod.json')).json()) as { offers: { id: string; sessions: { id: string; cancelled: boolean; placesLeft: number; deadline: string; registration?: { form?: string } }[] }[] };
    const open = (id: string) => feed.offers.find((o) => o.id === id)?.sessions.find((s) => s.registration?.form && !s.cancelled && s.placesLeft > 0 && Date.parse(s.deadline) > Date.now() + 86_400_000);
    for (const session of [open('pubers-en-zo'), open('mindset')]) {
      expect(session).toBeTruthy();
      await page.goto(`/inschrijven/${session!.id}/`);
      await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
      await axeClean(page);
      if (await page.getByRole('button', { name: 'Nog een kind toevoegen' }).count()) await page.getByRole('button', { name: 'Nog een kind toevoegen' }).click();
      await page.getByRole('button', { name: 'Inschrijven', exact: true }).click();
      await expect(page.locator('.so-error-summary')).toBeVisible();
      await axeClean(page);
    }
    // The same form in Arabic (right to left), empty and with its error summary (issue 18).
    const mindset = open('mindset')!;
    await page.goto(`/ar/inschrijven/${mindset.id}/`);
    await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    await axeClean(page);
    await page.getByRole('button', { name: 'سجّل', exact: true }).click();
    await expect(page.locator('.so-error-summary')).toBeVisible();
    await axeClean(page);
  });
});

async function axeClean(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  expect(summary, `${page.url()}\n${summary.join('\n')}`).toEqual([]);
}
