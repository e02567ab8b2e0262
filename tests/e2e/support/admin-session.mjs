#!/usr/bin/env node
/**
 * Test helper (e2e only): create a back-office account and a signed-in
 * session straight in the database, and print the session token for the
 * cookie. The real sign-in by e-mail link is tested separately.
 *
 *   node tests/e2e/support/admin-session.mjs <databaseUrl> <email> <coordinator|partner> [partnerId]
 *   (ADMIN_NAME=… names the account; default "Test")
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createClient } from '@libsql/client';

const [url, email, role, partnerId] = process.argv.slice(2);
if (!url || !email || !['coordinator', 'partner'].includes(role)) {
  console.error('usage: admin-session.mjs <databaseUrl> <email> <coordinator|partner> [partnerId]');
  process.exit(2);
}
const client = createClient({ url, timeout: 10_000 });
await client.execute('PRAGMA busy_timeout = 10000');
const now = new Date();
const found = await client.execute({ sql: 'SELECT id FROM users WHERE email = ?', args: [email] });
const userId = found.rows[0] ? String(found.rows[0].id) : randomUUID();
if (!found.rows[0])
  await client.execute({
    sql: 'INSERT INTO users (id, email, name, role, partner_id, active, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)',
    args: [userId, email, process.env.ADMIN_NAME ?? 'Test', role, role === 'partner' ? partnerId ?? null : null, now.toISOString()],
  });
const token = randomBytes(32).toString('base64url');
const hash = createHash('sha256').update(`so-admin|${token}`).digest('hex');
await client.execute({
  sql: 'INSERT INTO admin_sessions (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)',
  args: [hash, userId, new Date(now.getTime() + 3600_000).toISOString(), now.toISOString()],
});
client.close();
process.stdout.write(token);
