/**
 * /zoeken/lexicon.json — the prepared search lexicon and the urgent
 * helplines, for the header search box. It fetches this file together with
 * Pagefind when someone starts typing, so content pages carry no search data.
 */
import type { APIRoute } from 'astro';
import { quickSearchData } from '../../utils/search-helplines';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await quickSearchData('nl')), { headers: { 'content-type': 'application/json; charset=utf-8' } });
