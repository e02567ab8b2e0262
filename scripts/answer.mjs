#!/usr/bin/env node
/**
 * `npm run answer -- <code> ["antwoord"]`: bundles src/server/cli/answer.ts
 * (the same store and schemas as the server) with esbuild and runs it.
 * See README.md, "Jongeren en anonimiteit".
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const outfile = join(root, '.tmp', 'cli', 'answer.mjs');
mkdirSync(join(root, '.tmp', 'cli'), { recursive: true });
await build({
  entryPoints: [join(root, 'src/server/cli/answer.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  outfile,
  logLevel: 'error',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
