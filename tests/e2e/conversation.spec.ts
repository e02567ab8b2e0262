/**
 * Issue 17 in a real browser: a youngster and a CJG-coach hold a
 * conversation of several messages on one code, without JavaScript (form
 * posts only) and with it (new answers appear in an aria-live region while
 * the page is open); the coach works from the queue, claims a conversation,
 * a second coach sees "X is hiermee bezig"; crisis words show the numbers
 * before any answer; the code is kept only when asked, and never in an
 * address. Staff sessions are made straight in the database
 * (tests/e2e/support/admin-session.mjs); sign-in is tested elsewhere.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { conversationCopy } from '../../src/i18n/copy/conversation';

const DB = 'file:./.tmp/e2e/portal.db';

function signIn(name: string): string {
  const email = `coach-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@cjg.test`;
  return execFileSync('node', ['tests/e2e/support/admin-session.mjs', DB, email, 'coordinator'], { env: { ...process.env, ADMIN_NAME: name } }).toString().trim();
}

async function coach(browser: Browser, baseURL: string, name: string, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  const { hostname } = new URL(baseURL);
  const token = signIn(name);
  await context.addCookies(['/beheer/', '/api/admin/'].map((path) => ({ name: 'so_beheer', value: token, domain: hostname, path, secure: true, httpOnly: true, sameSite: 'Strict' as const })));
  return context.newPage();
}

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Ask on the form (Dutch, or the English page with `en`); returns the code shown on the result page. */
async function ask(page: Page, question: string, lang: 'nl' | 'en' = 'nl'): Promise<string> {
  const w = lang === 'en' ? { path: '/en/jongeren/vraag/', field: 'Your question', send: 'Send my question', sent: 'Your question has been sent' } : { path: '/jongeren/vraag/', field: 'Je vraag', send: 'Verstuur mijn vraag', sent: 'Je vraag is verstuurd' };
  await page.goto(w.path);
  await page.getByLabel(w.field, { exact: true }).fill(question);
  await page.getByRole('button', { name: w.send }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.sent);
  return (await page.locator('[data-pickup-code]').first().getAttribute('data-pickup-code'))!;
}

/** The coach opens the conversation whose first message starts with `text`, from the queue. */
async function openFromQueue(page: Page, text: string) {
  await page.goto('/beheer/vragen/');
  const row = page.locator('tr', { hasText: text });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gesprek met een jongere');
}

async function answer(page: Page, text: string) {
  await page.getByLabel('Je antwoord').fill(text);
  await page.getByRole('button', { name: 'Verstuur antwoord' }).click();
  await expect(page.getByRole('status')).toContainText('Je antwoord is verstuurd');
}

