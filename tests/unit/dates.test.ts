import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatInstant, formatInstantDate, formatShortDate, formatSlot, formatTime, isPast, offsetMinutes, toInstant, toIsoWithOffset, toLocal } from '../../src/domain/dates';

describe('dates in Europe/Amsterdam', () => {
  it('reads winter time as UTC+1', () => {
    expect(toInstant('2026-12-01T19:30').toISOString()).toBe('2026-12-01T18:30:00.000Z');
    expect(toIsoWithOffset('2026-12-01T19:30')).toBe('2026-12-01T19:30:00+01:00');
  });
  it('reads summer time as UTC+2', () => {
    expect(toInstant('2027-04-06T19:30').toISOString()).toBe('2027-04-06T17:30:00.000Z');
    expect(toIsoWithOffset('2027-04-06T19:30')).toBe('2027-04-06T19:30:00+02:00');
  });
  it('handles the night clocks go forward (28 March 2027, 02:00 → 03:00)', () => {
    expect(toInstant('2027-03-28T01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(toInstant('2027-03-28T03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });
  it('handles the night clocks go back (31 October 2027)', () => {
    expect(toInstant('2027-10-31T12:00').toISOString()).toBe('2027-10-31T11:00:00.000Z');
    expect(toInstant('2027-10-30T12:00').toISOString()).toBe('2027-10-30T10:00:00.000Z');
  });
  it('round-trips instants to local wall-clock time', () => {
    for (const local of ['2026-12-01T19:30', '2027-04-06T08:05', '2027-03-28T04:00']) expect(toLocal(toInstant(local))).toBe(local);
  });
  it('rejects malformed input', () => {
    expect(() => toInstant('2026-12-01 19:30')).toThrow(RangeError);
    expect(() => toInstant('1 december')).toThrow(RangeError);
  });
  it('formats in Dutch', () => {
    expect(formatDate('2026-12-01T19:30')).toBe('dinsdag 1 december 2026');
    expect(formatTime('2026-12-01T09:05')).toBe('09.05');
    expect(formatSlot('2026-12-01T19:30', '2026-12-01T21:30')).toBe('dinsdag 1 december 2026, 19.30 tot 21.30 uur');
  });
  it('decides past against a given now', () => {
    const now = new Date('2026-12-01T18:30:00Z');
    expect(isPast('2026-12-01T19:30', now)).toBe(true);
    expect(isPast('2026-12-01T19:31', now)).toBe(false);
  });
});

describe('short formats and offsets', () => {
  it('formats compactly', () => {
    expect(formatShortDate('2026-12-01T19:30')).toBe('di 1 dec');
  });
  it('gives the offset for winter and summer time', () => {
    expect(offsetMinutes('2026-12-01T19:30')).toBe(60);
    expect(offsetMinutes('2027-07-01T12:00')).toBe(120);
  });
});

describe('dates for staff, in Dutch words', () => {
  it('says a moment as "woensdag 17 februari 2027, 14.00 uur", never ISO', () => {
    expect(formatDateTime('2027-02-17T14:00')).toBe('woensdag 17 februari 2027, 14.00 uur');
    // A stored UTC timestamp in Amsterdam time: winter +1, summer +2.
    expect(formatInstant('2027-02-17T13:00:00.000Z')).toBe('woensdag 17 februari 2027, 14.00 uur');
    expect(formatInstant(new Date('2027-07-01T22:30:00Z'))).toBe('vrijdag 2 juli 2027, 00.30 uur');
    expect(formatInstantDate('2026-11-20T23:30:00Z')).toBe('zaterdag 21 november 2026');
  });
});
