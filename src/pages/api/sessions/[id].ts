/** GET /api/sessions/<id> — live places left. */
import type { APIRoute } from 'astro';
import { depsOf } from '../../../server/astro';
import { handleGetSession } from '../../../server/handlers/sessions';

export const prerender = false;

export const GET: APIRoute = async ({ request, params, locals }) => handleGetSession(request, depsOf(locals), params.id ?? '');
