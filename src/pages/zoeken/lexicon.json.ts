/**
 * /zoeken/lexicon.json — the prepared search lexicon and the urgent
 * helplines, for the header search box. It fetches this file together with
 * Pagefind when someone starts typing, so content pages carry no search data.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../catalogue/site';
import { loadLexicon } from '../../utils/search-lexicon';
import { urgentHelplines } from '../../utils/search-helplines';
import type { QuickSearchData } from '../../islands/search-run';

export const prerender = true;

export const GET: APIRoute = async () => {
  const lexicon = loadLexicon();
  const body: QuickSearchData = { lexicon, helplines: urgentHelplines((await getCatalogue()).helplines, lexicon) };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
