/**
 * npm run bench:build — build time of the real site with 1,000 and 5,000
 * synthetic offers, next to a bare Astro project with the same number of
 * trivial pages whose build is followed by a Pagefind index of its output
 * (the site's build includes its Pagefind index, so both sides search-index
 * what they built). Prints seconds, ms per page and the ratio, and the site
 * build's own phases as its integrations log them.
 *
 * Usage: npm run bench:build [-- 1000 5000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOffers } from './lib/generate-offers.mjs';
import { close, createIndex } from 'pagefind';

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
  const log = execFileSync(join(root, 'node_modules', '.bin', 'astro'), ['build', ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_NOW: '2027-01-01T00:00:00Z', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
  }).toString();
  return { seconds: (performance.now() - t0) / 1000, log };
}

/** The phases the build logs with a duration ("… in 1234 ms" from our integrations, Astro's own "in 3.21s"). */
function phases(log) {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  return plain
    .split('\n')
    .filter((l) => /\bin \d+(?:\.\d+)? ?m?s\b/.test(l) && /\[(samen-opgroeien|build|content|vite|types)/.test(l))
    .map((l) => l.replace(/^\d\d:\d\d:\d\d\s*/, '').trim());
}

async function pagefindOver(dir) {
  const t0 = performance.now();
  const { index } = await createIndex({ forceLanguage: 'nl' });
  await index.addDirectory({ path: dir });
  await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  await close();
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
  const site = timeBuild(['--outDir', siteOut, '--force'], { OFFERS_DIR: offersDir, ASTRO_CACHE_DIR: join(tmp, `cache-${count}`) });
  const siteSeconds = site.seconds;
  console.log(`\nsite, ${count} offers: ${siteSeconds.toFixed(1)} s\n  ${phases(site.log).join('\n  ')}`);
  const sitePages = countHtml(join(siteOut, 'client'));

  const bare = bareProject(count);
  const bareBuild = timeBuild(['--root', bare], {}).seconds;
  const barePagefind = await pagefindOver(join(bare, 'dist'));
  const bareSeconds = bareBuild + barePagefind;
  console.log(`bare, ${count} pages: astro build ${bareBuild.toFixed(1)} s + Pagefind ${barePagefind.toFixed(1)} s`);
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
console.log('\nBuild benchmark (ratio = site ms/page ÷ bare (astro build + Pagefind) ms/page; goal ≤ 1.5 at 5,000)');
console.table(rows);
