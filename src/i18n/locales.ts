/**
 * The languages of the portal (issue 18). Dutch is the source and stays at `/`; every other language
 * lives under its own prefix (`/en/`, `/ar/`, …). The choice is kept in the URL only: no cookie.
 *
 * - `fullLocales`: every page a parent or youngster needs (today: English).
 * - `coreLocales`: a core set (home, how the CJG helps, urgent help, the youth help topics, how to enrol,
 *   the registration form and mail, each offer's summary). A page outside the core set says so in its
 *   language and links the Dutch page.
 */
export const locales = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'nl';
export const fullLocales: readonly Locale[] = ['nl', 'en'];
export const coreLocales: readonly Locale[] = ['ar', 'tr', 'pl', 'uk'];

/** Each language named in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  uk: 'Українська',
};

/** BCP 47 tags for `og:locale` and `Intl` formatting. */
export const localeTags: Record<Locale, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  ar: 'ar',
  tr: 'tr-TR',
  pl: 'pl-PL',
  uk: 'uk-UA',
};

/** Every language but Dutch: the languages a Dutch page can be translated into. */
export type TranslatedLocale = Exclude<Locale, 'nl'>;
export const translatedLocales = locales.filter((l): l is TranslatedLocale => l !== defaultLocale);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** `/aanbod/` in `en` → `/en/aanbod/`; Dutch keeps the path as it is. Paths keep their Dutch slugs in every language. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** The locale a path belongs to and the path without its prefix: `/en/aanbod/` → `{ locale: 'en', path: '/aanbod/' }`. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (match && isLocale(match[1]) && match[1] !== defaultLocale) return { locale: match[1], path: match[2] ?? '/' };
  return { locale: defaultLocale, path: pathname };
}
