/**
 * Publishing end to end, against a server of its own (own port, database,
 * outbox, builds folder and offers folder), started the way `npm start` does
 * it: `publish.mjs --if-needed` (the first start builds) and `serve.mjs --live`.
 * A poller asks for the home page, the youth help, the catalogue and an offer
 * every 100 ms for the whole file; no request may fail, ever.
 *
 * Serial and sharing builds, to keep the builds few (two full builds, two cut short):
 * 1. a partner cannot publish (403);
 * 2. the coordinator approves an offer and clicks "Publiceren": the page goes
 *    through the steps to "Online", and the offer is on /aanbod/ without a restart;
 * 3. the build process is killed halfway (SIGKILL, its pid from the publication row):
 *    "Mislukt", the old site serves, the lock is free;
 * 4. so the next publication starts at once, with a broken offer file in the
 *    offers folder (OFFERS_DIR, a real content error, no test hook): "Mislukt" with
 *    the schema's Dutch message, the old site serves;
 * 5. "Terug naar vorige versie" switches back to the first build, its CSP with it.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createClient } from '@libsql/client';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const e2ePort = Number(process.env.E2E_PORT ?? 4399);
const port = 4600 + ((e2ePort + 13) % 100);
const origin = `http://127.0.0.1:${port}`;
const dir = resolve(`.tmp/e2e-publish-${port}`);
const outbox = join(dir, 'outbox');
const builds = join(dir, 'builds');
const offersDir = join(dir, 'offers');
const databaseUrl = `file:${join(dir, 'portal.db')}`;
const env = {
  ...process.env,
  HOST: '127.0.0.1',
  PORT: String(port),
  PUBLIC_URL: origin,
  DATABASE_URL: databaseUrl,
  QUESTIONS_DATABASE_URL: `file:${join(dir, 'questions.db')}`,
  OUTBOX_DIR: outbox,
  BUILDS_DIR: builds,
  OFFERS_DIR: offersDir,
  RATE_LIMIT_PER_MINUTE: '0',
  // The builds of this file keep their own cache, so they never disturb the normal build.
  ASTRO_CACHE_DIR: join(dir, 'astro-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const COORDINATOR = 'coordinator@cjg.example';
const PARTNER = 'partner@kenter.example';
const ID = 'moed-voor-ouders';
const TITLE = 'Moed voor ouders';

let server: ChildProcess;
let log = '';

// ---- the poller: every 100 ms, the pages visitors must always get ----
const POLLED = ['/', '/jongeren/', '/aanbod/', '/aanbod/pubers-en-zo/'];
const polls = { ok: 0, failed: [] as string[] };
let polling = false;
async function poll() {
  polling = true;
  while (polling) {
    await Promise.all(
      POLLED.map(async (path) => {
        try {
          const res = await fetch(origin + path, { signal: AbortSignal.timeout(5000) });
          await res.arrayBuffer();
          if (res.status === 200) polls.ok++;
          else polls.failed.push(`${path} ${res.status}`);
        } catch (e) {
          polls.failed.push(`${path} ${(e as Error).name}`);
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 100));
  }
}
let poller: Promise<void> | undefined;

function run(script: string, args: string[]) {
  const r = spawnSync('node', [script, ...args], { env, encoding: 'utf8', timeout: 300_000 });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return r.stdout + r.stderr;
}

async function db<T>(sql: string, args: (string | number)[] = []): Promise<T[]> {
  const client = createClient({ url: databaseUrl });
  try {
    return (await client.execute({ sql, args })).rows as unknown as T[];
  } finally {
    client.close();
  }
}

const live = () => readlinkSync(join(builds, 'current'));

/** The token in the newest sign-in mail to `to` (outbox .eml, quoted-printable). */
function newestLink(to: string): string | undefined {
  const files = (existsSync(outbox) ? readdirSync(outbox) : []).filter((f) => f.endsWith('.eml')).sort().reverse();
  for (const f of files) {
    const raw = readFileSync(join(outbox, f), 'utf8');
    if (!raw.includes(`To: ${to}`)) continue;
    const m = /(\/beheer\/inloggen\/link\/\?token=[A-Za-z0-9_-]{43})/.exec(raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
    if (m) return m[1]!;
  }
  return undefined;
}

async function signIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.goto('/beheer/inloggen/');
  await page.getByLabel('E-mailadres').fill(email);
  const before = newestLink(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await expect(page).toHaveURL(/\/beheer\/inloggen\/verstuurd\/$/);
  await expect.poll(() => newestLink(email)).not.toBe(before);
  await page.goto(newestLink(email)!);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/beheer\/$/);
  return page;
}

