/** GET /beheer/cijfers/<year>.csv: the year's figures as CSV (coordinator only). */
import type { APIRoute } from 'astro';
import { problem } from '../../../server/http';
import { requireUser } from '../../../server/backoffice/pages';
import { figuresCsv } from '../../../server/backoffice/figures';
import { catalogueOffers, depsOf, themeList } from '../../../server/astro';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals }) => {
  const { actor } = requireUser(locals);
  const result = await figuresCsv(actor, params.year, depsOf(locals), { offers: await catalogueOffers(depsOf(locals)), themes: await themeList() });
  return result instanceof Response ? result : problem(result.status, result.message);
};
