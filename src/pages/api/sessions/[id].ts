/** GET /api/sessions/<id> — live places left. */
import type { APIRoute } from 'astro';
import { routeDeps } from '../../../server/astro';
import { handleGetSession } from '../../../server/handlers/sessions';

export const prerender = false;

export const GET: APIRoute = async ({ request, params }) => handleGetSession(request, await routeDeps(), params.id ?? '');
