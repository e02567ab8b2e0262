#!/usr/bin/env node
/**
 * npm run admin:create -- --email naam@cjg.nl [--name "Naam"] [--role coordinator|partner --partner <partnerId>]
 *
 * Creates a back-office account (the first coordinator, or a partner's
 * account). Nobody gets a password: the person signs in at /beheer/inloggen/
 * with a link sent to this address. Prints the account, never a token.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tools = await import(pathToFileURL(resolve('dist/tools/server-tools.mjs')).href);
const args = tools.parseArgs(process.argv.slice(2));
let runtime;
try {
  runtime = await tools.createRuntime(process.env);
} catch (e) {
  console.error(e?.name === 'ConfigError' || e?.name === 'SchemaMismatchError' ? e.message : String(e));
  process.exit(1);
}
try {
  const result = await tools.createUserCommand(runtime, args);
  if (!result.ok) {
    console.error(result.message);
    console.error('Usage: npm run admin:create -- --email naam@organisatie.nl [--name "Naam"] [--role coordinator|partner --partner <partnerId>]');
    process.exitCode = 2;
  } else {
    const u = result.user;
    console.info(`${result.created ? 'Created' : 'Already exists:'} ${u.role}${u.partnerId ? ` of ${u.partnerId}` : ''} ${u.email} (id ${u.id}). Sign in at /beheer/inloggen/.`);
  }
} finally {
  await runtime.close();
}
