/**
 * Screenshots of pages at phone (390 px) and desktop (1280 px) width, for
 * looking at the design. Usage: node scripts/screenshot.mjs http://127.0.0.1:4321 / /aanbod/ …
 * Writes .tmp/screenshots/<name>-<width>.png.
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
  for (const p of paths.length ? paths : ['/']) {
    await page.goto(base + p);
    const name = p.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    console.log(`${out}/${name}-${width}.png`);
  }
  await page.close();
}
await browser.close();
