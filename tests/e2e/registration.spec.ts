/**
 * Enrolment end to end, through the real server: a parent registers from an
 * offer page without JavaScript (real POST, error summary, the neutral "check
 * your mail" page) and with JavaScript (the island validates with the same
 * schema before posting); the confirmation e-mail lands in the outbox with an
 * .ics file and the personal link, which shows the status and cancels; a
 * repeat looks the same and mails a fresh link; cancelling frees the place.
 */
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUTBOX_DIR } from './server-env';

interface FeedSession { id: string; placesLeft: number; deadline: string; cancelled?: boolean; registration: { method: string } }
interface FeedOffer { id: string; title: string; registration: { method: string; intake?: boolean; askChild?: boolean; askSchoolGroup?: boolean }; sessions: FeedSession[] }

/** Open portal sessions of offers without intake or child questions, from the static feed. */
async function openSessions(page: Page): Promise<{ offer: FeedOffer; session: FeedSession }[]> {
  const feed = (await (await page.request.get('/aanbod.json')).json()) as { offers: FeedOffer[] };
  const now = Date.now();
  return feed.offers
    .filter((o) => o.registration.method === 'portal' && !o.registration.intake && !o.registration.askChild && !o.registration.askSchoolGroup)
    .flatMap((offer) => offer.sessions.map((session) => ({ offer, session })))
    .filter(({ session }) => !session.cancelled && session.placesLeft > 2 && Date.parse(session.deadline) > now + 86_400_000);
}

function mailsTo(address: string): string[] {
  if (!existsSync(OUTBOX_DIR)) return [];
  return readdirSync(OUTBOX_DIR)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(join(OUTBOX_DIR, f), 'utf8'))
    .filter((m) => m.includes(address));
}

/** The personal link in a mail (quoted-printable decoded), as a path on the test server. */
function personalLink(mail: string): string {
  const text = mail.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const url = /https?:\/\/\S+?(\/inschrijven\/annuleren\/\?token=[A-Za-z0-9_-]{43})/.exec(text);
  expect(url, 'the mail holds the personal link').toBeTruthy();
  return url![1]!;
}

