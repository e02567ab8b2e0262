/**
 * Every kind of calendar file the portal makes, read back by Mozilla's
 * ical.js (the strict parser of Thunderbird): the personal file of a
 * confirmed, a pending and a waiting-list registration (through the mail
 * template), the public file of a session (through the API handler) and a
 * subscription feed. Instants across the change to summer time, TZID and
 * VTIMEZONE, ORGANIZER, STATUS, stable UIDs, the join link only where the
 * place is confirmed, and a partner's hostile text escaped and folded.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildSessionCatalogue, type CatalogueSession } from '../../src/catalogue';
import { toInstant } from '../../src/domain/dates';
import { offerSchema, type Offer } from '../../src/schemas/offer';
import type { Registration } from '../../src/schemas/rows';
import { handleSessionIcs } from '../../src/server/handlers/sessions';
import type { Deps } from '../../src/server/deps';
import { AMSTERDAM_VTIMEZONE, feedIcs, sessionIcs } from '../../src/server/mail/ics';
import { confirmationMail } from '../../src/server/mail/templates';

const JOIN = 'https://meet.example.nl/j/8812?pwd=geheim,ja;echt';
const NOW = new Date('2027-03-01T10:00:00Z');

const offerData = (over: Record<string, unknown>, session: Record<string, unknown>): Offer =>
  offerSchema.parse({
    title: 'Mindset',
    kind: 'training',
    summary: 'Een training voor kinderen van 9 tot 12 jaar over denken, voelen en doen.',
    themes: ['weerbaarheid'],
    audience: ['kinderen'],
    ages: { min: 9, max: 12 },
    format: 'hybride',
    provider: 'cjg',
    cost: { type: 'gratis' },
    registration: { method: 'portal', intake: true },
    ...over,
    sessions: [{ id: 'mindset-2027-03', location: 'cjg-schalkwijk', capacity: 12, ...session }],
  });

// A series across the change to summer time (Sunday 28 March 2027): 19:30 Amsterdam is 18:30Z before, 17:30Z after.
const series = offerData(
  {},
  {
    start: '2027-03-18T19:30',
    end: '2027-03-18T21:00',
    joinUrl: JOIN,
    laterMeetings: [
      { start: '2027-03-25T19:30', end: '2027-03-25T21:00' },
      { start: '2027-04-01T19:30', end: '2027-04-01T21:00', label: 'Ouderavond' },
    ],
  },
);
const webinar = offerData(
  { title: 'Slapen zonder strijd', kind: 'webinar', format: 'online', registration: { method: 'portal' } },
  { id: 'slapen-2027-11', location: 'online', start: '2027-11-02T20:00', end: '2027-11-02T21:00', joinUrl: 'https://meet.example.nl/j/4242' },
);
const HOSTILE_TITLE = 'Ouders, samen; sterk\r\nATTENDEE:mailto:aanvaller@example.com\nX-INJECT:1 ' + 'w'.repeat(500);
const hostile = offerData(
  { title: 'Ouders samen sterk', registration: { method: 'extern', url: 'https://partner.example.nl/aanmelden' }, format: 'op-locatie' },
  {
    id: 'hostile-2027-05',
    start: '2027-05-11T19:30',
    end: '2027-05-11T21:30',
    laterMeetings: [{ start: '2027-05-18T19:30', end: '2027-05-18T21:30', label: 'Slot; met, ouders' }],
  },
);
// The schema caps a title at 120 characters; a partner's text in a merged catalogue can still be anything.
hostile.title = HOSTILE_TITLE;
hostile.sessions[0]!.laterMeetings[0]!.label = 'Slot\r\nATTENDEE:mailto:x@example.com';

const location = { id: 'cjg-schalkwijk', data: { name: 'CJG Schalkwijk', address: { street: 'Fie Carelsenplein 1', postcode: '2034 MA', city: 'Haarlem' } } };
const catalogue = buildSessionCatalogue(
  [
    { id: 'mindset', data: series },
    { id: 'slapen-zonder-strijd', data: webinar },
    { id: 'ouders-samen-sterk', data: hostile },
  ],
  [location],
);
const mindset = catalogue('mindset-2027-03')!;
const slapen = catalogue('slapen-2027-11')!;
const attack = catalogue('hostile-2027-05')!;

const registration = (status: Registration['status'], id = `r-${status}`): Registration =>
  ({ id, sessionId: 'mindset-2027-03', offerId: 'mindset', email: 'anne@voorbeeld.nl', name: 'Anne de Vries', participants: 1, municipality: 'haarlem', status, seq: 1, createdAt: '', updatedAt: '', purgeAfter: '' }) as Registration;

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name).toBe('vcalendar');
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** RFC 5545 §3.1: CRLF line ends, lines of at most 75 octets, no control characters. */
function expectWellFormed(text: string) {
  expect(text.endsWith('\r\n') || text.endsWith('END:VCALENDAR')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
  }
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  // Times are Amsterdam wall-clock with their zone; the zone is in the file once.
  expect(unfolded).toMatch(/^DTSTART;TZID=Europe\/Amsterdam:\d{8}T\d{6}$/m);
  const outsideZone = unfolded.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE/, '');
  expect(outsideZone).not.toMatch(/^DT(START|END):/m);
  expect(unfolded.match(/^BEGIN:VTIMEZONE$/gm)).toHaveLength(1);
  expect(unfolded).toMatch(/^TZID:Europe\/Amsterdam$/m);
  expect(unfolded).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/m);
  return unfolded;
}

