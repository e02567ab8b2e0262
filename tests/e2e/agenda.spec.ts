/**
 * The agenda /agenda/: every upcoming session by month, each linking to its
 * offer and registration, with one status badge; the catalogue's filter
 * form works without JavaScript (a GET to /agenda/filter/, filtered on the
 * server) and with it (in place, in the URL, Back undoes); no axe violations.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const statuses = /^(Vol|Wachtlijst|Nog [123] plaats(en)?|Plaats vrij|Inschrijving gesloten)$/;

/** The month headings as [year, month index], in page order, of the visible months. */
async function monthOrder(page: Page): Promise<number[]> {
  const labels = await page.locator('[data-agenda-month]:visible h2').allTextContents();
  return labels.map((l) => {
    const [name, year] = l.trim().toLowerCase().split(' ');
    expect(months, l).toContain(name);
    return Number(year) * 12 + months.indexOf(name!);
  });
}

async function visibleSessions(page: Page) {
  return page.locator('li[data-session-id]:visible');
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every upcoming session by month, each with date, time, title, place, one status and its links', async ({ page, request }) => {
    await page.goto('/agenda/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
    const order = await monthOrder(page);
    expect(order.length).toBeGreaterThan(2);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);

    // Every upcoming session of the static feed is in the agenda, none twice.
    // Both are built at the same moment (the feed's generatedAt), which may lie before this test runs.
    const feed = (await (await request.get('/aanbod.json')).json()) as { generatedAt: string; offers: { id: string; sessions: { id: string; start: string; cancelled?: boolean }[] }[] };
    const built = Date.parse(feed.generatedAt);
    const upcoming = feed.offers.flatMap((o) => o.sessions.filter((s) => !s.cancelled && Date.parse(s.start) > built).map((s) => s.id));
    const ids = await page.locator('li[data-session-id]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.sessionId));
    expect([...ids].sort()).toEqual([...upcoming].sort());

    const items = page.locator('li[data-session-id] article');
    const n = await items.count();
    for (let i = 0; i < n; i++) {
      const item = items.nth(i);
      await expect(item.locator('time')).toHaveText(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} \w+ \d{4}$/);
      await expect(item.locator('h3 a')).toHaveAttribute('href', /^\/aanbod\/[a-z0-9-]+\/#sessie-[a-z0-9-]+$/);
      await expect(item.locator('.so-status')).toHaveCount(1);
      await expect(item.locator('.so-status')).toHaveText(statuses);
    }
    // A series shows its first date and how many meetings until when.
    await expect(page.locator('li[data-session-id]', { hasText: /\d+ bijeenkomsten tot en met \w+dag \d{1,2} \w+ \d{4}/ }).first()).toBeVisible();

    // The title leads to the session on the offer page, the button to its registration.
    const first = page.locator('li[data-session-id]', { has: page.getByRole('link', { name: /^Inschrijven/ }) }).first();
    const sessionId = await first.getAttribute('data-session-id');
    await expect(first.getByRole('link', { name: /^Inschrijven/ })).toHaveAttribute('href', `/inschrijven/${sessionId}/`);
    await first.locator('h3 a').click();
    await expect(page).toHaveURL(new RegExp(`/aanbod/[a-z0-9-]+/#sessie-${sessionId}$`));
    await expect(page.locator(`#sessie-${sessionId}`)).toBeVisible();
  });

  test('the filter form submits to /agenda/filter/ and filters on the server', async ({ page }) => {
    await page.goto('/agenda/');
    await page.getByLabel('Gemeente').selectOption('zandvoort');
    await page.getByLabel('Leeftijd van je kind').fill('9');
    await page.getByRole('button', { name: 'Toon agenda' }).click();
    await expect(page).toHaveURL(/\/agenda\/filter\/\?.*gemeente=zandvoort/);
    expect(new URL(page.url()).searchParams.get('leeftijd')).toBe('9');
    // The filter page is rendered now, the static agenda at build time: a session may have started
    // in between, so the total is the filter page's own (every session it lists, shown or hidden).
    const total = await page.locator('li[data-session-id]').count();
    const shown = await visibleSessions(page);
    const count = await shown.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await expect(page.locator('#aantal-agenda')).toHaveText(`${count} van de ${total} activiteiten passen bij je filters`);
    for (let i = 0; i < count; i++) await expect(shown.nth(i)).toContainText('Zandvoort');
    // Months without a match are left out; the form keeps the choice.
    const order = await monthOrder(page);
    expect(order.length).toBeGreaterThan(0);
    await expect(page.getByLabel('Gemeente')).toHaveValue('zandvoort');
    await expect(page.getByRole('link', { name: 'Wis alle filters' })).toHaveAttribute('href', '/agenda/');
  });

  test('the agenda is in the main menu and the footer', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' })).toHaveAttribute('href', '/agenda/');
    await expect(page.locator('footer a[href="/agenda/"]')).toBeVisible();
  });
});

/** The filter island answers only once hydrated (Astro drops `ssr` from the island then). */
async function filtersReady(page: import('@playwright/test').Page) {
  await page.locator('astro-island[component-url*="AgendaFilters"]:not([ssr])').waitFor({ state: 'attached' });
}

test.describe('with JavaScript', () => {
  test('filters in place, keeps the filter in the URL, and Back undoes it', async ({ page }) => {
    await page.goto('/agenda/');
    await filtersReady(page);
    const total = await page.locator('li[data-session-id]').count();
    await expect(await visibleSessions(page)).toHaveCount(total);
    const online = page.getByLabel('Vorm');
    await online.selectOption('online');
    await expect(page).toHaveURL(/\/agenda\/\?vorm=online$/);
    const shown = await visibleSessions(page);
    await expect.poll(() => shown.count()).toBeLessThan(total);
    const count = await shown.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(shown.nth(i)).toContainText('Online');
    await expect(page.locator('#aantal-agenda')).toHaveText(`${count} van de ${total} activiteiten passen bij je filters`);
    await expect(page.getByRole('status')).toHaveText(`${count} activiteiten gevonden.`);
    await axe(page);

    await page.goBack();
    await expect(page).toHaveURL(/\/agenda\/$/);
    await expect(await visibleSessions(page)).toHaveCount(total);
    await expect(online).toHaveValue('');
  });

  test('a shared filtered address opens filtered', async ({ page }) => {
    await page.goto('/agenda/?plaats=ja');
    await filtersReady(page);
    await expect(page.getByLabel('Alleen met plaatsen vrij')).toBeChecked();
    const shown = await visibleSessions(page);
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    await expect(shown.locator('.so-status', { hasText: /^(Wachtlijst|Vol|Inschrijving gesloten)$/ })).toHaveCount(0);
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/agenda/');
    await filtersReady(page);
    await axe(page);
  });
});
