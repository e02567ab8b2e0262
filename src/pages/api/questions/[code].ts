/** GET /api/questions/<code>: status and answer of an anonymous question. */
import type { APIRoute } from 'astro';
import { getQuestion } from '../../../server/handlers/questions';
import { getQuestionDeps } from '../../../server/questions-runtime';

export const prerender = false;

export const GET: APIRoute = async ({ params, clientAddress }) => getQuestion(params.code, { clientAddress }, await getQuestionDeps());
