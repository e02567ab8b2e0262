/** POST /api/questions: ask anonymously (see src/server/handlers/questions.ts). */
import type { APIRoute } from 'astro';
import { postQuestion } from '../../../server/handlers/questions';
import { depsOf } from '../../../server/astro';

export const prerender = false;

export const POST: APIRoute = async ({ request, clientAddress, locals }) => postQuestion(request, { clientAddress }, depsOf(locals));
