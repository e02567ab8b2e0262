/**
 * What each indexed page tells Pagefind about itself: filters, metadata and
 * sort keys, taken from the collections (never scraped from visible text),
 * plus the item's keywords as extra indexed words. Rendered by
 * src/components/search/SearchData.astro inside the page's
 * `data-pagefind-body`.
 */
import type { Catalogue, OfferEntry, ThemeEntry, ArticleEntry, PartnerEntry, HelplineEntry } from '../catalogue/site';
import type { CatalogueItem } from '../domain/offers/filter';
import { nextSession, sessionState } from '../domain/offers';
import { placesLeft } from '../domain/registrations/availability';
import { formatShortDate, formatTime } from '../domain/dates';
import { formatAgeRange } from '../domain/ages';
import { kindLabels } from './labels';
import { buildNow } from './now';

/** Result types beyond the offer kinds, with their Dutch labels. */
export const pageTypeLabels: Record<string, string> = {
  ...kindLabels,
  thema: 'Thema',
  artikel: 'Artikel',
  hulp: 'Hulp en advies',
  partner: 'Jeugdpartner',
  pagina: 'Informatie',
};

export interface SearchData {
  /** Filter name → values (stable ids; labels live in the UI). */
  filters: Record<string, string[]>;
  /** Metadata shown with a result. */
  meta: Record<string, string>;
  /** Sort keys (strings that sort correctly as text). */
  sort: Record<string, string>;
  /** Extra words to index with a higher weight. */
  keywords: string[];
  /** Weight of the keyword line, 1–10 (urgent help ranks highest). */
  keywordWeight: number;
}

/** Every whole year from min to max: the age filter then matches "includes age N". */
function ageValues(range: { min: number; max: number }): string[] {
  const out: string[] = [];
  for (let a = range.min; a <= range.max; a++) out.push(String(a));
  return out;
}

/** Filter facts about an offer, shared by search and the catalogue filters. */
export function offerCatalogueItem(offer: OfferEntry, catalogue: Catalogue, now: Date = buildNow): CatalogueItem {
  const d = offer.data;
  const next = nextSession(d.sessions, now);
  const municipalities = new Set<string>();
  for (const s of d.sessions) {
    if (s.location === 'online') continue;
    const m = catalogue.location(s.location)?.data.municipality;
    if (m) municipalities.add(m);
  }
  const open = d.sessions.filter((s) => sessionState(s, now) === 'open');
  return {
    id: offer.id,
    title: d.title,
    summary: d.summary,
    keywords: d.keywords,
    kind: d.kind,
    themes: d.themes,
    audience: d.audience,
    ages: d.ages,
    format: d.format,
    municipalities: [...municipalities].sort(),
    provider: d.provider,
    languages: d.languages,
    free: d.cost.type === 'gratis' || d.cost.freeForResidents,
    placesLeft: Math.max(0, ...open.map((s) => placesLeft(s.capacity, s.taken))),
    nextStart: next?.start ?? null,
  };
}

/**
 * Filter facts about one session (the agenda lists sessions, not offers):
 * the offer's facts, with this session's municipality, places and start.
 */
export function sessionCatalogueItem(offer: OfferEntry, session: OfferEntry['data']['sessions'][number], catalogue: Catalogue, now: Date = buildNow): CatalogueItem {
  const municipality = session.location === 'online' ? undefined : catalogue.location(session.location)?.data.municipality;
  return {
    ...offerCatalogueItem(offer, catalogue, now),
    id: session.id,
    municipalities: municipality ? [municipality] : [],
    placesLeft: sessionState(session, now) === 'open' ? placesLeft(session.capacity, session.taken) : 0,
    nextStart: session.start,
  };
}

export function offerSearchData(offer: OfferEntry, catalogue: Catalogue): SearchData {
  const item = offerCatalogueItem(offer, catalogue);
  const d = offer.data;
  const provider = catalogue.partner(d.provider);
  const filters: Record<string, string[]> = {
    soort: [d.kind],
    thema: d.themes,
    voor: d.audience,
    leeftijd: ageValues(d.ages),
    vorm: [d.format],
    gemeente: item.municipalities,
    aanbieder: [d.provider],
  };
  if (item.free) filters.gratis = ['ja'];
  if (item.placesLeft > 0) filters.plaats = ['ja'];
  const meta: Record<string, string> = {
    type: pageTypeLabels[d.kind] ?? d.kind,
    thema: d.themes.map((t) => catalogue.theme(t).data.title).join(', '),
    leeftijd: formatAgeRange(d.ages),
    aanbieder: provider.data.name,
    kosten: d.cost.type === 'gratis' ? 'Gratis' : d.cost.freeForResidents ? 'Gratis in Haarlem en Zandvoort' : 'Betaald',
  };
  if (item.nextStart) meta.datum = `${formatShortDate(item.nextStart)} ${item.nextStart.slice(0, 4)}, ${formatTime(item.nextStart)} uur`;
  return {
    filters,
    meta,
    // Offers without a date sort last.
    sort: { datum: item.nextStart ?? '9999-12-31T00:00' },
    keywords: [...d.keywords, ...d.themes.map((t) => catalogue.theme(t).data.title)],
    keywordWeight: 6,
  };
}

export function themeSearchData(theme: ThemeEntry): SearchData {
  return {
    filters: { soort: ['thema'], thema: [theme.id] },
    meta: { type: pageTypeLabels.thema!, thema: theme.data.title },
    sort: {},
    // Curated by the CJG: a theme page outranks the many offers that carry its name (search at scale).
    keywords: [theme.data.title, ...theme.data.keywords],
    keywordWeight: 10,
  };
}

export function articleSearchData(article: ArticleEntry, catalogue: Catalogue): SearchData {
  const d = article.data;
  return {
    filters: { soort: ['artikel'], thema: d.themes, voor: [d.audience] },
    meta: { type: pageTypeLabels.artikel!, ...(d.themes.length ? { thema: d.themes.map((t) => catalogue.theme(t).data.title).join(', ') } : {}) },
    sort: {},
    keywords: d.keywords,
    keywordWeight: 8,
  };
}

export function partnerSearchData(partner: PartnerEntry): SearchData {
  const d = partner.data;
  return {
    filters: { soort: ['partner'], gemeente: d.municipalities },
    meta: { type: pageTypeLabels.partner! },
    sort: {},
    keywords: [d.name, ...d.keywords],
    keywordWeight: 7,
  };
}

export function helplineSearchData(helpline: HelplineEntry): SearchData {
  const d = helpline.data;
  const filters: Record<string, string[]> = { soort: ['hulp'] };
  if (d.free) filters.gratis = ['ja'];
  return {
    filters,
    meta: { type: pageTypeLabels.hulp!, ...(d.urgent ? { spoed: 'ja' } : {}) },
    sort: {},
    keywords: d.keywords,
    // Urgent lines (112, 113, Veilig Thuis) must beat articles about the same words.
    keywordWeight: d.urgent ? 10 : 7,
  };
}

export function pageSearchData(keywords: string[] = []): SearchData {
  return { filters: { soort: ['pagina'] }, meta: { type: pageTypeLabels.pagina! }, sort: {}, keywords, keywordWeight: 3 };
}
