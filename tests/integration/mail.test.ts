import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, test } from 'vitest';
import { handleCreateRegistration } from '../../src/server/handlers/registrations';
import { createMailTransport } from '../../src/server/mail/transport';
import { post, testEnv, valid, type TestEnv } from './helpers';

let env: TestEnv | undefined;
let server: SMTPServer | undefined;
afterEach(async () => {
  await env?.cleanup();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

describe('confirmation e-mail', () => {
  test('is delivered end to end over SMTP with the calendar file and cancel link', async () => {
    const received: { from: string; to: string[]; raw: string }[] = [];
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ from: String(session.envelope.mailFrom && session.envelope.mailFrom.address), to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const port = (server.server.address() as AddressInfo).port;
    const logs: string[] = [];
    env = await testEnv();
    env.useTransport(createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Samen Opgroeien <inschrijven@samenopgroeien.example>', outboxDir: '/nonexistent', log: (l) => logs.push(l) }));

    const res = await handleCreateRegistration(post({ ...valid, sessionId: 'webinar-s1', name: 'Anne "Bcc: x@y.nl" de Vries' }), env.deps);
    expect(res.status).toBe(202);
    await env.settle();
    const [row] = await env.deps.store.registrations.list();
    expect(row!.sessionId).toBe('webinar-s1');

    expect(received).toHaveLength(1);
    const m = received[0]!;
    expect(m.to).toEqual(['anne@voorbeeld.nl']);
    expect(m.from).toBe('inschrijven@samenopgroeien.example');
    expect(m.raw).toMatch(/^Subject: Je inschrijving: Training webinar/m);
    expect(m.raw).not.toMatch(/^Bcc:/im);
    expect(m.raw).toContain('text/calendar');
    expect(m.raw).toContain('bijeenkomst.ics');
    // the cancel link survives transfer encoding
    const decoded = m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(decoded).toMatch(/http:\/\/localhost:4321\/inschrijven\/annuleren\/\?token=[A-Za-z0-9_-]{43}\s/);
    expect(decoded).toContain('Zo doe je mee');
    // the calendar file: 2027-03-28 is the first day of summer time; 20:00 CEST = 18:00 UTC
    const icsB64 = /Content-Disposition: attachment; filename=bijeenkomst.ics\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(m.raw);
    const ics = icsB64 ? Buffer.from(icsB64[1]!.replace(/\s/g, ''), 'base64').toString('utf8') : decoded;
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270328T200000');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20270328T210000');
    // and a real calendar parser (Mozilla's ical.js) reads it: the event, its times, its organiser
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Training webinar');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-28T18:00:00.000Z');
    expect(event.organizer.toLowerCase()).toBe('mailto:inschrijven@samenopgroeien.example');
    // the log line carries no personal data
    expect(logs.join('\n')).not.toMatch(/anne|voorbeeld/i);
  });

  test('without SMTP the message lands in the outbox as .eml, and the log holds no address', async () => {
    env = await testEnv();
    const logs: string[] = [];
    const outbox = join(env.dir, 'outbox');
    env.useTransport(createMailTransport({ from: 'Samen Opgroeien <inschrijven@samenopgroeien.example>', outboxDir: outbox, log: (l) => logs.push(l) }));
    expect((await handleCreateRegistration(post(valid), env.deps)).status).toBe(202);
    await env.settle();
    const files = readdirSync(outbox);
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(outbox, files[0]!), 'utf8');
    expect(eml).toContain('To: anne@voorbeeld.nl');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/mail: registration-confirmed written to outbox/);
    expect(logs[0]).not.toMatch(/anne|voorbeeld/i);
  });

  test('the 202 does not wait for mail: the message waits in the outbox and a failed send is retried', async () => {
    env = await testEnv();
    let refuse = true;
    env.useTransport({ send: async () => { if (refuse) throw Object.assign(new Error('421 try later'), { name: 'SmtpError' }); } });
    expect((await handleCreateRegistration(post(valid), env.deps)).status).toBe(202);
    expect(await env.deps.store.outbox.unsent()).toBe(1);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 0, failed: 1 });
    expect(await env.deps.store.outbox.unsent()).toBe(1);
    expect(env.logs.join('\n')).toMatch(/registration-confirmed \S+ not sent \(SmtpError\)/);
    // not due again before its backoff; afterwards sent once and marked
    expect(await env.deps.drainMail()).toMatchObject({ sent: 0, failed: 0 });
    refuse = false;
    env.clock.now = new Date(env.clock.now.getTime() + 10 * 60_000);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 1, failed: 0 });
    expect(await env.deps.store.outbox.unsent()).toBe(0);
    expect(await env.deps.drainMail()).toMatchObject({ sent: 0, failed: 0 });
  });
});
