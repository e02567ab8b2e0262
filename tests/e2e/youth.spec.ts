/**
 * Youngsters: the help finder in two clicks (also without JavaScript), quick
 * exit on every youth page (Escape → location.replace, Back does not return),
 * and asking a question and reading the answer back by code.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { sitemapPaths } from './sitemap';

const topics = ['stress-en-somber', 'thuis-niet-veilig', 'ouders-uit-elkaar', 'geen-slaapplek', 'geld-en-schulden', 'gepest', 'liefde-seks-lhbti', 'alcohol-en-drugs', 'school'];
const youthPaths = sitemapPaths().filter((p) => p.startsWith('/jongeren/'));

test.describe('help finder without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every topic is one click from /jongeren/, and help is the second click', async ({ page }) => {
    await page.goto('/jongeren/');
    const links = page.locator('.so-finder a');
    await expect(links).toHaveCount(topics.length);
    for (const t of topics) await expect(page.locator(`.so-finder a[href="/jongeren/${t}/"]`)).toHaveCount(1);

    await page.locator('.so-finder a[href="/jongeren/thuis-niet-veilig/"]').click();
    await expect(page).toHaveURL(/\/jongeren\/thuis-niet-veilig\/$/);
    for (const h of ['Wat kun je zelf doen?', 'Met wie kun je praten?', 'Wanneer is het dringend?']) await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
    // Second click: a direct way to reach help.
    await expect(page.locator('a[href="tel:08002000"]').first()).toBeVisible();
    await expect(page.locator('section[aria-labelledby="dringend"] a[href="tel:112"]')).toBeVisible();
  });

  test('anonymous options come first on every topic page', async ({ page }) => {
    for (const t of topics) {
      await page.goto(`/jongeren/${t}/`);
      const first = page.locator('section[aria-labelledby="praten"] .so-helpline').first();
      await expect(first.locator('.so-tag', { hasText: 'Anoniem' }), t).toBeVisible();
      for (const n of ['112', '113', '0800-2000', '0800-0432']) await expect(page.locator('section[aria-labelledby="dringend"]'), t).toContainText(n);
    }
  });

  test('quick exit is a plain link at the top of every youth page', async ({ page }) => {
    expect(youthPaths.length).toBeGreaterThan(topics.length);
    for (const p of youthPaths) {
      await page.goto(p);
      const link = page.locator('a[data-quick-exit]');
      await expect(link, p).toHaveText('Snel weg');
      await expect(link, p).toHaveAttribute('href', /^https?:\/\//);
      await expect(link, p).toBeInViewport();
      await expect(page.locator('a[href="/jongeren/sporen-wissen/"]').first(), p).toBeVisible();
    }
  });
});

test.describe('quick exit with JavaScript', () => {
  test('Escape replaces the page; Back does not return to the portal', async ({ page, context }) => {
    await page.goto('/jongeren/gepest/');
    const exitUrl = await page.locator('a[data-quick-exit]').getAttribute('href');
    const exitOrigin = new URL(exitUrl!).origin;
    // The neutral site and a page visited before the portal, answered locally (no real network).
    await context.route(`${exitOrigin}/**`, (r) => r.fulfill({ contentType: 'text/html', body: '<title>Neutraal</title><p>Het weer</p>' }));
    await context.route('https://start.example/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Start</title><p>Start</p>' }));

    await page.goto('https://start.example/');
    await page.goto('/jongeren/gepest/');
    const lengthBefore = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => u.origin === exitOrigin);
    expect(page.url()).toBe(exitUrl);
    // replace(), not a new entry.
    expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
    await page.goBack();
    await expect(page).toHaveURL('https://start.example/');
  });

  test('clicking Snel weg does the same', async ({ page, context }) => {
    await page.goto('/jongeren/');
    const exitUrl = (await page.locator('a[data-quick-exit]').getAttribute('href'))!;
    await context.route(`${new URL(exitUrl).origin}/**`, (r) => r.fulfill({ contentType: 'text/html', body: '<title>Neutraal</title>' }));
    await context.route('https://start.example/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Start</title>' }));
    await page.goto('https://start.example/');
    await page.goto('/jongeren/');
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL(exitUrl);
    await page.goBack();
    await expect(page).toHaveURL('https://start.example/');
  });
});

test.describe('ask anonymously (no JavaScript)', () => {
  test.use({ javaScriptEnabled: false });

  test('ask, get a code, staff answers with the command, read the conversation by code', async ({ page, baseURL }) => {
    await page.goto('/jongeren/vraag/');
    for (const forbidden of ['name', 'email', 'phone', 'naam', 'telefoon']) await expect(page.locator(`form [name="${forbidden}"]`)).toHaveCount(0);
    await page.getByLabel('Je vraag', { exact: true }).fill('Ik slaap slecht door stress voor school. Wat kan ik doen?');
    await page.getByLabel(/Je leeftijd/).fill('16');
    await page.getByLabel(/Waar gaat je vraag over/).selectOption('school');
    await page.getByRole('button', { name: 'Verstuur mijn vraag' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je vraag is verstuurd');
    const code = (await page.locator('[data-pickup-code]').getAttribute('data-pickup-code'))!;
    expect(code).toMatch(/^[a-z]+(-[a-z]+){4}$/);
    expect(page.url()).not.toContain(code);

    await page.goto('/jongeren/antwoord/');
    await page.getByLabel('Je code').fill(code.replace(/-/g, ' ').toUpperCase());
    await page.getByRole('button', { name: 'Open mijn gesprek' }).click();
    await expect(page.locator('[data-status="open"]')).toBeVisible();
    expect(page.url()).not.toContain(code.split('-')[0]);

    execFileSync('npm', ['run', '-s', 'answer', '--', code, 'Probeer een vast slaapritme. Praat ook met je mentor.'], {
      env: { ...process.env, QUESTIONS_DATABASE_URL: 'file:./.tmp/e2e/questions.db' },
      stdio: 'pipe',
    });
    const api = await page.request.get(`${baseURL}/api/questions/${code}`);
    expect(api.status()).toBe(200);
    expect(await api.json()).toMatchObject({ status: 'open', messages: [{ from: 'jongere', text: 'Ik slaap slecht door stress voor school. Wat kan ik doen?' }, { from: 'cjg', text: 'Probeer een vast slaapritme. Praat ook met je mentor.' }] });

    await page.goto('/jongeren/antwoord/');
    await page.getByLabel('Je code').fill(code);
    await page.getByRole('button', { name: 'Open mijn gesprek' }).click();
    await expect(page.locator('[data-status="answered"]')).toBeVisible();
    await expect(page.locator('[data-thread] [data-from="cjg"]')).toContainText('vast slaapritme');
  });

  test('a mistake shows the form again with the message and the text kept', async ({ page }) => {
    await page.goto('/jongeren/vraag/');
    await page.getByLabel('Je vraag', { exact: true }).fill('Te kort');
    await page.locator('textarea').evaluate((el) => el.removeAttribute('minlength'));
    await page.getByRole('button', { name: 'Verstuur mijn vraag' }).click();
    await expect(page.locator('.so-error-summary')).toContainText('te kort');
    await expect(page.getByLabel('Je vraag', { exact: true })).toHaveValue('Te kort');
  });

  test('unknown code: a clear message and 404', async ({ page }) => {
    await page.goto('/jongeren/antwoord/');
    await page.getByLabel('Je code').fill('appel-peer-kers-boom-zon');
    const [res] = await Promise.all([page.waitForResponse((r) => r.url().includes('/jongeren/antwoord/lezen/')), page.getByRole('button', { name: 'Open mijn gesprek' }).click()]);
    expect(res.status()).toBe(404);
    await expect(page.locator('.so-error-summary')).toContainText('We kennen deze code niet');
  });

  test('POST /api/questions with JSON → 201 {code}; GET unknown → 404', async ({ request }) => {
    const res = await request.post('/api/questions', { data: { question: 'Waar kan ik heen als ik thuis weg moet?' } });
    expect(res.status()).toBe(201);
    expect((await res.json()).code).toMatch(/^[a-z]+(-[a-z]+){4}$/);
    expect((await request.get('/api/questions/appel-peer-kers-boom-zon')).status()).toBe(404);
  });
});

test.describe('axe on the on-demand youth pages (not in the sitemap)', () => {
  // axe is injected as a script, so these pages are checked with JavaScript on.
  const axe = async (page: import('@playwright/test').Page) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  test('code page, error page, answer page', async ({ page }) => {
    await page.goto('/jongeren/vraag/');
    await page.getByLabel('Je vraag', { exact: true }).fill('Hoe vertel ik mijn vrienden dat ik op jongens val?');
    await page.getByRole('button', { name: 'Verstuur mijn vraag' }).click();
    await expect(page.locator('[data-pickup-code]')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    const code = (await page.locator('[data-pickup-code]').getAttribute('data-pickup-code'))!;

    await page.goto('/jongeren/vraag/');
    await page.getByLabel('Je vraag', { exact: true }).fill('Kort');
    await page.locator('textarea').evaluate((el) => el.removeAttribute('minlength'));
    await page.getByRole('button', { name: 'Verstuur mijn vraag' }).click();
    await expect(page.locator('.so-error-summary')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    await page.goto('/jongeren/antwoord/');
    await page.getByLabel('Je code').fill(code);
    await page.getByRole('button', { name: 'Open mijn gesprek' }).click();
    await expect(page.locator('[data-status="open"]')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});
