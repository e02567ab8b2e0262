/**
 * Closed days (src/domain/questions/closed-days.ts and readingState in
 * hours.ts): the back office's list, and the promise moving past Christmas.
 */
import { describe, expect, it } from 'vitest';
import { formatClosedDays, parseClosedDays, CLOSED_DAYS_MAX } from '../../src/domain/questions/closed-days';
import { readingState, type AnswerHours } from '../../src/domain/questions/hours';
import { defaultAnswerHours } from '../../src/utils/contact';

const weekdays: AnswerHours = defaultAnswerHours; // Mon–Fri 9.00–17.00
const at = (iso: string) => new Date(iso);

describe('readingState with closed days', () => {
  it('Christmas on a Friday: nobody reads, and the promise moves to Monday 28 December', () => {
    // 25 December 2026 is a Friday, in winter time (UTC+1).
    const christmas = new Set(['2026-12-25']);
    expect(readingState(weekdays, at('2026-12-25T10:00:00Z'))).toMatchObject({ reading: true });
    expect(readingState(weekdays, at('2026-12-25T10:00:00Z'), christmas)).toEqual({ reading: false, nextFrom: at('2026-12-28T08:00:00Z') });
    expect(readingState(weekdays, at('2026-12-24T16:30:00Z'), christmas)).toEqual({ reading: false, nextFrom: at('2026-12-28T08:00:00Z') });
  });

  it('the Amsterdam day is closed, not the UTC day: 24 December 23.30 UTC is already Christmas in Haarlem', () => {
    expect(readingState({ 5: { opens: '00:00', closes: '23:59' } }, at('2026-12-24T23:30:00Z'), new Set(['2026-12-25']))).toEqual({ reading: false, nextFrom: at('2026-12-31T23:00:00Z') });
  });

  it('a long closure (three weeks) still finds the next open day', () => {
    const closed = new Set(Array.from({ length: 21 }, (_, i) => new Date(Date.UTC(2027, 6, 5 + i)).toISOString().slice(0, 10)));
    expect(readingState(weekdays, at('2027-07-05T09:00:00Z'), closed)).toEqual({ reading: false, nextFrom: at('2027-07-26T07:00:00Z') });
  });

  it('many closed days with one open weekday: still a date, never "no hours planned"', () => {
    const mondays = new Set(Array.from({ length: CLOSED_DAYS_MAX }, (_, i) => new Date(Date.UTC(2027, 0, 4 + 7 * i)).toISOString().slice(0, 10)));
    const state = readingState({ 1: { opens: '09:00', closes: '12:00' } }, at('2027-01-01T12:00:00Z'), mondays);
    expect(state.reading).toBe(false);
    expect(state.reading === false && state.nextFrom?.toISOString().slice(0, 10)).toBe(new Date(Date.UTC(2027, 0, 4 + 7 * CLOSED_DAYS_MAX)).toISOString().slice(0, 10));
  });
});

describe('parseClosedDays', () => {
  const today = '2026-12-01';
  it('reads Dutch and ISO dates with a note, drops past days and doubles, sorts', () => {
    expect(parseClosedDays('26-12-2026 Tweede Kerstdag\n\n25/12/2026   Eerste  Kerstdag\n2027-04-27 Koningsdag\n30-11-2026 voorbij\n25-12-2026 dubbel\n1.1.2027', today)).toEqual({
      ok: true,
      days: [
        { day: '2026-12-25', note: 'Eerste Kerstdag' },
        { day: '2026-12-26', note: 'Tweede Kerstdag' },
        { day: '2027-01-01', note: '' },
        { day: '2027-04-27', note: 'Koningsdag' },
      ],
    });
    expect(parseClosedDays('', today)).toEqual({ ok: true, days: [] });
  });

  it('names the line that is wrong, in Dutch', () => {
    expect(parseClosedDays('25-12-2026\nKerst', today)).toEqual({ ok: false, error: 'Op regel 2 staat geen datum vooraan. Schrijf bijvoorbeeld 25-12-2026 Eerste Kerstdag.' });
    expect(parseClosedDays('31-04-2027 bestaat niet', today)).toEqual({ ok: false, error: 'De datum op regel 1 bestaat niet. Schrijf hem als dag-maand-jaar, zoals 25-12-2026.' });
    expect(parseClosedDays('2027-13-01', today)).toMatchObject({ ok: false });
    expect(parseClosedDays(`25-12-2026 ${'x'.repeat(81)}`, today)).toMatchObject({ ok: false, error: expect.stringContaining('te lang') });
    const many = Array.from({ length: CLOSED_DAYS_MAX + 1 }, (_, i) => new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10)).join('\n');
    expect(parseClosedDays(many, today)).toEqual({ ok: false, error: `Vul maximaal ${CLOSED_DAYS_MAX} gesloten dagen in.` });
  });

  it('shows the list again as it reads it', () => {
    const parsed = parseClosedDays('25-12-2026 Eerste Kerstdag\n2027-01-01', today);
    expect(parsed.ok && formatClosedDays(parsed.days)).toBe('25-12-2026 Eerste Kerstdag\n01-01-2027');
    expect(parsed.ok && parseClosedDays(formatClosedDays(parsed.days), today)).toEqual(parsed);
  });
});
