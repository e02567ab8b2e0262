/**
 * The answering hours (src/domain/questions/hours.ts): "someone is reading
 * now" or "the next answer from <day time>", in Europe/Amsterdam, across
 * summer time both ways, over weekends without hours, with no hours at all;
 * the week in words and the back-office form.
 */
import { describe, expect, it } from 'vitest';
import { describeWeek, formatNext, parseHoursForm, promiseFor, readingState, type AnswerHours } from '../../src/domain/questions/hours';
import { defaultAnswerHours } from '../../src/utils/contact';
import { conversationCopy } from '../../src/i18n/copy/conversation';

const weekdays: AnswerHours = defaultAnswerHours; // Mon–Fri 9.00–17.00
const at = (iso: string) => new Date(iso);

describe('readingState', () => {
  it('inside the hours: reading until closing time (winter time, UTC+1)', () => {
    expect(readingState(weekdays, at('2026-12-02T10:00:00Z'))).toEqual({ reading: true, until: at('2026-12-02T16:00:00Z') });
  });

  it('opening and closing are exact: 9.00 reads, 17.00 does not', () => {
    expect(readingState(weekdays, at('2026-12-02T08:00:00Z')).reading).toBe(true);
    expect(readingState(weekdays, at('2026-12-02T07:59:59Z'))).toEqual({ reading: false, nextFrom: at('2026-12-02T08:00:00Z') });
    expect(readingState(weekdays, at('2026-12-02T16:00:00Z'))).toEqual({ reading: false, nextFrom: at('2026-12-03T08:00:00Z') });
  });

  it('Friday evening and the weekend point to Monday 9.00', () => {
    const monday = at('2026-12-07T08:00:00Z');
    for (const now of ['2026-12-04T16:00:00Z', '2026-12-04T22:30:00Z', '2026-12-05T12:00:00Z', '2026-12-06T22:59:00Z']) expect(readingState(weekdays, at(now)), now).toEqual({ reading: false, nextFrom: monday });
  });

  it('the Amsterdam day counts, not the UTC day: Sunday 23.30 UTC is Monday 0.30 in Amsterdam', () => {
    expect(readingState(weekdays, at('2026-12-06T23:30:00Z'))).toEqual({ reading: false, nextFrom: at('2026-12-07T08:00:00Z') });
  });

  it('across the spring change (28 March 2027): Monday 9.00 is 07.00 UTC, not 08.00', () => {
    expect(readingState(weekdays, at('2027-03-27T12:00:00Z'))).toEqual({ reading: false, nextFrom: at('2027-03-29T07:00:00Z') });
    expect(readingState(weekdays, at('2027-03-29T14:59:00Z'))).toEqual({ reading: true, until: at('2027-03-29T15:00:00Z') });
    expect(readingState(weekdays, at('2027-03-29T15:00:00Z'))).toEqual({ reading: false, nextFrom: at('2027-03-30T07:00:00Z') });
  });

  it('across the autumn change (25 October 2026): Monday 9.00 is 08.00 UTC again', () => {
    expect(readingState(weekdays, at('2026-10-24T12:00:00Z'))).toEqual({ reading: false, nextFrom: at('2026-10-26T08:00:00Z') });
    expect(readingState(weekdays, at('2026-10-23T14:59:00Z'))).toEqual({ reading: true, until: at('2026-10-23T15:00:00Z') });
  });

  it('hours on the night of a change count real time: Sunday 1.00–4.00 on 28 March 2027 is two hours long', () => {
    const night: AnswerHours = { 7: { opens: '01:00', closes: '04:00' } };
    expect(readingState(night, at('2027-03-28T00:00:00Z'))).toEqual({ reading: true, until: at('2027-03-28T02:00:00Z') });
    expect(readingState(night, at('2027-03-28T02:00:00Z'))).toEqual({ reading: false, nextFrom: at('2027-04-03T23:00:00Z') });
  });

  it('a week without any hours: nothing to promise', () => {
    expect(readingState({}, at('2026-12-02T10:00:00Z'))).toEqual({ reading: false, nextFrom: undefined });
  });

  it('only Saturday: a week ahead at most', () => {
    expect(readingState({ 6: { opens: '10:00', closes: '12:00' } }, at('2026-12-05T11:00:00Z'))).toEqual({ reading: false, nextFrom: at('2026-12-12T09:00:00Z') });
  });
});

