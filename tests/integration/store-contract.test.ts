/**
 * The store contract: the same behaviour on every engine (libSQL and D1 in
 * Miniflare always, PostgreSQL when TEST_POSTGRES_URL is set; with CI set it must be).
 */
import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/server/store/driver';
import { engineOf } from '../../src/server/store/drivers';
import { libsqlFilePath } from '../../src/server/store/drivers/libsql';
import { openD1 } from '../../src/server/store/drivers/d1';
import { numberPlaceholders } from '../../src/server/store/drivers/pg';
import { migrate } from '../../src/server/store/migrate';
import { coreMigrations } from '../../src/server/store/migrations/sql/core';
import { questionsMigrations } from '../../src/server/store/migrations/sql/questions';
import { createRegistrationStore, type NewRegistration, type SessionRules } from '../../src/server/store/registrations';
import * as sql from '../../src/server/store/sql';
import { engines, missingPostgres, type Engine } from './engines';

const rules = (capacity: number, over: Partial<SessionRules> = {}): SessionRules => ({ capacity, taken: 0, intake: false, ...over });

let n = 0;
function person(sessionId: string, over: Partial<NewRegistration> = {}): NewRegistration {
  n++;
  return {
    sessionId,
    offerId: 'pubers',
    email: `ouder${n}@example.nl`,
    name: `Ouder ${n}`,
    participants: 1,
    municipality: 'haarlem',
    cancelTokenHash: `hash-${n}-${Math.random()}`,
    purgeAfter: '2027-01-10T00:00:00.000Z',
    ...over,
  };
}

it('PostgreSQL is part of the contract run when CI is set', () => {
  if (missingPostgres) throw new Error(missingPostgres);
  expect(engines.map((e) => e.name)).toEqual(expect.arrayContaining(['libsql', 'd1']));
});

describe('drivers', () => {
  it('are chosen by the URL scheme', () => {
    expect(engineOf('file:./data/portal.db')).toBe('libsql');
    expect(engineOf('libsql://db.example.turso.io')).toBe('libsql');
    expect(engineOf('https://db.example.nl')).toBe('libsql');
    expect(engineOf('postgres://u@127.0.0.1/portal')).toBe('postgres');
    expect(engineOf('postgresql://u@127.0.0.1/portal')).toBe('postgres');
    expect(() => engineOf('mysql://x')).toThrow(/unknown scheme "mysql"/);
  });

  it('number `?` placeholders for PostgreSQL, but not inside quotes or comments', () => {
    expect(numberPlaceholders(`SELECT ?, 'a?b', "c?" FROM t WHERE x = ? -- why?\nAND y = ?`)).toBe(
      `SELECT $1, 'a?b', "c?" FROM t WHERE x = $2 -- why?\nAND y = $3`,
    );
    expect(numberPlaceholders(`SELECT 'it''s ?', ?`)).toBe(`SELECT 'it''s ?', $1`);
  });

  it('D1: the driver also works on the binding object Miniflare hands to Node', async () => {
    const { Miniflare } = await import('miniflare');
    const mf = new Miniflare({ modules: true, script: 'export default { fetch: () => new Response(null) }', compatibilityDate: '2026-04-01', d1Databases: ['DB'], cf: false, host: '127.0.0.1' });
    try {
      const d1 = openD1(await mf.getD1Database('DB'));
      expect(d1.dialect).toBe('sqlite');
      await d1.exec('CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER)');
      const [insert, select] = await d1.batch([
        { sql: 'INSERT INTO t (id, n) VALUES (?, ?), (?, ?)', args: ['a', 1, 'b', null] },
        { sql: 'SELECT id, n, n > ? AS big, COUNT(*) OVER () AS c FROM t ORDER BY id', args: [0] },
      ]);
      expect(insert).toEqual({ rows: [], rowsAffected: 2 });
      expect(select).toEqual({ rows: [{ id: 'a', n: 1, big: 1, c: 2 }, { id: 'b', n: null, big: null, c: 2 }], rowsAffected: 0 });
      expect(await d1.exec('SELECT * FROM t')).toBe(0);
      expect(await d1.exec('UPDATE t SET n = 2')).toBe(2);
      await expect(d1.batch([{ sql: 'DELETE FROM t' }, { sql: 'INSERT INTO t (id) VALUES (?)', args: ['a'] }, { sql: 'INSERT INTO t (id) VALUES (?)', args: ['a'] }])).rejects.toThrow(/UNIQUE/);
      expect(await d1.query('SELECT COUNT(*) AS n FROM t')).toEqual([{ n: 2 }]);
    } finally {
      await mf.dispose();
    }
  }, 30_000);

  it('find the file of a file: URL', () => {
    expect(libsqlFilePath('file:./data/portal.db')).toBe('./data/portal.db');
    expect(libsqlFilePath('file:///srv/portal.db')).toBe('/srv/portal.db');
    expect(libsqlFilePath('file::memory:')).toBeUndefined();
    expect(libsqlFilePath('libsql://x.turso.io')).toBeUndefined();
  });
});

