/**
 * The pages of the catalogue, the offers and registration in other languages (issue 18, part B), for the
 * language switcher and the hreflang alternates (the page registry, src/i18n/pages.ts): `[dutchPath, locales]`
 * pairs, the same pages `src/pages/[locale]/aanbod/` builds. On-demand pages (the registration form, the neutral
 * and cancel pages, `/en/aanbod/filter/`) are not alternates of a built page and are not listed.
 */
import { getCatalogue, getOfferTranslations, type OfferEntry } from '../catalogue/site';
import { localePath, translatedLocales, type Locale, type TranslatedLocale } from './locales';

/**
 * The languages an offer page is built in: English for every offer (its practical facts and dates are
 * always in English, even before its text is translated), the other languages where a translation exists.
 * So a partner's new offer gets its English page at once, and a big catalogue does not build five pages
 * per offer in languages nobody has written for it.
 */
export async function offerPageLocales(): Promise<{ offer: OfferEntry; locales: TranslatedLocale[] }[]> {
  const [catalogue, translations] = await Promise.all([getCatalogue(), getOfferTranslations()]);
  return catalogue.offers.map((offer) => ({
    offer,
    locales: translatedLocales.filter((l) => hasOfferPage(l, translations.get(l, offer.id) !== undefined)),
  }));
}

/** The rule above for one offer and language (a catalogue card links the Dutch page where there is none). */
export const hasOfferPage = (locale: TranslatedLocale, translated: boolean) => locale === 'en' || translated;

export async function offerPathEntries(): Promise<[path: string, locales: TranslatedLocale[]][]> {
  return [['/aanbod/', translatedLocales], ...(await offerPageLocales()).map(({ offer, locales }): [string, TranslatedLocale[]] => [`/aanbod/${offer.id}/`, locales])];
}

/** An offer's page in `locale` where it is built (the rule above, from the catalogue's translations), else the Dutch page. */
export function offerPathIn(locale: Locale, offer: { id: string; translations?: Partial<Record<TranslatedLocale, unknown>> | undefined }): string {
  const path = `/aanbod/${offer.id}/`;
  return locale !== 'nl' && hasOfferPage(locale, offer.translations?.[locale] !== undefined) ? localePath(locale, path) : path;
}
