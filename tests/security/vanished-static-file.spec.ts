/**
 * A static file that disappears under a running Node server (its build folder rebuilt or removed while
 * the server has it listed) ends that one answer; it does not stop the server for everyone. Before,
 * sirv's read stream failed with no listener and the process exited on the next request for that file.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const port = Number(process.env.SECURITY_PORT ?? 4613) + 8;
const origin = `http://127.0.0.1:${port}`;
let dir = '';
let server: ChildProcess | undefined;
let log = '';

test.beforeAll(async () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(root, '.tmp', 'vanish-'));
  // A build of its own to take files away from: the suite's build (client and server parts), copied.
  cpSync(join(root, 'dist', 'client'), join(dir, 'dist', 'client'), { recursive: true });
  cpSync(join(root, 'dist', 'server'), join(dir, 'dist', 'server'), { recursive: true });
  cpSync(join(root, 'dist', 'csp.json'), join(dir, 'dist', 'csp.json'));
  server = spawn('node', ['scripts/serve.mjs', join(dir, 'dist')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: origin, DATABASE_URL: `file:${join(dir, 'portal.db')}`, QUESTIONS_DATABASE_URL: `file:${join(dir, 'questions.db')}`, OUTBOX_DIR: join(dir, 'outbox') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 300 && !/listening/i.test(log); i++) await new Promise((r) => setTimeout(r, 100));
  expect(log).toMatch(/listening/i);
});
test.afterAll(() => {
  server?.kill('SIGTERM');
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
  expect(server!.exitCode, log).toBeNull();
  const home = await fetch(`${origin}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('Samen opgroeien');
});