// D1 is reached over Miniflare's loopback proxy, a round trip per statement or batch: slower than a file, so more time per test.
describe.each(engines)('store contract on $name', { timeout: 30_000 }, (engine: Engine) => {
  let driver: SqlDriver;
  let url: string;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    ({ driver, url, drop } = await engine.open({ maxConnections: 20 }));
    await migrate(driver, coreMigrations);
  });
  afterEach(async () => drop());

  it('migrations are idempotent, also when two processes start at once', async () => {
    expect(await migrate(driver, coreMigrations)).toEqual([]);
    const rows = await driver.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(coreMigrations.map((m) => ({ version: m.version, name: m.name })));
    const again = await engine.open();
    try {
      const both = await Promise.all([migrate(again.driver, questionsMigrations), migrate(again.driver, questionsMigrations)]);
      // Each version is applied once, by one of the two.
      expect(both.flat().sort()).toEqual(questionsMigrations.map((m) => m.version));
      expect(await again.driver.query('SELECT COUNT(*) AS n FROM conversations')).toEqual([{ n: 0 }]);
    } finally {
      await again.drop();
    }
  });

  it('refuses a database whose recorded migrations are of another schema', async () => {
    await driver.exec(`UPDATE schema_migrations SET name = 'registrations' WHERE version = 1`);
    await expect(migrate(driver, coreMigrations)).rejects.toThrow(/version 1 is "registrations"/);
  });

  if (engine.name === 'libsql') {
    it('creates the embedded file and its folder on first start, readable by the owner only', () => {
      const file = libsqlFilePath(url)!;
      expect(statSync(file).mode & 0o777).toBe(0o600);
    });
  }

  describe('brothers and sisters (one registration per person, session and child)', () => {
    const store = () => createRegistrationStore(driver);
    const family = (sessionId: string, child: string, over: Partial<NewRegistration> = {}) =>
      person(sessionId, { email: 'gezin@example.nl', name: 'Sanne de Vries', childFirstName: child, childKey: child.toLowerCase(), childAge: 10, ...over });

    it('two children in one batch: two registrations, each with its own status, ticket, token and mail; the last place goes to the first', async () => {
      const s = store();
      await s.register(person('kids'), rules(2));
      const [noor, daan] = await s.registerAll([family('kids', 'Noor'), family('kids', 'Daan')], rules(2));
      expect(noor!.registration.status).toBe('confirmed');
      expect(daan!.registration.status).toBe('waitlisted');
      expect([noor!.repeat, daan!.repeat]).toEqual([false, false]);
      expect(noor!.registration.id).not.toBe(daan!.registration.id);
      expect(daan!.registration.seq).toBeGreaterThan(noor!.registration.seq);
      const hashes = await driver.query<{ h: string }>(`SELECT cancel_token_hash AS h FROM registrations WHERE email = 'gezin@example.nl'`);
      expect(new Set(hashes.map((r) => r.h)).size).toBe(2);
      const mails = await driver.query<{ kind: string; registration_id: string }>(`SELECT kind, registration_id FROM outbox WHERE recipient = 'gezin@example.nl' ORDER BY id`);
      expect(mails).toEqual([
        { kind: 'registration-confirmed', registration_id: noor!.registration.id },
        { kind: 'registration-waitlisted', registration_id: daan!.registration.id },
      ]);
      expect(await s.places('kids')).toEqual({ held: 2, waiting: 1 });
    });

    it('a repeat of the same child is no second registration; another child is', async () => {
      const s = store();
      const [first] = await s.registerAll([family('kids', 'Noor')], rules(5));
      const [again, other] = await s.registerAll([family('kids', 'Noor', { name: 'Iemand anders' }), family('kids', 'Daan')], rules(5));
      expect(again!.repeat).toBe(true);
      expect(again!.registration.id).toBe(first!.registration.id);
      expect(again!.registration.name).toBe('Sanne de Vries');
      expect(other!.repeat).toBe(false);
      expect((await s.listSession('kids')).map((r) => r.childFirstName)).toEqual(['Noor', 'Daan']);
      expect(await s.places('kids')).toEqual({ held: 2, waiting: 0 });
      const kinds = await driver.query<{ kind: string }>(`SELECT kind FROM outbox WHERE recipient = 'gezin@example.nl' ORDER BY id`);
      expect(kinds.map((k) => k.kind)).toEqual(['registration-confirmed', 'registration-repeat', 'registration-confirmed']);
    });

    it('migration 12 gives the registrations made before it the language Dutch, and stores a new one\'s language', async () => {
      const old = await engine.open();
      try {
        await migrate(old.driver, coreMigrations.filter((m) => m.version <= 11));
        await old.driver.exec(`INSERT INTO registrations (id, session_id, offer_id, email, child_key, name, participants, municipality, status, cancel_token_hash, seq, created_at, updated_at, purge_after)
          VALUES ('r-old', 's1', 'o1', 'oud@example.nl', '', 'Sanne', 1, 'haarlem', 'confirmed', 'h-old', 1, '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2027-01-10T00:00:00Z')`);
        await old.driver.exec(`INSERT INTO session_places (session_id, held, waiting, seq) VALUES ('s1', 1, 0, 1)`);
        expect(await migrate(old.driver, coreMigrations)).toEqual([12]);
        const s = createRegistrationStore(old.driver);
        expect((await s.list({ sessionId: 's1' }))[0]).toMatchObject({ id: 'r-old', language: 'nl' });
        const [ar] = await s.registerAll([person('s1', { email: 'samira@example.nl', language: 'ar' })], rules(5));
        expect(ar!.registration.language).toBe('ar');
      } finally {
        await old.drop();
      }
    });

    it('migration 11 keys the registrations made before it by their child, so a repeat stays one', async () => {
      const old = await engine.open();
      try {
        await migrate(old.driver, coreMigrations.filter((m) => m.version <= 10));
        // Written with the old columns: the row as version 10 stored it.
        await old.driver.exec(`INSERT INTO registrations (id, session_id, offer_id, email, name, participants, child_first_name, child_age, municipality, status, cancel_token_hash, seq, created_at, updated_at, purge_after)
          VALUES ('r-old', 'kids', 'kids', 'gezin@example.nl', 'Sanne', 1, ' Noor ', 10, 'haarlem', 'confirmed', 'h-old', 1, '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2027-01-10T00:00:00Z')`);
        await old.driver.exec(`INSERT INTO session_places (session_id, held, waiting, seq) VALUES ('kids', 1, 0, 1)`);
        expect(await migrate(old.driver, coreMigrations)).toEqual([11, 12]);
        const s = createRegistrationStore(old.driver);
        const [again, daan] = await s.registerAll([family('kids', 'Noor', { childKey: 'noor' }), family('kids', 'Daan')], rules(5));
        expect(again!.repeat).toBe(true);
        expect(again!.registration.id).toBe('r-old');
        expect(daan!.repeat).toBe(false);
      } finally {
        await old.drop();
      }
    });

    it('a batch that fails writes none of the children', async () => {
      const s = store();
      const bad = family('kids', 'Daan', { participants: 0 /* breaks the CHECK */ });
      await expect(s.registerAll([family('kids', 'Noor'), bad], rules(5))).rejects.toThrow();
      expect(await s.listSession('kids')).toEqual([]);
      expect(await driver.query('SELECT id FROM outbox')).toEqual([]);
    });

    it('moving one child leaves its brother where he is; the same child cannot be in the target twice', async () => {
      const s = store();
      const [noor, daan] = await s.registerAll([family('a', 'Noor'), family('a', 'Daan')], rules(5));
      await s.registerAll([family('b', 'Daan')], rules(5));
      const rulesOf = () => rules(5);
      expect(await s.move(noor!.registration.id, 'b', rulesOf, new Date('2027-01-10T00:00:00Z'))).toMatchObject({ ok: true });
      expect(await s.move(daan!.registration.id, 'b', rulesOf, new Date('2027-01-10T00:00:00Z'))).toEqual({ ok: false, reason: 'already-there' });
      expect((await s.listSession('b')).map((r) => r.childFirstName).sort()).toEqual(['Daan', 'Noor']);
      expect((await s.listSession('a')).map((r) => r.childFirstName)).toEqual(['Daan']);
    });
  });

  it('returns the same types on every engine', async () => {
    await driver.batch([
      { sql: `INSERT INTO survey_sent (session_id, sent_at) VALUES (?, ?)`, args: ['s1', '2026-12-01T10:00:00.000Z'] },
      { sql: `INSERT INTO survey_sent (session_id, sent_at) VALUES (?, ?)`, args: ['s2', '2026-12-02T10:00:00.000Z'] },
    ]);
    const [row] = await driver.query(
      `SELECT COUNT(*) AS n, SUM(LENGTH(session_id)) AS total, MAX(sent_at) AS latest, MIN(sent_at) < ? AS earlier, NULL AS absent FROM survey_sent`,
      ['2026-12-02'],
    );
    expect(row).toEqual({ n: 2, total: 4, latest: '2026-12-02T10:00:00.000Z', earlier: 1, absent: null });
    expect(await driver.exec('DELETE FROM survey_sent WHERE session_id = ?', ['s1'])).toBe(1);
  });

  it('a batch is atomic: a failing statement rolls back the earlier ones', async () => {
    const user = (id: string, role: string) => ({
      sql: `INSERT INTO users (id, email, role, partner_id, created_at) VALUES (?, ?, ?, ?, ?)`,
      args: [id, `${id}@example.nl`, role, null, '2026-12-01T00:00:00.000Z'],
    });
    await expect(driver.batch([user('u1', 'coordinator'), user('u2', 'partner' /* breaks the CHECK: no partner_id */)])).rejects.toThrow();
    expect(await driver.query('SELECT id FROM users')).toEqual([]);
    const results = await driver.batch([user('u1', 'coordinator'), { sql: 'SELECT id FROM users' }]);
    expect(results[0]!.rowsAffected).toBe(1);
    expect(results[1]!.rows).toEqual([{ id: 'u1' }]); // a later statement sees the earlier ones
  });

  it('batches sent at the same moment stay apart: one failing rolls back only itself (libSQL commits them together)', async () => {
    const user = (id: string, role: string) => ({
      sql: `INSERT INTO users (id, email, role, partner_id, created_at) VALUES (?, ?, ?, ?, ?)`,
      args: [id, `${id}@example.nl`, role, null, '2026-12-01T00:00:00.000Z'],
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        driver.batch(i === 7 ? [user('bad-a', 'coordinator'), user('bad-b', 'partner')] : [user(`u${i}`, 'coordinator'), { sql: 'SELECT COUNT(*) AS n FROM users' }]),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
    expect(outcomes[7]!.status).toBe('rejected');
    const ids = (await driver.query<{ id: string }>('SELECT id FROM users ORDER BY id')).map((r) => r.id);
    expect(ids).toHaveLength(29);
    expect(ids).not.toContain('bad-a');
    if (driver.dialect === 'sqlite') {
      // One after the other, even inside one commit: each batch saw the ones before it and none after it,
      // so every count from 1 to 29 was seen once (D1 may take them in another order than they were sent).
      const counts = outcomes.filter((o) => o.status === 'fulfilled').map((o) => Number(o.value[1]!.rows[0]!.n));
      expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    }
  });

  it('writes the outbox row in the same batch as the registration', async () => {
    let i = 0;
    const store = createRegistrationStore(driver, { newId: () => `id-${++i}` });
    const r = await store.register(person('s1'), rules(5), { payload: { cancelUrl: 'https://example.nl/annuleren?t=abc' } });
    expect(r.repeat).toBe(false);
    expect(r.registration.status).toBe('confirmed');
    const [mail] = await driver.query('SELECT id, kind, recipient, payload, registration_id, attempts, sent_at FROM outbox');
    expect(mail).toEqual({
      id: r.outboxId, kind: 'registration-confirmed', recipient: r.registration.email,
      payload: JSON.stringify({ cancelUrl: 'https://example.nl/annuleren?t=abc' }), registration_id: r.registration.id, attempts: 0, sent_at: null,
    });
    // The next batch's outbox id (`op:registration`) is taken already: the insert fails, and so does the registration.
    await driver.exec(`INSERT INTO outbox (id, kind, recipient, created_at, next_attempt_at) VALUES ('id-3:id-4', 'x', 'x', 'x', 'x')`);
    await expect(store.register(person('s1'), rules(5))).rejects.toThrow();
    expect((await store.listSession('s1')).length).toBe(1);
    expect(await store.places('s1')).toEqual({ held: 1, waiting: 0 });
  });

  it('300 simultaneous registrations for 10 places: exactly 10 confirmed, 290 waitlisted', async () => {
    const store = createRegistrationStore(driver);
    const results = await Promise.all(Array.from({ length: 300 }, () => store.register(person('busy'), rules(10))));
    const count = (s: string) => results.filter((r) => r.registration.status === s).length;
    expect([count('confirmed'), count('waitlisted')]).toEqual([10, 290]);
    expect(await store.places('busy')).toEqual({ held: 10, waiting: 290 });
    expect(await driver.query(`SELECT COUNT(*) AS n FROM outbox`)).toEqual([{ n: 300 }]);
    // The waiting list is in the order of the decisions.
    const waiting = (await store.listSession('busy')).filter((r) => r.status === 'waitlisted').map((r) => r.seq);
    expect(waiting).toEqual([...waiting].sort((a, b) => a - b));
    expect(new Set(waiting).size).toBe(290);
  }, 120_000);

  it('a repeat keeps the registration, rotates its token hash and mails a fresh link', async () => {
    const store = createRegistrationStore(driver);
    const p = person('s1');
    const first = await store.register(p, rules(5));
    const again = await store.register({ ...p, name: 'Iemand anders', cancelTokenHash: 'rotated' }, rules(5), { payload: { link: 'new' } });
    expect(again.repeat).toBe(true);
    expect(again.registration).toMatchObject({ id: first.registration.id, name: p.name, status: 'confirmed' });
    expect(await store.findByTokenHash(p.cancelTokenHash)).toBeUndefined();
    expect((await store.findByTokenHash('rotated'))?.id).toBe(first.registration.id);
    expect(await store.places('s1')).toEqual({ held: 1, waiting: 0 });
    const kinds = await driver.query('SELECT kind FROM outbox ORDER BY created_at, kind');
    expect(kinds.map((k) => k.kind).sort()).toEqual(['registration-confirmed', 'registration-repeat']);
    const kept = await store.register({ ...p, cancelTokenHash: 'not-used' }, rules(5), { rotateToken: false });
    expect(kept.repeat).toBe(true);
    expect((await store.findByTokenHash('rotated'))?.id).toBe(first.registration.id);
  });

  it('cancel frees the place for the first on the waiting list who fits, in strict order', async () => {
    const store = createRegistrationStore(driver);
    const r = rules(3);
    const a = await store.register(person('s1', { participants: 2 }), r);
    const b = await store.register(person('s1', { participants: 1 }), r);
    const c = await store.register(person('s1', { participants: 3 }), r); // waits
    const d = await store.register(person('s1', { participants: 1 }), r); // waits behind c, although one place... none left
    expect([a, b, c, d].map((x) => x.registration.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    const out = await store.cancel(await tokenOf(a.registration.id), () => r);
    expect(out?.changed).toBe(true);
    // Two places free: c (3) does not fit, and d may not jump the queue.
    expect(out?.promoted).toEqual([]);
    const out2 = await store.cancel(await tokenOf(b.registration.id), () => r);
    expect(out2?.promoted.map((p) => p.id)).toEqual([c.registration.id]);
    expect(await store.places('s1')).toEqual({ held: 3, waiting: 1 });
    const kinds = (await driver.query(`SELECT kind FROM outbox WHERE kind <> 'registration-confirmed' AND kind <> 'registration-waitlisted'`)).map((k) => k.kind);
    expect(kinds.sort()).toEqual(['cancelled', 'cancelled', 'promoted-confirmed']);
    expect((await store.cancel(await tokenOf(b.registration.id), () => r))?.changed).toBe(false);
  });

  it('a mail that ends a place knows whether there was one (its calendar file), from the status before the change', async () => {
    const store = createRegistrationStore(driver);
    const r = rules(1);
    const held = await store.register(person('s1'), r);
    const waiting = await store.register(person('s1'), r);
    const other = await store.register(person('s2'), r);
    const waitingToo = await store.register(person('s2'), r);
    await store.cancelById(waiting.registration.id, () => r);
    await store.cancel(await tokenOf(held.registration.id), () => r);
    const called = await store.cancelSession('s2', 'o', { message: 'Ziek.' });
    expect(called.map((x) => x.id).sort()).toEqual([other.registration.id, waitingToo.registration.id].sort());
    const rows = await driver.query<{ kind: string; registration_id: string; payload: string }>(
      `SELECT kind, registration_id, payload FROM outbox WHERE kind IN ('cancelled', 'session-cancelled')`,
    );
    const flag = Object.fromEntries(rows.map((m) => [m.registration_id, [m.kind, JSON.parse(m.payload)]]));
    expect(flag).toEqual({
      [waiting.registration.id]: ['cancelled', { calendar: false }],
      [held.registration.id]: ['cancelled', { calendar: true }],
      [other.registration.id]: ['session-cancelled', { message: 'Ziek.', calendar: true }],
      [waitingToo.registration.id]: ['session-cancelled', { message: 'Ziek.', calendar: false }],
    });
  });

  async function tokenOf(id: string): Promise<string> {
    const [row] = await driver.query('SELECT cancel_token_hash FROM registrations WHERE id = ?', [id]);
    return String(row!.cancel_token_hash);
  }

  it('intake: pending holds a place; declining promotes from the waiting list as pending', async () => {
    const store = createRegistrationStore(driver);
    const r = rules(1, { intake: true });
    const a = await store.register(person('s1'), r);
    const b = await store.register(person('s1'), r);
    expect([a.registration.status, b.registration.status]).toEqual(['pending', 'waitlisted']);
    const out = await store.decide(a.registration.id, 'declined', () => r);
    expect(out?.registration.status).toBe('declined');
    expect(out?.promoted.map((p) => [p.id, p.status])).toEqual([[b.registration.id, 'pending']]);
    const ok = await store.decide(b.registration.id, 'confirmed', () => r);
    expect(ok?.registration.status).toBe('confirmed');
    expect(await store.places('s1')).toEqual({ held: 1, waiting: 0 });
  });

  it('promote by hand only when the party fits; move keeps a confirmed place and fills the old session', async () => {
    const store = createRegistrationStore(driver);
    const r = rules(2);
    const a = await store.register(person('s1', { participants: 2 }), r);
    const w = await store.register(person('s1', { participants: 1 }), r);
    expect(await store.promote(w.registration.id, () => r)).toEqual({ ok: false, reason: 'full' });
    const moved = await store.move(a.registration.id, 's2', () => r, new Date('2027-02-01T00:00:00Z'));
    expect(moved).toMatchObject({ ok: true, registration: { sessionId: 's2', status: 'confirmed', purgeAfter: '2027-02-01T00:00:00.000Z' } });
    expect(moved.ok && moved.promoted.map((p) => p.id)).toEqual([w.registration.id]);
    expect(await store.places('s1')).toEqual({ held: 1, waiting: 0 });
    expect(await store.places('s2')).toEqual({ held: 2, waiting: 0 });
    const b = await store.register(person('s2'), r);
    expect(b.registration.status).toBe('waitlisted');
    expect(await store.move(w.registration.id, 's2', () => r, new Date())).toEqual({ ok: false, reason: 'full' });
    expect(await store.move(w.registration.id, 's1', () => r, new Date())).toEqual({ ok: false, reason: 'same-session' });
    expect(await store.promote('nobody', () => r)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('retention deletes past registrations, keeps their anonymous facts and recounts', async () => {
    const store = createRegistrationStore(driver);
    await store.register(person('old', { purgeAfter: '2026-01-01T00:00:00.000Z', participants: 2 }), rules(5));
    await store.register(person('new'), rules(5));
    expect(await store.purge(new Date('2026-06-01T00:00:00Z'))).toBe(1);
    // Its mail (with the cancel link) goes too; the other one stays.
    expect(await driver.query('SELECT COUNT(*) AS n FROM outbox')).toEqual([{ n: 1 }]);
    expect(await store.places('old')).toEqual({ held: 0, waiting: 0 });
    expect(await store.places('new')).toEqual({ held: 1, waiting: 0 });
    expect(await driver.query('SELECT session_id, status, participants FROM registration_facts')).toEqual([
      { session_id: 'old', status: 'confirmed', participants: 2 },
    ]);
  });

  if (engine.name === 'postgres') {
    it('control: without the locking statement, simultaneous decisions overbook (so the lock is what prevents it)', async () => {
      // Run up to five bursts; concurrency makes the overbooking likely, not certain, in any one burst.
      let worst = 0;
      for (let round = 0; round < 5 && worst <= 10; round++) {
        const session = `control-${round}`;
        await driver.batch([sql.lockSession(session)]);
        await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            driver.batch([
              sql.readSessionUnlocked(session),
              sql.insertRegistration({ ...person(session), id: `${session}-${i}` }, rules(10), `op-${session}-${i}`, new Date().toISOString(), true),
              sql.recount(session),
            ]),
          ),
        );
        const [row] = await driver.query(`SELECT COUNT(*) AS n FROM registrations WHERE session_id = ? AND status = 'confirmed'`, [session]);
        worst = Math.max(worst, Number(row!.n));
      }
      console.info(`control without the lock: ${worst} confirmed for 10 places`);
      expect(worst).toBeGreaterThan(10);
    });
  }
});
