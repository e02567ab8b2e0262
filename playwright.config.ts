import { defineConfig } from '@playwright/test';
import { OUTBOX_DIR } from './tests/e2e/server-env';

/**
 * End-to-end and accessibility tests run against the built site served by
 * the real server (static pages plus the server function), in Debian's
 * Chromium: Playwright cannot download its own browsers here.
 */
const port = Number(process.env.E2E_PORT ?? 4399);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'security/**/*.spec.ts'],
  // The crash test loads both cores with bursts and SIGKILLs of its own servers: it runs after
  // everything else, so its load cannot make another test's navigation time out.
  projects: [
    { name: 'site', testIgnore: ['e2e/crash.spec.ts', 'e2e/edge.spec.ts'] },
    { name: 'crash', testMatch: ['e2e/crash.spec.ts'], dependencies: ['site'] },
    // The edge host: its own build for workerd and its own server (npm run start:edge), after the site's tests.
    { name: 'edge', testMatch: ['e2e/edge.spec.ts'], dependencies: ['site'] },
  ],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    javaScriptEnabled: true,
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    // Every run starts from empty databases (a database from an older schema would stop the server).
    command: 'rm -f .tmp/e2e/portal.db* .tmp/e2e/questions.db* && npm run serve',
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: 'file:./.tmp/e2e/portal.db',
      RATE_LIMIT_PER_MINUTE: '0',
      OUTBOX_DIR,
      // The form's minimum fill time (3 s by default) is tested in tests/integration; 1 s keeps the browser tests quick.
      MIN_FILL_SECONDS: '1',
      QUESTIONS_DATABASE_URL: 'file:./.tmp/e2e/questions.db',
      // The guessing limit is tested against the handler (tests/integration/questions.test.ts).
      QUESTION_POSTS_PER_MINUTE: '0',
      QUESTION_LOOKUPS_PER_MINUTE: '0',
    },
  },
});
