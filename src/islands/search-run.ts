/**
 * Runs one expanded query against Pagefind and ranks the hits. Shared by the
 * search page (SiteSearch) and the quick results under the header search box
 * (HeaderSearch), so both find the same pages in the same order.
 */
import { mergeVariantHits, type ExpandedQuery, type SearchLexicon } from '../domain/search-query';
import type { PagefindApi, PagefindResult } from './pagefind-client';

/** A helpline the lexicon can put above the results for crisis words. */
export interface UrgentHelpline {
  id: string;
  name: string;
  url: string;
  phone?: { label: string; tel: string };
}

/** What the header search box needs besides Pagefind: served as /zoeken/lexicon.json. */
export interface QuickSearchData {
  lexicon: SearchLexicon;
  helplines: Record<string, UrgentHelpline>;
}

export interface RunOptions {
  filters?: Record<string, string>;
  /** Pagefind's date order instead of relevance. */
  byDate?: boolean;
}

/**
 * Every variant is a Pagefind search; the hits are merged. By relevance the
 * variants' scores are merged per word; by date Pagefind's date order is kept,
 * the query as typed first. A long question with few hits gets the pages that
 * match some of its words after the others.
 */
export async function searchRanked(pf: PagefindApi, exp: ExpandedQuery, { filters = {}, byDate = false }: RunOptions = {}): Promise<PagefindResult[]> {
  const opts = { filters, ...(byDate ? { sort: { datum: 'asc' as const } } : {}) };
  const searches = await Promise.all((exp.variants.length ? exp.variants : [null]).map((v) => pf.search(v, opts)));
  const byId = new Map<string, PagefindResult>();
  for (const search of searches) for (const r of search.results) if (!byId.has(r.id)) byId.set(r.id, r);
  const ids: string[] = byDate
    ? [...byId.keys()]
    : mergeVariantHits(
        // Pagefind adds up the scores of the words, so compare variants per word.
        searches.map((search, i) => {
          const words = Math.max(1, (exp.variants[i] ?? '').split(' ').length);
          return search.results.map((r) => ({ id: r.id, score: r.score / words }));
        }),
      ).map((h) => h.id);
  if (ids.length < 3 && exp.words.length > 1) {
    const perWord = await Promise.all(exp.words.map((w) => pf.search(w, opts)));
    const sum = new Map<string, number>();
    for (const search of perWord)
      for (const r of search.results) {
        if (!byId.has(r.id)) byId.set(r.id, r);
        sum.set(r.id, (sum.get(r.id) ?? 0) + r.score);
      }
    for (const [id] of [...sum.entries()].sort((x, y) => y[1] - x[1])) if (!ids.includes(id)) ids.push(id);
  }
  if (!byDate && !filters.soort && exp.variants[0]) await liftCurated(pf, exp, filters, ids, byId);
  return ids.map((id) => byId.get(id)!);
}

/** Pages the CJG writes and keeps (themes, articles, help, partners), as opposed to the many offers. */
export const CURATED_KINDS = ['thema', 'artikel', 'hulp', 'partner'];
/** A curated page is lifted only when it matches at least this share of the best hit's score. */
export const LIFT_SHARE = 0.2;

/**
 * A boost for curated content: with hundreds of offers whose titles repeat a
 * theme's words ("Scheiden en gamen 658"), the theme page or article about
 * exactly that falls out of view. The best curated hit for the query as typed
 * (Pagefind's `soort` filter) is moved into the first three when it matches
 * well enough; nothing is hidden. Changes `ids` in place.
 */
async function liftCurated(pf: PagefindApi, exp: ExpandedQuery, filters: Record<string, string>, ids: string[], byId: Map<string, PagefindResult>): Promise<void> {
  if (ids.length <= 3) return;
  const query = exp.variants[0]!;
  const [curated, top] = await Promise.all([pf.search(query, { filters: { ...filters, soort: { any: CURATED_KINDS } } }), pf.search(query, { filters })]);
  const best = curated.results[0];
  const bestScore = top.results[0]?.score ?? 0;
  if (!best || best.score < bestScore * LIFT_SHARE) return;
  const at = ids.indexOf(best.id);
  if (at !== -1 && at < 3) return;
  if (at !== -1) ids.splice(at, 1);
  if (!byId.has(best.id)) byId.set(best.id, best);
  ids.splice(2, 0, best.id);
}
