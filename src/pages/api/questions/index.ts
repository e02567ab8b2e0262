/** POST /api/questions: ask anonymously (see src/server/handlers/questions.ts). */
import type { APIRoute } from 'astro';
import { postQuestion } from '../../../server/handlers/questions';
import { getQuestionDeps } from '../../../server/questions-runtime';

export const prerender = false;

export const POST: APIRoute = async ({ request, clientAddress }) => postQuestion(request, { clientAddress }, await getQuestionDeps());