const threadTexts = (page: Page) => page.locator('[data-thread] .so-thread__text, [data-live-thread] .so-thread__text').allInnerTexts();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('several messages on one code; the coach works from the queue and claims it; a colleague sees who is busy', async ({ page, browser, baseURL }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    const stamp = Date.now();
    const question = `Mijn ouders maken veel ruzie (${stamp}). Wat kan ik doen?`;
    const code = await ask(page, question);
    await page.getByRole('button', { name: 'Open mijn gesprek' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je gesprek');
    await expect(page.locator('[data-status="open"]')).toBeVisible();
    await expect(page.locator('[data-reading-now]')).toBeVisible();
    await expect(page.locator('[data-delete-after]')).toContainText('Dit gesprek wordt gewist op');

    const sanne = await coach(browser, baseURL!, 'Sanne');
    const ahmed = await coach(browser, baseURL!, 'Ahmed');
    await sanne.goto('/beheer/vragen/');
    await expect(sanne.locator('tr', { hasText: String(stamp) }).locator('td').first()).toHaveText(/net|minu/);
    await openFromQueue(sanne, String(stamp));
    await sanne.getByRole('button', { name: 'Ik pak dit op' }).click();
    await expect(sanne.locator('[data-claim="mine"]')).toBeVisible();

    await ahmed.goto('/beheer/vragen/');
    await expect(ahmed.locator('tr', { hasText: String(stamp) })).toContainText('Sanne is hiermee bezig');
    await openFromQueue(ahmed, String(stamp));
    await expect(ahmed.locator('[data-claim="other"]')).toContainText('Sanne is hiermee bezig');
    await expect(ahmed.getByLabel('Je antwoord')).toHaveCount(0);

    await answer(sanne, 'Wat goed dat je het vraagt. Ruzie thuis is zwaar.');
    // Reload by form post: the answer is there.
    await page.getByRole('button', { name: 'Kijk of er iets nieuws is' }).click();
    await expect(page.locator('[data-status="answered"]')).toBeVisible();
    await page.getByLabel('Je bericht').fill('Dank je. Met wie kan ik daarover praten?');
    await page.getByRole('button', { name: 'Verstuur mijn bericht' }).click();
    await expect(page.getByRole('status')).toHaveText('Je bericht is verstuurd.');

    await openFromQueue(sanne, String(stamp));
    await answer(sanne, 'Met je mentor, of met een CJG-coach op school.');
    await page.getByRole('button', { name: 'Kijk of er iets nieuws is' }).click();
    expect(await threadTexts(page)).toEqual([question, 'Wat goed dat je het vraagt. Ruzie thuis is zwaar.', 'Dank je. Met wie kan ik daarover praten?', 'Met je mentor, of met een CJG-coach op school.']);
    await expect(page.locator('[data-thread] [data-from]')).toHaveCount(4);
    await expect(page.locator('[data-thread] time').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

    // The staff member sees the whole thread too.
    await openFromQueue(sanne, String(stamp));
    await expect(sanne.locator('[data-thread] [data-from]')).toHaveCount(4);
    // Close: off the queue.
    await sanne.getByRole('button', { name: 'Sluit dit gesprek' }).click();
    await expect(sanne.getByRole('status')).toContainText('gesloten');
    await expect(sanne.locator('tr', { hasText: String(stamp) })).toHaveCount(0);

    for (const u of urls) expect(u, u).not.toContain(code.split('-').slice(0, 2).join('-'));
    expect(await page.context().cookies()).toEqual([]);
    await sanne.context().close();
    await ahmed.context().close();
  });

  test('crisis words show the urgent numbers at once, before any answer; hostile text is escaped', async ({ page }) => {
    await ask(page, 'Ik wil dood. Niemand merkt het. <script>window.hacked=1</script>');
    const crisis = page.locator('[data-crisis]');
    await expect(crisis).toBeVisible();
    await expect(crisis).toContainText('113');
    await expect(crisis).toContainText('0800-0432');
    // Before the code and the rest of the page.
    const [crisisBox, codeBox] = await Promise.all([crisis.boundingBox(), page.locator('[data-pickup-code]').first().boundingBox()]);
    expect(crisisBox!.y).toBeLessThan(codeBox!.y);
    await page.getByRole('button', { name: 'Open mijn gesprek' }).click();
    await expect(page.locator('[data-crisis]')).toBeVisible();
    expect(await page.content()).toContain('&lt;script&gt;window.hacked=1&lt;/script&gt;');
    // An empty reply: a Dutch field error, the thread kept.
    await page.getByRole('button', { name: 'Verstuur mijn bericht' }).click();
    await expect(page.locator('.so-error-summary')).toContainText('Schrijf je bericht.');
    await expect(page.locator('[data-thread] [data-from]')).toHaveCount(1);
  });

  test('in English (issue 18): ask, keep the code, enter it, read the thread and write back, every word in English', async ({ page, browser, baseURL, request }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    const stamp = Date.now();
    const question = `My parents argue a lot (${stamp}). What can I do?`;
    const code = await ask(page, question, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main')).toContainText('This is your code.');
    await expect(page.getByText('Show my code extra large')).toBeVisible();
    await expect(page.locator('[data-reading-now]')).toHaveText(/A CJG coach is reading now|Nobody is reading right now/);

    // Later: enter the code on the English page; the form posts to the English thread page.
    await page.goto('/en/jongeren/antwoord/');
    await page.getByLabel('Your code').fill(code);
    await page.getByRole('button', { name: 'Open my conversation' }).click();
    await expect(page).toHaveURL(/\/en\/jongeren\/antwoord\/lezen\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your conversation');
    await expect(page.locator('[data-status="open"]')).toHaveText('Your question has not been answered yet.');
    await expect(page.locator('[data-thread] .so-thread__meta strong')).toHaveText(['You']);
    await expect(page.locator('[data-thread] time').first()).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d$/);
    await expect(page.locator('[data-delete-after]')).toContainText(/This conversation will be deleted on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/);

    const sanne = await coach(browser, baseURL!, 'Sanne');
    await sanne.goto('/beheer/vragen/');
    await expect(sanne.locator('tr', { hasText: String(stamp) })).toContainText('In het Engels');
    await openFromQueue(sanne, String(stamp));
    // The coach sees the conversation was started in English (and answers in it); the staff side stays Dutch.
    await expect(sanne.locator('[data-language="en"]')).toHaveText('Gestart in het Engels · ');
    await answer(sanne, 'Thank you for asking. Arguments at home are hard.');
    await page.getByRole('button', { name: 'Check for something new' }).click();
    await expect(page.locator('[data-status="answered"]')).toHaveText('A CJG coach has answered you.');
    await expect(page.locator('[data-thread] .so-thread__meta strong')).toHaveText(['You', 'CJG coach']);

    // An empty reply: an English field error in the ErrorSummary, the thread kept.
    await page.getByRole('button', { name: 'Send my message' }).click();
    await expect(page.locator('.so-error-summary')).toContainText('Check your message');
    await expect(page.locator('.so-error-summary')).toContainText('Your message: Write your message.');
    await expect(page.locator('[data-thread] [data-from]')).toHaveCount(2);
    await page.getByRole('textbox', { name: 'Your message' }).fill('Thanks. Who can I talk to about it?');
    await page.getByRole('button', { name: 'Send my message' }).click();
    await expect(page.getByRole('status')).toHaveText('Your message has been sent.');
    expect(await threadTexts(page)).toEqual([question, 'Thank you for asking. Arguments at home are hard.', 'Thanks. Who can I talk to about it?']);
    // No Dutch left in what the youngster reads (the code's words and the helplines' names aside).
    await expect(page.locator('main')).not.toContainText(/Je gesprek|Verstuur|bericht|Schrijf|gewist|antwoord/);

    // The question form's errors in English: an empty question.
    const empty = await request.post('/en/jongeren/vraag/verstuurd/', { form: { question: '' }, headers: { origin: new URL(baseURL!).origin } });
    expect(empty.status()).toBe(422);
    const html = await empty.text();
    expect(html).toContain('Check your question');
    expect(html).toMatch(/<a href="#veld-question">Your question: Write down your question\.<\/a>/);
    expect(html).toContain('<span class="so-visually-hidden">Error: </span>Write down your question.');
    expect(html).toContain('action="/en/jongeren/vraag/verstuurd/"');

    for (const u of urls) expect(u, u).not.toContain(code.split('-').slice(0, 2).join('-'));
    expect(await page.context().cookies()).toEqual([]);
    await sanne.context().close();
  });

  test('the on-demand pages answer in the language of their address (ar, tr, pl, uk); another prefix is 404', async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    for (const l of ['ar', 'tr', 'pl', 'uk'] as const) {
      const c = conversationCopy[l];
      const empty = await request.post(`/${l}/jongeren/vraag/verstuurd/`, { form: { question: ' ' }, headers: { origin } });
      expect(empty.status(), l).toBe(422);
      const form = await empty.text();
      expect(form).toContain(`lang="${l}"`);
      expect(form).toContain(c.messages.questionMissing);
      expect(form).toContain(`action="/${l}/jongeren/vraag/verstuurd/"`);
      const unknown = await request.post(`/${l}/jongeren/antwoord/lezen/`, { form: { code: 'appel-peer-kers-boom-zon' }, headers: { origin } });
      expect(unknown.status(), l).toBe(404);
      expect(await unknown.text()).toContain(c.server.notFound);
    }
    expect((await request.post('/fr/jongeren/vraag/verstuurd/', { form: { question: 'Een vraag in een taal die er niet is.' }, headers: { origin } })).status()).toBe(404);
  });

  test('unknown code: the same clear message for a reply as for a read', async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const read = await request.post('/jongeren/antwoord/lezen/', { form: { code: 'appel-peer-kers-boom-zon' }, headers: { origin } });
    const reply = await request.post('/jongeren/antwoord/lezen/', { form: { code: 'appel-peer-kers-boom-zon', action: 'reply', text: 'Hoi' }, headers: { origin } });
    expect([read.status(), reply.status()]).toEqual([404, 404]);
    for (const r of [read, reply]) expect(await r.text()).toContain('We kennen deze code niet');
  });
});

