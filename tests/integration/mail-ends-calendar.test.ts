/**
 * A mail that ends a place takes it out of the parent's calendar: cancelled by the parent or by
 * staff, declined after the intake, or the whole session called off. It brings a calendar file with
 * the same UIDs as the file of the place, STATUS:CANCELLED and a higher SEQUENCE, and one line that
 * says what opening it does. Someone who was on the waiting list never had a file and gets none.
 * The store decides this from the status before the change, in the same batch (the outbox row's
 * `calendar`). Read back with Mozilla's ical.js.
 */
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionIcs } from '../../src/server/mail/ics';
import type { MailMessage } from '../../src/server/mail/templates';
import type { Registration } from '../../src/schemas/rows';
import { enrol, NOW, offer, offers, testEnv, type TestEnv } from './helpers';

// Two dates of one offer with one place each, for moves.
const twee = offer('twee', {}, [{ capacity: 1 }, { capacity: 1, start: '2026-12-17T19:30', end: '2026-12-17T21:30' }]);
let env: TestEnv;
beforeEach(async () => {
  env = await testEnv({ offers: [...offers, twee] });
});
afterEach(async () => {
  await env.cleanup();
});

const REMOVE_NL = 'Open het agendabestand in de bijlage. Dan haalt je agenda de afspraak weg.';

const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
const uids = (ics: string) => events(ics).map((v) => String(v.getFirstPropertyValue('uid'))).sort();

/** The file the parent got with their place (made a week earlier, as in life). */
async function fileOfThePlace(r: Registration): Promise<string> {
  const entry = (await env.deps.catalogue())(r.sessionId)!;
  return sessionIcs(entry, { registration: r, url: 'https://x.test/', description: 'x', now: NOW });
}

function mailTo(email: string): MailMessage {
  const mine = env.sent.filter((m) => m.to === email);
  expect(mine).toHaveLength(1);
  return mine[0]!;
}

function expectCancelling(m: MailMessage, place: string) {
  expect(m.attachments).toHaveLength(1);
  const ics = String(m.attachments![0]!.content);
  expect(uids(ics)).toEqual(uids(place));
  for (const v of events(ics)) {
    expect(v.getFirstPropertyValue('status')).toBe('CANCELLED');
    const before = events(place).find((e) => e.getFirstPropertyValue('uid') === v.getFirstPropertyValue('uid'))!;
    expect(Number(v.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before.getFirstPropertyValue('sequence')));
  }
  expect(m.text).toContain(REMOVE_NL);
  expect(m.html).toContain(REMOVE_NL);
}

const rules = async (sessionId: string) => {
  const entry = (await env.deps.catalogue())(sessionId)!;
  return { capacity: entry.session.capacity, taken: entry.session.taken, intake: entry.offer.registration.method === 'portal' && !!entry.offer.registration.intake };
};

describe('a mail that ends a place brings the file that takes it out of the calendar', () => {
  it('a parent with a place who cancels gets the cancelling file; one on the waiting list gets none', async () => {
    const r = await rules('klein-s1');
    const a = await enrol(env, 'klein-s1', { email: 'a@voorbeeld.nl' });
    await enrol(env, 'klein-s1', { email: 'b@voorbeeld.nl' });
    const waiting = await enrol(env, 'klein-s1', { email: 'c@voorbeeld.nl' });
    expect([a.status, waiting.status]).toEqual(['confirmed', 'waitlisted']);

    await env.deps.store.registrations.cancelById(waiting.id, () => r);
    await env.settle();
    const none = mailTo('c@voorbeeld.nl');
    expect(none.attachments ?? []).toHaveLength(0);
    expect(none.text).not.toContain(REMOVE_NL);

    await env.deps.store.registrations.cancelById(a.id, () => r);
    await env.settle();
    expectCancelling(mailTo('a@voorbeeld.nl'), await fileOfThePlace(a));
  });

  it('declined after the intake: the tentative file of the pending place is taken out', async () => {
    const r = await rules('intake-s1');
    const pending = await enrol(env, 'intake-s1', { email: 'p@voorbeeld.nl', childFirstName: 'Noor', childAge: 9, schoolGroup: 'groep 6' });
    expect(pending.status).toBe('pending');
    await env.deps.store.registrations.decide(pending.id, 'declined', () => r);
    await env.settle();
    expectCancelling(mailTo('p@voorbeeld.nl'), await fileOfThePlace(pending));
  });

  it('a session called off: everyone with a place gets the cancelling file, the waiting list a mail without one', async () => {
    const a = await enrol(env, 'klein-s1', { email: 'a@voorbeeld.nl' });
    const b = await enrol(env, 'klein-s1', { email: 'b@voorbeeld.nl' });
    await enrol(env, 'klein-s1', { email: 'c@voorbeeld.nl' });
    const cancelled = await env.deps.store.registrations.cancelSession('klein-s1', 'klein', { message: 'De trainer is ziek.' });
    expect(cancelled.map((x) => x.email).sort()).toEqual(['a@voorbeeld.nl', 'b@voorbeeld.nl', 'c@voorbeeld.nl']);
    await env.settle();
    expectCancelling(mailTo('a@voorbeeld.nl'), await fileOfThePlace(a));
    expectCancelling(mailTo('b@voorbeeld.nl'), await fileOfThePlace(b));
    const waiting = mailTo('c@voorbeeld.nl');
    expect(waiting.attachments ?? []).toHaveLength(0);
    expect(waiting.text).toContain('De trainer is ziek.');
  });

  it('in the language the parent registered in', async () => {
    const r = await rules('pubers-s1');
    const a = await enrol(env, 'pubers-s1', { email: 'en@voorbeeld.nl', language: 'en' });
    await env.deps.store.registrations.cancelById(a.id, () => r);
    await env.settle();
    const m = mailTo('en@voorbeeld.nl');
    expect(m.text).toContain('Open the calendar file attached to this e-mail.');
    const [v] = events(String(m.attachments![0]!.content));
    expect(String(v!.getFirstPropertyValue('summary'))).toMatch(/^Cancelled: /);
  });
});

