#!/usr/bin/env node
/**
 * Publish the site: the partner offers the coordinator approved reach the
 * catalogue and the search index (the offers loader reads them from
 * DATABASE_URL during the build).
 *
 *   npm run publish                   build into a NEW folder <BUILDS_DIR>/<id>/, check it, and only then
 *                                     make it the live one (the symlink <BUILDS_DIR>/current, replaced by
 *                                     one rename); a running `npm start` server follows without a restart.
 *                                     A failed or killed build leaves the live site as it was.
 *   npm run publish -- --if-needed    the same, but only when nothing is live yet or the sources changed
 *                                     since the live build (what `npm start` runs first)
 *   npm run publish -- --outDir DIR   only build into DIR and mark the offers as published; nothing goes
 *                                     live (the old behaviour, for tests that serve DIR themselves)
 *   node scripts/publish.mjs --publication <id>
 *                                     what the back office's "Publiceren" starts (it took the lock already)
 * Other options go to astro build. The job itself: src/server/backoffice/publisher.ts.
 * Exit status: 0 online (or nothing to do), 1 failed, 75 another publication is running.
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

const args = process.argv.slice(2);
const take = (flag) => {
  const i = args.indexOf(flag);
  if (i === -1) return undefined;
  const [, value] = args.splice(i, 2);
  return value ?? '';
};
const publication = take('--publication');
const ifNeeded = args.includes('--if-needed') ? (args.splice(args.indexOf('--if-needed'), 1), true) : false;

if (args.some((a) => a === '--outDir' || a.startsWith('--outDir='))) {
  // Build only: into the folder given, marking what was approved before the build as online.
  const startedAt = new Date();
  const build = spawnSync(resolve('node_modules/.bin/astro'), ['build', ...args], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) {
    console.error('publish: the build failed; nothing was marked as published.');
    await runtime.close();
    process.exit(build.status ?? 1);
  }
  const marked = await tools.markPublished(runtime, startedAt);
  console.info(`publish: site built; ${marked} approved partner offer(s) are online. Nothing was switched: serve the folder yourself.`);
  await runtime.close();
  process.exit(0);
}

const root = resolve(runtime.config.BUILDS_DIR);
if (ifNeeded) {
  const live = tools.liveBuildId(root);
  if (live && tools.readManifest(root, live)?.sourceHash === tools.sourceHash(resolve('.'))) {
    console.info(`publish: the live build ${live} was made from these sources; nothing to do (npm run publish rebuilds).`);
    await runtime.close();
    process.exit(0);
  }
}

const result = await tools.runPublication(runtime, { publication, astroArgs: args });
await runtime.close();
// The publisher logged the outcome (publisher.ts).
if (result.ok) process.exit(0);
if (result.busy && ifNeeded && tools.liveBuildId(root)) {
  // npm start while someone publishes: serve what is live; the server follows the new build when it is ready.
  console.info('publish: another publication is running; the server starts with the live build and follows the new one.');
  process.exit(0);
}
// A publication that ran logged its reason already (publisher.ts).
if (!result.publication) console.error(`publish: ${result.reason}`);
process.exit(result.busy ? 75 : 1);
