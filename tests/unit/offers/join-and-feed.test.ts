/** The join link of an online session (who gets it, what the schema accepts) and which sessions a public feed lists. */
import { describe, expect, it } from 'vitest';
import { inFeed } from '../../../src/domain/offers/feed';
import { joinLinkFor } from '../../../src/domain/registrations/join-link';
import { offerSchema } from '../../../src/schemas/offer';

const webinar = (session: Record<string, unknown>, over: Record<string, unknown> = {}) =>
  offerSchema.safeParse({
    title: 'Slapen zonder strijd',
    kind: 'webinar',
    summary: 'Een webinar voor ouders van jonge kinderen over slapen en naar bed gaan.',
    themes: ['opvoeden-en-opgroeien'],
    audience: ['ouders'],
    ages: { min: 0, max: 6 },
    format: 'online',
    provider: 'cjg',
    cost: { type: 'gratis' },
    registration: { method: 'portal' },
    ...over,
    sessions: [{ id: 'slapen-1', start: '2027-11-02T20:00', end: '2027-11-02T21:00', location: 'online', capacity: 100, ...session }],
  });

describe('joinUrl', () => {
  it('is optional and https only', () => {
    expect(webinar({}).success).toBe(true);
    expect(webinar({ joinUrl: 'https://meet.example.nl/j/1?pwd=x' }).success).toBe(true);
    for (const bad of ['http://meet.example.nl/j/1', 'javascript:alert(1)', 'data:text/html,x', 'meet.example.nl/j/1', ''])
      expect(webinar({ joinUrl: bad }).success, bad).toBe(false);
  });
  it('belongs to an online or hybrid session, not to one on location only', () => {
    const r = webinar({ location: 'cjg-noord', joinUrl: 'https://meet.example.nl/j/1' }, { format: 'op-locatie' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('sessions.0.joinUrl');
    expect(webinar({ location: 'cjg-noord', joinUrl: 'https://meet.example.nl/j/1' }, { format: 'hybride' }).success).toBe(true);
  });
  it('goes only to a confirmed place', () => {
    const session = { joinUrl: 'https://meet.example.nl/j/1' };
    expect(joinLinkFor(session, 'confirmed')).toBe('https://meet.example.nl/j/1');
    for (const status of ['pending', 'waitlisted', 'cancelled', 'declined'] as const) expect(joinLinkFor(session, status)).toBeUndefined();
    expect(joinLinkFor({}, 'confirmed')).toBeUndefined();
  });
});

describe('inFeed', () => {
  const s = { start: '2027-03-18T19:30', end: '2027-03-18T21:00', cancelled: false, laterMeetings: [{ start: '2027-04-01T19:30', end: '2027-04-01T21:00' }] };
  it('lists a session until its last meeting has ended, not a cancelled one', () => {
    expect(inFeed(s, new Date('2027-03-01T00:00:00Z'))).toBe(true);
    // The series has begun: its later meetings stay in the subscriber's calendar.
    expect(inFeed(s, new Date('2027-03-20T00:00:00Z'))).toBe(true);
    // 21:00 CEST on 1 April is 19:00Z.
    expect(inFeed(s, new Date('2027-04-01T18:59:00Z'))).toBe(true);
    expect(inFeed(s, new Date('2027-04-01T19:00:00Z'))).toBe(false);
    expect(inFeed({ ...s, cancelled: true }, new Date('2027-03-01T00:00:00Z'))).toBe(false);
  });
});
