/**
 * Finding 1 (issue 10), end to end: partner offers full of XSS payloads are approved, built into the
 * site like `npm run publish` does, and a visitor's registration and question carry payloads too.
 * Every page they appear on is opened in Chromium. No payload may run, no dialog may open and no
 * CSP violation may fire: escaping alone has to stop them, the CSP is only the second line.
 * Also the data outputs: /aanbod.json, the .ics calendar file, the CSV export and the e-mail.
 */
import { simpleParser } from 'mailparser';
import { test, expect, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDriver } from '../../src/server/store/drivers';
import { migrate } from '../../src/server/store/migrate';
import { coreMigrations } from '../../src/server/store/migrations/sql/core';
import { startServer, type TestServer } from '../support/serve';

const root = process.cwd();
const port = Number(process.env.SECURITY_PORT ?? 4613);
const origin = `http://127.0.0.1:${port}`;

const RLO = '\u202E';
const TITLE = `Ouders, samen; </script><script>window.__pwned=1</script> ${RLO}fdp.exe`;
const SUMMARY = `Een avond voor ouders "><svg onload="window.__pwned=2"> <img src=x onerror="window.__pwned=3"> over faalangst.`;
const KEYWORD = '<img src=x onerror="window.__pwned=4">';
const BODY = [
  'Voor ouders.',
  '[klik hier](javascript:window.__pwned=5)',
  '<img src=x onerror="window.__pwned=6"> {window.__pwned=7}',
  "import x from 'y'\nexport const a = (window.__pwned = 8)",
  '- <a href="data:text/html,<script>window.__pwned=9</script>">data</a>',
  '- <a href="javascript:window.__pwned=10">link</a>',
].join('\n\n');
const A = 'zwaluwstaart-ouderavond';
const B = 'zwaluwstaart-extern';
const SESSION = `${A}-s1`;
// Names may not hold < or > (the registration schema refuses them), so the name tries an attribute break-out.
const VISITOR = `=HYPERLINK("http://evil.example") " onmouseover="window.__pwned=11`;
const REMARK = `"><script>window.__pwned=12</script>\r\nBcc: iemand@evil.example`;
const QUESTION = `Hoe zit dit? <script>window.__pwned=13</script> <img src=x onerror="window.__pwned=14">`;
const REPLY = `En nu? "><svg onload="window.__pwned=15"></svg></textarea><script>window.__pwned=16</script>`;

const offer = (id: string, over: Record<string, unknown> = {}) => ({
  title: TITLE,
  kind: 'workshop',
  summary: SUMMARY,
  themes: ['weerbaarheid'],
  audience: ['ouders'],
  ages: { min: 8, max: 12 },
  format: 'op-locatie',
  provider: 'kenter-jeugdhulp',
  cost: { type: 'betaald', amount: 5, note: '<b onmouseover="window.__pwned=15">korting</b>' },
  evidence: { level: 'geen', source: '<script>window.__pwned=16</script>' },
  registration: { method: 'portal' },
  keywords: [KEYWORD, 'zwaluwstaart'],
  sessions: [{ id: `${id}-s1`, start: '2027-03-09T19:30', end: '2027-03-09T21:30', location: 'cjg-noord', capacity: 20 }],
  ...over,
});