async function livePlaces(page: Page, sessionId: string): Promise<number> {
  const res = await page.request.get(`/api/sessions/${sessionId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { placesLeft: number }).placesLeft;
}

/** An open session of a children's training (Mindset, 9 to 12: each child is one place), from the feed. */
async function childrenSession(page: Page): Promise<FeedSession> {
  const feed = (await (await page.request.get('/aanbod.json')).json()) as { offers: FeedOffer[] };
  const session = feed.offers.find((o) => o.id === 'mindset')!.sessions.find((x) => !x.cancelled && x.placesLeft > 4 && Date.parse(x.deadline) > Date.now() + 86_400_000);
  expect(session, 'an open Mindset session with places').toBeTruthy();
  return session!;
}

async function fillParent(page: Page, email: string) {
  await page.getByLabel('Je naam').fill('Sanne de Vries');
  await page.getByLabel('Je e-mailadres').fill(email);
  await page.getByLabel('In welke gemeente woon je?').selectOption({ label: 'Haarlem' });
  await page.getByLabel(/Ik ga akkoord met de/).check();
}

async function fillValid(page: Page, email: string) {
  await page.getByLabel('Je naam').fill('Sanne de Vries');
  await page.getByLabel('Je e-mailadres').fill(email);
  await page.getByLabel('Met hoeveel personen kom je?').fill('1');
  await page.getByLabel('In welke gemeente woon je?').selectOption({ label: 'Haarlem' });
  await page.getByLabel(/Ik ga akkoord met de/).check();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('from the offer page to a confirmation, an e-mail with .ics, and cancelling', async ({ page }) => {
    const [{ offer, session }] = await openSessions(page);
    expect(offer, 'an open portal session exists in the content').toBeTruthy();
    const before = await livePlaces(page, session!.id);

    await page.goto(`/aanbod/${offer!.id}/`);
    await page.locator(`a[href="/inschrijven/${session!.id}/"]`).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(offer!.title);

    // An empty form: a 422 page with the error summary linking to each field.
    await page.getByLabel('Met hoeveel personen kom je?').fill('');
    const [empty] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: /inschrijven/i }).click()]);
    expect(empty.status()).toBe(422);
    const summary = page.locator('.so-error-summary');
    await expect(summary).toBeVisible();
    // The page comes back starting at its summary, without JavaScript (autofocus).
    await expect(summary).toBeFocused();
    for (const field of ['name', 'email', 'consent']) await expect(summary.locator(`a[href$="-${field}"]`)).toHaveCount(1);
    await expect(summary).toContainText('naam');

    // The minimum fill time counts from this fresh page.
    const email = `sanne.${Date.now()}@example.nl`;
    await fillValid(page, email);
    await page.waitForTimeout(1_200);
    await page.getByRole('button', { name: /inschrijven/i }).click();
    // One neutral page for everyone: no id in the address, no status.
    await expect(page).toHaveURL(/\/inschrijven\/verstuurd\/(#inhoud)?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijk in je e-mail');
    const neutral = await page.locator('main').innerText();
    expect(await livePlaces(page, session!.id)).toBe(before - 1);

    // The confirmation e-mail: in the outbox (no SMTP_URL in the tests), with a calendar file and the personal link.
    await expect.poll(() => mailsTo(email).length).toBe(1);
    const mail = mailsTo(email)[0]!;
    expect(mail).toMatch(/Content-Type: text\/calendar/i);
    const firstLink = personalLink(mail);

    // The same address again: the same neutral page, and the owner gets a fresh link; the old one stops working.
    await page.goto(`/inschrijven/${session!.id}/`);
    await fillValid(page, email);
    await page.waitForTimeout(1_200);
    await page.getByRole('button', { name: /inschrijven/i }).click();
    await expect(page).toHaveURL(/\/inschrijven\/verstuurd\/(#inhoud)?$/);
    expect(await page.locator('main').innerText()).toBe(neutral);
    expect(await livePlaces(page, session!.id)).toBe(before - 1);
    await expect.poll(() => mailsTo(email).length).toBe(2);
    const cancelHref = mailsTo(email).map(personalLink).find((l) => l !== firstLink)!;
    expect(cancelHref).toBeTruthy();
    expect((await page.goto(firstLink))?.status()).toBe(404);

    // The personal page shows the status, the calendar file and the cancel button.
    await page.goto(cancelHref);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/ingeschreven|aangemeld/i);
    await expect(page.locator('a[href$=".ics"]')).toHaveCount(1);

    // Cancelling frees the place again.
    await page.getByRole('button', { name: 'Ja, annuleer mijn inschrijving' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/geannuleerd/i);
    expect(await livePlaces(page, session!.id)).toBe(before);
  });

  test('an unknown session is a friendly 404, not an error', async ({ page }) => {
    const res = await page.goto('/inschrijven/bestaat-niet-2027/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('bestaat niet');
  });
});

test.describe('brothers and sisters', () => {
  // Both variants count the places of the same Mindset session: one after the other.
  test.describe.configure({ mode: 'serial' });
  for (const javaScriptEnabled of [false, true]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled, viewport: { width: 390, height: 844 } });

      test('two children in one go, each with a mail and a link; a child too old is refused with a way to fitting offers', async ({ page }) => {
        const session = await childrenSession(page);
        const before = await livePlaces(page, session.id);
        const email = `gezin.${javaScriptEnabled ? 'js' : 'nojs'}.${Date.now()}@example.nl`;
        await page.goto(`/inschrijven/${session.id}/`);
        if (javaScriptEnabled) await page.waitForSelector('form[data-enhanced]', { state: 'attached' });
        // A children's training: each child is a place, so "how many people" is not asked.
        await expect(page.getByLabel('Met hoeveel personen kom je?')).toHaveCount(0);
        await expect(page.getByText('In jaren, bijvoorbeeld 10.')).toBeVisible();
        await fillParent(page, email);
        await page.getByLabel('Voornaam van je kind').fill('Noor');
        await page.getByLabel('Leeftijd van je kind').fill('10');
        await page.getByLabel('In welke groep of klas zit je kind?').selectOption({ label: 'Groep 6' });

        // "Add another" posts back: one more row, what was typed kept, no errors, nothing stored.
        await page.getByRole('button', { name: 'Nog een kind toevoegen' }).click();
        await expect(page.getByRole('group', { name: 'Het 2e kind' })).toBeVisible();
        await expect(page.locator('.so-error-summary')).toBeHidden();
        await expect(page.getByLabel('Voornaam van het 1e kind')).toHaveValue('Noor');
        await expect(page.getByLabel('Je e-mailadres')).toHaveValue(email);
        expect(await livePlaces(page, session.id)).toBe(before);
        // Add a third and take it away again.
        await page.getByRole('button', { name: 'Nog een kind toevoegen' }).click();
        await page.getByRole('button', { name: 'Verwijder het 3e kind' }).click();
        await expect(page.getByRole('group', { name: 'Het 3e kind' })).toHaveCount(0);

        await page.getByLabel('Voornaam van het 2e kind').fill('Daan');
        await page.getByLabel('Leeftijd van het 2e kind').fill('13');
        await page.getByLabel('In welke groep of klas zit het 2e kind?').selectOption({ label: 'Klas 1' });
        await page.getByLabel(/Ik ga akkoord met de/).check();
        await page.waitForTimeout(1_200);
        await page.getByRole('button', { name: 'Inschrijven', exact: true }).click();

        // The error summary is in view and has focus, also on a phone without JavaScript.
        const summary = page.locator('.so-error-summary');
        await expect(summary).toBeVisible();
        await expect(summary).toBeFocused();
        await expect(summary).toBeInViewport();
        await expect(summary).toContainText('Het 2e kind is 13 jaar. Deze training is voor kinderen van 9 tot en met 12 jaar.');
        await expect(page.getByRole('link', { name: 'Bekijk het aanbod voor kinderen van 13 jaar' })).toHaveAttribute('href', '/aanbod/?leeftijd=13');
        expect(await livePlaces(page, session.id)).toBe(before);

        await page.getByLabel('Leeftijd van het 2e kind').fill('9');
        await page.getByLabel('In welke groep of klas zit het 2e kind?').selectOption({ label: 'Groep 5' });
        if (!(await page.getByLabel(/Ik ga akkoord met de/).isChecked())) await page.getByLabel(/Ik ga akkoord met de/).check();
        await page.waitForTimeout(1_200);
        await page.getByRole('button', { name: 'Inschrijven', exact: true }).click();
        await expect(page).toHaveURL(/\/inschrijven\/verstuurd\/(#inhoud)?$/);
        expect(await livePlaces(page, session.id)).toBe(before - 2);

        // One mail per child, each with its own link, and the personal page names the child.
        await expect.poll(() => mailsTo(email).length).toBe(2);
        const links = mailsTo(email).map(personalLink);
        expect(new Set(links).size).toBe(2);
        const names: string[] = [];
        for (const link of links) {
          await page.goto(link);
          names.push(await page.getByRole('heading', { level: 1 }).innerText());
          // Said once, not twice.
          expect((await page.locator('main').innerText()).match(/is ingeschreven/g)).toHaveLength(1);
        }
        expect(names.sort()).toEqual(['Daan is ingeschreven', 'Noor is ingeschreven']);
      });
    });
  }
});

test.describe('with JavaScript', () => {
  test('the island shows the error summary before posting, then registers', async ({ page }) => {
    const sessions = await openSessions(page);
    const { session } = sessions[1] ?? sessions[0]!;
    await page.goto(`/inschrijven/${session.id}/`);
    // The form says so once its check is attached (the header search may hydrate first).
    await page.waitForSelector('form[data-enhanced]', { state: 'attached' });

    let posts = 0;
    page.on('request', (r) => { if (r.method() === 'POST') posts++; });
    await page.getByLabel('Je e-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: /inschrijven/i }).click();
    const summary = page.locator('.so-error-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.locator('a[href$="-email"]')).toHaveCount(1);
    expect(posts, 'invalid input is caught in the browser').toBe(0);

    // Following a link in the summary puts focus on the field.
    await summary.locator('a[href$="-email"]').click();
    await expect(page.getByLabel('Je e-mailadres')).toBeFocused();

    await fillValid(page, `js.${Date.now()}@example.nl`);
    await page.waitForTimeout(1_200);
    await page.getByRole('button', { name: /inschrijven/i }).click();
    await expect(page).toHaveURL(/\/inschrijven\/verstuurd\/(#inhoud)?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijk in je e-mail');
  });

  test('offer pages show the live status once loaded', async ({ page }) => {
    // A session whose built figure says "Plaats vrij"; taking all but one place through the JSON API
    // makes the live status "Nog 1 plaats", which only the server knows.
    const sessions = (await openSessions(page)).slice(2);
    let picked: { offer: FeedOffer; session: FeedSession; live: number } | undefined;
    for (const { offer, session } of sessions) {
      const live = await livePlaces(page, session.id);
      if (live === session.placesLeft && live > 3 && live <= 1 + 4 * 3) { picked = { offer, session, live }; break; }
    }
    expect(picked, 'an open session with 4 to 13 places left').toBeTruthy();
    const { offer, session } = picked!;
    let left = picked!.live;
    for (let i = 0; left > 1; i++) {
      const participants = Math.min(4, left - 1);
      const res = await page.request.post('/api/registrations', {
        data: { sessionId: session.id, name: 'Live Test', email: `live.${i}.${Date.now()}@example.nl`, municipality: 'zandvoort', participants, consent: true },
      });
      expect(res.status()).toBe(202);
      left -= participants;
    }
    expect(await livePlaces(page, session.id)).toBe(1);

    await page.goto(`/aanbod/${offer.id}/`);
    const status = page.locator(`#sessie-${session.id} [data-places-left="${session.id}"]`);
    await status.scrollIntoViewIfNeeded(); // the island hydrates when visible
    await expect(status).toHaveText('Nog 1 plaats');
    await expect(page.locator(`#sessie-${session.id} .so-status`)).toHaveCount(1);
  });
});

