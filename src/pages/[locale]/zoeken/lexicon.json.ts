/** /<locale>/zoeken/lexicon.json — the header search data of one language (see src/pages/zoeken/lexicon.json.ts). */
import type { APIRoute } from 'astro';
import { quickSearchData } from '../../../utils/search-helplines';
import { localeStaticPaths } from '../../../i18n/pages';
import type { Locale } from '../../../i18n/locales';

export const prerender = true;

export function getStaticPaths() {
  return localeStaticPaths('/zoeken/');
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await quickSearchData(params.locale as Locale)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
