/** GET /beheer/inschrijvingen/<session>/deelnemers.csv: the session's registrations as CSV (partners: own offers only). */
import type { APIRoute } from 'astro';
import { problem } from '../../../../server/http';
import { requireUser } from '../../../../server/backoffice/pages';
import { isDenied, registrationsCsv } from '../../../../server/backoffice/registrations';
import { catalogueOffers, depsOf } from '../../../../server/astro';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals }) => {
  const { actor } = requireUser(locals);
  const result = await registrationsCsv(actor, params.sessionId, depsOf(locals), await catalogueOffers(depsOf(locals)));
  return isDenied(result) ? problem(result.status, result.message) : result;
};
