#!/usr/bin/env node
/**
 * npm run registrations:decide — the coordinator's command until the back
 * office exists. For offers with an intake call, registrations are pending
 * until the coordinator confirms or declines them. Declining frees the place
 * for the first on the waiting list. Everyone concerned gets an e-mail.
 *
 *   npm run registrations:decide -- list [sessionId]     pending registrations
 *   npm run registrations:decide -- confirm <registrationId>
 *   npm run registrations:decide -- decline <registrationId>
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [command, arg] = process.argv.slice(2);
const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
const usage = 'Usage: npm run registrations:decide -- list [sessionId] | confirm <registrationId> | decline <registrationId>';

let runtime;
try {
  runtime = await tools.createRuntime(process.env);
} catch (e) {
  console.error(e?.name === 'ConfigError' || e?.name === 'SchemaMismatchError' ? e.message : String(e));
  process.exit(1);
}
const catalogue = await runtime.catalogue();

if (command === 'list') {
  const rows = await runtime.store.registrations.list({ status: 'pending', ...(arg ? { sessionId: arg } : {}) });
  if (!rows.length) console.info('No pending registrations.');
  for (const r of rows) {
    const entry = catalogue(r.sessionId);
    console.info(
      [r.id, r.sessionId, entry?.offer.title ?? '(unknown offer)', r.createdAt.slice(0, 16).replace('T', ' '), `${r.participants}p`, r.name, r.phone ?? '-', r.email,
        r.childFirstName ? `kind: ${r.childFirstName} (${r.childAge ?? '?'} jr${r.schoolGroup ? `, ${r.schoolGroup}` : ''})` : ''].join(' | '),
    );
  }
} else if ((command === 'confirm' || command === 'decline') && arg) {
  const result = await tools.decideIntake(arg, command === 'confirm' ? 'confirmed' : 'declined', runtime);
  if (!result) {
    console.error(`No registration with id ${arg}.`);
    process.exitCode = 1;
  } else if (!result.changed) {
    console.error(`Registration ${arg} is ${result.registration.status}, not pending: nothing changed.`);
    process.exitCode = 1;
  } else {
    console.info(`Registration ${arg} is now ${result.registration.status}.${result.promoted.length ? ` Promoted from the waiting list: ${result.promoted.map((p) => `${p.id} (${p.status})`).join(', ')}.` : ''}`);
  }
} else {
  console.error(usage);
  process.exitCode = 2;
}
// The mails are in the outbox (written with the decision); send them now.
await runtime.drainMail();
await runtime.close();
