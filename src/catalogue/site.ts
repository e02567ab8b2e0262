/**
 * The catalogue inside Astro (pages, components, on-demand routes): loads
 * the content collections once per build or server process, checks the
 * references between them, and offers the lookups pages need. A broken
 * reference fails the build with the file and field named. The only
 * `getCollection` calls in the repository are here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkReferences, formatProblems } from './references';
import { buildSessionCatalogue, type SessionCatalogue } from './sessions';
import { sortByNextDate } from '../domain/offers';
import { buildNow } from '../utils/now';
import { indexTranslations, type TranslationIndex } from '../i18n/translations';
import { translatedLocales } from '../i18n/locales';

export type OfferEntry = CollectionEntry<'offers'>;
export type ThemeEntry = CollectionEntry<'themes'>;
export type PartnerEntry = CollectionEntry<'partners'>;
export type LocationEntry = CollectionEntry<'locations'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type HelplineEntry = CollectionEntry<'helplines'>;
export type ServiceEntry = CollectionEntry<'services'>;
export type HelpTopicEntry = CollectionEntry<'helpTopics'>;
export type HelpTopicTranslationEntry = CollectionEntry<'helpTopicTranslations'>;
export type HelplineTranslationEntry = CollectionEntry<'helplineTranslations'>;
export type ServiceTranslationEntry = CollectionEntry<'serviceTranslations'>;

export interface Catalogue {
  offers: OfferEntry[];
  themes: ThemeEntry[];
  partners: PartnerEntry[];
  locations: LocationEntry[];
  articles: ArticleEntry[];
  helplines: HelplineEntry[];
  services: ServiceEntry[];
  helpTopics: HelpTopicEntry[];
  theme(id: string): ThemeEntry;
  partner(id: string): PartnerEntry;
  location(id: string): LocationEntry | undefined;
}

/** What an offer's page looks up in the other collections (the back office's preview adds a proposed location). */
export type OfferLookups = Pick<Catalogue, 'partner' | 'theme' | 'location'>;

let cached: Promise<Catalogue> | undefined;

export function getCatalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Catalogue> {
  const [offers, themes, partners, locations, articles, helplines, services, helpTopics] = await Promise.all([
    getCollection('offers'),
    getCollection('themes'),
    getCollection('partners'),
    getCollection('locations'),
    getCollection('articles'),
    getCollection('helplines'),
    getCollection('services'),
    getCollection('helpTopics'),
  ]);
  const problems = checkReferences({ offers, themes, partners, locations, articles, helpTopics });
  if (problems.length) throw new Error(formatProblems(problems));

  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
  const themeMap = byId(themes);
  const partnerMap = byId(partners);
  const locationMap = byId(locations);

  return {
    offers: sortByNextDate(offers, buildNow),
    themes: themes.sort((a, b) => a.data.order - b.data.order),
    partners: partners.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl')),
    locations: locations.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl')),
    articles: articles.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl')),
    helplines: helplines.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'nl')),
    services: services.sort((a, b) => a.data.order - b.data.order),
    helpTopics: helpTopics.sort((a, b) => a.data.order - b.data.order),
    theme: (id) => themeMap.get(id)!,
    partner: (id) => partnerMap.get(id)!,
    location: (id) => locationMap.get(id),
  };
}

let sessions: Promise<SessionCatalogue> | undefined;

/** Session id → session, offer and place, from the built collections (read once per process). */
export function sessionCatalogue(): Promise<SessionCatalogue> {
  sessions ??= Promise.all([getCatalogue(), getOfferTranslations()]).then(([c, translations]) =>
    buildSessionCatalogue(c.offers, c.locations, (id) => {
      const texts = translatedLocales.flatMap((l) => {
        const t = translations.get(l, id)?.data;
        return t ? [[l, { title: t.title, bring: t.bring }] as const] : [];
      });
      return texts.length ? Object.fromEntries(texts) : undefined;
    }),
  );
  return sessions;
}

/** The content translations by language (issue 18; src/i18n/translations.ts), each checked against its Dutch source. */
export interface ContentTranslations {
  helpTopics: TranslationIndex<HelpTopicTranslationEntry>;
  helplines: TranslationIndex<HelplineTranslationEntry>;
  services: TranslationIndex<ServiceTranslationEntry>;
}

let translations: Promise<ContentTranslations> | undefined;

export function getTranslations(): Promise<ContentTranslations> {
  translations ??= (async () => {
    const [catalogue, helpTopics, helplines, services] = await Promise.all([
      getCatalogue(),
      getCollection('helpTopicTranslations'),
      getCollection('helplineTranslations'),
      getCollection('serviceTranslations'),
    ]);
    const ids = (list: { id: string }[]) => list.map((e) => e.id);
    return {
      helpTopics: indexTranslations('help-topics', helpTopics, ids(catalogue.helpTopics)),
      helplines: indexTranslations('helplines', helplines, ids(catalogue.helplines)),
      services: indexTranslations('services', services, ids(catalogue.services)),
    };
  })();
  return translations;
}

export type OfferTranslationEntry = CollectionEntry<'offerTranslations'>;

/** The offer translations (content/offers/<locale>/<id>.md) by language and offer id. */
export interface OfferTranslations {
  get(locale: string, offerId: string): OfferTranslationEntry | undefined;
}

let offerTranslations: Promise<OfferTranslations> | undefined;

/**
 * Translations of offers that are not in the catalogue (an offer removed, or a build with OFFERS_DIR) are
 * left out here; tests/unit/offer-translations.test.ts checks that every file names an offer.
 */
export function getOfferTranslations(): Promise<OfferTranslations> {
  offerTranslations ??= getCollection('offerTranslations').then((entries) => {
    const map = new Map(entries.map((e) => [e.id, e]));
    return { get: (locale, offerId) => map.get(`${locale}/${offerId}`) };
  });
  return offerTranslations;
}
