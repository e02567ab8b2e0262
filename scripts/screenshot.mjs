/**
 * Screenshots of pages at phone (390 px) and desktop (1280 px) width, for
 * looking at the design. Usage: node scripts/screenshot.mjs http://127.0.0.1:4321 / /aanbod/ …
 * Writes .tmp/screenshots/<name>-<width>.png.
 * SCREENSHOT_COOKIE="so_beheer=<token>" sends a cookie (back-office pages;
 * tests/e2e/support/admin-session.mjs prints a session token);
 * SCREENSHOT_PREFIX names the files apart (e.g. "partner-"); SCREENSHOT_FULL=0 keeps to the first screen.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const cookie = process.env.SCREENSHOT_COOKIE;
  if (cookie) {
    const [name, ...value] = cookie.split('=');
    await page.context().addCookies([{ name, value: value.join('='), url: base }]);
  }
  for (const p of paths.length ? paths : ['/']) {
    await page.goto(base + p);
    const name = (process.env.SCREENSHOT_PREFIX ?? '') + (p.replace(/[/?=&]/g, '_').replace(/^_+|_+$/g, '') || 'home');
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: process.env.SCREENSHOT_FULL !== '0' });
    console.log(`${out}/${name}-${width}.png`);
  }
  await page.close();
}
await browser.close();
