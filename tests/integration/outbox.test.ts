/**
 * The mail outbox drainer (src/server/mail/outbox.ts) with the real
 * transports (src/server/mail/transport.ts), on every engine (libSQL always,
 * PostgreSQL when TEST_POSTGRES_URL is set; with CI set it must be).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../src/schemas/rows';
import { DEFAULT_BACKOFF_MS, drainAll, drainOutbox, purgeOutboxRows, startOutboxWorker, type OutboxTransport } from '../../src/server/mail/outbox';
import type { MailMessage } from '../../src/server/mail/templates';
import { createMailTransport, idToken, outboxFileName } from '../../src/server/mail/transport';
import type { SqlDriver } from '../../src/server/store/driver';
import { openDriver } from '../../src/server/store/drivers';
import { migrate } from '../../src/server/store/migrate';
import { coreMigrations } from '../../src/server/store/migrations/sql/core';
import { createRegistrationStore } from '../../src/server/store/registrations';
import { engines, missingPostgres, type Engine } from './engines';

const FROM = 'Samen Opgroeien <inschrijven@samenopgroeien.example>';
const T0 = new Date('2026-11-02T09:00:00.000Z');
const at = (ms: number) => () => new Date(T0.getTime() + ms);
const MIN = 60_000;

const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', 'BEGIN:VEVENT', 'UID:r1@samenopgroeien', 'DTSTART:20270328T180000Z', 'DTEND:20270328T190000Z', 'SUMMARY:Training webinar', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

/** What the real render does, in small: the address from the row, the link from the payload. */
async function render(row: OutboxMessage): Promise<MailMessage | undefined> {
  const payload = row.payload as { cancelUrl?: string; gone?: boolean };
  if (payload.gone) return undefined;
  return {
    to: row.recipient,
    subject: `Je inschrijving: Training webinar (${row.id})`,
    text: `Hallo Anne,\n\nJe bent ingeschreven.\n\nAnnuleren: ${payload.cancelUrl ?? ''}\n`,
    attachments: [{ filename: 'bijeenkomst.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ICS }],
    kind: row.kind,
  };
}

let seq = 0;
async function addRow(driver: SqlDriver, over: { id?: string; recipient?: string; payload?: unknown; createdAt?: Date; nextAttemptAt?: Date; registrationId?: string | null } = {}): Promise<string> {
  const id = over.id ?? `op-${++seq}:reg-${seq}`;
  const created = (over.createdAt ?? new Date(T0.getTime() - 1000 + seq)).toISOString();
  await driver.exec(
    `INSERT INTO outbox (id, kind, recipient, payload, registration_id, created_at, attempts, next_attempt_at) VALUES (?, 'registration-confirmed', ?, ?, ?, ?, 0, ?)`,
    [id, over.recipient ?? `ouder${seq}@voorbeeld.nl`, JSON.stringify(over.payload ?? { cancelUrl: `https://samenopgroeien.nl/inschrijven/annuleren/?token=tok${seq}` }), over.registrationId === undefined ? `reg-${seq}` : over.registrationId, created, (over.nextAttemptAt ?? new Date(created)).toISOString()],
  );
  return id;
}

type Stored = { id: string; recipient: string; payload: string; attempts: number; next_attempt_at: string; sent_at: string | null; last_error: string | null };
const rowOf = async (driver: SqlDriver, id: string) => (await driver.query<Stored>(`SELECT id, recipient, payload, attempts, next_attempt_at, sent_at, last_error FROM outbox WHERE id = ?`, [id]))[0]!;

/** A transport that records what it was asked to send. */
function recorder(fail?: (m: MailMessage) => Error | undefined) {
  const sent: { id: string; message: MailMessage }[] = [];
  const transport: OutboxTransport = {
    async send(message, { id }) {
      const e = fail?.(message);
      if (e) throw e;
      sent.push({ id, message });
    },
  };
  return { sent, transport };
}

/** An error as nodemailer throws it when the server refuses the recipient: the message names the address. */
function refused(address: string): Error {
  return Object.assign(new Error(`Can't send mail - all recipients were rejected: 550 5.1.1 <${address}>: Recipient address rejected`), { code: 'EENVELOPE', responseCode: 550 });
}

const quiet = () => {
  const lines: string[] = [];
  return { lines, log: (l: string) => void lines.push(l) };
};

it('PostgreSQL is part of the outbox run when CI is set', () => {
  if (missingPostgres) throw new Error(missingPostgres);
  expect(engines.map((e) => e.name)).toContain('libsql');
});

describe.each(engines)('mail outbox on $name', (engine: Engine) => {
  let driver: SqlDriver;
  let url: string;
  let drop: () => Promise<void>;
  let dir: string;
  const extra: SqlDriver[] = [];

  beforeEach(async () => {
    ({ driver, url, drop } = await engine.open({ maxConnections: 10 }));
    await migrate(driver, coreMigrations);
    dir = mkdtempSync(join(tmpdir(), 'outbox-'));
  });
  afterEach(async () => {
    for (const d of extra.splice(0)) await d.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('claims the due rows, sends each under its id and marks it sent', async () => {
    const due = [await addRow(driver, { recipient: 'anne@voorbeeld.nl' }), await addRow(driver)];
    const later = await addRow(driver, { nextAttemptAt: new Date(T0.getTime() + 10 * MIN) });
    const { sent, transport } = recorder();
    const r = await drainOutbox({ driver, render, transport, now: at(0), log: quiet().log });
    expect(r).toMatchObject({ sent: 2, failed: 0, claimed: 2 });
    expect(sent.map((s) => s.id)).toEqual(due); // oldest first
    expect(sent[0]!.message.to).toBe('anne@voorbeeld.nl');
    for (const id of due) expect(await rowOf(driver, id)).toMatchObject({ attempts: 1, sent_at: T0.toISOString(), last_error: null });
    expect(await rowOf(driver, later)).toMatchObject({ attempts: 0, sent_at: null });
    // Nothing is sent twice: a second round finds nothing due, also long after the lease.
    expect(await drainOutbox({ driver, render, transport, now: at(60 * MIN) })).toMatchObject({ sent: 1, claimed: 1 });
    expect(await drainOutbox({ driver, render, transport, now: at(24 * 60 * MIN) })).toMatchObject({ sent: 0, claimed: 0 });
    expect(sent.map((s) => s.id)).toEqual([...due, later]);
  });

  it('a registration and its mail: the row written with the registration is the one sent', async () => {
    const store = createRegistrationStore(driver, { now: at(0) });
    const { outboxId, registration } = await store.register(
      { sessionId: 's1', offerId: 'o1', email: 'anne@voorbeeld.nl', name: 'Anne', participants: 1, municipality: 'haarlem', cancelTokenHash: 'h1', purgeAfter: '2027-01-01T00:00:00.000Z' },
      { capacity: 5, taken: 0, intake: false },
      { payload: { cancelUrl: 'https://samenopgroeien.nl/inschrijven/annuleren/?token=RAWTOKEN' } },
    );
    const { sent, transport } = recorder();
    expect(await drainOutbox({ driver, render, transport, now: at(1000) })).toMatchObject({ sent: 1 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.id).toBe(outboxId);
    expect(sent[0]!.message.to).toBe(registration.email);
    expect(sent[0]!.message.text).toContain('token=RAWTOKEN');
  });

  it('after sending, the row keeps no address and no token (a tombstone)', async () => {
    const id = await addRow(driver, { recipient: 'anne@voorbeeld.nl', payload: { cancelUrl: 'https://samenopgroeien.nl/inschrijven/annuleren/?token=SECRET-TOKEN-123' } });
    const before = JSON.stringify(await rowOf(driver, id));
    expect(before).toContain('anne@voorbeeld.nl');
    expect(before).toContain('SECRET-TOKEN-123');
    await drainOutbox({ driver, render, transport: recorder().transport, now: at(0) });
    const after = await driver.query(`SELECT * FROM outbox WHERE id = ?`, [id]);
    expect(after).toHaveLength(1);
    const text = JSON.stringify(after[0]);
    expect(text).not.toContain('anne');
    expect(text).not.toContain('voorbeeld');
    expect(text).not.toContain('SECRET-TOKEN-123');
    expect(after[0]).toMatchObject({ recipient: '', payload: '{}', sent_at: T0.toISOString() });
  });

  it('a row whose mail has nothing to say any more (render gives nothing) is marked done without sending', async () => {
    const id = await addRow(driver, { payload: { gone: true } });
    const { sent, transport } = recorder();
    expect(await drainOutbox({ driver, render, transport, now: at(0) })).toMatchObject({ sent: 0, failed: 0, skipped: 1 });
    expect(sent).toHaveLength(0);
    expect(await rowOf(driver, id)).toMatchObject({ sent_at: T0.toISOString(), recipient: '', payload: '{}', last_error: 'skipped' });
    expect(await drainOutbox({ driver, render, transport, now: at(24 * 60 * MIN) })).toMatchObject({ claimed: 0 });
  });

  it('two drainers at once never send a row twice', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(await addRow(driver));
    // A second connection, as another process or isolate has (D1: the binding is the database).
    const other = engine.name === 'd1' ? driver : await openDriver(url, { maxConnections: 10 });
    if (other !== driver) extra.push(other);
    const sends: string[] = [];
    const slow: OutboxTransport = {
      async send(_m, { id }) {
        sends.push(id);
        await new Promise((r) => setTimeout(r, Math.random() * 3));
      },
    };
    const drain = (d: SqlDriver) => drainOutbox({ driver: d, render, transport: slow, now: at(0), limit: 7, concurrency: 2, log: quiet().log });
    // Each drainer keeps draining until nothing is due; both run at the same time. (On PostgreSQL a round
    // can claim nothing while rows are still due: the other drainer held exactly its candidates.)
    const loop = async (d: SqlDriver) => {
      let total = 0;
      for (;;) {
        const r = await drain(d);
        total += r.sent;
        if (!r.claimed && Number((await d.query(`SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= ?`, [T0.toISOString()]))[0]!.n) === 0) return total;
      }
    };
    const [a, b] = await Promise.all([loop(driver), loop(other)]);
    expect(a + b).toBe(60);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(sends.toSorted()).toEqual(ids.toSorted());
    expect(new Set(sends).size).toBe(60);
    expect(await driver.query(`SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL OR attempts <> 1`)).toEqual([{ n: 0 }]);
  });

  it('a crash between sending and marking: after the lease the row is sent again into the same file, exactly one', async () => {
    const folder = join(dir, 'outbox');
    const transport = createMailTransport({ from: FROM, outboxDir: folder, log: quiet().log });
    const id = await addRow(driver, { recipient: 'anne@voorbeeld.nl' });
    // The process "dies" right after the file was written: no further write reaches the database.
    let dead = false;
    const dying: SqlDriver = {
      ...driver,
      query: (sql, args) => (dead ? Promise.reject(new Error('process died')) : driver.query(sql, args)),
      exec: (sql, args) => (dead ? Promise.reject(new Error('process died')) : driver.exec(sql, args)),
    };
    const crashing: OutboxTransport = {
      async send(m, o) {
        await transport.send(m, o);
        dead = true;
      },
    };
    await expect(drainOutbox({ driver: dying, render, transport: crashing, now: at(0), log: quiet().log })).rejects.toThrow('process died');
    expect(await rowOf(driver, id)).toMatchObject({ sent_at: null, attempts: 1 });
    expect(readdirSync(folder)).toEqual([outboxFileName(id)]);

    // A new drainer while the lease holds does not touch it (the first might still be sending).
    const restarted = { driver, render, transport, log: quiet().log };
    expect(await drainOutbox({ ...restarted, now: at(MIN) })).toMatchObject({ claimed: 0 });
    // After the lease it is sent again, under the same id: the file is replaced, not doubled.
    expect(await drainOutbox({ ...restarted, now: at(6 * MIN) })).toMatchObject({ sent: 1 });
    expect(readdirSync(folder)).toEqual([outboxFileName(id)]);
    expect(await rowOf(driver, id)).toMatchObject({ attempts: 2, sent_at: at(6 * MIN)().toISOString(), recipient: '' });
    const file = join(folder, outboxFileName(id));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const mail = await simpleParser(readFileSync(file));
    expect(mail.messageId).toBe(`<${idToken(id)}@samenopgroeien.example>`);
    expect(mail.text).toContain('Je bent ingeschreven.');
  });

  it('flushes the transport once per round before marking; a failed flush leaves the rows to be sent again', async () => {
    const ids = [await addRow(driver), await addRow(driver)];
    const seen: { sentAt: (string | null)[]; sends: number }[] = [];
    let sends = 0;
    let flushFails = true;
    const transport: OutboxTransport = {
      async send() {
        sends++;
      },
      async flush() {
        seen.push({ sentAt: await Promise.all(ids.map(async (id) => (await rowOf(driver, id)).sent_at)), sends });
        if (flushFails) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    await expect(drainOutbox({ driver, render, transport, now: at(0) })).rejects.toThrow('disk full');
    expect(seen).toEqual([{ sentAt: [null, null], sends: 2 }]);
    expect(await driver.query(`SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL`)).toEqual([{ n: 2 }]);
    flushFails = false;
    expect(await drainOutbox({ driver, render, transport, now: at(6 * MIN) })).toMatchObject({ sent: 2 });
    expect(seen).toHaveLength(2);
    expect(await driver.query(`SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL`)).toEqual([{ n: 0 }]);
  });

  it('a failed send waits 1 min, 5 min, 30 min, 2 h, 12 h, then gives up and keeps only the kind of error', async () => {
    const id = await addRow(driver, { recipient: 'anne@voorbeeld.nl' });
    const { lines, log } = quiet();
    const { transport } = recorder((m) => refused(m.to));
    const round = (ms: number) => drainOutbox({ driver, render, transport, now: at(ms), log });
    let t = 0;
    for (const [i, wait] of DEFAULT_BACKOFF_MS.entries()) {
      expect(await round(t)).toMatchObject({ failed: 1, claimed: 1 });
      const row = await rowOf(driver, id);
      expect(row).toMatchObject({ attempts: i + 1, sent_at: null, last_error: 'Error EENVELOPE 550' });
      expect(row.next_attempt_at).toBe(at(t + wait)().toISOString());
      // Not a moment earlier.
      expect(await round(t + wait - 1000)).toMatchObject({ claimed: 0 });
      t += wait;
    }
    expect(DEFAULT_BACKOFF_MS).toEqual([1 * MIN, 5 * MIN, 30 * MIN, 120 * MIN, 720 * MIN]);
    // The sixth attempt is the last.
    expect(await round(t)).toMatchObject({ failed: 1 });
    expect(await round(t + 365 * 24 * 60 * MIN)).toMatchObject({ claimed: 0 });
    const row = await rowOf(driver, id);
    expect(row).toMatchObject({ attempts: 6, sent_at: null, last_error: 'Error EENVELOPE 550' });
    expect(lines.at(-1)).toMatch(/given up/);
    expect(lines.join('\n')).not.toMatch(/anne|voorbeeld/);
    expect(JSON.stringify(await driver.query(`SELECT last_error FROM outbox`))).not.toMatch(/anne|voorbeeld/);
  });

  it('the mail API refusing a message for good is given up at once; SMTP errors keep their backoff, also those nodemailer marks permanent', async () => {
    const refusedForGood = await addRow(driver, { recipient: 'weg@voorbeeld.nl' });
    const retried = await addRow(driver);
    const { lines, log } = quiet();
    const { transport } = recorder((m) =>
      m.to === 'weg@voorbeeld.nl'
        ? Object.assign(new Error('the mail API answered 422'), { name: 'MailApiError', responseCode: 422, permanent: true })
        : Object.assign(refused(m.to), { permanent: true }), // nodemailer 10 on a 5xx reply
    );
    expect(await drainOutbox({ driver, render, transport, now: at(0), log })).toMatchObject({ failed: 2, claimed: 2 });
    expect(await rowOf(driver, refusedForGood)).toMatchObject({ attempts: DEFAULT_BACKOFF_MS.length + 1, sent_at: null, last_error: 'MailApiError 422' });
    expect(await rowOf(driver, retried)).toMatchObject({ attempts: 1, sent_at: null, last_error: 'Error EENVELOPE 550' });
    expect(lines.join('\n')).toMatch(/not sent after 1 attempt\(s\), given up, refused for good \(MailApiError 422\)/);
    // Only the other one is tried again.
    expect(await drainOutbox({ driver, render, transport, now: at(365 * 24 * 60 * MIN), log })).toMatchObject({ claimed: 1, failed: 1 });
    expect((await rowOf(driver, refusedForGood)).attempts).toBe(DEFAULT_BACKOFF_MS.length + 1);
  });

  it('one failing mail does not hold up the others', async () => {
    const bad = await addRow(driver, { recipient: 'weg@voorbeeld.nl' });
    const good = await addRow(driver);
    const { sent, transport } = recorder((m) => (m.to === 'weg@voorbeeld.nl' ? refused(m.to) : undefined));
    expect(await drainOutbox({ driver, render, transport, now: at(0), log: quiet().log })).toMatchObject({ sent: 1, failed: 1 });
    expect(sent.map((s) => s.id)).toEqual([good]);
    expect(await rowOf(driver, bad)).toMatchObject({ sent_at: null, attempts: 1 });
  });

  it('over SMTP: a real server receives the message with its stable Message-ID; it parses with subject, text and the .ics', async () => {
    const received: { to: string[]; raw: Buffer }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
          callback();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, from: FROM, outboxDir: '/nonexistent', log: quiet().log });
    try {
      const id = await addRow(driver, { recipient: 'anne@voorbeeld.nl', payload: { cancelUrl: 'https://samenopgroeien.nl/inschrijven/annuleren/?token=Abc_123-xyz' } });
      expect(await drainOutbox({ driver, render, transport, now: at(0) })).toMatchObject({ sent: 1 });
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual(['anne@voorbeeld.nl']);
      const mail = await simpleParser(received[0]!.raw);
      expect(mail.messageId).toBe(`<${idToken(id)}@samenopgroeien.example>`);
      expect(mail.messageId).toMatch(/^<[A-Za-z0-9_%-]+@samenopgroeien\.example>$/);
      expect(mail.subject).toBe(`Je inschrijving: Training webinar (${id})`);
      expect(mail.text).toContain('Annuleren: https://samenopgroeien.nl/inschrijven/annuleren/?token=Abc_123-xyz');
      expect(mail.from?.value[0]?.address).toBe('inschrijven@samenopgroeien.example');
      expect(mail.attachments).toHaveLength(1);
      const [ics] = mail.attachments;
      expect(ics!.filename).toBe('bijeenkomst.ics');
      expect(ics!.contentType).toBe('text/calendar');
      expect(ics!.content.toString('utf8')).toContain('DTSTART:20270328T180000Z');
      expect(await rowOf(driver, id)).toMatchObject({ recipient: '', payload: '{}' });
    } finally {
      await transport.close?.();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('the worker sends soon after a kick, and stop lets the current send finish and be marked', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started: string[] = [];
    const transport: OutboxTransport = {
      async send(_m, { id }) {
        started.push(id);
        await gate;
      },
    };
    const worker = startOutboxWorker({ driver, render, transport, intervalMs: 60 * MIN, concurrency: 1, log: quiet().log });
    await new Promise((r) => setTimeout(r, 50)); // the first round found nothing
    const first = await addRow(driver, { createdAt: new Date(Date.now() - 1000) });
    worker.kick();
    worker.kick();
    for (let i = 0; i < 100 && !started.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([first]);
    const stopped = worker.stop();
    const second = await addRow(driver, { createdAt: new Date(Date.now() - 500) });
    worker.kick();
    let done = false;
    void stopped.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false); // waits for the send in flight
    release();
    await stopped;
    expect((await rowOf(driver, first)).sent_at).not.toBeNull();
    expect(await rowOf(driver, second)).toMatchObject({ attempts: 0, sent_at: null });
    expect(started).toEqual([first]);
  });

  it('stop releases claimed rows that were not tried yet, for the next start', async () => {
    const ids = [await addRow(driver, { createdAt: new Date(Date.now() - 3000) }), await addRow(driver, { createdAt: new Date(Date.now() - 2000) })];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started: string[] = [];
    const worker = startOutboxWorker({
      driver, render, intervalMs: 60 * MIN, concurrency: 1, log: quiet().log,
      transport: {
        async send(_m, { id }) {
          started.push(id);
          await gate;
        },
      },
    });
    for (let i = 0; i < 100 && !started.length; i++) await new Promise((r) => setTimeout(r, 10));
    const stopped = worker.stop();
    release();
    await stopped;
    expect(started).toEqual([ids[0]]);
    expect((await rowOf(driver, ids[0]!)).sent_at).not.toBeNull();
    const left = await rowOf(driver, ids[1]!);
    expect(left).toMatchObject({ attempts: 0, sent_at: null });
    expect(Date.parse(left.next_attempt_at)).toBeLessThanOrEqual(Date.now());
  });

  it('drainAll sends everything due in rounds and stops when nothing is left', async () => {
    for (let i = 0; i < 23; i++) await addRow(driver);
    const bad = await addRow(driver, { recipient: 'weg@voorbeeld.nl' });
    const { sent, transport } = recorder((m) => (m.to === 'weg@voorbeeld.nl' ? refused(m.to) : undefined));
    expect(await drainAll({ driver, render, transport, now: at(0), limit: 5, log: quiet().log })).toEqual({ sent: 23, failed: 1, skipped: 0, claimed: 24 });
    expect(new Set(sent.map((s) => s.id)).size).toBe(23);
    expect(await rowOf(driver, bad)).toMatchObject({ sent_at: null, attempts: 1 });
  });

  it('retention: rows without a registration (sign-in links, invites) go after the retention date; registration rows go with their registration', async () => {
    const old = await addRow(driver, { registrationId: null, createdAt: new Date('2026-01-01T00:00:00.000Z') });
    const recent = await addRow(driver, { registrationId: null, createdAt: new Date('2026-10-30T00:00:00.000Z') });
    const withRegistration = await addRow(driver, { createdAt: new Date('2026-01-01T00:00:00.000Z') });
    expect(await purgeOutboxRows(driver, new Date('2026-06-01T00:00:00.000Z'))).toBe(1);
    const left = (await driver.query<{ id: string }>(`SELECT id FROM outbox ORDER BY id`)).map((r) => r.id);
    expect(left).toEqual([recent, withRegistration].toSorted());
    expect(left).not.toContain(old);
  });
});
