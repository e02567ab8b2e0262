import { describe, expect, it } from 'vitest';
import { directionOf, localePath, locales, localeNames, splitLocalePath } from '../../src/i18n/locales';

describe('locales', () => {
  it('keeps Dutch at the root and prefixes the others', () => {
    expect(localePath('nl', '/aanbod/')).toBe('/aanbod/');
    expect(localePath('en', '/aanbod/')).toBe('/en/aanbod/');
    expect(localePath('ar', '/')).toBe('/ar/');
  });
  it('splits a path back into locale and path', () => {
    expect(splitLocalePath('/en/aanbod/x/')).toEqual({ locale: 'en', path: '/aanbod/x/' });
    expect(splitLocalePath('/uk/')).toEqual({ locale: 'uk', path: '/' });
    expect(splitLocalePath('/aanbod/')).toEqual({ locale: 'nl', path: '/aanbod/' });
    // a Dutch path that merely starts with two letters is not a locale
    expect(splitLocalePath('/nl/')).toEqual({ locale: 'nl', path: '/nl/' });
    expect(splitLocalePath('/hulp/')).toEqual({ locale: 'nl', path: '/hulp/' });
  });
  it('names every language in itself and knows the direction', () => {
    for (const l of locales) expect(localeNames[l]).toBeTruthy();
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('uk')).toBe('ltr');
  });
});
