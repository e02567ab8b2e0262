/**
 * The layouts of issue 16: the phone menu works without JavaScript, and on a
 * wide screen the offer page keeps its enrol button in view (a sticky aside).
 */
import { test, expect } from '@playwright/test';

test.describe('phone, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('"Menu" opens the main menu and its links work', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const agenda = nav.getByRole('link', { name: 'Agenda' });
    await expect(agenda).toBeHidden();
    const toggle = page.locator('summary', { hasText: 'Menu' });
    await expect(toggle).toBeVisible();
    await toggle.click();
    for (const name of ['Ouders', 'Jongeren', 'Trainingen en webinars', 'Agenda', 'Contact']) await expect(nav.getByRole('link', { name })).toBeVisible();
    await agenda.click();
    await expect(page).toHaveURL(/\/agenda\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  });

  test('the quick exit is a slim strip, not a sixth of the screen', async ({ page }) => {
    await page.goto('/jongeren/');
    const strip = page.getByRole('region', { name: 'Snel weg' });
    await expect(strip.getByRole('link', { name: 'Snel weg' })).toBeInViewport();
    const box = (await strip.boundingBox())!;
    expect(box.height).toBeLessThan(844 / 12);
  });
});

test.describe('wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the menu is a bar without a "Menu" button', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('summary', { hasText: 'Menu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' })).toBeVisible();
  });

  test('the offer page keeps the next dates and the enrol button in view while you read', async ({ page }) => {
    await page.goto('/aanbod/pubers-en-zo/');
    const aside = page.getByRole('complementary', { name: /Eerstvolgende/ });
    const enrol = aside.locator('a[data-enrol]');
    await expect(enrol).toBeInViewport();
    // The next date with its time (which session is next depends on today's date).
    await expect(aside).toContainText(/\d{1,2} [a-z]{3,4}\.?, \d{1,2}\.\d{2} uur/);
    // Beside the text, not under it.
    const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect((await aside.boundingBox())!.x).toBeGreaterThan(h1.x + 400);
    // Still in view after scrolling down to the sessions.
    await page.getByRole('heading', { level: 2, name: 'Wat leer je' }).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expect(enrol).toBeInViewport();
    await enrol.click();
    await expect(page).toHaveURL(/\/inschrijven\/pubers-en-zo-[^/]+\/$/);
  });

  test('the catalogue has its filters beside the results', async ({ page }) => {
    await page.goto('/aanbod/');
    const filters = (await page.locator('.so-catalogue-filters').boundingBox())!;
    const list = (await page.locator('#aanbod-lijst').boundingBox())!;
    expect(list.x).toBeGreaterThan(filters.x + filters.width - 1);
    expect(Math.abs(list.y - filters.y)).toBeLessThan(120);
  });
});