describe('the promise in words', () => {
  it('says whether someone reads now, or from when, in Dutch', () => {
    const now = at('2026-12-02T10:00:00Z');
    expect(promiseFor(readingState(weekdays, now), now)).toBe('Er leest nu een CJG-coach mee, tot 17.00 uur. Je krijgt zo snel mogelijk antwoord.');
    const evening = at('2026-12-02T19:00:00Z');
    expect(promiseFor(readingState(weekdays, evening), evening)).toBe('Nu leest er niemand mee. Je kunt een antwoord verwachten vanaf morgen om 9.00 uur.');
    const early = at('2026-12-02T06:00:00Z');
    expect(promiseFor(readingState(weekdays, early), early)).toContain('vanaf vandaag om 9.00 uur');
    const saturday = at('2026-12-05T12:00:00Z');
    expect(promiseFor(readingState(weekdays, saturday), saturday)).toBe('Nu leest er niemand mee. Je kunt een antwoord verwachten vanaf maandag 7 december 2026, 9.00 uur.');
    expect(promiseFor(readingState({}, saturday), saturday)).toContain('nog geen tijden');
  });

  it('the same rule in English words (the English conversation pages): the 24-hour clock, English dates', () => {
    const en = conversationCopy.en.promise;
    const now = at('2026-12-02T10:00:00Z');
    expect(promiseFor(readingState(weekdays, now), now, en)).toBe('A CJG coach is reading now, until 17:00. You get an answer as soon as possible.');
    const evening = at('2026-12-02T19:00:00Z');
    expect(promiseFor(readingState(weekdays, evening), evening, en)).toBe('Nobody is reading right now. You can expect an answer from tomorrow at 09:00.');
    const saturday = at('2026-12-05T12:00:00Z');
    expect(promiseFor(readingState(weekdays, saturday), saturday, en)).toMatch(/^Nobody is reading right now\. You can expect an answer from Monday,? 7 December 2026, 09:00\.$/);
    expect(promiseFor(readingState({}, saturday), saturday, en)).toContain('has not planned any times yet');
    // Summer time: 9.00 in Amsterdam is 07:00 UTC.
    const june = at('2027-06-04T18:00:00Z');
    const state = readingState(weekdays, june);
    expect(state.reading).toBe(false);
    expect(formatNext((state as { nextFrom: Date }).nextFrom, june, en)).toMatch(/^Monday,? 7 June 2027, 09:00$/);
  });

  it('"tomorrow" is the Amsterdam tomorrow', () => {
    expect(formatNext(at('2026-12-03T08:00:00Z'), at('2026-12-02T23:30:00Z'))).toBe('vandaag om 9.00 uur');
  });

  it('describes the week', () => {
    expect(describeWeek(weekdays)).toBe('maandag tot en met vrijdag van 9.00 tot 17.00 uur');
    expect(describeWeek({ 1: { opens: '09:00', closes: '12:00' }, 2: { opens: '09:00', closes: '12:00' }, 4: { opens: '13:00', closes: '16:30' } })).toBe(
      'op maandag en dinsdag van 9.00 tot 12.00 uur en op donderdag van 13.00 tot 16.30 uur',
    );
    expect(describeWeek({})).toBe('op dit moment op geen enkele dag');
  });
});

describe('the back-office form', () => {
  it('reads open days with their times; closed days are left out', () => {
    const f = new URLSearchParams({ 'open-1': 'ja', 'opens-1': '9.00', 'closes-1': '17:00', 'opens-2': '09:00', 'closes-2': '17:00' });
    expect(parseHoursForm(f)).toEqual({ ok: true, hours: { 1: { opens: '09:00', closes: '17:00' } } });
  });
  it('gives a Dutch error per wrong field', () => {
    const r = parseHoursForm(new URLSearchParams({ 'open-5': 'ja', 'opens-5': '25:00', 'open-6': 'ja', 'opens-6': '10:00', 'closes-6': '10:00', 'open-7': 'ja', 'opens-7': '10:00', 'closes-7': '<script>' }));
    expect(r).toMatchObject({ ok: false, errors: { 'opens-5': 'Vul bij vrijdag een begintijd in, zoals 09:00.', 'closes-6': 'Bij zaterdag moet de eindtijd na de begintijd liggen.', 'closes-7': 'Vul bij zondag een eindtijd in, zoals 17:00.' } });
  });
});
