/**
 * Every mail of the template module, built as the transports build it and
 * read back by a real mail parser (mailparser): a text part and an HTML part
 * from the same template, the same facts in both, nothing in the HTML that
 * runs or loads, hostile input escaped, and the calendar file still attached.
 */
import ICAL from 'ical.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { parse } from 'parse5';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSessionCatalogue, type CatalogueSession } from '../../src/catalogue';
import { formatDate } from '../../src/domain/dates';
import { meetingsOf } from '../../src/domain/offers/meetings';
import { offerSchema } from '../../src/schemas/offer';
import type { Registration } from '../../src/schemas/rows';
import * as t from '../../src/server/mail/templates';
import { createMailTransport } from '../../src/server/mail/transport';
import { mailApiMessage } from '../../src/server/mail/transport-http';
import { contact } from '../../src/utils/contact';
import { offer } from './helpers';

const FROM = 'Samen Opgroeien <inschrijven@samenopgroeien.example>';
const HOSTILE_TITLE = 'Opvoeden <img src=x onerror=alert(1)> "><script>alert(1)</script>';
const HOSTILE_CHILD = 'Noor"><script>alert(2)</script>';
const HOSTILE_MESSAGE = 'De zaal is anders.\r\nBcc: spy@evil.example\r\n"><script>alert(3)</script> <img src=x onerror=alert(4)>';
const CANCEL = 'https://samenopgroeien.nl/inschrijven/annuleren/?token=Abc_123-xyz';
const PAGE = 'https://samenopgroeien.nl/aanbod/mindset/';

const series = offer(
  'mindset',
  { title: HOSTILE_TITLE, bring: ['Een schrift en een pen', 'Iets te drinken <b>'], registration: { method: 'portal', intake: true, askChild: true, askSchoolGroup: true } },
  [
    {
      start: '2027-03-17T14:00',
      end: '2027-03-17T15:30',
      laterMeetings: [
        { start: '2027-03-24T14:00', end: '2027-03-24T15:30' },
        // across the change to summer time (28 March 2027)
        { start: '2027-03-31T19:30', end: '2027-03-31T21:00', label: 'Ouderavond <i>' },
        { start: '2027-04-07T14:00', end: '2027-04-07T15:30' },
      ],
    },
  ],
);
const webinar = offer('webinar', { kind: 'webinar', format: 'online' }, [{ location: 'online', start: '2027-03-28T20:00', end: '2027-03-28T21:00' }]);
const catalogue = buildSessionCatalogue([series, webinar], [{ id: 'cjg-schalkwijk', data: { name: 'CJG Schalkwijk', address: { street: 'Fie Carelsenplein 1', postcode: '2034 MA', city: 'Haarlem' } } }]);
const entry = catalogue('mindset-s1')!;
const online = catalogue('webinar-s1')!;

const reg = (status: Registration['status'], over: Partial<Registration> = {}): Registration => ({
  id: `reg-${status}`,
  sessionId: 'mindset-s1',
  offerId: 'mindset',
  email: 'anne@voorbeeld.nl',
  name: 'Anne\r\nBcc: spy@evil.example',
  phone: '06 12345678',
  participants: 1,
  childFirstName: HOSTILE_CHILD,
  childKey: 'noor',
  childAge: 10,
  schoolGroup: 'groep 7',
  municipality: 'haarlem',
  remarks: '<script>alert(5)</script>',
  status,
  seq: 1,
  createdAt: '2026-11-23T12:00:00.000Z',
  updatedAt: '2026-11-23T12:00:00.000Z',
  purgeAfter: '2027-05-07T00:00:00.000Z',
  language: 'nl',
  ...over,
});

const ctx = { title: HOSTILE_TITLE, backOfficeUrl: 'https://samenopgroeien.nl/beheer/aanbod/x/', publicUrl: 'https://samenopgroeien.nl/aanbod/x/' };

