/** POST /api/registrations — thin adapter around the Web-standard handler. */
import type { APIRoute } from 'astro';
import { depsOf } from '../../server/astro';
import { handleCreateRegistration } from '../../server/handlers/registrations';

export const prerender = false;

export const POST: APIRoute = async ({ request, clientAddress, locals }) => handleCreateRegistration(request, depsOf(locals), { clientAddress });
