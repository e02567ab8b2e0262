/**
 * Anonymity is tested, not promised: every page in the sitemap (and the
 * on-demand youth pages) answers with Referrer-Policy: no-referrer and a
 * strict Content-Security-Policy; cookies, storage and foreign requests are
 * checked in links.spec.ts. A separate server is started here to read its
 * log: no query strings, codes or bodies may appear in it.
 */
import { test, expect } from '@playwright/test';
import { publicPaths } from './sitemap';
import { startServer, type TestServer } from '../support/serve';
import { conversationCopy } from '../../src/i18n/copy/conversation';

const paths = publicPaths();

function expectStrictHeaders(headers: Record<string, string>, where: string) {
  expect(headers['referrer-policy'], where).toBe('no-referrer');
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, where).toContain("default-src 'self'");
  // 'wasm-unsafe-eval' lets Pagefind's WebAssembly (from this origin) compile; it allows no eval() of scripts.
  expect(csp, where).toMatch(/script-src 'self' 'wasm-unsafe-eval'(?: 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
  expect(csp, where).not.toContain("'unsafe-inline'");
  expect(csp, where).not.toContain("'unsafe-eval'");
  expect(csp, where).not.toMatch(/https?:\/\//);
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(headers['set-cookie'], where).toBeUndefined();
}

test('every sitemap page: no-referrer and a strict CSP, no cookie', async ({ request }) => {
  for (const p of paths) {
    const res = await request.get(p);
    expect(res.status(), p).toBe(200);
    expectStrictHeaders(res.headers(), p);
  }
});

test('on-demand youth pages and the questions API carry the same headers', async ({ request, baseURL }) => {
  const posted = await request.post('/jongeren/vraag/verstuurd/', { form: { question: 'Een vraag om de headers te testen.' }, headers: { origin: new URL(baseURL!).origin } });
  for (const res of [
    posted,
    await request.get('/jongeren/vraag/verstuurd/'),
    await request.get('/jongeren/antwoord/lezen/'),
    // The English pages (issue 18): the same rules.
    await request.post('/en/jongeren/vraag/verstuurd/', { form: { question: 'A question to test the headers.' }, headers: { origin: new URL(baseURL!).origin } }),
    await request.get('/en/jongeren/vraag/verstuurd/'),
    await request.get('/en/jongeren/antwoord/lezen/'),
    await request.post('/en/jongeren/antwoord/lezen/', { form: { code: 'appel-peer-kers-boom-zon' }, headers: { origin: new URL(baseURL!).origin } }),
    await request.get('/api/questions/appel-peer-kers-boom-zon'),
    await request.post('/api/questions/appel-peer-kers-boom-zon/messages', { data: { text: 'Hoi' }, headers: { origin: new URL(baseURL!).origin } }),
    await request.post('/api/questions/lookup', { data: { code: 'appel-peer-kers-boom-zon' }, headers: { origin: new URL(baseURL!).origin } }),
  ]) {
    expectStrictHeaders(res.headers(), res.url());
    expect(res.headers()['cache-control'] ?? '', res.url()).toContain('no-store');
  }
});

// The same flow in Dutch, English and Arabic (right to left) (issue 18): every language keeps every rule of issue 17.
const flows = (['nl', 'en', 'ar'] as const).map((lang) => {
  const c = conversationCopy[lang];
  return { lang, prefix: lang === 'nl' ? '' : `/${lang}`, question: c.form.question, ask: c.form.submit, open: c.sent.open, message: c.thread.replyField, send: c.thread.replySubmit };
});

for (const f of flows) {
  test(`the thread pages (${f.lang}): no cookie, no storage, no request to another origin, the code in no address`, async ({ page, baseURL }) => {
    await page.clock.install();
    const origin = new URL(baseURL!).origin;
    const urls: string[] = [];
    const foreign: string[] = [];
    page.on('request', (r) => {
      urls.push(r.url());
      if (new URL(r.url()).origin !== origin) foreign.push(r.url());
    });
    await page.goto(`${f.prefix}/jongeren/vraag/`);
    await page.getByLabel(f.question, { exact: true }).fill('Een vraag om de privacy van het gesprek te testen.');
    await page.getByRole('button', { name: f.ask }).click();
    const code = (await page.locator('[data-pickup-code]').first().getAttribute('data-pickup-code'))!;
    await page.getByRole('button', { name: f.open }).click();
    await expect(page).toHaveURL(new RegExp(`${f.prefix}/jongeren/antwoord/lezen/$`));
    await page.getByLabel(f.message).fill('Een tweede bericht op dezelfde code.');
    await page.getByRole('button', { name: f.send }).click();
    await expect(page.locator('[data-thread] [data-from]')).toHaveCount(2);
    // The live thread polls (with the code in the body) while the page is open.
    const polled = page.waitForRequest((r) => r.url().endsWith('/api/questions/lookup'));
    await page.clock.fastForward(31_000);
    expect((await polled).postData()).toContain(code);
    await page.goto(`${f.prefix}/jongeren/antwoord/`);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(foreign).toEqual([]);
    const words = code.split('-');
    for (const u of urls) expect(u, u).not.toContain(`${words[0]}-${words[1]}`);
    expect(urls.some((u) => u.includes('?'))).toBe(false);
  });
}

test.describe('server log', () => {
  // Its own port, derived from E2E_PORT like the other specs' (a random one could land on theirs).
  const port = Number(process.env.E2E_LOG_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 360);
  let server: TestServer;

  test.beforeAll(async () => {
    server = await startServer({
      port,
      env: {
        DATABASE_URL: `file:./.tmp/e2e-log/portal-${port}.db`,
        QUESTIONS_DATABASE_URL: `file:./.tmp/e2e-log/questions-${port}.db`,
        OUTBOX_DIR: './.tmp/e2e-log/outbox',
      },
    });
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('logs no query strings, pickup codes, paths of /api/questions/* or bodies for the youth routes', async ({ playwright }) => {
    const origin = `http://127.0.0.1:${port}`;
    const api = await playwright.request.newContext({ baseURL: origin });
    const secret = 'geheimwoord';
    await api.get(`/jongeren/?q=${secret}-query`);
    await api.get(`/jongeren/gepest/?zoek=${secret}-topic`);
    await api.get(`/zoeken/?q=${secret}-zoeken`);
    const asked = await api.post('/api/questions', { data: { question: `Mijn vraag met ${secret}-body erin.` } });
    expect(asked.status()).toBe(201);
    const { code } = await asked.json();
    await api.get(`/api/questions/${code}?x=${secret}-api`);
    await api.post(`/api/questions/${code}/messages`, { data: { text: `Een bericht met ${secret}-message erin.` }, headers: { origin } });
    await api.post('/api/questions/lookup', { data: { code }, headers: { origin } });
    await api.post('/jongeren/antwoord/lezen/', { form: { code, action: 'reply', text: `Antwoordformulier ${secret}-reply` }, headers: { origin } });
    await api.post(`/api/questions/${code}/messages`, { data: { text: '' }, headers: { origin } });
    await api.post('/api/questions/appel-peer-kers-boom-zon/messages', { data: { text: 'x'.repeat(30_000) }, headers: { origin } });
    await api.post('/jongeren/vraag/verstuurd/', { form: { question: `Formulier ${secret}-form` }, headers: { origin } });
    await api.post('/jongeren/antwoord/lezen/', { form: { code }, headers: { origin } });
    // The English pages and the live island's lookup in English.
    await api.post('/en/jongeren/vraag/verstuurd/', { form: { question: `English form ${secret}-form-en` }, headers: { origin } });
    await api.post('/en/jongeren/antwoord/lezen/', { form: { code, action: 'reply', text: `English reply ${secret}-reply-en` }, headers: { origin } });
    await api.post('/en/jongeren/antwoord/lezen/', { form: { code }, headers: { origin } });
    await api.post('/api/questions/lookup', { data: { code, language: 'en' }, headers: { origin } });
    await api.get('/api/questions/appel-peer-kers-boom-zon');
    await new Promise((r) => setTimeout(r, 300));
    const log = server.log();
    expect(log).not.toContain(secret);
    expect(log).not.toContain(code);
    expect(log).not.toContain('/api/questions');
    await api.dispose();
  });
});