interface Case {
  message: t.MailMessage;
  /** The registration's session (its meetings must all be in the mail). */
  entry?: CatalogueSession;
  cancel?: boolean;
  ics?: boolean;
  /** A mail that ends a place in this session: it brings the cancelling calendar file. */
  ended?: CatalogueSession;
}

/** Every mail the module makes. */
const cases: Case[] = [
  { message: t.confirmationMail(entry, reg('confirmed'), CANCEL, PAGE), entry, cancel: true, ics: true },
  { message: t.confirmationMail(entry, reg('confirmed'), CANCEL, PAGE, { repeat: true }), entry, cancel: true, ics: true },
  { message: t.confirmationMail(entry, reg('pending'), CANCEL, PAGE), entry, cancel: true, ics: true },
  { message: t.confirmationMail(entry, reg('waitlisted', { participants: 2 }), CANCEL, PAGE), entry, cancel: true },
  { message: t.confirmationMail(online, reg('confirmed', { sessionId: 'webinar-s1', childFirstName: undefined }), CANCEL, 'https://samenopgroeien.nl/aanbod/webinar/'), entry: online, cancel: true, ics: true },
  { message: t.promotedMail(entry, reg('confirmed'), CANCEL, PAGE), entry, cancel: true, ics: true },
  { message: t.promotedMail(entry, reg('pending'), CANCEL, PAGE), entry, cancel: true, ics: true },
  { message: t.decidedMail(entry, reg('confirmed'), CANCEL, PAGE), entry, cancel: true, ics: true },
  { message: t.decidedMail(entry, reg('declined'), '', PAGE), ended: entry },
  { message: t.movedMail(entry, reg('waitlisted'), CANCEL, PAGE), entry, cancel: true },
  { message: t.movedMail(entry, reg('confirmed'), CANCEL, PAGE), entry, cancel: true, ics: true },
  { message: t.movedMail(entry, reg('confirmed'), CANCEL, PAGE, online), entry, cancel: true, ics: true },
  { message: t.cancelledMail(entry, reg('cancelled')) },
  { message: t.cancelledMail(entry, reg('cancelled'), { calendar: true, pageUrl: PAGE }), ended: entry },
  { message: t.sessionCancelledMail(entry, reg('cancelled'), HOSTILE_MESSAGE) },
  { message: t.sessionCancelledMail(entry, reg('cancelled'), HOSTILE_MESSAGE, { calendar: true, pageUrl: PAGE }), ended: entry },
  { message: t.sessionMessageMail(entry, reg('confirmed'), { subject: 'Let op\r\nBcc: spy@evil.example', text: HOSTILE_MESSAGE }) },
  { message: t.signInMail('coordinator@cjg.nl', 'https://samenopgroeien.nl/beheer/inloggen/link/?token=T0k3n') },
  { message: t.surveyInviteMail('anne@voorbeeld.nl', 'Anne\r\nBcc: spy@evil.example', HOSTILE_TITLE, 'https://samenopgroeien.nl/evaluatie/?t=T0k3n') },
  { message: t.offerSubmittedMail('coordinator@cjg.nl', ctx) },
  { message: t.offerApprovedMail('partner@kenter.nl', ctx) },
  { message: t.offerSentBackMail('partner@kenter.nl', ctx, HOSTILE_MESSAGE) },
  { message: t.offerOfflineMail('partner@kenter.nl', ctx, HOSTILE_MESSAGE) },
  { message: t.offerOnlineMail('partner@kenter.nl', ctx) },
];

