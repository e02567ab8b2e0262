/**
 * A static file that disappears under a running Node server (its build folder rebuilt or removed while
 * the server has it listed) ends that one answer; it does not stop the server for everyone. Before,
 * sirv's read stream failed with no listener and the process exited on the next request for that file.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyBuild, startServer, storageIn, type TestServer } from '../support/serve';

const root = process.cwd();
const port = Number(process.env.SECURITY_PORT ?? 4613) + 8;
const origin = `http://127.0.0.1:${port}`;
let dir = '';
let server: TestServer | undefined;

test.beforeAll(async () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(root, '.tmp', 'vanish-'));
  // A build of its own to take files away from: the suite's build, copied.
  server = await startServer({
    port,
    args: [copyBuild(dir)],
    env: storageIn(dir),
  });
});
test.afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a file removed after start ends its own answer; the server keeps serving', async () => {
  expect((await fetch(`${origin}/og-image.png`)).status).toBe(200);
  rmSync(join(dir, 'dist', 'client', 'og-image.png'));
  rmSync(join(dir, 'dist', 'client', 'aanbod', 'index.html.br'));
  for (const [path, headers] of [['/og-image.png', {}], ['/aanbod/', { 'accept-encoding': 'br' }]] as const) {
    // The answer is cut off (its headers may already be out); what matters is what comes next.
    await fetch(`${origin}${path}`, { headers }).then((r) => r.arrayBuffer()).catch(() => undefined);
  }
  await new Promise((r) => setTimeout(r, 300));
  expect(server!.process.exitCode, server!.log()).toBeNull();
  const home = await fetch(`${origin}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('Samen opgroeien');
});