let dir = '';
let server: TestServer | undefined;
let buildLog = '';
let coordinator = '';
const db = () => `file:${join(dir, 'portal.db')}`;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(600_000);
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(root, '.tmp', 'partner-payloads-'));
  const driver = await openDriver(db());
  await migrate(driver, coreMigrations);
  const rows: [string, string, Record<string, unknown>][] = [
    [A, 'approved', offer(A)],
    [B, 'approved', offer(B, { registration: { method: 'extern', url: 'https://example.org/aanmelden?x="><svg/onload=window.__pwned=17>' } })],
    ['zwaluwstaart-js-url', 'approved', offer('zwaluwstaart-js-url', { registration: { method: 'extern', url: 'javascript:window.__pwned=18' } })],
    ['zwaluwstaart-data-url', 'approved', offer('zwaluwstaart-data-url', { registration: { method: 'extern', url: 'data:text/html,<script>window.__pwned=19</script>' } })],
    ['zwaluwstaart-ingediend', 'submitted', offer('zwaluwstaart-ingediend')],
  ];
  for (const [id, status, data] of rows) {
    const approved = status === 'approved';
    await driver.exec(
      `INSERT INTO partner_offers (id, provider, status, data, body, approved_data, approved_body, approved_at, created_at, updated_at)
            VALUES (?, 'kenter-jeugdhulp', ?, ?, ?, ?, ?, ?, '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z')`,
      [id, status, JSON.stringify(data), BODY, approved ? JSON.stringify(data) : null, approved ? BODY : null, approved ? '2026-11-23T10:00:00Z' : null],
    );
  }
  await driver.close();

  const env = { ...process.env, DATABASE_URL: db(), ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  // dist/tools/server-tools.mjs is built by the test server's `npm run serve` (playwright.config.ts);
  // rebuilding it here would pull it away from servers other tests are starting.
  const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], { cwd: root, env, encoding: 'utf8' });
  buildLog = build.stdout + build.stderr;
  expect(build.status, buildLog.slice(-3000)).toBe(0);

  server = await startServer({
    port,
    args: [join(dir, 'dist')],
    env: {
      ...env,
      QUESTIONS_DATABASE_URL: `file:${join(dir, 'questions.db')}`,
      OUTBOX_DIR: join(dir, 'outbox'),
      RATE_LIMIT_PER_MINUTE: '0',
      QUESTION_POSTS_PER_MINUTE: '0',
    },
  });

  const reg = await fetch(`${origin}/api/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sessionId: SESSION, name: VISITOR, email: 'ouder@voorbeeld.nl', municipality: 'haarlem', remarks: REMARK, consent: true }),
  });
  expect(reg.status, await reg.clone().text()).toBe(202);
  const q = await fetch(`${origin}/api/questions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: QUESTION }) });
  expect(q.status).toBe(201);
  const { code } = (await q.json()) as { code: string };
  const m = await fetch(`${origin}/api/questions/${code}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: REPLY }) });
  expect(m.status).toBe(201);
  coordinator = execFileSync('node', ['tests/e2e/support/admin-session.mjs', db(), `coordinator-${Date.now()}@cjg.test`, 'coordinator']).toString().trim();
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: string[];
  }
}

/** Opens a page and proves that nothing ran and nothing needed the CSP to stop it. */
async function openClean(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const res = await page.goto(`${origin}${path}`);
  expect(res?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.__pwned), `${path}: a payload ran`).toBeUndefined();
  expect(await page.evaluate(() => window.__cspViolations ?? []), `${path}: CSP had to stop something`).toEqual([]);
  expect(dialogs, path).toEqual([]);
  // No payload became markup: no event-handler attribute, no script with payload text, no javascript:/data: link.
  expect(await page.$$eval('*', (els) => els.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML.slice(0, 80))), path).toEqual([]);
  expect(await page.$$eval('script:not([type="application/ld+json"])', (s) => s.filter((x) => x.textContent?.includes('__pwned')).length), path).toBe(0);
  expect(await page.$$eval('[href], [src], [action]', (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '').filter((u) => /^\s*(javascript|data|vbscript):/i.test(u))), path).toEqual([]);
  expect(await page.locator('svg[onload], img[onerror]').count(), path).toBe(0);
}

async function useCoordinator(page: Page) {
  await page.context().addCookies(
    ['/beheer/', '/api/admin/'].map((path) => ({ name: 'so_beheer', value: coordinator, domain: '127.0.0.1', path, secure: true, httpOnly: true, sameSite: 'Strict' as const })),
  );
}

const shownTitle = TITLE.replace(RLO, '');

test('the offer page shows every payload as text, with the bidi override removed', async ({ page }) => {
  await openClean(page, `/aanbod/${A}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(shownTitle);
  await expect(page.locator('main')).toContainText('"><svg onload="window.__pwned=2">');
  await expect(page.locator('main')).toContainText('[klik hier](javascript:window.__pwned=5)');
  await expect(page.locator('main')).toContainText('<a href="javascript:window.__pwned=10">link</a>');
  const html = await page.content();
  expect(html).not.toContain(RLO);
  // The JSON-LD blocks are valid JSON and hold the title exactly, as data.
  const ld = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((x) => x.textContent ?? ''));
  const parsed = ld.map((t) => JSON.parse(t) as unknown);
  expect(JSON.stringify(parsed)).toContain(JSON.stringify(shownTitle).slice(1, -1));
  for (const t of ld) expect(t).not.toMatch(/[<>]/);
});

