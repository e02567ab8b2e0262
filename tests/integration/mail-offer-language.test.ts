/**
 * A parent who enrolled in another language gets the offer's own title and
 * "what to bring" in that language (issue 18), in the subject, the body and
 * the calendar file, where the offer is translated (content/offers/<locale>/);
 * Dutch where it is not. Both catalogues carry the translations: the files
 * (the Node server and the commands, `loadContentCatalogue`) and the one the
 * mails are composed from here. Read back with mailparser and ical.js.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildSessionCatalogue, loadContentCatalogue } from '../../src/catalogue';
import { readCollection } from '../../src/catalogue/files';
import { offerTranslationSchema } from '../../src/schemas/offer-translation';
import type { Registration } from '../../src/schemas/rows';
import * as t from '../../src/server/mail/templates';
import { offer } from './helpers';

const CANCEL = 'https://samenopgroeien.nl/en/inschrijven/annuleren/?token=Abc_123-xyz';
const PAGE = 'https://samenopgroeien.nl/en/aanbod/mindset/';

const mindset = offer('mindset', { title: 'Mindset voor ouders', bring: ['Een schrift en een pen'] }, [
  { start: '2027-03-17T14:00', end: '2027-03-17T15:30', laterMeetings: [{ start: '2027-03-24T14:00', end: '2027-03-24T15:30' }] },
]);
const catalogue = buildSessionCatalogue([mindset], [], (id) =>
  id === 'mindset' ? { en: { title: 'Mindset for parents <b>', bring: ['A notebook and a pen'] }, ar: { title: 'العقلية للآباء' } } : undefined,
);
const entry = catalogue('mindset-s1')!;

const reg = (language: Registration['language'], status: Registration['status'] = 'confirmed'): Registration => ({
  id: `reg-${language}`,
  sessionId: 'mindset-s1',
  offerId: 'mindset',
  email: 'anne@voorbeeld.nl',
  name: 'Anne',
  phone: undefined,
  participants: 1,
  childFirstName: undefined,
  childKey: '',
  childAge: undefined,
  schoolGroup: undefined,
  remarks: undefined,
  municipality: 'haarlem',
  status,
  seq: 1,
  createdAt: '2026-11-23T12:00:00.000Z',
  updatedAt: '2026-11-23T12:00:00.000Z',
  purgeAfter: '2027-05-07T00:00:00.000Z',
  language,
});

const eventsOf = (m: t.MailMessage) => new ICAL.Component(ICAL.parse(String(m.attachments![0]!.content))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const summaryOf = (m: t.MailMessage) => eventsOf(m)[0]!.summary;

describe('the offer in the mail speaks the parent\'s language', () => {
  it('English: the translated title in subject, body and calendar; the translated "what to bring"; markup stays text', () => {
    const m = t.confirmationMail(entry, reg('en'), CANCEL, PAGE);
    expect(m.subject).toContain('Mindset for parents <b>');
    expect(m.subject).not.toContain('Mindset voor ouders');
    expect(m.text).toContain('Mindset for parents <b>');
    expect(m.text).toContain('A notebook and a pen');
    expect(m.text).not.toContain('Een schrift');
    expect(m.html).toContain('Mindset for parents &lt;b&gt;');
    expect(m.html).not.toContain('<b>');
    expect(summaryOf(m)).toContain('Mindset for parents');
  });

  it('Arabic without a translated "what to bring": the Arabic title, the Dutch list (never half of one)', () => {
    const m = t.confirmationMail(entry, reg('ar'), CANCEL, PAGE);
    expect(m.subject).toContain('العقلية للآباء');
    expect(m.text).toContain('Een schrift en een pen');
    expect(t.cancelledMail(entry, reg('ar')).text).toContain('العقلية للآباء');
    expect(t.sessionCancelledMail(entry, reg('ar')).subject).toContain('العقلية للآباء');
  });

  it('the calendar file speaks the language too: each meeting, "not certain yet" and the note of an intake, in English', () => {
    const events = eventsOf(t.confirmationMail(entry, reg('en', 'pending'), CANCEL, PAGE));
    expect(events.map((e) => e.summary)).toEqual(['Mindset for parents <b> — meeting 1 of 2 (not certain yet)', 'Mindset for parents <b> — meeting 2 of 2 (not certain yet)']);
    expect(events[0]!.description).toContain('Meeting 1 of 2.');
    expect(events[0]!.description).toContain('We call you first');
    expect(events[0]!.description).not.toMatch(/bijeenkomst|aanmelding|bellen/i);
    const dutch = eventsOf(t.confirmationMail(entry, reg('nl', 'pending'), CANCEL, PAGE));
    expect(dutch[0]!.summary).toBe('Mindset voor ouders — bijeenkomst 1 van 2 (nog niet zeker)');
    const arabic = eventsOf(t.confirmationMail(entry, reg('ar'), CANCEL, PAGE));
    expect(arabic[1]!.summary).toBe('العقلية للآباء — اللقاء 2 من 2');
  });

  it('Dutch, and a language the offer is not translated into, keep the Dutch title', () => {
    expect(t.confirmationMail(entry, reg('nl'), CANCEL, PAGE).subject).toContain('Mindset voor ouders');
    expect(t.confirmationMail(entry, reg('tr'), CANCEL, PAGE).subject).toContain('Mindset voor ouders');
  });

  it('the catalogue read from the files carries each translation file\'s title', async () => {
    const lookup = await loadContentCatalogue('content');
    const e = lookup('pubers-en-zo-2026-12-schalkwijk')!;
    const titleIn = async (locale: string) => (await readCollection('content', `offers/${locale}`, offerTranslationSchema)).find((f) => f.id === 'pubers-en-zo')!.data.title;
    for (const locale of ['en', 'ar', 'tr', 'pl', 'uk'] as const) expect(e.offer.translations?.[locale]?.title, locale).toBe(await titleIn(locale));
    expect(t.confirmationMail(e, { ...reg('uk'), sessionId: e.session.id, offerId: 'pubers-en-zo' }, CANCEL, PAGE).subject).toContain(await titleIn('uk'));
  });
});
