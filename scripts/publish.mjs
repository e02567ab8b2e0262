#!/usr/bin/env node
/**
 * npm run publish [-- astro build options, e.g. --outDir .tmp/site]
 *
 * Rebuilds the site, so the partner offers the coordinator approved reach the
 * catalogue and the search index (the offers loader reads them from
 * DATABASE_URL during the build). After a successful build the offers
 * approved before it started are marked as published; until then the back
 * office says "Wacht op publicatie". A failed build marks nothing.
 * Restart the server afterwards so its on-demand pages see the new content.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
let runtime;
try {
  runtime = await tools.createRuntime(process.env);
} catch (e) {
  console.error(e?.name === 'ConfigError' || e?.name === 'SchemaMismatchError' ? e.message : String(e));
  process.exit(1);
}
const startedAt = new Date();
const build = spawnSync(resolve('node_modules/.bin/astro'), ['build', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
if (build.status !== 0) {
  console.error('publish: the build failed; nothing was marked as published.');
  await runtime.close();
  process.exit(build.status ?? 1);
}
const marked = await tools.markPublished(runtime, startedAt);
console.info(`publish: site built; ${marked} approved partner offer(s) are online. Restart the server to serve the new build.`);
await runtime.close();