const instants = (events: ICAL.Event[]) => events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]);
const attachment = (m: ReturnType<typeof confirmationMail>) => m.attachments?.find((a) => a.filename.endsWith('.ics'))?.content;

describe('the personal calendar file in the registration mail', () => {
  it('confirmed: every meeting, the right instants on both sides of summer time, CONFIRMED, organiser, the join link', () => {
    const ics = attachment(confirmationMail(mindset, registration('confirmed'), 'https://samenopgroeien.nl/inschrijven/annuleren/?token=abc', 'https://samenopgroeien.nl/aanbod/mindset/'))!;
    expect(ics).toBeDefined();
    const text = expectWellFormed(ics);
    const { events } = parse(ics);
    expect(events).toHaveLength(3);
    expect(instants(events)).toEqual([
      ['2027-03-18T18:30:00.000Z', '2027-03-18T20:00:00.000Z'],
      ['2027-03-25T18:30:00.000Z', '2027-03-25T20:00:00.000Z'],
      ['2027-04-01T17:30:00.000Z', '2027-04-01T19:00:00.000Z'],
    ]);
    expect(events.map((e) => e.summary)).toEqual(['Mindset — bijeenkomst 1 van 3', 'Mindset — bijeenkomst 2 van 3', 'Mindset — Ouderavond']);
    expect(events.map((e) => e.uid)).toEqual(['mindset-2027-03-1-r-confirmed@samenopgroeien.example', 'mindset-2027-03-2-r-confirmed@samenopgroeien.example', 'mindset-2027-03-3-r-confirmed@samenopgroeien.example']);
    for (const e of events) {
      expect(e.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(e.organizer.toLowerCase()).toBe('mailto:inschrijven@samenopgroeien.example');
      expect(e.description).toContain(`Meedoen: ${JOIN}`);
      expect(e.description).toContain('Annuleren: https://samenopgroeien.nl/inschrijven/annuleren/?token=abc');
      expect(e.location).toBe('CJG Schalkwijk, Fie Carelsenplein 1, 2034 MA Haarlem');
      expect(e.sequence).toBeGreaterThan(0);
    }
    // The URL property is a URI: its comma and semicolon are percent-encoded, not backslash-escaped.
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://meet.example.nl/j/8812?pwd=geheim%2Cja%3Becht');
    // Names in the file: none of the parent's.
    expect(text).not.toMatch(/Anne|voorbeeld/);
  });

  it('the mail of a confirmed online place has the join link in both parts; a pending one does not', () => {
    const confirmed = confirmationMail(slapen, { ...registration('confirmed'), sessionId: 'slapen-2027-11', offerId: 'slapen-zonder-strijd' }, 'https://samenopgroeien.nl/inschrijven/annuleren/?token=abc', 'https://samenopgroeien.nl/aanbod/slapen-zonder-strijd/');
    expect(confirmed.text).toContain('https://meet.example.nl/j/4242');
    expect(confirmed.html).toContain('href="https://meet.example.nl/j/4242"');
    const pending = confirmationMail(slapen, { ...registration('pending'), sessionId: 'slapen-2027-11', offerId: 'slapen-zonder-strijd' }, 'https://samenopgroeien.nl/inschrijven/annuleren/?token=abc', 'https://samenopgroeien.nl/aanbod/slapen-zonder-strijd/');
    expect(pending.text).not.toContain('meet.example.nl');
    expect(pending.html).not.toContain('meet.example.nl');
    expect(pending.text).toContain('uiterlijk een dag van tevoren');
  });

  it('an online session puts the join link where the calendar shows the place', () => {
    const ics = sessionIcs(slapen, { registration: { id: 'r9', status: 'confirmed' }, url: 'https://samenopgroeien.nl/aanbod/slapen-zonder-strijd/', description: 'x', now: NOW });
    const [event] = parse(ics).events;
    expect(event!.location).toBe('https://meet.example.nl/j/4242');
    expect(event!.summary).toBe('Slapen zonder strijd');
    expect(instants([event!])).toEqual([['2027-11-02T19:00:00.000Z', '2027-11-02T20:00:00.000Z']]);
  });

  it('pending intake: TENTATIVE, says so, and no join link yet', () => {
    const ics = attachment(confirmationMail(mindset, registration('pending'), 'https://samenopgroeien.nl/c', 'https://samenopgroeien.nl/aanbod/mindset/'))!;
    expectWellFormed(ics);
    const { events } = parse(ics);
    expect(events).toHaveLength(3);
    for (const e of events) {
      expect(e.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
      expect(e.summary).toMatch(/\(nog niet zeker\)$/);
      expect(e.description).toContain('nog niet zeker');
    }
    expect(ics).not.toContain('meet.example.nl');
    expect(events[0]!.uid).toBe('mindset-2027-03-1-r-pending@samenopgroeien.example');
  });

  it('confirmed after the intake: the same UIDs with a higher SEQUENCE, so the new file replaces the tentative events', () => {
    const r = { id: 'r1', status: 'pending' as const };
    const before = parse(sessionIcs(mindset, { registration: r, url: 'https://x.nl/', description: '', now: NOW })).events;
    const after = parse(sessionIcs(mindset, { registration: { ...r, status: 'confirmed' }, url: 'https://x.nl/', description: '', now: new Date(NOW.getTime() + 86_400_000) })).events;
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    after.forEach((e, i) => expect(e.sequence).toBeGreaterThan(before[i]!.sequence));
    expect(after[0]!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('waiting list: no calendar file (a calendar event would read as a place)', () => {
    const mail = confirmationMail(mindset, registration('waitlisted'), 'https://samenopgroeien.nl/c', 'https://samenopgroeien.nl/aanbod/mindset/');
    expect(attachment(mail)).toBeUndefined();
    expect(() => sessionIcs(mindset, { registration: { id: 'r', status: 'waitlisted' }, url: 'https://x.nl/', description: '' })).toThrow(RangeError);
  });

  it('cancelled: the same UIDs, CANCELLED, so the events can be taken out', () => {
    const { events } = parse(sessionIcs(mindset, { registration: { id: 'r1', status: 'cancelled' }, url: 'https://x.nl/', description: '', now: NOW }));
    expect(events.map((e) => e.uid)[0]).toBe('mindset-2027-03-1-r1@samenopgroeien.example');
    expect(events.every((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);
    expect(JSON.stringify(events.map((e) => e.description))).not.toContain('meet.example.nl');
  });
});

describe('public calendar files', () => {
  const deps = {
    catalogue: async () => catalogue,
    config: { PUBLIC_URL: 'https://samenopgroeien.nl' },
    now: () => NOW,
  } as unknown as Deps;

  it('GET /api/sessions/<id>.ics: every meeting, CONFIRMED, session UIDs, never the join link', async () => {
    const res = await handleSessionIcs(new Request('https://samenopgroeien.nl/api/sessions/mindset-2027-03.ics'), deps, 'mindset-2027-03');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await res.text();
    expectWellFormed(ics);
    expect(ics).not.toContain('meet.example.nl');
    expect(ics).not.toContain('pwd=');
    const { events } = parse(ics);
    expect(events.map((e) => e.uid)).toEqual(['mindset-2027-03-1@samenopgroeien.example', 'mindset-2027-03-2@samenopgroeien.example', 'mindset-2027-03-3@samenopgroeien.example']);
    expect(instants(events).map(([s]) => s)).toEqual(['2027-03-18T18:30:00.000Z', '2027-03-25T18:30:00.000Z', '2027-04-01T17:30:00.000Z']);
    expect(events[0]!.organizer.toLowerCase()).toBe('mailto:inschrijven@samenopgroeien.example');
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://samenopgroeien.nl/aanbod/mindset/');
    // The online webinar's public file: "Online", no link.
    const web = await (await handleSessionIcs(new Request('https://samenopgroeien.nl/api/sessions/slapen-2027-11.ics'), deps, 'slapen-2027-11')).text();
    expect(parse(web).events[0]!.location).toBe('Online');
    expect(web).not.toContain('meet.example.nl');
  });

  it('a feed: named, refreshed, every session and meeting, transparent, no join link, no organiser of a partner offer', () => {
    const ics = feedIcs([mindset, slapen, attack], {
      name: 'Samen Opgroeien: trainingen, webinars; alles',
      description: 'Alle trainingen.',
      feedUrl: 'https://samenopgroeien.nl/aanbod.ics',
      pageUrl: (e: CatalogueSession) => `https://samenopgroeien.nl/aanbod/${e.offer.id}/`,
      now: NOW,
    });
    const text = expectWellFormed(ics);
    // Commas and semicolons are left out of the name: clients differ on unescaping X-WR-CALNAME.
    expect(text).toMatch(/^X-WR-CALNAME:Samen Opgroeien: trainingen webinars alles$/m);
    expect(text).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT12H$/m);
    expect(text).toMatch(/^X-PUBLISHED-TTL:PT12H$/m);
    expect(ics).not.toContain('meet.example.nl');
    const { root, events } = parse(ics);
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Samen Opgroeien: trainingen webinars alles');
    expect(root.getFirstPropertyValue('name')).toBe('Samen Opgroeien: trainingen webinars alles');
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
    expect(events.every((e) => e.component.getFirstPropertyValue('transp') === 'TRANSPARENT')).toBe(true);
    expect(events.every((e) => e.component.getFirstPropertyValue('x-microsoft-cdo-busystatus') === 'FREE')).toBe(true);
    expect(events.every((e) => !e.component.hasProperty('organizer'))).toBe(true);
  });

  it("a partner's hostile title and label are escaped and folded: ical.js sees one property each, nothing injected", () => {
    for (const ics of [
      sessionIcs(attack, { url: 'https://samenopgroeien.nl/aanbod/ouders-samen-sterk/', description: 'Meer: https://samenopgroeien.nl/', now: NOW }),
      feedIcs([attack], { name: 'x', description: 'y', feedUrl: 'https://samenopgroeien.nl/aanbod.ics', pageUrl: () => 'https://samenopgroeien.nl/aanbod/ouders-samen-sterk/', now: NOW }),
    ]) {
      const text = expectWellFormed(ics);
      expect(text).not.toMatch(/^ATTENDEE/m);
      expect(text).not.toMatch(/^X-INJECT/m);
      const { events } = parse(ics);
      expect(events).toHaveLength(2);
      for (const e of events) {
        expect(e.component.getAllProperties('summary')).toHaveLength(1);
        expect(e.component.getAllProperties('attendee')).toHaveLength(0);
        expect(e.component.getAllProperties('x-inject')).toHaveLength(0);
      }
      // One line: the line breaks became spaces, commas and semicolons came through as text.
      expect(events[0]!.summary.startsWith('Ouders, samen; sterk ATTENDEE:mailto:aanvaller@example.com X-INJECT:1 www')).toBe(true);
      expect(events[0]!.summary).toContain('w'.repeat(40));
      expect(events[1]!.summary).toMatch(/ — Slot ATTENDEE:mailto:x@example\.com$/);
    }
  });
});

describe('the VTIMEZONE', () => {
  it('gives the same instant as the domain (Intl) on both sides of every change of the clock, 2026–2035', () => {
    const events: string[] = [];
    const locals: string[] = [];
    for (let y = 2026; y <= 2035; y++)
      for (const [mo, days] of [['03', [20, 24, 25, 26, 27, 28, 29, 30, 31]], ['04', [1, 2]], ['10', [20, 24, 25, 26, 27, 28, 29, 30, 31]], ['11', [1, 2]]] as const)
        for (const d of days) for (const t of ['00:30', '01:30', '03:30', '12:00', '19:30']) locals.push(`${y}-${mo}-${String(d).padStart(2, '0')}T${t}`);
    locals.forEach((l, i) => events.push(['BEGIN:VEVENT', `UID:t${i}`, 'DTSTAMP:20260101T000000Z', `DTSTART;TZID=Europe/Amsterdam:${l.replace(/[-:]/g, '')}00`, 'END:VEVENT'].join('\r\n')));
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', AMSTERDAM_VTIMEZONE, ...events, 'END:VCALENDAR'].join('\r\n');
    const parsed = parse(ics).events;
    expect(parsed.map((e) => e.startDate.toJSDate().getTime())).toEqual(locals.map((l) => toInstant(l).getTime()));
  });
});
