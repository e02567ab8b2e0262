/**
 * The header search box (src/islands/HeaderSearch.tsx): quick results while
 * typing, urgent help first, keyboard use, axe with the list open, no
 * Pagefind before the box is used, and the plain form without JavaScript.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const box = (page: Page) => page.locator('#zoek-site');
const panel = (page: Page) => page.locator('#zoek-site-snel');
const quickLinks = (page: Page) => panel(page).locator('.so-search__link');
/** Astro drops the `ssr` attribute once an island has hydrated (other islands on the page may wait until visible). */
const hydrated = (page: Page, field = '#zoek-site') => expect(page.locator(`astro-island:not([ssr]) ${field}`)).toHaveCount(1);

async function openContentPage(page: Page) {
  await page.goto('/aanbod/pubers-en-zo/');
  await hydrated(page);
}

test.describe('header search box', () => {
  test('a content page makes no Pagefind request before the box is used', async ({ page }) => {
    const search: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/') || r.url().includes('/zoeken/lexicon.json')) search.push(r.url());
    });
    await page.goto('/aanbod/pubers-en-zo/', { waitUntil: 'networkidle' });
    await hydrated(page);
    await box(page).focus();
    await page.waitForTimeout(300);
    expect(search).toEqual([]);
    // The first keystroke loads it.
    await box(page).pressSequentially('puber');
    await expect(quickLinks(page).first()).toBeVisible();
    expect(search.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('typing "echtscheiding" shows quick results about divorce with their type', async ({ page }) => {
    await openContentPage(page);
    await box(page).fill('echtscheiding');
    await expect(quickLinks(page).first()).toBeVisible();
    const hrefs = await quickLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeLessThanOrEqual(5);
    expect(hrefs.some((h) => h === '/themas/scheiden/' || /^\/aanbod\/.*scheid/.test(h ?? ''))).toBe(true);
    await expect(quickLinks(page).first().locator('.so-search__type')).not.toBeEmpty();
    await expect(page.locator('#zoek-site-status')).toContainText('resultaten voor “echtscheiding”');
    await expect(panel(page).getByRole('link', { name: 'Alle resultaten voor “echtscheiding”' })).toHaveAttribute('href', '/zoeken/?q=echtscheiding');
  });

  test('"ik wil dood" shows 113 first, with its phone number', async ({ page }) => {
    await openContentPage(page);
    await box(page).fill('ik wil dood');
    await expect(quickLinks(page).first()).toHaveAttribute('href', '/hulp/113-zelfmoordpreventie/');
    await expect(quickLinks(page).first()).toContainText('Hulp bij spoed');
    await expect(panel(page).locator('a[href="tel:113"]')).toBeVisible();
    await expect(page.locator('#zoek-site-status')).toContainText('Hulp bij spoed staat bovenaan');
  });

  test('works by keyboard: Arrow Down into the list, Enter follows a result', async ({ page }) => {
    await openContentPage(page);
    await page.keyboard.press('Tab'); // skip link first
    await expect(page.locator('.so-skip-link')).toBeFocused();
    // Then the language switcher (six links), the logo and the search box.
    for (let i = 0; i < 9 && !(await page.locator('#zoek-site').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('faalangst');
    await expect(quickLinks(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(quickLinks(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(quickLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const target = await quickLinks(page).first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('Escape closes the list and keeps the text; Enter in the box goes to /zoeken/?q=…', async ({ page }) => {
    await openContentPage(page);
    await box(page).pressSequentially('puber');
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(box(page)).toBeFocused();
    await expect(box(page)).toHaveValue('puber');
    // Typing again reopens; Escape from the box closes too.
    await box(page).pressSequentially('s');
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(box(page)).toHaveValue('pubers');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=pubers$/);
    await expect(page.locator('#zoekterm')).toHaveValue('pubers');
    await page.goBack();
    await expect(page).toHaveURL(/\/aanbod\/pubers-en-zo\/$/);
  });

  test('on /zoeken/ the header box is a plain form without quick results', async ({ page }) => {
    await page.goto('/zoeken/?q=puber');
    await hydrated(page, '#zoekterm');
    await box(page).fill('faalangst');
    await page.waitForTimeout(400);
    await expect(panel(page)).toHaveCount(0);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=faalangst$/);
  });

  test('has no axe violations with the list open', async ({ page }) => {
    for (const q of ['echtscheiding', 'ik wil dood']) {
      await openContentPage(page);
      await box(page).fill(q);
      await expect(quickLinks(page).first()).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('fits a 390 px wide screen with the list open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openContentPage(page);
    await box(page).fill('echtscheiding');
    await expect(quickLinks(page).first()).toBeVisible();
    const box1 = await panel(page).boundingBox();
    expect(box1!.x).toBeGreaterThanOrEqual(0);
    expect(box1!.x + box1!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('header search box without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('submits to /zoeken/', async ({ page }) => {
    await page.goto('/aanbod/pubers-en-zo/');
    await box(page).fill('puber');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=puber$/);
  });
});