async function axe(page: Page) {
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), page.url()).toEqual([]);
}

/** Reload the publishing page (as the coordinator would) until the latest publication is in `state`. */
async function waitForState(page: Page, state: 'online' | 'failed', timeout = 240_000) {
  await expect
    .poll(
      async () => {
        await page.goto('/beheer/publiceren/');
        return page.locator('.so-publication [data-state]').getAttribute('data-state');
      },
      { timeout, intervals: [500, 1000] },
    )
    .toBe(state);
}

/** The CSP the server sends now, and the one the live build's csp.json makes. */
async function cspHeader(): Promise<string> {
  return (await fetch(origin + '/')).headers.get('content-security-policy') ?? '';
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('content/offers', offersDir, { recursive: true });
  run('scripts/admin-create.mjs', ['--email', COORDINATOR, '--name', 'Coördinator CJG']);
  run('scripts/admin-create.mjs', ['--email', PARTNER, '--role', 'partner', '--partner', 'kenter-jeugdhulp']);
  // As `npm start` does it: the first start builds (nothing is live yet), then the server serves the live build.
  expect(run('scripts/publish.mjs', ['--if-needed'])).toMatch(/is online after/);
  expect(run('scripts/publish.mjs', ['--if-needed'])).toContain('nothing to do');
  server = spawn('node', ['scripts/serve.mjs', '--live'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ok, fail) => {
    const onData = (d: Buffer) => {
      log += d;
      if (/listening/.test(log)) ok();
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.once('exit', (code) => fail(new Error(`server stopped (${code}): ${log}`)));
  });
  poller = poll();
});

test.afterAll(async () => {
  polling = false;
  await poller;
  server?.kill('SIGTERM');
});

