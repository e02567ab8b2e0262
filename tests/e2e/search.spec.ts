/**
 * Search (/zoeken/) and the catalogue filters (/aanbod/) end to end: query in
 * the URL, results shown, filters applied, Back, keyboard use, axe with
 * results open, and the same without JavaScript.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const results = (page: Page) => page.locator('#zoekresultaten');
const resultLinks = (page: Page) => page.locator('#zoekresultaten .so-result__title a');
/** Astro drops the `ssr` attribute once an island has hydrated; the page's load islands (search, filters), not the status badges that wait until visible. */
const hydrated = (page: Page) => expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);

test.describe('search page', () => {
  test('reads the query from the URL and shows results with type and excerpt', async ({ page }) => {
    await page.goto('/zoeken/?q=puber');
    await expect(page.locator('#zoekterm')).toHaveValue('puber');
    await expect(resultLinks(page).first()).toHaveText('Pubers & Zo');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/aanbod/pubers-en-zo/');
    const first = page.locator('.so-result').first();
    await expect(first.locator('.so-result__meta')).toContainText('Training');
    await expect(first.locator('.so-result__meta')).toContainText('Opvoeden');
    await expect(first.locator('.so-result__excerpt mark').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'resultaten voor “puber”' })).toBeVisible();
  });

  test('finds synonyms and misspellings', async ({ page }) => {
    await page.goto('/zoeken/?q=mindfullness');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/aanbod/mindfulness-voor-gezinnen/');
    await page.goto('/zoeken/?q=echtscheiding');
    await expect(resultLinks(page).first()).toHaveAttribute('href', /scheid/);
  });

  test('puts urgent help first for crisis words', async ({ page }) => {
    await page.goto('/zoeken/?q=ik+wil+dood');
    const urgent = page.locator('.so-urgent-help');
    await expect(urgent).toBeVisible();
    await expect(urgent.getByRole('link', { name: '113 Zelfmoordpreventie' })).toHaveAttribute('href', '/hulp/113-zelfmoordpreventie/');
    await expect(urgent.getByRole('link', { name: 'Bel 113' })).toHaveAttribute('href', 'tel:113');
    // The urgent block comes before the result list.
    const firstLink = await results(page).locator('a[href^="/"]').first().getAttribute('href');
    expect(firstLink).toBe('/hulp/113-zelfmoordpreventie/');
  });

  test('nothing found: an own illustration, words to try and the way to the CJG, without axe violations', async ({ page }) => {
    await page.goto('/zoeken/?q=qqxyzzv');
    const empty = page.locator('.so-empty-state');
    await expect(empty.getByRole('heading', { name: 'We hebben niets gevonden' })).toBeVisible();
    const art = empty.locator('img');
    await expect(art).toHaveAttribute('alt', '');
    // The site's own SVG (small enough for Vite to inline as a data: URL, or a hashed file from this site), loaded.
    await expect(art).toHaveAttribute('src', /^(data:image\/svg\+xml,|\/_astro\/search-empty\.)/);
    expect(await art.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await empty.getByRole('link', { name: 'scheiden' }).click();
    await expect(page).toHaveURL(/\/zoeken\/\?q=scheiden$/);
    await expect(resultLinks(page).first()).toBeVisible();
    await page.goBack();
    await expect(empty).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('typing keeps the query in the URL and Back returns to the previous search', async ({ page }) => {
    await page.goto('/zoeken/?q=puber');
    await expect(resultLinks(page).first()).toHaveText('Pubers & Zo');
    await page.locator('#zoekterm').fill('faalangst');
    await expect(page).toHaveURL(/\?q=faalangst$/);
    await expect(resultLinks(page).first()).toHaveAttribute('href', /faalangst|mindset/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=puber$/);
    await expect(page.locator('#zoekterm')).toHaveValue('puber');
    await expect(resultLinks(page).first()).toHaveText('Pubers & Zo');
  });

  test('a filter narrows the results, lives in the URL, and Back removes it', async ({ page }) => {
    await page.goto('/zoeken/?q=scheiding');
    await expect(resultLinks(page).first()).toBeVisible();
    const before = await resultLinks(page).count();
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Soort').selectOption('webinar');
    await expect(page).toHaveURL(/soort=webinar/);
    await expect(resultLinks(page).first()).toHaveText(/Webinar/);
    // The list re-renders after the filter: wait until every result is a webinar.
    await expect.poll(async () => (await page.locator('.so-result__meta').allTextContents()).every((m) => m.includes('Webinar'))).toBe(true);
    expect(await resultLinks(page).count()).toBeLessThan(before);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=scheiding$/);
    await expect(resultLinks(page)).toHaveCount(before);
  });

  test('the age filter shows offers whose range includes the age', async ({ page }) => {
    await page.goto('/zoeken/?q=training&leeftijd=3');
    await expect(page.locator('#filter-leeftijd')).toHaveValue('3');
    await expect(resultLinks(page).first()).toBeVisible();
    await expect(resultLinks(page).filter({ hasText: 'Pubers & Zo' })).toHaveCount(0);
  });

  test('works by keyboard from the header search box', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab'); // skip link first
    await expect(page.locator('.so-skip-link')).toBeFocused();
    // Then the language switcher (six links), the logo and the search box.
    for (let i = 0; i < 9 && !(await page.locator('#zoek-site').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(page.locator('#zoek-site')).toBeFocused();
    await page.keyboard.type('faalangst');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=faalangst$/);
    await expect(resultLinks(page).first()).toBeVisible();
    // Tab from the search field reaches the first result, Enter opens it.
    await page.locator('#zoekterm').focus();
    const target = await resultLinks(page).first().getAttribute('href');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await resultLinks(page).first().evaluate((a) => a === document.activeElement)) break;
    }
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('has no axe violations with results and filters open', async ({ page }) => {
    await page.goto('/zoeken/?q=scheiden&sortering=datum');
    await expect(resultLinks(page).first()).toBeVisible();
    await expect(page.locator('details.so-site-search__filters')).toHaveAttribute('open', '');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.goto('/zoeken/?q=ik+wil+dood');
    await expect(page.locator('.so-urgent-help')).toBeVisible();
    const axe2 = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe2.violations.map((v) => v.id)).toEqual([]);
  });

  test('a content page loads no Pagefind code', async ({ page }) => {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefind.push(r.url());
    });
    await page.goto('/aanbod/pubers-en-zo/', { waitUntil: 'networkidle' });
    await page.locator('#zoek-site').focus();
    await page.waitForTimeout(200);
    expect(pagefind).toEqual([]);
  });
});

