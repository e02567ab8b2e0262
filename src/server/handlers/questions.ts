/**
 * Anonymous questions. POST /api/questions stores a question and returns a
 * pickup code; GET /api/questions/<code> returns its status and answer.
 * The result pages (/jongeren/vraag/verstuurd/, /jongeren/antwoord/lezen/)
 * call `askQuestion` and `readAnswer` for browser form posts without JS.
 *
 * Nothing identifying is stored or logged: no IP address (the rate limiters
 * keep a salted in-memory hash), no user agent, and neither the question nor
 * the code is written to any log.
 */
import { newPickupCode } from '../../domain/questions/pickup-code';
import { pickupCodeSchema, questionInputSchema, type QuestionStatusView } from '../../schemas/question';
import { HttpError, assertSameOrigin, json, problem, readFields } from '../http';
import type { Deps } from '../deps';
import type { RateLimiter } from '../http';

export type QuestionDeps = Pick<Deps, 'store' | 'limits' | 'config' | 'now'>;

export interface ClientContext {
  clientAddress?: string | undefined;
}

export type AskResult =
  | { ok: true; code: string }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

const PURGE_EVERY_MS = 60_000;
const lastPurge = new WeakMap<object, number>();

/** Retention runs lazily, at most once a minute per store, so expired questions are gone even without a scheduler. */
async function purgeNow(deps: QuestionDeps, now: Date) {
  if (now.getTime() - (lastPurge.get(deps.store.questions) ?? 0) < PURGE_EVERY_MS) return;
  lastPurge.set(deps.store.questions, now.getTime());
  await deps.store.questions.purge(now);
}

async function limited(limiter: RateLimiter, ctx: ClientContext): Promise<HttpError | undefined> {
  const wait = await limiter.hit(ctx.clientAddress);
  if (wait > 0) return new HttpError(429, `Je hebt het te vaak geprobeerd. Probeer het over ${wait} seconden opnieuw.`, { 'retry-after': String(wait) });
  return undefined;
}

/** Ask: validate, store under a fresh code. Shared by the API and the no-JS page. */
export async function askQuestion(request: Request, ctx: ClientContext, deps: QuestionDeps): Promise<AskResult> {
  try {
    assertSameOrigin(request, deps.config.PUBLIC_URL);
    const tooMany = await limited(deps.limits.questionPosts, ctx);
    if (tooMany) throw tooMany;
    const { fields } = await readFields(request, deps.config.QUESTION_BODY_LIMIT_BYTES);
    const values = Object.fromEntries(
      ['question', 'age', 'topic'].map((k) => [k, typeof fields[k] === 'string' || typeof fields[k] === 'number' ? String(fields[k]) : '']),
    );
    const parsed = questionInputSchema.safeParse(fields);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'question');
        fieldErrors[key] ??= issue.message;
      }
      return { ok: false, status: 422, message: 'Controleer je vraag.', fieldErrors, values };
    }
    const now = deps.now();
    await purgeNow(deps, now);
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = newPickupCode();
      if (await deps.store.questions.create(code, parsed.data, now)) return { ok: true, code };
    }
    return { ok: false, status: 503, message: 'Het lukte niet om je vraag op te slaan. Probeer het later opnieuw.' };
  } catch (e) {
    if (e instanceof HttpError) return { ok: false, status: e.status, message: e.message };
    throw e;
  }
}

export type ReadResult = { ok: true; view: QuestionStatusView } | { ok: false; status: number; message: string; retryAfter?: string };

/** Read back by code. Every lookup counts towards the guessing limit, found or not. */
export async function readAnswer(rawCode: unknown, ctx: ClientContext, deps: QuestionDeps): Promise<ReadResult> {
  const tooMany = await limited(deps.limits.questionLookups, ctx);
  if (tooMany) return { ok: false, status: 429, message: tooMany.message, retryAfter: tooMany.headers['retry-after'] };
  const notFound = { ok: false as const, status: 404, message: 'We kennen deze code niet. Kijk of je hem goed hebt overgetypt. Een vraag wordt na een tijd gewist.' };
  const code = pickupCodeSchema.safeParse(typeof rawCode === 'string' ? rawCode : '');
  if (!code.success) return notFound;
  const now = deps.now();
  await purgeNow(deps, now);
  const q = await deps.store.questions.find(code.data, now);
  if (!q) return notFound;
  return { ok: true, view: q.status === 'answered' ? { status: 'answered', answer: q.answer ?? '' } : { status: 'open' } };
}

/** POST /api/questions (JSON or form-encoded) → 201 {code}. */
export async function postQuestion(request: Request, ctx: ClientContext, deps: QuestionDeps): Promise<Response> {
  const result = await askQuestion(request, ctx, deps);
  if (result.ok) return json(201, { code: result.code });
  const headers: Record<string, string> = result.status === 429 ? { 'retry-after': '60' } : {};
  return problem(result.status, result.message, result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}, headers);
}

/** GET /api/questions/<code> → 200 {status, answer?} | 404 | 429. */
export async function getQuestion(code: unknown, ctx: ClientContext, deps: QuestionDeps): Promise<Response> {
  const result = await readAnswer(code, ctx, deps);
  if (result.ok) return json(200, result.view);
  return problem(result.status, result.message, {}, result.retryAfter ? { 'retry-after': result.retryAfter } : {});
}
