#!/usr/bin/env node
/**
 * npm run mail:drain — send what is due in the mail outbox once, then exit.
 * `npm start` runs the same drainer continuously; this is for a host whose
 * web process cannot run one (cron), or to flush the outbox by hand. Safe
 * next to a running server: each message is claimed before it is sent.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
let runtime;
try {
  runtime = await tools.createRuntime(process.env);
} catch (e) {
  console.error(e?.name === 'ConfigError' || e?.name === 'SchemaMismatchError' ? e.message : `mail: failed (${e?.message ?? e})`);
  process.exit(1);
}
try {
  let total = { sent: 0, failed: 0 };
  // A drain takes a limited number of rows; repeat until nothing more is sent.
  for (;;) {
    const r = await runtime.drainMail();
    total = { sent: total.sent + r.sent, failed: total.failed + r.failed };
    if (r.sent === 0) break;
  }
  console.info(`mail: ${total.sent} sent, ${total.failed} failed (kept in the outbox for a retry)`);
  if (total.failed) process.exitCode = 1;
} finally {
  await runtime.close();
}
