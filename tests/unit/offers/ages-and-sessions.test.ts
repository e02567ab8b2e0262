import { describe, expect, it } from 'vitest';
import { ageGroupsFor, formatAgeRange, includesAge, overlaps } from '../../../src/domain/ages';
import { compareByNextDate, nextSession, seriesEnd, sessionState } from '../../../src/domain/offers';
import { closesAt } from '../../../src/domain/registrations/window';
import { placesLeft } from '../../../src/domain/registrations/availability';
import { sessionSchema } from '../../../src/schemas/session';
import { meetingLines, parseMeetingLines, weeklyMeetings } from '../../../src/domain/offers/meetings';

describe('age ranges', () => {
  it('includes the bounds', () => {
    expect(includesAge({ min: 8, max: 12 }, 8)).toBe(true);
    expect(includesAge({ min: 8, max: 12 }, 12)).toBe(true);
    expect(includesAge({ min: 8, max: 12 }, 13)).toBe(false);
    expect(includesAge({ min: 8, max: 12 }, Number.NaN)).toBe(false);
  });
  it('overlaps', () => {
    expect(overlaps({ min: 0, max: 4 }, { min: 4, max: 12 })).toBe(true);
    expect(overlaps({ min: 0, max: 3 }, { min: 4, max: 12 })).toBe(false);
  });
  it('maps to age groups', () => {
    expect(ageGroupsFor({ min: 10, max: 14 })).toEqual(['4-12', '12-18']);
    expect(ageGroupsFor({ min: 19, max: 23 })).toEqual(['18-23']);
  });
  it('formats in Dutch', () => {
    expect(formatAgeRange({ min: 11, max: 16 })).toBe('11 tot en met 16 jaar');
    expect(formatAgeRange({ min: 0, max: 4 })).toBe('tot en met 4 jaar');
    expect(formatAgeRange({ min: 8, max: 8 })).toBe('8 jaar');
  });
});

const session = (over: Record<string, unknown>) =>
  sessionSchema.parse({ id: 's', start: '2026-12-10T19:30', end: '2026-12-10T21:30', location: 'online', capacity: 10, ...over });

describe('sessions', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('is open, full, closed, past or cancelled', () => {
    expect(sessionState(session({}), now)).toBe('open');
    expect(sessionState(session({ taken: 10 }), now)).toBe('full');
    expect(sessionState(session({ deadline: '2026-12-01T12:00' }), now)).toBe('closed');
    expect(sessionState(session({ start: '2026-11-30T19:30', end: '2026-11-30T21:00' }), now)).toBe('past');
    expect(sessionState(session({ cancelled: true }), now)).toBe('cancelled');
  });
  it('closes at the deadline, or else at the start', () => {
    expect(closesAt(session({})).toISOString()).toBe('2026-12-10T18:30:00.000Z');
    expect(closesAt(session({ deadline: '2026-12-08T23:59' })).toISOString()).toBe('2026-12-08T22:59:00.000Z');
  });
  it('counts places left, never below zero', () => {
    expect(placesLeft(10, 3)).toBe(7);
    expect(placesLeft(10, 12)).toBe(0);
  });
  it('picks the next upcoming session and orders offers by it', () => {
    const a = { title: 'A', sessions: [session({ id: 'a1', start: '2027-01-10T19:30', end: '2027-01-10T21:00' })] };
    const b = { title: 'B', sessions: [session({ id: 'b1', start: '2026-11-01T19:30', end: '2026-11-01T21:00' }), session({ id: 'b2' })] };
    const c = { title: 'C', sessions: [] };
    expect(nextSession(b.sessions, now)?.id).toBe('b2');
    expect([c, a, b].sort((x, y) => compareByNextDate(x, y, now)).map((o) => o.title)).toEqual(['B', 'A', 'C']);
  });
  it('rejects a session that ends before it starts, or a deadline after the start', () => {
    expect(sessionSchema.safeParse({ id: 's', start: '2026-12-10T19:30', end: '2026-12-10T18:00', location: 'online', capacity: 5 }).success).toBe(false);
    const r = sessionSchema.safeParse({ id: 's', start: '2026-12-10T19:30', end: '2026-12-10T21:00', deadline: '2026-12-11T00:00', location: 'online', capacity: 5 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['deadline']);
  });
});

describe('seriesEnd', () => {
  const first = { start: '2027-03-02T19:30', end: '2027-03-02T21:30', laterMeetings: [] };
  it('a single meeting ends when it ends', () => {
    expect(seriesEnd(first)).toBe('2027-03-02T21:30');
  });
  it('a series ends with its last meeting, at the same local time across the switch to summer time', () => {
    // 6 Tuesdays from 2 March 2027: the last is 6 April, after summer time starts on 28 March.
    const laterMeetings = weeklyMeetings(first, 6);
    expect(laterMeetings).toHaveLength(5);
    expect(seriesEnd({ ...first, laterMeetings })).toBe('2027-04-06T21:30');
  });
  it('month and year boundaries, skipping the Christmas holiday', () => {
    const start = { start: '2026-12-15T19:00', end: '2026-12-15T20:00' };
    const laterMeetings = weeklyMeetings(start, 4, (d) => d >= '2026-12-19' && d <= '2027-01-03');
    expect(laterMeetings.map((m) => m.start)).toEqual(['2027-01-05T19:00', '2027-01-12T19:00', '2027-01-19T19:00']);
    expect(seriesEnd({ ...start, laterMeetings })).toBe('2027-01-19T20:00');
  });
});

describe('the later meetings as a partner types them', () => {
  const first = { start: '2027-03-02T19:30', end: '2027-03-02T21:30' };
  it('takes the first meeting\'s times, or its own times and a label', () => {
    const r = parseMeetingLines('9-3-2027\n16-03-2027 19.00-21.00 Ouderavond\n\n', first);
    expect(r).toEqual({
      ok: true,
      meetings: [
        { start: '2027-03-09T19:30', end: '2027-03-09T21:30' },
        { start: '2027-03-16T19:00', end: '2027-03-16T21:00', label: 'Ouderavond' },
      ],
    });
    if (r.ok) expect(meetingLines({ ...first, laterMeetings: r.meetings })).toBe('09-03-2027\n16-03-2027 19.00-21.00 Ouderavond');
  });
  it('names the line it does not understand', () => {
    for (const bad of ['31-02-2027', '2027-03-09', 'volgende week', '9-3-2027 25.00-26.00'.replace('25.00-26.00', '19.00-')]) {
      const r = parseMeetingLines(`9-3-2027\n${bad}`, first);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Regel 2 /);
    }
  });
  it('a later meeting before the first is refused by the schema', () => {
    const r = sessionSchema.safeParse({ id: 'x', ...first, location: 'online', capacity: 5, laterMeetings: [{ start: '2027-03-01T19:30', end: '2027-03-01T21:30' }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['laterMeetings', 0, 'start']);
  });
});
