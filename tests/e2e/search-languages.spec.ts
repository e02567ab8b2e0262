/**
 * Search per language (issue 18): Pagefind keeps one index per `<html lang>`, so /en/zoeken/ finds
 * English pages only and /ar/zoeken/ Arabic ones; crisis words in every language put urgent help first.
 */
import { test, expect } from '@playwright/test';

const resultLinks = (page: import('@playwright/test').Page) => page.locator('#zoekresultaten .so-result__title a');

test('an English search finds English pages and no Dutch ones', async ({ page }) => {
  await page.goto('/en/zoeken/?q=bullied');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(resultLinks(page).first()).toBeVisible();
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/en\//);
  expect(hrefs).toContain('/en/jongeren/gepest/');
  await expect(page.getByRole('status')).toContainText('for “bullied”');
});

test('a Dutch search does not find the English pages', async ({ page }) => {
  await page.goto('/zoeken/?q=gepest');
  await expect(resultLinks(page).first()).toBeVisible();
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).not.toMatch(/^\/(en|ar|tr|pl|uk)\//);
});

test('Arabic: right to left, crisis words put urgent help first, and nothing found is said in Arabic', async ({ page }) => {
  await page.goto(`/ar/zoeken/?q=${encodeURIComponent('أريد أن أموت')}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const urgent = page.locator('.so-urgent-help');
  await expect(urgent).toBeVisible();
  await expect(urgent.locator('a[href="tel:113"]')).toBeVisible();
  await page.goto(`/ar/zoeken/?q=${encodeURIComponent('قخصثقصث')}`);
  await expect(page.getByRole('heading', { name: 'لم نجد شيئاً' })).toBeVisible();
});
