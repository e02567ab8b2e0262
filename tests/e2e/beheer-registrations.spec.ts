/**
 * Back office, part B, in a real browser without JavaScript: the coordinator
 * opens a session's registrations, moves someone, sends a message, downloads
 * the CSV (formula cells escaped) and views the figures; a partner of another
 * organisation gets 403. The account and session are made straight in the
 * database (tests/e2e/support/admin-session.mjs); sign-in itself is tested elsewhere.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const DB = 'file:./.tmp/e2e/portal.db';
// A session with room (capacity 40, none taken in the content file) and another of the same offer.
const SESSION = 'ouderavond-alcohol-en-drugs-2027-05-heemstede';
const OTHER = 'ouderavond-alcohol-en-drugs-2027-03-bibliotheek';

function signIn(role: 'coordinator' | 'partner', partnerId?: string): string {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@cjg.test`;
  return execFileSync('node', ['tests/e2e/support/admin-session.mjs', DB, email, role, ...(partnerId ? [partnerId] : [])]).toString().trim();
}

/** The session cookie as the sign-in sets it (Secure works on 127.0.0.1: browsers treat loopback as secure). */
async function useSession(page: Page, token: string, baseURL: string | undefined) {
  const { hostname } = new URL(baseURL!);
  await page.context().addCookies(
    ['/beheer/', '/api/admin/'].map((path) => ({ name: 'so_beheer', value: token, domain: hostname, path, secure: true, httpOnly: true, sameSite: 'Strict' as const })),
  );
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.use({ javaScriptEnabled: false });

test('coordinator manages a session and downloads its CSV', async ({ page, request, baseURL }) => {
  const stamp = Date.now();
  const names = [`=HYPERLINK("http://evil.example","klik") ${stamp}`, `Anne ${stamp}`];
  for (const [i, name] of names.entries()) {
    const res = await request.post('/api/registrations', {
      data: { sessionId: SESSION, name, email: `e2e-${stamp}-${i}@voorbeeld.nl`, municipality: 'haarlem', consent: true },
    });
    expect(res.status()).toBe(202);
  }

  await useSession(page, signIn('coordinator'), baseURL);
  await page.goto('/beheer/inschrijvingen/');
  await expect(page.getByRole('heading', { level: 1, name: 'Inschrijvingen' })).toBeVisible();
  await page.locator(`a[href="/beheer/inschrijvingen/${SESSION}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/beheer/inschrijvingen/${SESSION}/$`));
  await expect(page.getByRole('heading', { level: 1, name: /alcohol en drugs/i })).toBeVisible();
  const participants = page.locator('table', { has: page.locator('caption', { hasText: 'Deelnemers' }) });
  for (const name of names) await expect(participants.getByRole('cell', { name, exact: true })).toBeVisible();

  // The message form without JavaScript: an empty subject shows the error summary, then it is sent.
  await page.getByLabel('Bericht', { exact: true }).fill('De bijeenkomst begint een half uur later.');
  await page.getByRole('button', { name: 'Verstuur het bericht' }).click();
  await expect(page.locator('.so-error-summary')).toContainText('Vul een onderwerp in.');
  await page.getByLabel('Onderwerp').fill('Later begin');
  await page.getByRole('button', { name: 'Verstuur het bericht' }).click();
  await expect(page.locator('.so-notice')).toContainText('Je bericht is verstuurd.');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download deelnemers (CSV)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`inschrijvingen-${SESSION}.csv`);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFstatus;naam;e-mail;telefoon;personen;voornaam kind;leeftijd kind;groep;gemeente;opmerkingen;ingeschreven op;taal');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"") ${stamp}"`);
  expect(csv).toContain(`Ingeschreven;Anne ${stamp};e2e-${stamp}-1@voorbeeld.nl`);

  // Move Anne to the other session of the same offer.
  const row = participants.locator('tr', { hasText: `Anne ${stamp}` });
  await row.getByLabel(`Verplaats Anne ${stamp} naar`).selectOption(OTHER);
  await row.getByRole('button', { name: 'Verplaats' }).click();
  await expect(page.locator('.so-notice')).toContainText('verplaatst');
  await page.goto(`/beheer/inschrijvingen/${OTHER}/`);
  await expect(page.getByRole('cell', { name: `Anne ${stamp}`, exact: true })).toBeVisible();

  await page.goto('/beheer/cijfers/');
  await expect(page.getByRole('heading', { level: 1, name: /^Cijfers \d{4}$/ })).toBeVisible();
  await expect(page.locator('svg.so-chart[role="img"]')).toHaveCount(4);
  await expect(page.locator('svg.so-chart title').first()).toHaveText(/Inschrijvingen per maand/);
});

test.describe('accessibility (axe needs JavaScript)', () => {
  test.use({ javaScriptEnabled: true });
  test('the back-office pages of part B and the survey page have no axe violations', async ({ page, baseURL }) => {
    await useSession(page, signIn('coordinator'), baseURL);
    const survey = execFileSync('node', ['tests/e2e/support/survey-invite.mjs', DB, SESSION, 'ouderavond-alcohol-en-drugs']).toString().trim();
    for (const path of ['/beheer/inschrijvingen/', `/beheer/inschrijvingen/${SESSION}/`, '/beheer/cijfers/', '/beheer/vragen/', '/beheer/vragen/sjablonen/', '/beheer/vragen/tijden/', `/evaluatie/?t=${survey}`]) {
      await page.goto(path);
      await axe(page);
      // The back office is Dutch, for the staff: no switcher to language pages it does not have.
      if (path.startsWith('/beheer/')) await expect(page.locator('nav.so-languages'), path).toHaveCount(0);
    }
  });
});

test('a partner of another organisation gets 403 and no figures or questions', async ({ page, baseURL }) => {
  await useSession(page, signIn('partner', 'stichting-leergeld'), baseURL);
  const res = await page.goto(`/beheer/inschrijvingen/${SESSION}/`);
  expect(res!.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  expect((await page.request.get(`/beheer/inschrijvingen/${SESSION}/deelnemers.csv`)).status()).toBe(403);
  expect((await page.goto('/beheer/cijfers/'))!.status()).toBe(403);
  expect((await page.request.get('/beheer/cijfers/2026.csv')).status()).toBe(403);
  expect((await page.goto('/beheer/vragen/'))!.status()).toBe(403);
  await expect(page.locator('nav[aria-label="Beheer"]')).not.toContainText('Cijfers');
});

test('the satisfaction question works without JavaScript, sets no cookie and works once', async ({ page, context }) => {
  const token = execFileSync('node', ['tests/e2e/support/survey-invite.mjs', DB, SESSION, 'ouderavond-alcohol-en-drugs']).toString().trim();
  const res = await page.goto(`/evaluatie/?t=${token}`);
  expect(res!.status()).toBe(200);
  expect(res!.headers()['set-cookie']).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe tevreden ben je?' })).toBeVisible();
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page.locator('.so-error-summary')).toContainText('Kies een cijfer van 1 tot en met 5.');
  await page.getByLabel('4 – tevreden').check();
  await page.getByLabel(/Wil je nog iets zeggen/).fill('Fijne avond, duidelijke uitleg.');
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bedankt voor je antwoord' })).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  expect((await page.goto(`/evaluatie/?t=${token}`))!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeVisible();
});