describe('a move to another date brings one file: the new date in, the old one out', () => {
  const MOVED_NL = 'Open het agendabestand in de bijlage. Dan zet je agenda de nieuwe datum erin en haalt hij de oude weg.';
  const purge = new Date('2027-02-01T00:00:00Z');

  it('a place moved to a date with room: the new events confirmed, the old ones cancelled, with the old UIDs', async () => {
    const r = await rules('twee-s1');
    const a = await enrol(env, 'twee-s1', { email: 'a@voorbeeld.nl' });
    const moved = await env.deps.store.registrations.move(a.id, 'twee-s2', () => r, purge);
    expect(moved.ok && moved.registration.status).toBe('confirmed');
    await env.settle();
    const m = mailTo('a@voorbeeld.nl');
    expect(m.attachments).toHaveLength(1);
    const ics = String(m.attachments![0]!.content);
    const byUid = new Map(events(ics).map((v) => [String(v.getFirstPropertyValue('uid')), v]));
    for (const uid of uids(await fileOfThePlace(a))) expect(byUid.get(uid)?.getFirstPropertyValue('status'), uid).toBe('CANCELLED');
    const now = [...byUid.values()].filter((v) => v.getFirstPropertyValue('status') === 'CONFIRMED');
    expect(now.map((v) => String(v.getFirstPropertyValue('uid')))).toEqual([`twee-s2-1-${a.id}@samenopgroeien.example`]);
    expect(new ICAL.Event(now[0]!).startDate.toJSDate().toISOString()).toBe('2026-12-17T18:30:00.000Z');
    expect(m.text).toContain(MOVED_NL);
  });

  it('from the waiting list to a place: only the new events (there was nothing to take out)', async () => {
    const r = await rules('twee-s1');
    await enrol(env, 'twee-s1', { email: 'a@voorbeeld.nl' });
    const w = await enrol(env, 'twee-s1', { email: 'w@voorbeeld.nl' });
    expect(w.status).toBe('waitlisted');
    await env.deps.store.registrations.move(w.id, 'twee-s2', () => r, purge);
    await env.settle();
    const m = mailTo('w@voorbeeld.nl');
    const ics = String(m.attachments![0]!.content);
    expect(events(ics).map((v) => [v.getFirstPropertyValue('uid'), v.getFirstPropertyValue('status')])).toEqual([[`twee-s2-1-${w.id}@samenopgroeien.example`, 'CONFIRMED']]);
    expect(m.text).not.toContain(MOVED_NL);
    expect(m.text).not.toContain(REMOVE_NL);
  });

  it('from a waiting list to a waiting list: no file', async () => {
    const r = await rules('twee-s1');
    await enrol(env, 'twee-s1', { email: 'a@voorbeeld.nl' });
    await enrol(env, 'twee-s2', { email: 'b@voorbeeld.nl' });
    const w = await enrol(env, 'twee-s1', { email: 'w@voorbeeld.nl' });
    const moved = await env.deps.store.registrations.move(w.id, 'twee-s2', () => r, purge);
    expect(moved.ok && moved.registration.status).toBe('waitlisted');
    await env.settle();
    expect(mailTo('w@voorbeeld.nl').attachments ?? []).toHaveLength(0);
  });
});