/** The text a reader sees in the HTML part (parsed as a browser would, entities decoded, no tags). */
function visibleText(html: string): string {
  const out: string[] = [];
  const walk = (n: { nodeName: string; value?: string; childNodes?: unknown[] }) => {
    if (n.nodeName === '#text') out.push(n.value!);
    if (n.nodeName === 'style' || n.nodeName === 'title') return;
    for (const c of (n.childNodes ?? []) as (typeof n)[]) walk(c);
  };
  walk(parse(html) as never);
  return out.join('').replace(/\s+/g, ' ');
}
const flat = (s: string) => s.replace(/\s+/g, ' ');
/** Every element and attribute of the HTML part. */
function elements(html: string): { tag: string; attrs: { name: string; value: string }[] }[] {
  const out: { tag: string; attrs: { name: string; value: string }[] }[] = [];
  const walk = (n: { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
    if (n.tagName) out.push({ tag: n.tagName, attrs: n.attrs ?? [] });
    for (const c of (n.childNodes ?? []) as (typeof n)[]) walk(c);
  };
  walk(parse(html) as never);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'mail-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Through the folder outbox (nodemailer builds the MIME), read back from the .eml file. */
async function viaEml(m: t.MailMessage, id: string): Promise<ParsedMail> {
  const outbox = join(dir, id);
  await createMailTransport({ from: FROM, outboxDir: outbox, log: () => {} }).send(m, { id });
  const [file] = readdirSync(outbox);
  return simpleParser(readFileSync(join(outbox, file!)));
}

describe('every mail has a text and an HTML part from the same template', () => {
  it('covers every template of the module', () => {
    const templates = Object.entries(t).filter(([name, v]) => typeof v === 'function' && name.endsWith('Mail')).map(([name]) => name);
    // A new template needs its case here.
    expect(templates.toSorted()).toEqual([
      'cancelledMail', 'confirmationMail', 'decidedMail', 'movedMail', 'offerApprovedMail', 'offerOfflineMail', 'offerOnlineMail',
      'offerSentBackMail', 'offerSubmittedMail', 'promotedMail', 'sessionCancelledMail', 'sessionMessageMail', 'signInMail', 'surveyInviteMail',
    ]);
    expect(new Set(cases.map((c) => c.message.kind)).size).toBe(17);
    for (const c of cases) expect(c.message.html, c.message.kind).toBeTruthy();
  });

  it.each(cases.map((c, i) => [`${i} ${c.message.kind}`, c] as const))('%s', async (_name, c) => {
    const mail = await viaEml(c.message, `row-${_name.replace(/\W+/g, '-')}`);
    // Two parts of one multipart/alternative message.
    expect(mail.text).toBeTruthy();
    expect(typeof mail.html).toBe('string');
    const html = mail.html as string;
    const text = mail.text!;
    const seen = visibleText(html);

    // No header from anything typed: one recipient, no Bcc, a one-line subject.
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.bcc).toBeUndefined();
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect((Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a!.value.map((v) => v.address))).toEqual([c.message.to]);

    // Simple, self-contained HTML: Dutch, nothing that runs, nothing loaded from anywhere.
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="nl" dir="ltr">/);
    const all = elements(html);
    expect(all.map((e) => e.tag)).not.toEqual(expect.arrayContaining(['script']));
    for (const e of all) {
      expect(['script', 'img', 'iframe', 'object', 'embed', 'link', 'form', 'input', 'video', 'audio', 'svg', 'base']).not.toContain(e.tag);
      for (const a of e.attrs) {
        expect(a.name, `${e.tag} ${a.name}`).not.toMatch(/^on|^src$|^srcset$|^background$/i);
        if (a.name === 'href') expect(a.value).toMatch(/^(https:\/\/samenopgroeien\.nl\/|tel:\+31|mailto:)/);
        if (a.name === 'style') expect(a.value).not.toMatch(/url\(|expression|@import/i);
      }
    }
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!samenopgroeien\.nl\/)/i);
    expect(html).toMatch(/max-width:600px/);
    expect(html).toContain('CJG Haarlem-Zandvoort');

    // Hostile input is text in the HTML: escaped, and read back as the same characters.
    expect(html).not.toMatch(/<img|<script|<b>|<i>/i);
    if (text.includes(flat(HOSTILE_TITLE))) {
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(seen).toContain(flat(HOSTILE_TITLE));
    }
    if (text.includes(HOSTILE_CHILD)) {
      expect(seen).toContain(HOSTILE_CHILD);
      expect(mail.subject).toContain(HOSTILE_CHILD);
    }

    // The same facts in both parts.
    const facts: string[] = [];
    if (c.entry) facts.push(...meetingsOf(c.entry.session).map((m) => formatDate(m.start)));
    if (c.cancel) facts.push(CANCEL);
    if (c.message.to === 'anne@voorbeeld.nl' && c.message.kind !== 'survey-invite') facts.push(contact.phone, contact.hours);
    for (const f of facts) {
      expect(text, `text: ${f}`).toContain(f);
      expect(f === CANCEL ? html : seen, `html: ${f}`).toContain(f);
    }
    if (c.cancel) expect(html).toMatch(new RegExp(`<a href="${CANCEL.replace(/[?.]/g, '\\$&')}"[^>]*>Annuleren</a>`));
    // What the text says, the HTML says: every line of the text part is in the HTML (links aside).
    for (const line of text.split('\n').map((l) => l.replace(/^- /, '').replace(/ \(https?:\/\/\S+\)/g, '').replace(/:$/, '').trim()).filter(Boolean)) {
      if (/^https?:\/\//.test(line)) expect(html).toContain(line);
      // "Wat: Mindset" is a label cell and a value cell in the HTML.
      else for (const piece of line.split(/:\s/).filter(Boolean)) expect(seen, `html lacks: ${piece}`).toContain(flat(piece));
    }

    // A mail that ends a place brings the file that takes it out: every meeting, cancelled.
    if (c.ended) {
      expect(mail.attachments).toHaveLength(1);
      const events = new ICAL.Component(ICAL.parse(mail.attachments[0]!.content.toString('utf8'))).getAllSubcomponents('vevent');
      expect(events.map((v) => v.getFirstPropertyValue('status'))).toEqual(meetingsOf(c.ended.session).map(() => 'CANCELLED'));
      expect(text).toContain('Open het agendabestand in de bijlage.');
    } else if (c.ics) {
    // The calendar file is still attached where a place is held.
      expect(mail.attachments).toHaveLength(1);
      const [a] = mail.attachments;
      expect(a!.filename).toBe('bijeenkomst.ics');
      expect(a!.contentType).toBe('text/calendar');
      const vevent = new ICAL.Component(ICAL.parse(a!.content.toString('utf8'))).getFirstSubcomponent('vevent')!;
      expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe(new Date(`${c.entry!.session.start}:00${c.entry === online ? '+02:00' : '+01:00'}`).toISOString());
    } else {
      expect(mail.attachments).toHaveLength(0);
    }
  });
});

