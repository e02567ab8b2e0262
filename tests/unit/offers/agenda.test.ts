import { describe, expect, it } from 'vitest';
import { agendaEntries, groupByMonth } from '../../../src/domain/offers/agenda';
import { formatMonth } from '../../../src/domain/dates';
import { sessionSchema } from '../../../src/schemas/session';

const now = new Date('2026-12-01T12:00:00Z');
const session = (id: string, start: string, end: string, over: Record<string, unknown> = {}) =>
  sessionSchema.parse({ id, start, end, location: 'online', capacity: 10, ...over });

describe('formatMonth', () => {
  it('names the month in Dutch, lower case', () => {
    expect(formatMonth('2027-01-05T19:30')).toBe('januari 2027');
    expect(formatMonth('2026-12-31T23:59')).toBe('december 2026');
    expect(formatMonth('2027-03-28T02:30')).toBe('maart 2027');
  });
});

describe('the agenda', () => {
  const offers = [
    {
      id: 'b',
      data: {
        title: 'Bravo',
        sessions: [
          // Late on New Year's Eve: 22:30 UTC, still December in Amsterdam.
          session('b-newyear', '2026-12-31T23:30', '2027-01-01T00:30'),
          // Just after midnight on 1 February (23:15 UTC on 31 January): February.
          session('b-feb', '2027-02-01T00:15', '2027-02-01T01:00'),
          session('b-cancelled', '2027-01-10T10:00', '2027-01-10T11:00', { cancelled: true }),
          session('b-past', '2026-11-10T10:00', '2026-11-10T11:00'),
        ],
      },
    },
    {
      id: 'a',
      data: {
        title: 'Alfa',
        sessions: [
          // The night summer time starts (clocks jump from 02:00 to 03:00 on 28 March 2027), and the last day of March at 23:30 (21:30 UTC).
          session('a-dst', '2027-03-28T03:30', '2027-03-28T05:00'),
          session('a-endmarch', '2027-03-31T23:30', '2027-04-01T00:30'),
          session('a-jan', '2027-01-05T19:30', '2027-01-05T21:30'),
          session('a-same-time', '2026-12-31T23:30', '2027-01-01T00:30'),
          // The night summer time ends (31 October 2027, 02:30 happens twice).
          session('a-oct', '2027-10-31T02:30', '2027-10-31T04:00'),
        ],
      },
    },
  ];

  it('lists every upcoming session soonest first, ties by title; no cancelled or past ones', () => {
    expect(agendaEntries(offers, now).map((e) => e.session.id)).toEqual(['a-same-time', 'b-newyear', 'a-jan', 'b-feb', 'a-dst', 'a-endmarch', 'a-oct']);
  });

  it('groups by Amsterdam month across the year boundary and the summer-time switches', () => {
    const months = groupByMonth(agendaEntries(offers, now), (e) => e.session.start);
    expect(months.map((m) => [m.key, m.label, m.entries.map((e) => e.session.id)])).toEqual([
      ['2026-12', 'december 2026', ['a-same-time', 'b-newyear']],
      ['2027-01', 'januari 2027', ['a-jan']],
      ['2027-02', 'februari 2027', ['b-feb']],
      ['2027-03', 'maart 2027', ['a-dst', 'a-endmarch']],
      ['2027-10', 'oktober 2027', ['a-oct']],
    ]);
  });

  it('keeps one group per month even when entries come out of order', () => {
    const months = groupByMonth(['2027-01-02T10:00', '2027-02-01T10:00', '2027-01-03T10:00'], (s) => s);
    expect(months.map((m) => [m.key, m.entries])).toEqual([
      ['2027-01', ['2027-01-02T10:00', '2027-01-03T10:00']],
      ['2027-02', ['2027-02-01T10:00']],
    ]);
  });

  it('is empty without sessions', () => {
    expect(groupByMonth([], (s: string) => s)).toEqual([]);
  });
});