/** A full session of a content offer (registration here) whose offer has another date with places, from the static feed. */
async function fullSession(page: Page): Promise<{ offer: FeedOffer; session: FeedSession; other: FeedSession }> {
  const feed = (await (await page.request.get('/aanbod.json')).json()) as { offers: FeedOffer[] };
  const now = Date.now() + 86_400_000;
  for (const offer of feed.offers.filter((o) => o.registration.method === 'portal')) {
    const open = offer.sessions.filter((s) => !s.cancelled && Date.parse(s.deadline) > now);
    const session = open.find((s) => s.placesLeft === 0);
    const other = open.find((s) => s.placesLeft > 0);
    if (session && other) return { offer, session, other };
  }
  throw new Error('The content has no full session with another date (check taken/capacity in content/offers).');
}

test.describe('a full session', () => {
  test.use({ javaScriptEnabled: false });

  test('shows one status, the waiting list, other dates with places and similar offers', async ({ page }) => {
    const { offer, session, other } = await fullSession(page);
    await page.goto(`/aanbod/${offer.id}/`);
    const item = page.locator(`#sessie-${session.id}`);
    // One status for the session, not "Vol. …" plus "Vol: wachtlijst".
    const places = item.locator('.so-facts dt', { hasText: 'Plaatsen' }).locator('xpath=following-sibling::dd[1]');
    await expect(places).toHaveText(/^Wachtlijst \d+ plaatsen in totaal\.$/);
    await expect(item.locator('.so-facts .so-status')).toHaveCount(1);
    await expect(item).not.toContainText('Vol: wachtlijst');
    const box = item.locator(`[data-full-alternatives="${session.id}"]`);
    await expect(box.getByRole('heading', { name: 'Deze bijeenkomst is vol' })).toBeVisible();
    await expect(box).toContainText('Je komt dan op de wachtlijst');
    await expect(box.locator(`a[href="/inschrijven/${other.id}/"]`)).toBeVisible();
    const similar = box.locator('a[href^="/aanbod/"]');
    const n = await similar.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(3);
    for (const href of await similar.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).not.toBe(`/aanbod/${offer.id}/`);
    // Registering still works: it is the waiting list.
    await expect(item.getByRole('link', { name: /Aanmelden voor de wachtlijst/ })).toHaveAttribute('href', `/inschrijven/${session.id}/`);

    // The registration page of the full session says the same and links on.
    await item.getByRole('link', { name: /Aanmelden voor de wachtlijst/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Deze bijeenkomst is vol' })).toBeVisible();
    await expect(page.locator('main')).toContainText('Je kunt je nog wel aanmelden. Je komt dan op de wachtlijst.');
    await page.locator(`[data-full-alternatives] a[href="/inschrijven/${other.id}/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/inschrijven/${other.id}/$`));
    await expect(page.locator('[data-full-alternatives]')).toHaveCount(0);
  });

  test('catalogue cards show one status for the next session', async ({ page }) => {
    await page.goto('/aanbod/');
    const cards = page.locator('#aanbod-lijst .so-offer-card');
    const n = await cards.count();
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      const dated = (await card.textContent())?.includes('Eerstvolgende:');
      await expect(card.locator('.so-status')).toHaveCount(dated ? 1 : 0);
    }
    await expect(page.locator('#aanbod-lijst .so-status', { hasText: /^Wachtlijst$/ }).first()).toBeVisible();
    await expect(page.locator('#aanbod-lijst')).not.toContainText('Vol: wachtlijst');
  });
});
