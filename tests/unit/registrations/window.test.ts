import { describe, expect, test } from 'vitest';
import { closesAt, registrationWindow } from '../../../src/domain/registrations/window';
import { isPastRetention, purgeAfter } from '../../../src/domain/registrations/retention';
import { toInstant } from '../../../src/domain/dates';

const s = { start: '2026-12-01T19:30', end: '2026-12-01T21:30', deadline: '2026-11-29T23:59' };

describe('registrationWindow', () => {
  test('open before the deadline', () => {
    expect(registrationWindow(s, new Date('2026-11-29T22:58:59Z'))).toBe('open');
  });
  test('closed from the deadline (Amsterdam time, winter: UTC+1)', () => {
    expect(registrationWindow(s, new Date('2026-11-29T22:59:00Z'))).toBe('closed');
  });
  test('past from the start', () => {
    expect(registrationWindow(s, new Date('2026-12-01T18:30:00Z'))).toBe('past');
  });
  test('deadline defaults to the start', () => {
    const { deadline: _d, ...noDeadline } = s;
    expect(closesAt(noDeadline).toISOString()).toBe('2026-12-01T18:30:00.000Z');
    expect(registrationWindow(noDeadline, new Date('2026-12-01T18:29:00Z'))).toBe('open');
  });
  test('cancelled sessions refuse', () => {
    expect(registrationWindow({ ...s, cancelled: true }, new Date('2026-01-01T00:00:00Z'))).toBe('cancelled');
  });
  test('summer time: deadline in CEST is UTC+2', () => {
    const summer = { start: '2026-06-10T19:00', end: '2026-06-10T21:00' };
    expect(closesAt(summer).toISOString()).toBe('2026-06-10T17:00:00.000Z');
  });
});

describe('retention', () => {
  test('purge 30 days after the end of the session', () => {
    expect(purgeAfter('2026-12-01T21:30', 30).toISOString()).toBe('2026-12-31T20:30:00.000Z');
  });
  test('0 days: right after the session', () => {
    expect(purgeAfter('2026-12-01T21:30', 0)).toEqual(toInstant('2026-12-01T21:30'));
  });
  test('across the change to winter time', () => {
    // 2026-10-25 03:00 CEST → 02:00 CET
    expect(purgeAfter('2026-10-20T20:00', 30).toISOString()).toBe('2026-11-19T18:00:00.000Z');
  });
  test('isPastRetention', () => {
    expect(isPastRetention('2026-12-01T21:30', 30, new Date('2026-12-31T20:29:59Z'))).toBe(false);
    expect(isPastRetention('2026-12-01T21:30', 30, new Date('2026-12-31T20:30:00Z'))).toBe(true);
  });
  test('rejects bad day counts', () => {
    expect(() => purgeAfter('2026-12-01T21:30', -1)).toThrow(RangeError);
  });
});
