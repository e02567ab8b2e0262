/** GET /api/admin/offers/<id>/: one offer; POST: submit, approve or send back. Others' offers → 403. */
import type { APIRoute } from 'astro';
import { getOfferApi, offerActionApi } from '../../../../server/backoffice/api';
import { depsOf } from '../../../../server/astro';

export const prerender = false;

export const GET: APIRoute = async ({ locals, params }) => getOfferApi(locals.user, params.id ?? '', depsOf(locals));
export const POST: APIRoute = async ({ locals, params, request }) => offerActionApi(locals.user, params.id ?? '', request, depsOf(locals));
