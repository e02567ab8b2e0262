#!/usr/bin/env node
/**
 * npm run retention — delete what is past retention: registrations
 * RETENTION_DAYS (default 30) after their session's current end, old outbox
 * messages, survey comments and invites, and anonymous questions.
 * The server also runs this daily; this command is for a manual run or cron.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
try {
  const runtime = await tools.createRuntime(process.env);
  const r = await tools.runRetentionJob(runtime);
  console.info(`retention: deleted ${r.registrations} registration(s), ${r.outbox} outbox message(s), ${r.surveyComments} survey comment(s), ${r.surveyInvites} survey invite(s) and ${r.conversations} conversation(s)`);
  await runtime.close();
} catch (e) {
  console.error(e?.name === 'ConfigError' || e?.name === 'SchemaMismatchError' ? e.message : `retention: failed (${e?.message ?? e})`);
  process.exit(1);
}