describe('what the mails say', () => {
  const text = (m: t.MailMessage) => m.text;

  it('lists every meeting with its label, the child, what to bring and the cancel deadline', () => {
    const m = text(t.confirmationMail(entry, reg('confirmed'), CANCEL, PAGE));
    expect(m).toContain('Wanneer (4 bijeenkomsten):');
    expect(m).toContain('- woensdag 17 maart 2027, 14.00 tot 15.30 uur');
    expect(m).toContain('- Ouderavond <i>: woensdag 31 maart 2027, 19.30 tot 21.00 uur');
    expect(m).toContain('- woensdag 7 april 2027, 14.00 tot 15.30 uur');
    expect(m).toContain(`Kind: ${HOSTILE_CHILD}`);
    expect(m).toContain('Wat neem je mee?\n\n- Een schrift en een pen\n- Iets te drinken <b>');
    expect(m).toContain('het liefst vóór de eerste bijeenkomst op woensdag 17 maart 2027');
    expect(m).toContain(`Annuleren:\n${CANCEL}`);
    expect(m).toContain(`Bel het CJG op ${contact.phone} (${contact.hours})`);
    expect(m).toContain('Hallo Anne Bcc: spy@evil.example,');
  });

  it('tells someone waiting what happens next, true to how the waiting list is filled', () => {
    const m = text(t.confirmationMail(entry, reg('waitlisted', { participants: 3 }), CANCEL, PAGE));
    expect(m).toContain('Komt er een plek vrij? Dan krijg je meteen een e-mail.');
    expect(m).toContain('Wie zich eerder aanmeldde, is eerder aan de beurt.');
    // This offer has an intake: a promoted registration becomes pending, not confirmed.
    expect(m).toContain('De plek is dan voor jou. Je hoeft niets te doen: we bellen je eerst');
    expect(m).toContain('genoeg plaatsen vrij zijn voor alle 3 personen');
    expect(m).toContain('Begint de training en is er nog geen plek vrij? Dan blijf je op de wachtlijst staan.');
    expect(m).toContain(PAGE);
    expect(m).toContain('Wil je niet meer op de wachtlijst staan?');
    expect(m).not.toContain('het liefst vóór');
    const plain = text(t.confirmationMail(online, reg('waitlisted', { sessionId: 'webinar-s1' }), CANCEL, PAGE));
    expect(plain).toContain('je bent dan meteen ingeschreven');
    expect(plain).not.toContain('alle 1 personen');
  });

  it('tells someone waiting for the intake call who calls, and from which number', () => {
    const m = text(t.confirmationMail(entry, reg('pending'), CANCEL, PAGE));
    expect(m).toContain('We bellen je binnenkort op 06 12345678.');
    expect(m).toContain(`We bellen vanaf het nummer van het CJG: ${contact.phone}.`);
    const noPhone = text(t.confirmationMail(entry, reg('pending', { phone: undefined }), CANCEL, PAGE));
    expect(noPhone).toContain('Je gaf geen telefoonnummer op.');
  });

  it('leaves out what a registration does not have: no child, nothing to bring, one meeting', () => {
    const m = text(t.confirmationMail(online, reg('confirmed', { sessionId: 'webinar-s1', childFirstName: undefined }), CANCEL, PAGE));
    expect(m).not.toMatch(/Kind:|Wat neem je mee|bijeenkomsten\)/);
    expect(m).toContain('Wanneer: zondag 28 maart 2027, 20.00 tot 21.00 uur');
    expect(m).toContain('Zo doe je mee');
    expect(t.confirmationMail(online, reg('confirmed', { childFirstName: undefined }), CANCEL, PAGE).subject).toBe('Je inschrijving: Training webinar');
  });

  it('the HTTP mail API gets both parts', () => {
    const m = t.confirmationMail(entry, reg('confirmed'), CANCEL, PAGE);
    const body = mailApiMessage(FROM, m, '<x@samenopgroeien.example>');
    expect(body.text).toBe(m.text);
    expect(body.html).toBe(m.html);
    expect(body.subject).not.toMatch(/[\r\n]/);
  });

  it('the offer schema takes a short list of things to bring, and nothing long', () => {
    const data = { ...series.data, title: 'Mindset', sessions: [] };
    expect(offerSchema.parse(data).bring).toEqual(['Een schrift en een pen', 'Iets te drinken <b>']);
    expect(offerSchema.parse({ ...data, bring: undefined }).bring).toEqual([]);
    expect(offerSchema.safeParse({ ...data, bring: ['x'.repeat(81)] }).success).toBe(false);
    expect(offerSchema.safeParse({ ...data, bring: Array.from({ length: 9 }, (_, i) => `Ding ${i}`) }).success).toBe(false);
  });
});

describe('over SMTP', () => {
  it('arrives as multipart/alternative with the calendar file', async () => {
    const raws: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _s, cb) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () => (raws.push(raw), cb()));
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, from: FROM, outboxDir: '/nonexistent', pool: false, log: () => {} });
      await transport.send(t.confirmationMail(entry, reg('confirmed'), CANCEL, PAGE), { id: 'smtp-1' });
      await transport.close?.();
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    expect(raws).toHaveLength(1);
    expect(raws[0]).toMatch(/^Content-Type: multipart\/mixed/im);
    expect(raws[0]).toMatch(/Content-Type: multipart\/alternative/i);
    const mail = await simpleParser(raws[0]!);
    expect(mail.text).toContain(CANCEL);
    expect(mail.html).toContain(`href="${CANCEL}"`);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['bijeenkomst.ics']);
  });
});

