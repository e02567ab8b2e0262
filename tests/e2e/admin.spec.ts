/**
 * The back office end to end, against its own server (own database, outbox
 * and port): every /beheer/ page and /api/admin/ route refuses without a
 * session; a partner signs in with the link from the outbox, submits an
 * offer (the back office ships no JavaScript: plain form posts), another partner is refused, the coordinator
 * sends it back and approves it; `npm run publish` (publish.mjs) builds the
 * site into a temporary folder, and that build shows the offer in the
 * catalogue and the Pagefind search. axe runs on the back-office pages, and
 * the server log holds no address or token.
 */
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { adminRoutes } from '../admin-routes';

const OPEN = new Set(['/beheer/inloggen/', '/beheer/inloggen/link/', '/beheer/inloggen/verstuurd/']);
const e2ePort = Number(process.env.E2E_PORT ?? 4399);
// Its own ports, derived from E2E_PORT, or given (E2E_ADMIN_PORT, E2E_ADMIN_SITE_PORT) where only some ports may be used.
const port = Number(process.env.E2E_ADMIN_PORT ?? 4600 + ((e2ePort + 50) % 100));
const sitePort = Number(process.env.E2E_ADMIN_SITE_PORT ?? 4600 + ((e2ePort + 75) % 100));
const origin = `http://127.0.0.1:${port}`;
const dir = resolve(`.tmp/e2e-admin-${port}`);
const outbox = join(dir, 'outbox');
const env = {
  ...process.env,
  HOST: '127.0.0.1',
  PORT: String(port),
  PUBLIC_URL: origin,
  DATABASE_URL: `file:${join(dir, 'portal.db')}`,
  QUESTIONS_DATABASE_URL: `file:${join(dir, 'questions.db')}`,
  OUTBOX_DIR: outbox,
  RATE_LIMIT_PER_MINUTE: '0',
};
const PARTNER = 'partner@kenter.example';
const OTHER = 'partner@haarlemeffect.example';
const COORDINATOR = 'coordinator@cjg.example';
const TITLE = 'Vlinderkracht voor ouders';
const ID = 'vlinderkracht-voor-ouders';

let server: ChildProcess;
let log = '';

