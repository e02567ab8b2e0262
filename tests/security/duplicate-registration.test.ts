/**
 * Issue 10, finding 2: a duplicate registration reveals nothing. Whether an
 * address is registered for a session (a divorce course, a KOPP group) must
 * not be learnable from the API's answer, the form's redirect or the work the
 * server does; only the mailbox owner hears about it, with a fresh link.
 */
import { createClient } from '@libsql/client';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findForCancel, handleCreateRegistration, submitRegistration } from '../../src/server/handlers/registrations';
import type { SqlDriver } from '../../src/server/store/driver';
import { post, testEnv, valid, type TestEnv } from '../integration/helpers';

let env: TestEnv;
beforeEach(async () => {
  env = await testEnv();
});
afterEach(() => env.cleanup());

const create = (body: unknown, headers: Record<string, string> = {}) => handleCreateRegistration(post(body, headers), env.deps, { clientAddress: '127.0.0.1' });

async function snapshot(res: Response) {
  return { status: res.status, headers: [...res.headers.entries()].sort(), body: await res.text() };
}

const LINK = /http:\/\/localhost:4321\/inschrijven\/annuleren\/\?token=([A-Za-z0-9_-]{43})/;
const tokenIn = (text: string) => LINK.exec(text)![1]!;

describe('the answer to a repeat is the answer to a new registration', () => {
  test('JSON: same status, headers and body; no id, token, status or places', async () => {
    const first = await snapshot(await create(valid));
    const repeat = await snapshot(await create({ ...valid, name: 'Iemand Anders' }));
    const other = await snapshot(await create({ ...valid, email: 'nieuw@voorbeeld.nl' }));
    expect(repeat).toEqual(first);
    expect(other).toEqual(first);
    expect(first.status).toBe(202);
    expect(Object.keys(JSON.parse(first.body))).toEqual(['message']);
    expect(first.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|token|confirmed|waitlisted|pending|duplicate|placesLeft/i);
  });

  test('a browser form: the same redirect to one neutral page without an id', async () => {
    const first = await snapshot(await create(valid, { accept: 'text/html' }));
    const repeat = await snapshot(await create(valid, { accept: 'text/html' }));
    expect(repeat).toEqual(first);
    expect(first.status).toBe(303);
    expect(first.headers).toContainEqual(['location', '/inschrijven/verstuurd/']);
  });

  test('the form page gets the same result for both', async () => {
    const a = await submitRegistration(valid, 'json', env.deps);
    const b = await submitRegistration(valid, 'json', env.deps);
    expect(b).toEqual(a);
    expect(a).toEqual({ type: 'accepted', locale: 'nl' });
  });

  test('a full session answers the same whether or not the address is already on it', async () => {
    const small = { ...valid, sessionId: 'klein-s1' };
    await create({ ...small, email: 'vol@voorbeeld.nl', participants: 2 });
    const known = await snapshot(await create({ ...small, email: 'vol@voorbeeld.nl' }));
    const unknown = await snapshot(await create({ ...small, email: 'wachtlijst@voorbeeld.nl' }));
    expect(known).toEqual(unknown);
  });

  test('a closed session answers the same whether or not the address is registered', async () => {
    await create(valid);
    env.clock.now = new Date('2026-12-10T19:00:00Z'); // past the deadline (the start, 18:30 UTC)
    const known = await snapshot(await create(valid));
    const unknown = await snapshot(await create({ ...valid, email: 'nieuw@voorbeeld.nl' }));
    expect(known).toEqual(unknown);
    expect(known.status).toBe(409);
  });
});

describe('the work is the same', () => {
  /** Record every statement the store sends to the database (the SQL text of reads, writes and batches). */
  function recordStatements(driver: SqlDriver) {
    const log: string[] = [];
    const { query, exec, batch } = driver;
    driver.query = ((sql, args) => (log.push(`query ${sql}`), query.call(driver, sql, args))) as SqlDriver['query'];
    driver.exec = (sql, args) => (log.push(`exec ${sql}`), exec.call(driver, sql, args));
    driver.batch = (statements) => (log.push(`batch ${statements.map((x) => x.sql).join(' ; ')}`), batch.call(driver, statements));
    return log;
  }

  test('the same database statements and one mail composed and sent after the response, for both', async () => {
    const log = recordStatements(env.deps.drivers.core);
    await create(valid);
    const newWork = [...log];
    log.length = 0;
    await create(valid);
    expect(log).toEqual(newWork);
    expect(newWork.length).toBeGreaterThan(0);
    // Nothing was sent on the request path: the mails wait in the outbox.
    expect(env.sent).toHaveLength(0);
    await env.settle();
    expect(env.sent).toHaveLength(2);
    const [a, b] = env.sent;
    expect(b!.attachments!.map((x) => x.filename)).toEqual(a!.attachments!.map((x) => x.filename));
  });

  test('the answer never waits for the mail, new or repeat', async () => {
    env.useTransport({ send: () => new Promise(() => {}) });
    env.deps.startMailWorker(10);
    for (const body of [valid, valid]) {
      const res = await Promise.race([create(body), new Promise<'waited'>((r) => setTimeout(() => r('waited'), 2000))]);
      expect(res).not.toBe('waited');
    }
  });
});

describe('the mailbox owner hears about the repeat', () => {
  test('with their own data and a fresh link; the old link stops working', async () => {
    // The first mail went out before the repeat (the drainer sends several at once, in no fixed order).
    await create(valid);
    await env.settle();
    await create({ ...valid, name: 'Iemand Anders', participants: 4, remarks: 'overschrijven' });
    await env.settle();
    const [first, repeat] = env.sent;
    expect(repeat!.to).toBe('anne@voorbeeld.nl');
    expect(repeat!.text).toContain('Hallo Anne de Vries');
    expect(repeat!.text).not.toContain('Iemand Anders');
    expect(repeat!.text).toContain('Je bent ingeschreven');
    expect(repeat!.text).toMatch(/eerdere e-mails werkt niet meer/);
    const oldToken = tokenIn(first!.text);
    const newToken = tokenIn(repeat!.text);
    expect(newToken).not.toBe(oldToken);
    expect(await findForCancel(oldToken, env.deps)).toBeUndefined();
    expect((await findForCancel(newToken, env.deps))!.registration.status).toBe('confirmed');
    // the repeat changed nothing else
    const [row] = await env.deps.store.registrations.list();
    expect(row).toMatchObject({ name: 'Anne de Vries', participants: 1 });
    expect(row!.remarks).toBeUndefined();
  });

  test('the database keeps only a hash of the link token', async () => {
    await create(valid);
    await env.settle();
    const token = tokenIn(env.sent[0]!.text);
    const db = createClient({ url: `file:${env.dir}/db/portal.db` });
    const stored = String((await db.execute('SELECT cancel_token_hash FROM registrations')).rows[0]!.cancel_token_hash);
    // The raw token is nowhere in the database: not in the registration, not in the (sent) outbox row.
    const everything = JSON.stringify([(await db.execute('SELECT * FROM registrations')).rows, (await db.execute('SELECT * FROM outbox')).rows]);
    db.close();
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(everything).not.toContain(token);
  });
});

