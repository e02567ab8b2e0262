import { describe, expect, it } from 'vitest';
import { shiftLocal, toIsoWithOffset } from '../../../src/domain/dates';
import { copyValues, emptyValues, formFromValues, valuesFromForm, type OfferFormValues } from '../../../src/domain/offers/form';

const values: OfferFormValues = {
  ...emptyValues('kenter-jeugdhulp'),
  title: 'Vlinderkracht',
  kind: 'workshop',
  summary: 'Een avond voor ouders over spanning.',
  themes: ['weerbaarheid', 'scheiden'],
  audience: ['ouders'],
  agesMin: '8',
  agesMax: '12',
  format: 'op-locatie',
  costType: 'betaald',
  costAmount: '15',
  freeForResidents: true,
  intake: true,
  keywords: 'spanning, faalangst',
  body: 'Regel 1\n- punt',
  sessions: [
    { id: 'v-1', start: '2027-03-09T19:30', end: '2027-03-09T21:30', laterMeetings: '16-03-2027\n23-03-2027 19.00-21.00 Ouderavond', schedule: '6 dinsdagen', location: 'cjg-noord', capacity: '20', deadline: '2027-03-07T23:59', cancelled: true },
  ],
};

describe('shiftLocal', () => {
  it('keeps the wall-clock time across summer time and month ends', () => {
    expect(shiftLocal('2027-03-23T19:30', 7)).toBe('2027-03-30T19:30');
    expect(toIsoWithOffset(shiftLocal('2027-03-23T19:30', 7))).toBe('2027-03-30T19:30:00+02:00');
    expect(shiftLocal('2027-01-31T10:00', 28)).toBe('2027-02-28T10:00');
    expect(shiftLocal('2028-02-28T10:00', 1)).toBe('2028-02-29T10:00');
    expect(shiftLocal('2027-01-05T10:00', -7)).toBe('2026-12-29T10:00');
  });
  it('refuses what is not a local date-time', () => {
    expect(() => shiftLocal('morgen', 7)).toThrow(RangeError);
  });
});

describe('copyValues', () => {
  it('keeps every field and drops the sessions', () => {
    const c = copyValues({ ...values, id: 'vlinderkracht' }, { type: 'none' });
    expect(c).toEqual({ ...values, id: undefined, sessions: [] });
  });
  it('moves the sessions by whole weeks with new ids, none cancelled', () => {
    const [s] = copyValues(values, { type: 'shift', weeks: 26 }).sessions;
    expect(s).toEqual({ ...values.sessions[0], id: '', start: '2027-09-07T19:30', end: '2027-09-07T21:30', laterMeetings: '14-09-2027\n21-09-2027 19.00-21.00 Ouderavond', deadline: '2027-09-05T23:59', cancelled: false });
  });
});

describe('formFromValues', () => {
  it('is the inverse of valuesFromForm', () => {
    expect(valuesFromForm(formFromValues(values))).toEqual({ ...values, id: undefined });
  });
});
