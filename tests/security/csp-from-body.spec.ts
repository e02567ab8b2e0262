/**
 * Finding 1 (issue 10), the CSP half: scripts/serve.mjs used to hash every inline script it found
 * in a response body and allow it, so an injected script was allowed too. Now the policy is fixed
 * at start from dist/csp.json (Astro's own island scripts, src/integrations/csp-hashes.ts).
 *
 * A copy of the build gets a planted page with an inline script, as if text had slipped through
 * unescaped: its hash is not in the policy, the browser blocks it, and every response (static,
 * on demand, 304) carries the same policy. Islands still hydrate on a revisit answered with 304.
 */
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyBuild, startServer, storageIn, type TestServer } from '../support/serve';

const root = process.cwd();
const port = Number(process.env.SECURITY_PORT ?? 4613) + 1;
const origin = `http://127.0.0.1:${port}`;
const INJECTED = 'window.__pwned=1';
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

let dir = '';
let server: TestServer | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(root, '.tmp', 'csp-from-body-'));
  const dist = copyBuild(dir);
  mkdirSync(join(dir, 'dist/client/geplant'), { recursive: true });
  writeFileSync(
    join(dir, 'dist/client/geplant/index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Geplant</title><style>body{color:red}</style></head><body><h1>Geplant</h1><script>${INJECTED}</script></body></html>`,
  );
  server = await startServer({
    port,
    args: [dist],
    env: storageIn(dir),
  });
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the policy is the same for every response and never lists a hash found in a body', async ({ request }) => {
  const planted = await request.get(`${origin}/geplant/`);
  expect(await planted.text()).toContain(INJECTED);
  const csp = planted.headers()['content-security-policy']!;
  expect(csp).not.toContain(sha(INJECTED));
  expect(csp).not.toContain(sha('body{color:red}'));
  expect(csp).not.toContain("'unsafe-inline'");

  const built = JSON.parse(readFileSync(join(dir, 'dist/csp.json'), 'utf8')) as { scripts: string[]; styles: string[] };
  expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${built.scripts.join(' ')};`);
  expect(csp).toContain(`style-src 'self' ${built.styles.join(' ')};`);

  const catalogue = await request.get(`${origin}/aanbod/`);
  const onDemand = await request.get(`${origin}/jongeren/antwoord/lezen/`);
  const json = await request.get(`${origin}/aanbod.json`);
  const etag = catalogue.headers()['etag']!;
  const notModified = await request.get(`${origin}/aanbod/`, { headers: { 'if-none-match': etag } });
  expect(notModified.status()).toBe(304);
  for (const res of [catalogue, onDemand, json, notModified]) expect(res.headers()['content-security-policy'], res.url()).toBe(csp);
});

test('the browser blocks the planted inline script', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(e.violatedDirective));
  });
  await page.goto(`${origin}/geplant/`);
  await expect(page.getByRole('heading', { name: 'Geplant' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect.poll(() => violations).toContain('script-src-elem');
});

test('islands hydrate on the first visit and on a revisit answered with 304', async ({ page }) => {
  const conditional: boolean[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/aanbod/') void r.allHeaders().then((h) => conditional.push('if-none-match' in h));
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(e.violatedDirective));
  });
  for (let i = 0; i < 2; i++) {
    if (i === 0) await page.goto(`${origin}/aanbod/`);
    else await page.reload();
    await page.waitForLoadState('networkidle');
    // Astro removes the ssr attribute once an island has hydrated.
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  }
  // The revisit was a conditional request, which the server answers with 304 (checked in the first test).
  expect(conditional).toEqual([false, true]);
  expect(violations).toEqual([]);
});