test('a partner cannot publish or go back (403), and has no menu item for it', async ({ browser }) => {
  const page = await signIn(browser, PARTNER);
  await expect(page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Publiceren' })).toHaveCount(0);
  expect((await page.goto('/beheer/publiceren/'))!.status()).toBe(403);
  await expect(page.getByRole('alert')).toContainText('Alleen de coördinator');
  for (const actie of ['publiceren', 'terugzetten']) {
    const res = await page.context().request.post('/beheer/publiceren/', { form: { actie }, headers: { origin } });
    expect(res.status(), actie).toBe(403);
  }
  // The partner submits an offer for the next test (the form itself is tested in admin.spec.ts).
  const saved = await page.context().request.post('/beheer/aanbod/nieuw/', {
    headers: { origin },
    maxRedirects: 0,
    form: {
      title: TITLE,
      kind: 'workshop',
      summary: 'Een avond voor ouders over moed: je kind laten oefenen met wat spannend is.',
      themes: 'weerbaarheid',
      audience: 'ouders',
      agesMin: '6',
      agesMax: '12',
      format: 'op-locatie',
      'sessions.0.start': '2027-05-11T19:30',
      'sessions.0.end': '2027-05-11T21:30',
      'sessions.0.location': 'cjg-noord',
      'sessions.0.capacity': '20',
      body: 'Voor ouders van kinderen van 6 tot 12 jaar.',
    },
  });
  expect(saved.status(), await saved.text()).toBe(303);
  expect(saved.headers()['location']).toBe(`/beheer/aanbod/${ID}/?opgeslagen`);
  const submitted = await page.context().request.post(`/beheer/aanbod/${ID}/`, { form: { actie: 'indienen' }, headers: { origin }, maxRedirects: 0 });
  expect(submitted.status()).toBeLessThan(400);
  await page.context().close();
});

let coordinator: Page;
let firstBuild: string;

test('approve, Publiceren, progress to online, and the offer is on /aanbod/ without a restart', async ({ browser }) => {
  test.setTimeout(300_000);
  firstBuild = live();
  coordinator = await signIn(browser, COORDINATOR);
  const c = coordinator;
  await c.goto(`/beheer/aanbod/${ID}/`);
  await c.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(c.locator('[data-publication]')).toHaveText('Wacht op publicatie');

  await c.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Publiceren' }).click();
  await expect(c.getByRole('heading', { level: 1 })).toHaveText('Website publiceren');
  await expect(c.locator('[data-waiting]')).toHaveText('1 goedgekeurd aanbod wacht op publicatie.');
  await expect(c.locator('[data-live]')).toHaveAttribute('data-live', firstBuild);
  await axe(c);

  const clicked = Date.now();
  await c.getByRole('button', { name: 'Publiceren', exact: true }).click();
  await expect(c).toHaveURL(/\/beheer\/publiceren\/\?gestart$/);
  await expect(c.getByRole('status')).toContainText('De publicatie is gestart');
  await expect(c.locator('.so-publication [data-state]')).toHaveText(/Bezig met (bouwen|controleren)/);
  await expect(c.getByRole('link', { name: 'Vernieuw deze pagina' })).toBeVisible();
  // While it runs there is no second button, and a second post is told to wait.
  await expect(c.getByRole('button', { name: 'Publiceren', exact: true })).toHaveCount(0);
  const again = await c.context().request.post('/beheer/publiceren/', { form: { actie: 'publiceren' }, headers: { origin } });
  expect(again.status()).toBe(409);
  expect(await again.text()).toContain('Er loopt al een publicatie');
  await axe(c);

  await waitForState(c, 'online');
  await expect(c.locator('[data-live]')).not.toHaveAttribute('data-live', firstBuild);
  await expect(c.locator('[data-waiting]')).toHaveText('Er wacht geen goedgekeurd aanbod op publicatie.');
  await expect(c.locator('[data-publications] tbody tr').first()).toContainText('Online (nu online)');

  // The running server serves the new build: no restart.
  const visitor = await browser.newContext({ baseURL: origin });
  const v = await visitor.newPage();
  await expect.poll(async () => (await v.goto('/aanbod/'), await v.getByRole('link', { name: TITLE }).count()), { timeout: 10_000 }).toBe(1);
  console.log(`publish.spec: Publiceren → offer on /aanbod/ in ${((Date.now() - clicked) / 1000).toFixed(1)} s`);
  await v.goto(`/aanbod/${ID}/`);
  await expect(v.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // An on-demand page of the new build answers too, with the new build's policy.
  expect((await v.goto('/aanbod/filter/?thema=weerbaarheid'))!.status()).toBe(200);
  await visitor.close();
  await c.goto(`/beheer/aanbod/${ID}/`);
  await expect(c.locator('[data-publication]')).toHaveText(/Online/);
  expect(readdirSync(builds).filter((n) => /^\d{8}-/.test(n))).toHaveLength(2);
  expect(polls.failed).toEqual([]);
  expect(polls.ok).toBeGreaterThan(50);
});

test('a killed build leaves the old site serving and frees the lock', async () => {
  test.setTimeout(180_000);
  const c = coordinator;
  const before = live();
  await c.goto('/beheer/publiceren/');
  await c.getByRole('button', { name: 'Publiceren', exact: true }).click();
  // The build process, as the publication row names it; killed once it has been working a while.
  await expect.poll(async () => (await db<{ build_pid: number | null }>("SELECT build_pid FROM publications WHERE state = 'building'"))[0]?.build_pid ?? null, { timeout: 30_000 }).not.toBeNull();
  const [{ build_pid: pid }] = await db<{ build_pid: number }>("SELECT build_pid FROM publications WHERE state = 'building'");
  await new Promise((r) => setTimeout(r, 3000));
  process.kill(pid, 'SIGKILL');
  await waitForState(c, 'failed', 60_000);
  await expect(c.locator('[data-reason]')).toContainText('Het bouwen is afgebroken');
  await expect(c.locator('.so-note--urgent')).toContainText('de vorige versie blijft online');
  expect(live()).toBe(before);
  expect((await db<{ holder: string | null }>('SELECT holder FROM publish_lock'))[0]!.holder).toBeNull();
  // Only the complete builds are left: the killed one's folder is gone.
  expect(readdirSync(builds).filter((n) => /^\d{8}-/.test(n))).toHaveLength(2);
  expect(polls.failed).toEqual([]);
});

test('the next publication starts at once; a broken offer file fails it with a Dutch reason, the old site serves', async () => {
  test.setTimeout(180_000);
  const c = coordinator;
  const before = live();
  const valid = readFileSync(join(offersDir, 'pubers-en-zo.md'), 'utf8');
  writeFileSync(join(offersDir, 'kapot-aanbod.md'), valid.replace(/id: pubers-en-zo-/g, 'id: kapot-').replace(/ages: \{ min: \d+, max: \d+ \}/, 'ages: { min: 12, max: 4 }'));
  try {
    await c.goto('/beheer/publiceren/');
    await c.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await expect(c.getByRole('status')).toContainText('De publicatie is gestart');
    await waitForState(c, 'failed', 120_000);
  } finally {
    rmSync(join(offersDir, 'kapot-aanbod.md'), { force: true });
  }
  await expect(c.locator('[data-reason]')).toContainText('Het bouwen van de website is mislukt');
  await expect(c.locator('[data-reason]')).toContainText('kapot');
  await expect(c.locator('[data-reason]')).toContainText('De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.');
  await axe(c);
  expect(live()).toBe(before);
  const res = await fetch(`${origin}/aanbod/${ID}/`);
  expect(res.status).toBe(200);
  expect(polls.failed).toEqual([]);
});

test('"Terug naar vorige versie" switches back, with that build’s own CSP', async ({ browser }) => {
  const c = coordinator;
  const newer = live();
  expect(newer).not.toBe(firstBuild);
  // Give the first build's policy one extra (valid, harmless) hash, so the header shows whose policy is sent.
  const cspFile = join(builds, firstBuild, 'csp.json');
  const csp = JSON.parse(readFileSync(cspFile, 'utf8')) as { scripts: string[]; styles: string[] };
  const marker = `'sha256-${Buffer.alloc(32, 7).toString('base64')}'`;
  writeFileSync(cspFile, JSON.stringify({ ...csp, scripts: [...csp.scripts, marker] }));
  expect(await cspHeader()).not.toContain(marker);

  await c.goto('/beheer/publiceren/');
  await c.getByRole('button', { name: 'Terug naar vorige versie' }).click();
  await expect(c).toHaveURL(/\?teruggezet$/);
  await expect(c.getByRole('status')).toHaveText('De vorige versie staat weer online.');
  await expect(c.locator('[data-live]')).toHaveAttribute('data-live', firstBuild);
  await expect(c.locator('[data-publications] tbody tr').first()).toContainText('Terug naar vorige versie');
  await axe(c);
  expect(live()).toBe(firstBuild);

  const visitor = await browser.newContext({ baseURL: origin });
  const v = await visitor.newPage();
  await expect.poll(async () => (await v.goto('/aanbod/'), await v.getByRole('link', { name: TITLE }).count()), { timeout: 10_000 }).toBe(0);
  await visitor.close();
  // The policy now comes from the build that is live again.
  await expect.poll(cspHeader, { timeout: 5000 }).toContain(marker);
  const onDemand = await fetch(`${origin}/beheer/inloggen/`);
  expect(onDemand.headers.get('content-security-policy')).toContain(marker);
  // The offer is not on the live site any more: it waits for publication again.
  await c.goto(`/beheer/aanbod/${ID}/`);
  await expect(c.locator('[data-publication]')).toHaveText('Wacht op publicatie');
  expect(polls.failed).toEqual([]);
  expect(log).toContain(`now serving build ${firstBuild}`);
});
