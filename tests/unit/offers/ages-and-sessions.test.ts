import { describe, expect, it } from 'vitest';
import { ageGroupsFor, formatAgeRange, includesAge, overlaps } from '../../../src/domain/ages';
import { compareByNextDate, nextSession, seriesEnd, sessionState } from '../../../src/domain/offers';
import { closesAt } from '../../../src/domain/registrations/window';
import { placesLeft } from '../../../src/domain/registrations/availability';
import { sessionSchema } from '../../../src/schemas/session';

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
  const first = { end: '2027-03-02T21:30', meetings: 1 };
  it('a single meeting ends when it ends', () => {
    expect(seriesEnd(first)).toBe('2027-03-02T21:30');
  });
  it('a series of weekly meetings ends on the last one, at the same local time across the switch to summer time', () => {
    // 6 Tuesdays from 2 March 2027: the last is 6 April, after summer time starts on 28 March.
    expect(seriesEnd({ ...first, meetings: 6 })).toBe('2027-04-06T21:30');
  });
  it('an explicit last meeting wins', () => {
    expect(seriesEnd({ ...first, meetings: 6, lastEnd: '2027-05-11T21:30' })).toBe('2027-05-11T21:30');
  });
  it('month and year boundaries', () => {
    expect(seriesEnd({ end: '2026-12-15T20:00', meetings: 4 })).toBe('2027-01-05T20:00');
  });
});
