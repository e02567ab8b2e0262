#!/usr/bin/env node
/**
 * npm run survey:send — e-mail the anonymous satisfaction question (1–5 and a
 * comment) to everyone with a confirmed place in a session that has ended in
 * the last 14 days and has not had it yet. Each person gets their own
 * single-use link to /evaluatie/; the link is not tied to their registration.
 * Run daily (cron / systemd timer); running it twice sends nothing twice.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
try {
  const runtime = await tools.createRuntime(process.env);
  const { sessions, invites } = await tools.runSurveyCommand(runtime);
  // The invites are in the outbox; send them now (a running server's worker would too, a little later).
  const mail = await runtime.drainMail();
  console.info(`survey: ${invites} invitation(s) for ${sessions} session(s); ${mail.sent} mail(s) sent, ${mail.failed} to retry`);
  await runtime.close();
} catch (e) {
  console.error(e?.name === 'ConfigError' || e?.name === 'SchemaMismatchError' ? e.message : `survey: failed (${e?.message ?? e})`);
  process.exit(1);
}
