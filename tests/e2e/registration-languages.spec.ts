/**
 * Enrolling in another language (issue 18), through the real server: in English from the English offer page
 * without JavaScript (a real POST, the English error summary, the English neutral page, an English mail with
 * a link to the English cancel page) and with JavaScript (the island's check in English); in Arabic, a form
 * right to left whose error message is Arabic. And the English catalogue filters on "Language".
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTBOX_DIR } from './server-env';

interface FeedSession { id: string; placesLeft: number; deadline: string; cancelled?: boolean }
interface FeedOffer { id: string; registration: { method: string; intake?: boolean; askChild?: boolean; askSchoolGroup?: boolean }; sessions: FeedSession[] }

async function openSessions(page: Page): Promise<{ offer: FeedOffer; session: FeedSession }[]> {
  const feed = (await (await page.request.get('/aanbod.json')).json()) as { offers: FeedOffer[] };
  return feed.offers
    .filter((o) => o.registration.method === 'portal' && !o.registration.intake && !o.registration.askChild && !o.registration.askSchoolGroup)
    .flatMap((offer) => offer.sessions.map((session) => ({ offer, session })))
    .filter(({ session }) => !session.cancelled && session.placesLeft > 2 && Date.parse(session.deadline) > Date.now() + 86_400_000);
}

const decoded = (mail: string) => mail.replace(/=\r?\n/g, '').replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replace(/=/g, ''), 'hex').toString('utf8'));
const mailsTo = (address: string) =>
  existsSync(OUTBOX_DIR) ? readdirSync(OUTBOX_DIR).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(OUTBOX_DIR, f), 'utf8')).filter((m) => m.includes(address)) : [];

async function fillEnglish(page: Page, email: string) {
  await page.getByLabel('Your name').fill('Sam Jones');
  await page.getByLabel('Your email address').fill(email);
  await page.getByLabel('How many people are coming?').fill('1');
  await page.getByLabel('In which municipality do you live?').selectOption({ label: 'Haarlem' });
  await page.getByLabel(/I agree to the/).check();
}

test.describe('in English without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('from the English offer page to the English mail and cancel page', async ({ page }) => {
    const [{ offer, session }] = await openSessions(page);
    await page.goto(`/en/aanbod/${offer!.id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator(`a[href="/en/inschrijven/${session!.id}/"]`).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // An empty form: 422 with the English error summary.
    await page.getByLabel('How many people are coming?').fill('');
    const [empty] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Enrol' }).click()]);
    expect(empty.status()).toBe(422);
    const summary = page.locator('.so-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('There is a problem');
    await expect(summary).toContainText('Enter your name');

    const email = `sam.${Date.now()}@example.nl`;
    await fillEnglish(page, email);
    await page.waitForTimeout(1_200);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await expect(page).toHaveURL(/\/en\/inschrijven\/verstuurd\/(#inhoud)?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');

    await expect.poll(() => mailsTo(email).length).toBe(1);
    const mail = decoded(mailsTo(email)[0]!);
    expect(mail).toMatch(/^Subject: Your registration:/m);
    expect(mail).toContain('You are enrolled. There is a place for you.');
    const link = /https?:\/\/\S+?(\/en\/inschrijven\/annuleren\/\?token=[A-Za-z0-9_-]{43})/.exec(mail);
    expect(link, 'the personal link goes to the English page').toBeTruthy();
    await page.goto(link![1]!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are enrolled');
    await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your registration has been cancelled');
  });

  test('the English catalogue filters on the language on the server', async ({ page }) => {
    await page.goto('/en/aanbod/');
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Show offers' }).click();
    await expect(page).toHaveURL(/\/en\/aanbod\/filter\/\?.*taal=en/);
    const shown = page.locator('#aanbod-lijst > li:not([hidden])');
    await expect(shown).toHaveCount(1);
    await expect(shown).toContainText('Webinar in English');
    await expect(shown).toContainText('Language: English');
  });
});

test.describe('in English with JavaScript', () => {
  test('the island checks in English before posting, then registers', async ({ page }) => {
    const sessions = await openSessions(page);
    const { session } = sessions[1] ?? sessions[0]!;
    await page.goto(`/en/inschrijven/${session.id}/`);
    await page.waitForSelector('form[data-enhanced]', { state: 'attached' });
    let posts = 0;
    page.on('request', (r) => { if (r.method() === 'POST') posts++; });
    await page.getByLabel('Your email address').fill('not-an-address');
    await page.getByRole('button', { name: 'Enrol' }).click();
    const summary = page.locator('.so-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Enter a valid email address');
    expect(posts).toBe(0);
    await fillEnglish(page, `sam.js.${Date.now()}@example.nl`);
    await page.waitForTimeout(1_200);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await expect(page).toHaveURL(/\/en\/inschrijven\/verstuurd\/(#inhoud)?$/);
  });
});

test.describe('in Arabic and Polish, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('from the Arabic home page through the Arabic catalogue to the Arabic form, by links only', async ({ page }) => {
    await page.goto('/ar/');
    await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'الدورات والندوات' }).click();
    await expect(page).toHaveURL(/\/ar\/aanbod\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الدورات والندوات وورشات العمل');
    // A card of an offer with an Arabic page links it; its enrol button leads to the Arabic form.
    const card = page.locator('#aanbod-lijst .so-card__link[href^="/ar/aanbod/"]').first();
    await card.click();
    await expect(page).toHaveURL(/\/ar\/aanbod\/[a-z0-9-]+\/$/);
    const enrol = page.locator('a[href^="/ar/inschrijven/"]').first();
    await enrol.click();
    await expect(page).toHaveURL(/\/ar\/inschrijven\/[^/]+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  test('the Polish catalogue filters on the server without JavaScript', async ({ page }) => {
    await page.goto('/pl/aanbod/');
    await page.getByLabel('Język', { exact: true }).selectOption({ label: 'angielski' });
    await page.getByRole('button', { name: 'Pokaż ofertę' }).click();
    await expect(page).toHaveURL(/\/pl\/aanbod\/filter\/\?.*taal=en/);
    await expect(page.locator('#aanbod-lijst > li:not([hidden])')).toHaveCount(1);
    await expect(page.locator('#aantal-aanbod')).toContainText('Pasuje do filtrów: 1 z');
  });

  test('the form is right to left and its error message Arabic', async ({ page }) => {
    const [{ session }] = await openSessions(page);
    await page.goto(`/ar/inschrijven/${session!.id}/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.getByLabel('بريدك الإلكتروني').fill('ليس-عنوانًا');
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'سجّل' }).click()]);
    expect(res.status()).toBe(422);
    const summary = page.locator('.so-error-summary');
    await expect(summary.getByRole('heading')).toHaveText('هناك مشكلة');
    await expect(summary).toContainText('اكتب بريدًا إلكترونيًا صحيحًا');
    await expect(page.locator('#reg-email-error')).toContainText('اكتب بريدًا إلكترونيًا صحيحًا');
  });
});
