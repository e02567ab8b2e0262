/**
 * npm run bench:build — build time of the real site with 1,000 and 5,000
 * synthetic offers, next to a bare Astro project with the same number of
 * trivial pages, in one run. Prints seconds, ms per page and the ratio.
 *
 * Usage: npm run bench:build [-- 1000 5000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOffers } from './lib/generate-offers.mjs';

const root = join(import.meta.dirname, '..');
const tmp = join(root, '.tmp', 'bench-build');
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (counts.length === 0) counts.push(1000, 5000);

function countHtml(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countHtml(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

function timeBuild(args, env) {
  const t0 = performance.now();
  execFileSync(join(root, 'node_modules', '.bin', 'astro'), ['build', ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_NOW: '2027-01-01T00:00:00Z', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return (performance.now() - t0) / 1000;
}

function bareProject(count) {
  const dir = join(tmp, `bare-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    join(dir, 'src', 'pages', 'p', '[n].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${count} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="nl"><head><title>Pagina {n}</title></head><body><h1>Pagina {n}</h1></body></html>\n`,
  );
  return dir;
}

const rows = [];
for (const count of counts) {
  const offersDir = join(tmp, `offers-${count}`);
  generateOffers({ root, outDir: offersDir, count });
  const siteOut = join(tmp, `site-${count}`);
  const siteSeconds = timeBuild(['--outDir', siteOut, '--force'], { OFFERS_DIR: offersDir, ASTRO_CACHE_DIR: join(tmp, `cache-${count}`) });
  const sitePages = countHtml(join(siteOut, 'client'));

  const bare = bareProject(count);
  const bareSeconds = timeBuild(['--root', bare], {});
  const barePages = countHtml(join(bare, 'dist'));

  rows.push({
    offers: count,
    'site pages': sitePages,
    'site s': siteSeconds.toFixed(1),
    'site ms/page': ((siteSeconds * 1000) / sitePages).toFixed(2),
    'bare pages': barePages,
    'bare s': bareSeconds.toFixed(1),
    'bare ms/page': ((bareSeconds * 1000) / barePages).toFixed(2),
    ratio: (siteSeconds / sitePages / (bareSeconds / barePages)).toFixed(2),
  });
  rmSync(siteOut, { recursive: true, force: true });
}
console.log('\nBuild benchmark (ratio = site ms/page ÷ bare ms/page; goal ≤ 1.5 and ≤ 10 ms/page at 5,000)');
console.table(rows);