test.describe('catalogue filters', () => {
  const visible = (page: Page) => page.locator('#aanbod-lijst > li:not([hidden])');

  test('filters combine from the URL: age and municipality', async ({ page }) => {
    await page.goto('/aanbod/');
    const total = await visible(page).count();
    await page.goto('/aanbod/?leeftijd=9&gemeente=zandvoort');
    await expect(page.locator('#aanbod-leeftijd')).toHaveValue('9');
    await expect(page.locator('#aantal-aanbod')).toContainText('passen bij je filters');
    const n = await visible(page).count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
  });

  test('changing a filter updates the list and the URL; Back undoes it', async ({ page }) => {
    await page.goto('/aanbod/');
    await hydrated(page);
    const total = await visible(page).count();
    await page.getByLabel('Thema').selectOption('scheiden');
    await expect(page).toHaveURL(/\/aanbod\/\?thema=scheiden$/);
    await expect(page.getByRole('status')).toContainText('gevonden');
    const n = await visible(page).count();
    expect(n).toBeLessThan(total);
    for (const text of await visible(page).locator('h2').allTextContents()) expect(text.toLowerCase()).toMatch(/scheid|kies/);
    await page.getByLabel('Vorm').selectOption('online');
    await expect(page).toHaveURL(/thema=scheiden&vorm=online/);
    await expect(visible(page)).not.toHaveCount(n);
    await page.goBack();
    await expect(page).toHaveURL(/\/aanbod\/\?thema=scheiden$/);
    await expect(visible(page)).toHaveCount(n);
    await page.goBack();
    await expect(visible(page)).toHaveCount(total);
  });

  test('has no axe violations with filters applied', async ({ page }) => {
    await page.goto('/aanbod/?thema=scheiden&gratis=ja');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue lists everything and the filter form filters on the server', async ({ page }) => {
    await page.goto('/aanbod/');
    const total = await page.locator('#aanbod-lijst > li:not([hidden])').count();
    expect(total).toBeGreaterThan(10);
    await page.getByLabel('Thema').selectOption('scheiden');
    await page.getByLabel('Leeftijd van je kind').fill('8');
    await page.getByRole('button', { name: 'Toon aanbod' }).click();
    await expect(page).toHaveURL(/\/aanbod\/filter\/\?.*thema=scheiden/);
    await expect(page.locator('#aantal-aanbod')).toContainText('passen bij je filters');
    const n = await page.locator('#aanbod-lijst > li:not([hidden])').count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
  });

  test('the header search goes to /zoeken/, which offers the catalogue and theme pages', async ({ page }) => {
    await page.goto('/');
    await page.locator('#zoek-site').fill('puber');
    await page.locator('#zoek-site').press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=puber$/);
    await expect(page.getByRole('link', { name: 'Alle trainingen, webinars en workshops' })).toHaveAttribute('href', '/aanbod/');
    await expect(page.getByRole('link', { name: 'Scheiden' }).first()).toHaveAttribute('href', '/themas/scheiden/');
  });
});
