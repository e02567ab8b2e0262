/**
 * Finding 6 (issue 10): Strict-Transport-Security is sent when the public address is https, on
 * every response, and never when it is http (an HSTS header over plain http would be meaningless,
 * and on localhost it would break other local sites).
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, storageIn, type TestServer } from '../support/serve';

const root = process.cwd();
const base = Number(process.env.SECURITY_PORT ?? 4613) + 2;

function start(dir: string, port: number, publicUrl: string): Promise<TestServer> {
  return startServer({
    port,
    env: { PUBLIC_URL: publicUrl, ...storageIn(dir, `-${port}`) },
  });
}

let dir = '';
const servers: TestServer[] = [];

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(root, '.tmp', 'hsts-'));
  servers.push(await start(dir, base, 'https://samenopgroeien.example'));
  servers.push(await start(dir, base + 1, `http://127.0.0.1:${base + 1}`));
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('https public address: HSTS on static pages, on-demand pages, the API and redirects', async ({ request }) => {
  for (const path of ['/', '/aanbod/', '/jongeren/antwoord/lezen/', '/api/sessions/bestaat-niet', '/aanbod']) {
    const res = await request.get(`http://127.0.0.1:${base}${path}`, { maxRedirects: 0 });
    expect(res.headers()['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
  }
});

test('http public address: no HSTS', async ({ request }) => {
  const res = await request.get(`http://127.0.0.1:${base + 1}/`);
  expect(res.status()).toBe(200);
  expect(res.headers()['strict-transport-security']).toBeUndefined();
});
