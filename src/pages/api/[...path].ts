/**
 * Every /api/ address inside Astro (`astro dev`, the edge host): the one
 * route table in src/server/api.ts. The Node host (scripts/serve.mjs) calls
 * that table itself, before Astro.
 */
import type { APIRoute } from 'astro';
import { depsOf } from '../../server/astro';
import { handleApi } from '../../server/api';
import { problem } from '../../server/http';

export const prerender = false;

export const ALL: APIRoute = async ({ request, clientAddress, locals }) =>
  (await handleApi(request, depsOf(locals), { clientAddress })) ?? problem(404, 'Dit adres bestaat niet.');
