/**
 * THE registry of translated pages (issue 18): which Dutch page is built in which other language.
 * The language switcher, the hreflang alternates (BaseLayout) and the `getStaticPaths` of the language
 * pages (src/pages/[locale]/…) all read it, so a page is linked in a language exactly when it is built.
 *
 * How to add pages (e.g. part B: the catalogue, offers and registration):
 *   1. build them under src/pages/[locale]/… with `getStaticPaths() { return localeStaticPaths('/aanbod/') }`
 *      (a static page) or from your own translations (a content page);
 *   2. add ONE source to `pathSources` below: a function returning `[dutchPath, locales]` pairs, e.g.
 *        async () => [['/aanbod/', [...translatedLocales]], ...offerIds.map((id) => [`/aanbod/${id}/`, ['en']])]
 *      Paths are Dutch paths with a slash at both ends, without the locale prefix.
 * On-demand pages (registration results) need no entry: they are not alternates of a built page.
 */
import { getTranslations } from '../catalogue/site';
import { buildRegistry, type PageRegistry } from './registry';
import { offerPathEntries } from './offer-pages';
import type { TranslatedLocale, TranslationIndex } from './translations';
import { translatedLocales } from './locales';

const english: TranslatedLocale[] = ['en'];

/** The site's own pages, written per language in src/pages/[locale]/ (copy in src/i18n/copy/). */
export { translatedLocales };

export const sitePages: Record<string, readonly TranslatedLocale[]> = {
  '/': translatedLocales,
  '/over-het-cjg/': translatedLocales,
  '/contact/': translatedLocales,
  '/hulp/': translatedLocales,
  '/jongeren/': translatedLocales,
  // The anonymous conversation (src/i18n/copy/conversation.ts): static pages here; verstuurd/ and lezen/ are on demand.
  '/jongeren/vraag/': translatedLocales,
  '/jongeren/antwoord/': translatedLocales,
  '/jongeren/sporen-wissen/': translatedLocales,
  '/ouders/': english,
  '/privacy/': english,
  '/toegankelijkheid/': english,
  // The search page (noindex): each language searches its own Pagefind index.
  '/zoeken/': translatedLocales,
};

type PathEntries = Iterable<readonly [path: string, locales: Iterable<TranslatedLocale>]>;
export type PathSource = () => Promise<PathEntries> | PathEntries;

/** A content page exists in a language when its translation file does (content/<collection>/<locale>/<id>). */
function translatedContent(index: TranslationIndex<unknown>, path: (id: string) => string): PathEntries {
  const byPath = new Map<string, TranslatedLocale[]>();
  for (const [locale, entries] of index) for (const id of entries.keys()) byPath.set(path(id), [...(byPath.get(path(id)) ?? []), locale]);
  return byPath;
}

export const pathSources: PathSource[] = [
  () => Object.entries(sitePages),
  async () => translatedContent((await getTranslations()).helpTopics, (id) => `/jongeren/${id}/`),
  async () => translatedContent((await getTranslations()).helplines, (id) => `/hulp/${id}/`),
  // The catalogue and the offer pages (src/i18n/offer-pages.ts); registration pages are on demand, no alternates.
  offerPathEntries,
];

let registry: Promise<PageRegistry> | undefined;

export function getPageRegistry(): Promise<PageRegistry> {
  registry ??= Promise.all(pathSources.map((source) => source())).then((lists) => buildRegistry(lists.flatMap((l) => [...l])));
  return registry;
}

/** `getStaticPaths` of a static language page: one path per language the registry builds it in. */
export function localeStaticPaths(path: string): { params: { locale: TranslatedLocale } }[] {
  const ls = sitePages[path];
  if (!ls) throw new Error(`src/i18n/pages.ts: "${path}" staat niet in sitePages`);
  return ls.map((locale) => ({ params: { locale } }));
}
