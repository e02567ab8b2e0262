/**
 * The word tables of issue 18 (offers, registration, mails): every language has its own words. Turkish, Polish
 * and Ukrainian mail words start from the English table's shape, so a key left out would silently be English.
 */
import { describe, expect, it } from 'vitest';
import { registrationMailWords } from '../../src/i18n/registration-mail';
import { registrationMessages, registrationStrings, cancelStrings } from '../../src/i18n/registration';
import { offerStrings } from '../../src/i18n/offers';

/** A value as text: a function called with sample arguments (one that needs real ones counts as its own). */
const textOf = (v: unknown): string => {
  if (typeof v !== 'function') return JSON.stringify(v);
  try {
    return String((v as (...a: unknown[]) => unknown)(3, 5));
  } catch {
    return `(${Math.random()})`;
  }
};

describe.each(['tr', 'pl', 'uk', 'ar'] as const)('%s has its own words', (locale) => {
  it('in every registration mail (not the English ones)', () => {
    const own = registrationMailWords[locale] as unknown as Record<string, unknown>;
    const en = registrationMailWords.en as unknown as Record<string, unknown>;
    const same = Object.keys(en).filter((k) => k !== 'calendarFile' && textOf(own[k]) === textOf(en[k]));
    expect(same).toEqual([]);
  });
  it('in the form, its messages, the cancel page and the offer pages', () => {
    for (const [table, en] of [[registrationStrings[locale], registrationStrings.en], [registrationMessages[locale], registrationMessages.en], [cancelStrings[locale], cancelStrings.en], [offerStrings[locale], offerStrings.en]] as const) {
      const own = table as unknown as Record<string, unknown>;
      const english = en as unknown as Record<string, unknown>;
      const same = Object.keys(english).filter((k) => !['online', 'participantsHint', 'groupLabel', 'ages'].includes(k) && textOf(own[k]) === textOf(english[k]));
      expect(same).toEqual([]);
    }
  });
});