function startServer(args: string[], extra: Record<string, string>, sink: (s: string) => void): Promise<ChildProcess> {
  const child = spawn('node', ['scripts/serve.mjs', ...args], { env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolvePromise, reject) => {
    const onData = (d: Buffer) => {
      out += d;
      sink(String(d));
      if (/listening/i.test(out)) resolvePromise(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server stopped (${code}): ${out}`)));
    setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
  });
}

function adminCreate(args: string[]) {
  const r = spawnSync('node', ['scripts/admin-create.mjs', ...args], { env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

/** The decoded text of every outbox mail to `to` whose subject starts with `subject`. */
function mailsTo(to: string, subject: string): string[] {
  const files = (existsSync(outbox) ? readdirSync(outbox) : []).filter((f) => f.endsWith('.eml'));
  return files
    .map((f) => readFileSync(join(outbox, f), 'utf8'))
    .filter((raw) => new RegExp(`^To: ${to.replace(/[.]/g, '\\.')}$`, 'mi').test(raw) && raw.includes(`Subject: ${subject}`))
    .map((raw) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
}

/** The token in the newest sign-in mail to `to` (outbox .eml, quoted-printable). */
function linkFor(to: string): string {
  const files = (existsSync(outbox) ? readdirSync(outbox) : []).filter((f) => f.endsWith('.eml')).sort().reverse();
  for (const f of files) {
    const raw = readFileSync(join(outbox, f), 'utf8');
    if (!new RegExp(`^To: ${to.replace(/[.]/g, '\\.')}$`, 'mi').test(raw)) continue;
    const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const m = /(\/beheer\/inloggen\/link\/\?token=[A-Za-z0-9_-]{43})/.exec(text);
    if (m) return m[1]!;
  }
  throw new Error(`no sign-in mail for ${to}`);
}

function newestLink(to: string): string | undefined {
  try {
    return linkFor(to);
  } catch {
    return undefined;
  }
}

async function signIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  // JavaScript stays on for axe; the back office ships none (checked in axe()), so every form is a plain POST.
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.goto('/beheer/inloggen/');
  await page.getByLabel('E-mailadres').fill(email);
  const before = newestLink(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await expect(page).toHaveURL(/\/beheer\/inloggen\/verstuurd\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijk in je mail');
  // The mail is sent after the response (the answer is the same for every address): wait for it.
  await expect.poll(() => newestLink(email)).not.toBe(before);
  await page.goto(linkFor(email));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/beheer\/$/);
  return { context, page };
}

async function axe(page: Page) {
  await expect(page.locator('script:not([type="application/ld+json"])'), `${page.url()} must work without JavaScript`).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), page.url()).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  adminCreate(['--email', COORDINATOR, '--name', 'Coördinator CJG']);
  adminCreate(['--email', PARTNER, '--role', 'partner', '--partner', 'kenter-jeugdhulp']);
  adminCreate(['--email', OTHER, '--role', 'partner', '--partner', 'haarlem-effect']);
  server = await startServer([], {}, (s) => (log += s));
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('every /beheer/ page and /api/admin/ route refuses without a session', async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: origin, maxRedirects: 0 });
  const routes = adminRoutes().filter((r) => !OPEN.has(r.path));
  expect(routes.length).toBeGreaterThan(5);
  for (const r of routes) {
    for (const method of ['GET', 'POST'] as const) {
      const res = await api.fetch(r.path, { method, headers: { origin }, form: method === 'POST' ? { actie: 'goedkeuren' } : undefined });
      if (r.api) expect(res.status(), `${method} ${r.path}`).toBe(401);
      else {
        expect(res.status(), `${method} ${r.path}`).toBe(303);
        expect(res.headers()['location'], r.path).toBe('/beheer/inloggen/');
      }
      expect(res.headers()['cache-control'], r.path).toContain('no-store');
    }
  }
  // A POST from another site is refused before anything else.
  expect((await api.post('/beheer/inloggen/', { headers: { origin: 'https://evil.example' }, form: { email: PARTNER } })).status()).toBe(403);
  await api.dispose();
});

test('a used sign-in link is refused with a clear message', async ({ browser }) => {
  const { context } = await signIn(browser, OTHER);
  const page = await context.newPage();
  await page.goto(linkFor(OTHER));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen lukt niet');
  await expect(page.getByRole('alert')).toContainText('al gebruikt');
  await axe(page);
  await page.goto('/beheer/inloggen/link/?token=kapot');
  await expect(page.getByRole('alert')).toContainText('klopt niet');
  await context.close();
});

test('the coordinator switches an account off and on again; a partner may not', async ({ browser }) => {
  const other = await signIn(browser, OTHER);
  expect((await other.page.goto('/beheer/accounts/'))!.status()).toBe(403);
  expect((await other.context.request.post('/beheer/accounts/', { form: { account: 'x', actie: 'uitzetten' }, headers: { origin } })).status()).toBe(403);

  const coordinator = await signIn(browser, COORDINATOR);
  const c = coordinator.page;
  await c.getByRole('link', { name: 'Accounts' }).click();
  await expect(c.getByRole('heading', { level: 1 })).toHaveText('Accounts');
  await axe(c);
  const row = c.locator('tr', { hasText: OTHER });
  await row.getByRole('button', { name: 'Account uitzetten' }).click();
  await expect(c.getByRole('status')).toContainText('Het account staat uit.');
  await expect(c.locator('tr', { hasText: OTHER }).locator('[data-active]')).toHaveText('Uit');
  await axe(c);
  // Their session has ended.
  await other.page.goto('/beheer/');
  await expect(other.page).toHaveURL(/\/beheer\/inloggen\/$/);
  // The coordinator's own row has no button.
  await expect(c.locator('tr', { hasText: COORDINATOR }).getByRole('button')).toHaveCount(0);
  await c.locator('tr', { hasText: OTHER }).getByRole('button', { name: 'Weer aanzetten' }).click();
  await expect(c.getByRole('status')).toContainText('Het account staat weer aan.');
  await other.context.close();
  await coordinator.context.close();
  // And they can sign in again.
  const back = await signIn(browser, OTHER);
  await back.context.close();
});

test('partner → coordinator → publish: the offer reaches the catalogue and the search', async ({ browser }) => {
  test.setTimeout(420_000);

  // The partner signs in; the session cookie is locked down.
  const partner = await signIn(browser, PARTNER);
  const cookie = (await partner.context.cookies(origin + '/beheer/')).find((c) => c.name === 'so_beheer');
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/beheer/' });
  const p = partner.page;
  await axe(p);

  // An empty form: an error summary that links to the fields.
  await p.getByRole('link', { name: 'Nieuw aanbod plaatsen' }).first().click();
  await p.getByRole('button', { name: 'Opslaan als concept' }).click();
  const summary = p.locator('.so-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Vul een titel in van 3 tot 120 tekens.' })).toHaveAttribute('href', '#veld-title');
  await axe(p);

  // The real offer.
  await p.getByLabel('Titel').fill(TITLE);
  await p.getByLabel('Soort aanbod').selectOption('workshop');
  await p.getByLabel('Korte samenvatting').fill('Een avond voor ouders over vlinders in de buik: spanning en faalangst bij kinderen.');
  await p.getByLabel('Beschrijving').fill('Voor ouders van kinderen van 8 tot 12 jaar.\nWat je leert:\n- Wat is spanning?\n- <script>alert(1)</script> wordt gewone tekst');
  // "Bekijk voorbeeld" without JavaScript: the form comes back as typed, the list right after the line of text.
  await p.getByRole('button', { name: 'Bekijk voorbeeld' }).click();
  await expect(p.locator('[data-description-preview] li')).toHaveText(['Wat is spanning?', '<script>alert(1)</script> wordt gewone tekst']);
  await expect(p.getByLabel('Titel')).toHaveValue(TITLE);
  await axe(p);
  await p.getByLabel('Weerbaarheid').check();
  await p.getByLabel('Ouders', { exact: true }).check();
  await p.getByLabel('Vanaf').fill('8');
  await p.getByLabel('Tot en met').fill('12');
  await p.getByLabel('Op locatie', { exact: true }).check();
  await p.locator('#veld-sessions-0-start').fill('2027-03-09T19:30');
  await p.locator('#veld-sessions-0-end').fill('2027-03-09T21:30');
  await p.locator('#veld-sessions-0-location').selectOption('cjg-noord');
  await p.locator('#veld-sessions-0-capacity').fill('20');
  await p.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(p).toHaveURL(new RegExp(`/beheer/aanbod/${ID}/\\?opgeslagen$`));
  await expect(p.locator('[data-status]')).toHaveText('Concept');
  await p.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
  await expect(p.locator('[data-status]')).toHaveText('Ingediend, wacht op beoordeling');
  await axe(p);
  // The coordinator hears of it by mail (through the outbox, after the response).
  await expect.poll(() => mailsTo(COORDINATOR, 'Nieuw aanbod om te beoordelen').length).toBe(1);

  // A partner cannot review, not even their own offer.
  expect((await p.goto('/beheer/beoordelen/'))!.status()).toBe(403);
  const selfApprove = await partner.context.request.post(`/beheer/aanbod/${ID}/`, { form: { actie: 'goedkeuren' }, headers: { origin } });
  expect(selfApprove.status()).toBe(403);
  const selfApproveApi = await partner.context.request.post(`/api/admin/offers/${ID}/`, { data: { action: 'approve' }, headers: { origin } });
  expect(selfApproveApi.status()).toBe(403);

  // Another partner gets 403 on the id, on the pages and the API.
  const other = await signIn(browser, OTHER);
  for (const path of [`/beheer/aanbod/${ID}/`, `/beheer/aanbod/${ID}/bewerken/`]) expect((await other.page.goto(path))!.status(), path).toBe(403);
  expect((await other.context.request.get(`/api/admin/offers/${ID}/`)).status()).toBe(403);
  expect((await other.context.request.post(`/beheer/aanbod/${ID}/bewerken/`, { form: { title: 'Gekaapt' }, headers: { origin } })).status()).toBe(403);
  await other.context.close();

  // The coordinator sends it back with a reason…
  const coordinator = await signIn(browser, COORDINATOR);
  const c = coordinator.page;
  await c.getByRole('link', { name: 'Beoordelen' }).click();
  await axe(c);
  await c.getByRole('link', { name: TITLE }).click();
  await axe(c);
  await c.getByRole('button', { name: 'Terugsturen' }).click();
  await expect(c.getByRole('alert')).toContainText('Schrijf op wat de aanbieder moet veranderen.');
  await c.getByLabel('Wat moet de aanbieder veranderen?').fill('Zet er een tweede datum bij.');
  await c.getByRole('button', { name: 'Terugsturen' }).click();
  await expect(c.locator('[data-status]')).toHaveText('Teruggestuurd');
  await expect.poll(() => mailsTo(PARTNER, 'Teruggestuurd').join('')).toContain('Zet er een tweede datum bij.');

  // …the partner reads it and submits again…
  await p.goto('/beheer/');
  await expect(p.locator('.so-note--warning')).toContainText('teruggestuurd');
  await p.goto(`/beheer/aanbod/${ID}/`);
  await expect(p.locator('[data-remarks]')).toHaveText('Zet er een tweede datum bij.');
  // Edit: the saved values come back in the form, a second date is added.
  await p.getByRole('link', { name: 'Bewerken' }).click();
  await expect(p.getByLabel('Titel')).toHaveValue(TITLE);
  await axe(p);
  await p.locator('#veld-sessions-1-start').fill('2027-04-13T19:30');
  await p.locator('#veld-sessions-1-end').fill('2027-04-13T21:30');
  await p.locator('#veld-sessions-1-location').selectOption('cjg-schalkwijk');
  await p.locator('#veld-sessions-1-capacity').fill('16');
  await p.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(p).toHaveURL(new RegExp(`/beheer/aanbod/${ID}/\\?opgeslagen$`));
  // Dates in Dutch words, and the offer as its public page will show it.
  await expect(p.locator('[data-preview]')).toContainText('dinsdag 13 april 2027, 19.30 tot 21.30 uur');
  await expect(p.locator('[data-preview] h2')).toHaveText(TITLE);
  await p.getByRole('button', { name: 'Indienen ter beoordeling' }).click();

  // The coordinator opens the review page; meanwhile the partner changes the offer once more.
  await c.goto(`/beheer/aanbod/${ID}/`);
  const reviewed = await c.locator('[data-version]').getAttribute('data-version');
  await p.goto(`/beheer/aanbod/${ID}/bewerken/`);
  await p.locator('#veld-sessions-1-capacity').fill('15');
  await p.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await p.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
  await expect(p.locator('[data-status]')).toHaveText('Ingediend, wacht op beoordeling');
  // Approving what was read is refused, and the page now shows (and carries) the new version.
  await c.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(c.getByRole('alert')).toContainText('Deze versie is intussen gewijzigd door de partner.');
  await expect(c.locator('[data-status]')).toHaveText('Ingediend, wacht op beoordeling');
  await expect(c.locator('main')).toContainText('15 plaatsen in totaal.');
  expect(await c.locator('[data-version]').getAttribute('data-version')).not.toBe(reviewed);
  await axe(c);

  // …and the coordinator approves the new version: waiting for publication.
  await c.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(c.locator('[data-status]')).toHaveText('Goedgekeurd');
  await expect(c.locator('[data-publication]')).toHaveText('Wacht op publicatie');
  await axe(c);
  // On a phone: the offer list stacks, no page wider than the screen.
  await c.setViewportSize({ width: 390, height: 900 });
  await c.goto('/beheer/aanbod/');
  expect(await c.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await axe(c);
  await c.setViewportSize({ width: 1280, height: 900 });
  await p.goto(`/beheer/aanbod/${ID}/`);
  await expect(p.getByText('Wacht op publicatie').first()).toBeVisible();

  // npm run publish, into a temporary folder (the running test site stays as it is).
  const out = join(dir, 'site');
  const publish = spawnSync('node', ['scripts/publish.mjs', '--outDir', out], {
    env: { ...env, ASTRO_CACHE_DIR: join(dir, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 360_000,
  });
  expect(publish.status, publish.stdout + publish.stderr).toBe(0);
  expect(publish.stdout).toContain('1 approved partner offer(s) are online');
  await p.reload();
  await expect(p.locator('[data-publication]')).toHaveText(/Online/);

  // The new build: catalogue, offer page (description escaped), search.
  const site = await startServer([out], { PORT: String(sitePort) }, () => {});
  try {
    const visitor = await browser.newContext({ baseURL: `http://127.0.0.1:${sitePort}` });
    const v = await visitor.newPage();
    await v.goto('/aanbod/');
    await expect(v.getByRole('link', { name: TITLE })).toBeVisible();
    await v.goto(`/aanbod/${ID}/`);
    await expect(v.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(v.locator('main')).toContainText('<script>alert(1)</script> wordt gewone tekst');
    await v.goto('/zoeken/?q=vlinderkracht');
    await expect(v.locator('#zoekresultaten .so-result__title a').first()).toHaveAttribute('href', `/aanbod/${ID}/`);
    await visitor.close();
  } finally {
    site.kill('SIGTERM');
  }
  // Signing out ends the session on the server: the old cookie no longer opens anything.
  const oldCookies = await partner.context.cookies();
  await p.goto('/beheer/');
  await p.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(p).toHaveURL(/\/beheer\/inloggen\/\?uitgelogd$/);
  await expect(p.getByRole('status')).toHaveText('Je bent uitgelogd.');
  const replay = await browser.newContext({ baseURL: origin });
  await replay.addCookies(oldCookies);
  expect((await replay.request.get('/api/admin/offers/')).status()).toBe(401);
  await replay.close();
  await partner.context.close();
  await coordinator.context.close();
});

test('hostile input on the offer form gets 4xx with field errors, never a 500', async ({ browser }) => {
  const { context } = await signIn(browser, OTHER);
  const post = (data: string, type = 'application/x-www-form-urlencoded') =>
    context.request.post('/beheer/aanbod/nieuw/', { data, headers: { origin, 'content-type': type } });
  const script = await post(new URLSearchParams({ title: '<script>alert(1)</script>', summary: '<img src=x onerror=alert(1)>', agesMin: '{"$gt":1}', 'sessions.0.start': '<b>' }).toString());
  expect(script.status()).toBe(422);
  const html = await script.text();
  expect(html).toContain('so-error-summary');
  // The values come back in the form, but only inside quoted attributes (harmless there) or escaped as text.
  const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
  expect(outsideAttributes).not.toContain('<script>alert(1)</script>');
  expect(outsideAttributes).not.toContain('<img src=x');
  expect(html).toContain('value="<script>alert(1)</script>"');
  expect((await post('title=' + 'x'.repeat(70_000))).status()).toBe(413);
  expect((await post('{"title": ["a"]}', 'application/json')).status()).toBe(415);
  expect((await post('%E0%A4%A=broken&themes=' + '%FF'.repeat(10))).status()).toBeLessThan(500);
  const api = await context.request.post('/api/admin/offers/x/', { data: '{"action": {"nested": true}}', headers: { origin, 'content-type': 'application/json' } });
  expect(api.status()).toBe(422);
  await context.close();
});

test('the server log holds no e-mail address or sign-in token', async () => {
  expect(log).toMatch(/sign-in-link/);
  for (const secret of [PARTNER, OTHER, COORDINATOR, 'token=']) expect(log).not.toContain(secret);
});
