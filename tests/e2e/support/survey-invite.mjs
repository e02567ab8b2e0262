#!/usr/bin/env node
/**
 * Test helper (e2e only): store a survey invite for a session, as
 * `npm run survey:send` would, and print its token.
 *
 *   node tests/e2e/support/survey-invite.mjs <databaseUrl> <sessionId> <offerId>
 */
import { createHash, randomBytes } from 'node:crypto';
import { createClient } from '@libsql/client';

const [url, sessionId, offerId] = process.argv.slice(2);
if (!url || !sessionId || !offerId) {
  console.error('usage: survey-invite.mjs <databaseUrl> <sessionId> <offerId>');
  process.exit(2);
}
const client = createClient({ url, timeout: 10_000 });
await client.execute('PRAGMA busy_timeout = 10000');
const token = randomBytes(32).toString('base64url');
const hash = createHash('sha256').update(`so-survey|${token}`).digest('hex');
await client.execute({
  sql: 'INSERT INTO survey_invites (token_hash, session_id, offer_id, expires_at) VALUES (?, ?, ?, ?)',
  args: [hash, sessionId, offerId, new Date(Date.now() + 86_400_000).toISOString()],
});
client.close();
process.stdout.write(token);