test('the offer with an external link keeps it as an escaped https address', async ({ page }) => {
  await openClean(page, `/aanbod/${B}/`);
  const hrefs = await page.$$eval('main a[href^="https://example.org"]', (a) => a.map((x) => x.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
});

test('offers with a javascript: or data: address are never published', async ({ request }) => {
  for (const id of ['zwaluwstaart-js-url', 'zwaluwstaart-data-url']) expect((await request.get(`${origin}/aanbod/${id}/`)).status(), id).toBe(404);
  expect(buildLog).toMatch(/partner offer "zwaluwstaart-js-url" skipped/);
  expect(buildLog).toMatch(/partner offer "zwaluwstaart-data-url" skipped/);
});

for (const path of ['/aanbod/', '/aanbod/filter/?thema=weerbaarheid&soort=workshop', '/themas/weerbaarheid/', '/partners/kenter-jeugdhulp/', `/inschrijven/${SESSION}/`]) {
  test(`the payload is plain text on ${path}`, async ({ page }) => {
    await openClean(page, path);
    await expect(page.getByText(shownTitle).first()).toBeVisible();
  });
}

test('search results and their excerpts show the payload as text', async ({ page }) => {
  await openClean(page, '/zoeken/?q=zwaluwstaart');
  const results = page.locator('.so-result');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.so-result__title', { hasText: shownTitle }).first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('.so-result__excerpt img, .so-result__excerpt svg, .so-result__excerpt script').count()).toBe(0);
  // Typing in the header search on another page: quick results render the title as text.
  await openClean(page, '/aanbod/');
  await page.getByRole('searchbox').first().fill('zwaluwstaart');
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
});

for (const path of ['/beheer/', '/beheer/aanbod/', `/beheer/aanbod/${A}/`, `/beheer/aanbod/${A}/bewerken/`, '/beheer/beoordelen/', '/beheer/inschrijvingen/', `/beheer/inschrijvingen/${SESSION}/`, '/beheer/vragen/']) {
  test(`back office ${path}: partner and visitor text stays text`, async ({ page }) => {
    await useCoordinator(page);
    await openClean(page, path);
    if (path === `/beheer/inschrijvingen/${SESSION}/`) await expect(page.getByRole('cell', { name: VISITOR, exact: true })).toBeVisible();
    if (path === '/beheer/vragen/') await expect(page.getByText(QUESTION)).toBeVisible();
  });
}

test('back office conversation page: the youngster\'s messages stay text', async ({ page }) => {
  await useCoordinator(page);
  await openClean(page, '/beheer/vragen/');
  const href = await page.locator('tr', { hasText: 'Hoe zit dit?' }).getByRole('link').first().getAttribute('href');
  await openClean(page, href!);
  await expect(page.getByText(QUESTION)).toBeVisible();
  await expect(page.getByText(REPLY)).toBeVisible();
});

test('/aanbod.json is JSON data, the .ics and CSV neutralise the text, the e-mail has no injected header', async ({ request }) => {
  const feed = await request.get(`${origin}/aanbod.json`);
  expect(feed.headers()['content-type']).toContain('application/json');
  expect(feed.headers()['x-content-type-options']).toBe('nosniff');
  const offers = ((await feed.json()) as { offers?: { id: string; title: string }[] } | { id: string; title: string }[]);
  const list = Array.isArray(offers) ? offers : (offers.offers ?? []);
  expect(list.find((o) => o.id === A)?.title).toBe(shownTitle);

  const ics = await request.get(`${origin}/api/sessions/${SESSION}.ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const cal = (await ics.text()).replace(/\r\n[ \t]/g, '');
  const summary = cal.split('\r\n').find((l) => l.startsWith('SUMMARY'));
  expect(summary).toBeDefined();
  expect(summary).toContain('Ouders\\, samen\\; </script>');
  expect(cal.split('\r\n').filter((l) => l.startsWith('BEGIN:VEVENT'))).toHaveLength(1);

  const csv = await request.get(`${origin}/beheer/inschrijvingen/${SESSION}/deelnemers.csv`, { headers: { cookie: `so_beheer=${coordinator}` } });
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(`'=HYPERLINK(`);
  expect(text).not.toMatch(/(^|;)"?=HYPERLINK/m);

  const outbox = join(dir, 'outbox');
  const mails = readdirSync(outbox).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(outbox, f), 'utf8'));
  const mail = mails.find((m) => /Subject:/i.test(m) && m.includes('ouder@voorbeeld.nl'));
  expect(mail, 'confirmation mail in the outbox').toBeDefined();
  const head = mail!.split(/\r?\n\r?\n/)[0]!;
  expect(head).not.toMatch(/^Bcc:/im);
  expect(head.match(/^Subject:.*(\r?\n[ \t].*)*/im)?.[0]).not.toMatch(/\r?\n(?![ \t])/);
  // The HTML part (read by mailparser, a client we did not write) shows the title as text: escaped, no script, no handler.
  const parsed = await simpleParser(mail!);
  expect(parsed.html).toBeTruthy();
  expect(parsed.html as string).not.toMatch(/<script|<svg|<img|onerror=|onload=|javascript:/i);
  expect(parsed.html as string).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  expect(parsed.text).toContain('</script><script>window.__pwned=1</script>');
});
