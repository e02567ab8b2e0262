/** GET /api/admin/offers/: the offers this person may see (own for a partner, all for the coordinator). */
import type { APIRoute } from 'astro';
import { listOffersApi } from '../../../../server/backoffice/api';
import { depsOf } from '../../../../server/astro';

export const prerender = false;

export const GET: APIRoute = async ({ locals }) => listOffersApi(locals.user, depsOf(locals));
