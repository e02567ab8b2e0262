/**
 * Filtering and sorting the catalogue of offers by what a parent knows:
 * "my child is 9, we live in Zandvoort, online please". Pure: the same code
 * runs in the browser (the /aanbod/ island) and at build or request time.
 *
 * Within one facet the choices are alternatives (thema=a&thema=b: either);
 * different facets all have to match.
 */
import { includesAge } from '../ages';
import { expandQuery, normaliseQuery, type SearchLexicon } from '../search-query';

/** What the filters need to know about one offer; built from the collection. */
export interface CatalogueItem {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  kind: string;
  themes: string[];
  audience: string[];
  ages: { min: number; max: number };
  format: string;
  /** Municipalities of the sessions' locations (online sessions add none). */
  municipalities: string[];
  provider: string;
  /** The languages the offer is given in (`languages` in the offer schema). */
  languages: string[];
  free: boolean;
  /** Places left in the best open upcoming session; 0 when none is open. */
  placesLeft: number;
  /** Start of the next session ("YYYY-MM-DDTHH:mm", Amsterdam), or null. */
  nextStart: string | null;
}

export const sortOrders = ['datum', 'relevantie'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface CatalogueCriteria {
  q: string;
  themes: string[];
  audience: string[];
  /** Age of the child in years; offers whose range includes it. */
  age: number | null;
  formats: string[];
  municipalities: string[];
  kinds: string[];
  providers: string[];
  /** Offers given in one of these languages ("Training in het Engels": `taal=en`). */
  languages: string[];
  free: boolean;
  placesLeft: boolean;
  sort: SortOrder;
}

export const emptyCriteria: CatalogueCriteria = {
  q: '',
  themes: [],
  audience: [],
  age: null,
  formats: [],
  municipalities: [],
  kinds: [],
  providers: [],
  languages: [],
  free: false,
  placesLeft: false,
  sort: 'datum',
};

/** URL parameter names (Dutch, as people see them in the address bar). */
export const params = {
  q: 'q',
  themes: 'thema',
  audience: 'voor',
  age: 'leeftijd',
  formats: 'vorm',
  municipalities: 'gemeente',
  kinds: 'soort',
  providers: 'aanbieder',
  languages: 'taal',
  free: 'gratis',
  placesLeft: 'plaats',
  sort: 'sortering',
} as const;

const listKeys = ['themes', 'audience', 'formats', 'municipalities', 'kinds', 'providers', 'languages'] as const;

/** Reads criteria from a query string; unknown or malformed values are ignored. */
export function parseCriteria(search: URLSearchParams | string): CatalogueCriteria {
  const sp = typeof search === 'string' ? new URLSearchParams(search) : search;
  const c: CatalogueCriteria = { ...emptyCriteria };
  c.q = (sp.get(params.q) ?? '').trim();
  for (const key of listKeys) {
    const values = sp.getAll(params[key]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    c[key] = [...new Set(values)];
  }
  const age = sp.get(params.age);
  if (age !== null && /^\d{1,2}$/.test(age.trim())) c.age = Number(age.trim());
  c.free = sp.get(params.free) === 'ja';
  c.placesLeft = sp.get(params.placesLeft) === 'ja';
  const sort = sp.get(params.sort);
  c.sort = sort === 'relevantie' ? 'relevantie' : 'datum';
  return c;
}

/** The criteria as a query string, in a stable order; defaults are left out. */
export function criteriaToParams(c: CatalogueCriteria): URLSearchParams {
  const sp = new URLSearchParams();
  if (c.q.trim()) sp.set(params.q, c.q.trim());
  for (const key of listKeys) for (const v of c[key]) sp.append(params[key], v);
  if (c.age !== null) sp.set(params.age, String(c.age));
  if (c.free) sp.set(params.free, 'ja');
  if (c.placesLeft) sp.set(params.placesLeft, 'ja');
  if (c.sort !== 'datum') sp.set(params.sort, c.sort);
  return sp;
}

/** True when no filter is set (sort order does not count). */
export function isEmptyCriteria(c: CatalogueCriteria): boolean {
  return !c.q.trim() && listKeys.every((k) => c[k].length === 0) && c.age === null && !c.free && !c.placesLeft;
}

const anyOf = (wanted: string[], have: string[] | string) =>
  wanted.length === 0 || (Array.isArray(have) ? wanted.some((w) => have.includes(w)) : wanted.includes(have));

/** Does the item pass every filter except the text query? */
export function matchesFilters(item: CatalogueItem, c: CatalogueCriteria): boolean {
  return (
    anyOf(c.themes, item.themes) &&
    anyOf(c.audience, item.audience) &&
    (c.age === null || includesAge(item.ages, c.age)) &&
    anyOf(c.formats, item.format) &&
    anyOf(c.municipalities, item.municipalities) &&
    anyOf(c.kinds, item.kind) &&
    anyOf(c.providers, item.provider) &&
    anyOf(c.languages, item.languages) &&
    (!c.free || item.free) &&
    (!c.placesLeft || item.placesLeft > 0)
  );
}

function haystack(item: CatalogueItem) {
  return {
    title: ` ${normaliseQuery(item.title)} `,
    keywords: ` ${item.keywords.map(normaliseQuery).join(' | ')} `,
    summary: ` ${normaliseQuery(item.summary)} `,
  };
}

/**
 * Text relevance of an item for a query: 0 when some word is missing.
 * Words count as found at the start of a word ("puber" finds "pubers").
 * Each variant of the expanded query is tried; the best one counts.
 */
export function textScore(item: CatalogueItem, q: string, lexicon?: SearchLexicon): number {
  const variants = lexicon ? expandQuery(q, lexicon).variants : [normaliseQuery(q)].filter(Boolean);
  if (variants.length === 0) return 1;
  const h = haystack(item);
  let best = 0;
  variants.forEach((variant, i) => {
    let score = 0;
    for (const word of variant.split(' ')) {
      const w = ` ${word}`;
      const s = (h.title.includes(w) ? 3 : 0) + (h.keywords.includes(w) ? 2 : 0) + (h.summary.includes(w) ? 1 : 0);
      if (s === 0) return;
      score += s;
    }
    best = Math.max(best, i === 0 ? score : score * 0.9);
  });
  return best;
}

function compareByDate(a: CatalogueItem, b: CatalogueItem): number {
  if (a.nextStart && b.nextStart) return a.nextStart.localeCompare(b.nextStart) || a.title.localeCompare(b.title, 'nl');
  if (a.nextStart) return -1;
  if (b.nextStart) return 1;
  return a.title.localeCompare(b.title, 'nl');
}

/**
 * The items that match, in the chosen order. By date: soonest first, offers
 * without dates last. By relevance: best text match first (by date when
 * there is no text query or on a tie).
 */
export function filterCatalogue(items: CatalogueItem[], c: CatalogueCriteria, lexicon?: SearchLexicon): CatalogueItem[] {
  const q = c.q.trim();
  const scored = items
    .filter((item) => matchesFilters(item, c))
    .map((item) => ({ item, score: q ? textScore(item, q, lexicon) : 1 }))
    .filter((s) => s.score > 0);
  scored.sort((a, b) => (c.sort === 'relevantie' ? b.score - a.score : 0) || compareByDate(a.item, b.item));
  return scored.map((s) => s.item);
}
