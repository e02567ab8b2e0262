/** GET /api/questions/<code>: status and answer of an anonymous question. */
import type { APIRoute } from 'astro';
import { getQuestion } from '../../../server/handlers/questions';
import { depsOf } from '../../../server/astro';

export const prerender = false;

export const GET: APIRoute = async ({ params, clientAddress, locals }) => getQuestion(params.code, { clientAddress }, depsOf(locals));
