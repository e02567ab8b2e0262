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
  return ids.map((id) => byId.get(id)!);
}
