#!/usr/bin/env node
/**
 * npm run retention — delete personal data RETENTION_DAYS (default 30) after
 * each session: registrations in the database and old outbox messages.
 * The server also runs this daily; this command is for a manual run or cron.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
try {
  const runtime = await tools.getRuntime(process.env);
  const { registrations, outbox } = await tools.runRetention(runtime);
  console.info(`retention: deleted ${registrations} registration(s) and ${outbox} outbox message(s) past ${runtime.config.RETENTION_DAYS} days`);
  runtime.store.close();
} catch (e) {
  console.error(e?.name === 'ConfigError' ? e.message : `retention: failed (${e?.message ?? e})`);
  process.exit(1);
}