test.describe('with JavaScript', () => {
  test('a new answer appears while the page is open, in an aria-live region', async ({ page, browser, baseURL }) => {
    await page.clock.install();
    const stamp = Date.now();
    const question = `Hoe kom ik van mijn stress af (${stamp})?`;
    await ask(page, question);
    await page.getByRole('button', { name: 'Open mijn gesprek' }).click();
    await expect(page.locator('[data-thread] [data-from]')).toHaveCount(1);
    const live = page.locator('[data-live-thread]');
    await expect(live).toHaveAttribute('aria-live', 'polite');

    const sanne = await coach(browser, baseURL!, 'Sanne');
    await openFromQueue(sanne, String(stamp));
    await answer(sanne, 'Probeer elke dag even te bewegen.');
    await page.clock.fastForward(31_000);
    await expect(live.locator('[data-from="cjg"]')).toContainText('Probeer elke dag even te bewegen.');
    await expect(live).toContainText('Er is een nieuw antwoord van het CJG.');
    // A reply with JavaScript is the same form post.
    await page.getByLabel('Je bericht').fill('Dat ga ik proberen!');
    await page.getByRole('button', { name: 'Verstuur mijn bericht' }).click();
    expect(await threadTexts(page)).toEqual([question, 'Probeer elke dag even te bewegen.', 'Dat ga ik proberen!']);
    await axe(page);
    await sanne.context().close();
  });

  test('in English the live announcement and the promise are English too', async ({ page, browser, baseURL }) => {
    await page.clock.install();
    const stamp = Date.now();
    await ask(page, `How do I get rid of my stress (${stamp})?`, 'en');
    await page.getByRole('button', { name: 'Open my conversation' }).click();
    const live = page.locator('[data-live-thread]');
    const sanne = await coach(browser, baseURL!, 'Sanne');
    await openFromQueue(sanne, String(stamp));
    await answer(sanne, 'Try to move a little every day.');
    await page.clock.fastForward(31_000);
    await expect(live.locator('[data-from="cjg"]')).toContainText('CJG coach');
    await expect(live).toContainText('There is a new answer from the CJG.');
    await expect(live.locator('[data-live-promise]')).toHaveText(/A CJG coach is reading now|Nobody is reading right now/);
    // axe on the English thread page (it needs JavaScript, so here rather than in the no-JS flow).
    await axe(page);
    await sanne.context().close();
  });

  test('crisis words show the numbers as you type', async ({ page }) => {
    await page.goto('/jongeren/vraag/');
    await expect(page.locator('[data-crisis-live]')).toHaveCount(0);
    await page.getByLabel('Je vraag', { exact: true }).pressSequentially('Soms wil ik mezelf pijn doen');
    await expect(page.locator('[data-crisis-live]')).toContainText('113');
    await page.getByRole('button', { name: 'Verstuur mijn vraag' }).click();
    await expect(page.locator('[data-crisis]')).toBeVisible();
    await axe(page);
  });

  test('the code is kept only when asked, and forgotten on request', async ({ page }) => {
    const code = await ask(page, 'Kan ik mijn code laten onthouden?');
    const box = page.getByLabel('Onthoud mijn code op dit apparaat');
    await expect(box).not.toBeChecked();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect(page.getByRole('button', { name: 'Kopieer je code' })).toBeVisible();
    await axe(page);
    await box.check();
    expect(await page.evaluate(() => Object.values({ ...localStorage }))).toEqual([code]);
    await page.goto('/jongeren/antwoord/');
    await page.getByRole('button', { name: 'Vul mijn bewaarde code in' }).click();
    await expect(page.getByLabel('Je code')).toHaveValue(code);
    await page.getByRole('button', { name: 'Vergeet deze code' }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect(page.getByRole('button', { name: 'Vul mijn bewaarde code in' })).toHaveCount(0);
  });

  test('screenshots of the thread page and the queue at 390 and 1280 px', async ({ page, browser, baseURL }) => {
    mkdirSync('.tmp/screenshots', { recursive: true });
    const stamp = Date.now();
    await ask(page, `Ik word gepest in de groepsapp (${stamp}). Wat moet ik doen?`);
    await page.getByRole('button', { name: 'Open mijn gesprek' }).click();
    const sanne = await coach(browser, baseURL!, 'Sanne', true);
    await openFromQueue(sanne, String(stamp));
    await answer(sanne, 'Wat naar dat je gepest wordt. Maak screenshots van de berichten.\n\nPraat erover met iemand die je vertrouwt.');
    await page.getByRole('button', { name: 'Kijk of er iets nieuws is' }).click();
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `.tmp/screenshots/gesprek-${width}.png`, fullPage: true });
      await sanne.setViewportSize({ width, height: 900 });
      await sanne.goto('/beheer/vragen/');
      await sanne.screenshot({ path: `.tmp/screenshots/wachtrij-${width}.png`, fullPage: true });
      await openFromQueue(sanne, String(stamp));
      await sanne.screenshot({ path: `.tmp/screenshots/beheer-gesprek-${width}.png`, fullPage: true });
    }
    await sanne.goto('/beheer/vragen/');
    await axe(sanne);
    await sanne.context().close();
  });
});
