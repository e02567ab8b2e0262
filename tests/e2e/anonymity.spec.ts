/**
 * Anonymity is tested, not promised: every page in the sitemap (and the
 * on-demand youth pages) answers with Referrer-Policy: no-referrer and a
 * strict Content-Security-Policy; cookies, storage and foreign requests are
 * checked in links.spec.ts. A separate server is started here to read its
 * log: no query strings, codes or bodies may appear in it.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { publicPaths } from './sitemap';

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
    await request.get('/api/questions/appel-peer-kers-boom-zon'),
  ]) {
    expectStrictHeaders(res.headers(), res.url());
    expect(res.headers()['cache-control'] ?? '', res.url()).toContain('no-store');
  }
});

test.describe('server log', () => {
  const port = 4000 + Math.floor(Math.random() * 900);
  let server: ChildProcess;
  let log = '';

  test.beforeAll(async () => {
    server = spawn('node', ['scripts/serve.mjs'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: `file:./.tmp/e2e-log/portal-${port}.db`,
        QUESTIONS_DATABASE_URL: `file:./.tmp/e2e-log/questions-${port}.db`,
        OUTBOX_DIR: './.tmp/e2e-log/outbox',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    for (let i = 0; i < 100 && !/listening/i.test(log); i++) await new Promise((r) => setTimeout(r, 100));
    expect(log).toMatch(/listening/i);
  });
  test.afterAll(() => {
    server.kill('SIGTERM');
  });

  test('logs no query strings, pickup codes or bodies for the youth routes', async ({ playwright }) => {
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
    await api.post('/jongeren/vraag/verstuurd/', { form: { question: `Formulier ${secret}-form` }, headers: { origin } });
    await api.post('/jongeren/antwoord/lezen/', { form: { code }, headers: { origin } });
    await api.get('/api/questions/appel-peer-kers-boom-zon');
    await new Promise((r) => setTimeout(r, 300));
    expect(log).not.toContain(secret);
    expect(log).not.toContain(code);
    await api.dispose();
  });
});
