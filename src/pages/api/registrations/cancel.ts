/** POST /api/registrations/cancel with { token } — thin adapter. */
import type { APIRoute } from 'astro';
import { depsOf } from '../../../server/astro';
import { handleCancelRegistration } from '../../../server/handlers/registrations';

export const prerender = false;

export const POST: APIRoute = async ({ request, clientAddress, locals }) => handleCancelRegistration(request, depsOf(locals), { clientAddress });
