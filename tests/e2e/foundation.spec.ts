/** Site-wide behaviour: 404, skip link, structured data, no JavaScript needed. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('an unknown address gets the Dutch 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('link', { name: 'beginpagina' })).toHaveAttribute('href', '/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('the skip link is the first tab stop and moves focus to the content', async ({ page }) => {
  await page.goto('/aanbod/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  await expect(page.locator('main')).toBeFocused();
});

test('offer pages carry schema.org Course or Event data with Amsterdam offsets', async ({ page }) => {
  await page.goto('/aanbod/pubers-en-zo/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((b) => JSON.parse(b));
  const org = data.find((d) => d['@type'] === 'GovernmentOrganization');
  expect(org['@id']).toMatch(/^https?:\/\/[^/]+\/#organisatie$/);
  expect(org.logo).toMatch(/^https?:\/\/[^/]+\/logo\.png$/);
  expect(org.address['@type']).toBe('PostalAddress');
  const course = data.find((d) => d['@type'] === 'Course');
  expect(course.name).toBe('Pubers & Zo');
  expect(course.provider).toEqual({ '@id': org['@id'] });
  expect(course.hasCourseInstance.length).toBeGreaterThan(0);
  for (const i of course.hasCourseInstance) {
    expect(i.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
    expect(['online', 'onsite', 'blended']).toContain(i.courseMode);
    expect(i.courseSchedule['@type']).toBe('Schedule');
    expect(i.courseSchedule.repeatCount).toBeGreaterThanOrEqual(1);
    expect(i.offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|LimitedAvailability|SoldOut|Discontinued)$/);
  }

  await page.goto('/aanbod/webinar-kinderen-en-pittige-emoties/');
  const events = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b)).filter((d) => d['@type'] === 'Event');
  expect(events.length).toBeGreaterThan(0);
  expect(events[0].eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  for (const e of events) {
    expect(e.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled)$/);
    expect(e.offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|LimitedAvailability|SoldOut|Discontinued)$/);
  }

  // A series of another kind (six evenings): one Event per session that ends with its last meeting.
  await page.goto('/aanbod/vlogcursus-voor-jongeren/');
  const series = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b)).filter((d) => d['@type'] === 'Event');
  const vlog = series.find((e) => e.startDate.startsWith('2027-03-15'));
  expect(vlog.endDate).toBe('2027-04-19T20:30:00+02:00');
  expect(vlog.eventSchedule).toMatchObject({ '@type': 'Schedule', repeatFrequency: 'P1W', repeatCount: 6 });
  expect(vlog.subEvent).toHaveLength(6);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the catalogue lists every offer, next date first, and pages link through', async ({ page }) => {
    await page.goto('/aanbod/');
    const cards = page.locator('.so-offer-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(15);
    await cards.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Data en inschrijven' })).toBeVisible();
  });
  test('the header search submits to /zoeken/ with the query in the URL', async ({ page }) => {
    await page.goto('/ouders/');
    await page.getByRole('searchbox', { name: 'Zoek op de site' }).fill('puber');
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await expect(page).toHaveURL(/\/zoeken\/\?q=puber$/);
    await expect(page.getByRole('link', { name: 'Opvoeden & Opgroeien' }).first()).toBeVisible();
  });
});
