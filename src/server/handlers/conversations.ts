/**
 * Anonymous conversations (gesprekken). The JSON API keeps the address the
 * issue asks for:
 *   POST /api/questions                    {question, age?, topic?} → 201 {code}
 *   POST /api/questions/<code>/messages    {text}                   → 201 {thread}
 *   GET  /api/questions/<code>                                      → 200 {thread}
 *   POST /api/questions/lookup             {code}                   → 200 {thread}
 * The last one is how the browser asks (src/islands/ConversationLive.tsx):
 * the code in the body, so it is in no address at all, not even a path.
 * The pages (/jongeren/vraag/verstuurd/, /jongeren/antwoord/lezen/) call the
 * same functions for browser form posts without JavaScript.
 *
 * Nothing identifying is stored or logged: no IP address (the rate limiters
 * keep a salted in-memory hash), no user agent, and neither a message nor
 * the code is written to any log. Every lookup by code (read or reply)
 * counts towards the guessing limit, and a malformed code costs the same
 * database lookup as an unknown one, so neither answer nor timing tells them apart.
 */
import { newPickupCode } from '../../domain/questions/pickup-code';
import { promiseFor, readingState, type AnswerHours } from '../../domain/questions/hours';
import { toLocal } from '../../domain/dates';
import { mentionsCrisis } from '../../domain/crisis';
import { messageInputSchemaFor, pickupCodeSchema, questionInputSchemaFor, type ThreadView } from '../../schemas/question';
import { conversationCopyFor, hasConversationCopy, type ConversationLocale } from '../../i18n/copy/conversation';
import { defaultAnswerHours } from '../../utils/contact';
import { HttpError, assertSameOrigin, json, problem, readFields } from '../http';
import type { Thread } from '../store/conversations';
import type { Deps } from '../deps';
import type { RateLimiter } from '../http';

export type ConversationDeps = Pick<Deps, 'store' | 'limits' | 'config' | 'now'>;

export interface ClientContext {
  clientAddress?: string | undefined;
}

type Failure = { ok: false; status: number; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string>; retryAfter?: string | undefined };
export type StartResult = { ok: true; code: string; urgent: boolean } | Failure;
export type ReadResult = { ok: true; view: ThreadView } | Failure;
export type ReplyResult = { ok: true; view: ThreadView; urgent: boolean } | Failure;

const PURGE_EVERY_MS = 60_000;
const lastPurge = new WeakMap<object, number>();
/** Never a code: not from the word list, so it matches nothing, but it costs the same lookup. */
const NO_CODE = 'x-x-x-x-x';

/** The language of the words a person reads: the pages pass theirs, the JSON API keeps Dutch. */
export type PageLocale = ConversationLocale;
const words = (locale: PageLocale) => conversationCopyFor(locale).server;

/** A refused request as a person reads it: Dutch keeps the HttpError's own words, the others say it by status. */
export function refusedMessage(e: HttpError, locale: PageLocale): string {
  if (locale === 'nl') return e.message;
  const w = words(locale);
  return e.status === 403 ? w.refused : e.status === 413 ? w.tooLarge : w.badRequest;
}

/** Retention runs lazily, at most once a minute per store, so expired conversations are gone even without a scheduler. */
async function purgeNow(deps: ConversationDeps, now: Date) {
  if (now.getTime() - (lastPurge.get(deps.store.conversations) ?? 0) < PURGE_EVERY_MS) return;
  lastPurge.set(deps.store.conversations, now.getTime());
  await deps.store.conversations.purge(now);
}

async function limited(limiter: RateLimiter, ctx: ClientContext, locale: PageLocale): Promise<Failure | undefined> {
  const wait = await limiter.hit(ctx.clientAddress);
  if (wait > 0) return { ok: false, status: 429, message: words(locale).tooMany(wait), retryAfter: String(wait) };
  return undefined;
}

/** The answering hours as the CJG set them, or the defaults. */
export async function answerHours(deps: Pick<Deps, 'store'>): Promise<AnswerHours> {
  return (await deps.store.conversations.hours.get()) ?? defaultAnswerHours;
}

/** Is someone reading now, and the one promise that follows from it, in `locale`. */
export async function replyState(deps: Pick<Deps, 'store' | 'now'>, locale: PageLocale = 'nl'): Promise<{ readingNow: boolean; promise: string }> {
  const now = deps.now();
  const closed = await deps.store.conversations.closedDays.list(toLocal(now).slice(0, 10));
  const state = readingState(await answerHours(deps), now, new Set(closed.map((d) => d.day)));
  return { readingNow: state.reading, promise: promiseFor(state, now, conversationCopyFor(locale).promise) };
}

const viewOf = (t: Thread, reply: { readingNow: boolean; promise: string }): ThreadView => ({
  status: t.conversation.status,
  messages: t.messages.map((m) => ({ from: m.from, text: m.text, at: m.at })),
  deleteAfter: t.conversation.deleteAfter,
  ...reply,
});

function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[], fallback: string): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[String(issue.path[0] ?? fallback)] ??= issue.message;
  return fieldErrors;
}

/** Look a code up, counting towards the guessing limit; malformed and unknown codes answer the same, after the same lookup. */
async function lookup(rawCode: unknown, ctx: ClientContext, deps: ConversationDeps, locale: PageLocale): Promise<{ ok: true; code: string; thread: Thread } | Failure> {
  const tooMany = await limited(deps.limits.questionLookups, ctx, locale);
  if (tooMany) return tooMany;
  const code = pickupCodeSchema.safeParse(typeof rawCode === 'string' ? rawCode : '');
  const now = deps.now();
  await purgeNow(deps, now);
  const thread = await deps.store.conversations.find(code.success ? code.data : NO_CODE, now);
  if (!code.success || !thread) return { ok: false, status: 404, message: words(locale).notFound };
  return { ok: true, code: code.data, thread };
}

/**
 * Start a conversation: validate, store the first message under a fresh code. Shared by the API and the no-JS page;
 * `locale` is the page's language (its messages; Dutch for the API).
 */
export async function startConversation(request: Request, ctx: ClientContext, deps: ConversationDeps, locale: PageLocale = 'nl'): Promise<StartResult> {
  try {
    assertSameOrigin(request, deps.config.PUBLIC_URL);
    const tooMany = await limited(deps.limits.questionPosts, ctx, locale);
    if (tooMany) return tooMany;
    const { fields } = await readFields(request, deps.config.QUESTION_BODY_LIMIT_BYTES);
    const values = Object.fromEntries(
      ['question', 'age', 'topic'].map((k) => [k, typeof fields[k] === 'string' || typeof fields[k] === 'number' ? String(fields[k]) : '']),
    );
    const parsed = questionInputSchemaFor(locale).safeParse(fields);
    if (!parsed.success) return { ok: false, status: 422, message: words(locale).checkQuestion, fieldErrors: fieldErrorsOf(parsed.error.issues, 'question'), values };
    const now = deps.now();
    await purgeNow(deps, now);
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = newPickupCode();
      if (await deps.store.conversations.start(code, parsed.data, now, locale)) return { ok: true, code, urgent: mentionsCrisis(parsed.data.question) };
    }
    return { ok: false, status: 503, message: words(locale).saveFailed };
  } catch (e) {
    if (e instanceof HttpError) return { ok: false, status: e.status, message: refusedMessage(e, locale) };
    throw e;
  }
}

/** Read the thread by code. */
export async function readConversation(rawCode: unknown, ctx: ClientContext, deps: ConversationDeps, locale: PageLocale = 'nl'): Promise<ReadResult> {
  const found = await lookup(rawCode, ctx, deps, locale);
  if (!found.ok) return found;
  return { ok: true, view: viewOf(found.thread, await replyState(deps, locale)) };
}

/**
 * The youngster replies on the same code. `fields` is the parsed body (the page reads the form, the API the JSON).
 * The code is looked up first (the guessing limit, the same 404), then the text is checked.
 */
export async function replyToConversation(
  rawCode: unknown, fields: Record<string, unknown>, ctx: ClientContext, deps: ConversationDeps, locale: PageLocale = 'nl',
): Promise<ReplyResult> {
  const found = await lookup(rawCode, ctx, deps, locale);
  if (!found.ok) return found;
  const parsed = messageInputSchemaFor(locale).safeParse(fields);
  const reply = await replyState(deps, locale);
  if (!parsed.success) {
    return { ok: false, status: 422, message: words(locale).checkMessage, fieldErrors: fieldErrorsOf(parsed.error.issues, 'text'), values: { text: typeof fields.text === 'string' ? fields.text.slice(0, 20_000) : '' } };
  }
  const thread = await deps.store.conversations.reply(found.code, parsed.data.text, deps.now());
  if (!thread) return { ok: false, status: 404, message: words(locale).notFound };
  return { ok: true, view: viewOf(thread, reply), urgent: mentionsCrisis(parsed.data.text) };
}

const failure = (r: Failure) =>
  problem(r.status, r.message, r.fieldErrors ? { fieldErrors: r.fieldErrors } : {}, r.status === 429 ? { 'retry-after': r.retryAfter ?? '60' } : {});

/** POST /api/questions (JSON or form-encoded) → 201 {code, urgent}. */
export async function postQuestion(request: Request, ctx: ClientContext, deps: ConversationDeps): Promise<Response> {
  const result = await startConversation(request, ctx, deps);
  if (result.ok) return json(201, { code: result.code, urgent: result.urgent });
  return failure(result);
}

/** GET /api/questions/<code> → 200 {status, messages, deleteAfter, readingNow, promise} | 404 | 429. */
export async function getConversation(code: unknown, ctx: ClientContext, deps: ConversationDeps, locale: PageLocale = 'nl'): Promise<Response> {
  const result = await readConversation(code, ctx, deps, locale);
  if (result.ok) return json(200, result.view);
  return failure(result);
}

/** POST /api/questions/<code>/messages {text} → 201 {thread, urgent} | 404 | 422 | 429. */
export async function postMessage(code: unknown, request: Request, ctx: ClientContext, deps: ConversationDeps): Promise<Response> {
  try {
    assertSameOrigin(request, deps.config.PUBLIC_URL);
    const { fields } = await readFields(request, deps.config.QUESTION_BODY_LIMIT_BYTES);
    const result = await replyToConversation(code, fields, ctx, deps);
    if (result.ok) return json(201, { ...result.view, urgent: result.urgent });
    return failure(result);
  } catch (e) {
    if (e instanceof HttpError) return e.toResponse();
    throw e;
  }
}

/**
 * POST /api/questions/lookup {code, language?} → the same as GET /api/questions/<code>, with the code in the body instead of
 * the address. `language` (a language the conversation is written in, e.g. `en`): the `promise` in that language, for the
 * live island on an English thread page; the messages stay Dutch.
 */
export async function lookupConversation(request: Request, ctx: ClientContext, deps: ConversationDeps): Promise<Response> {
  try {
    assertSameOrigin(request, deps.config.PUBLIC_URL);
    const { fields } = await readFields(request, 2048);
    return await getConversation(fields.code, ctx, deps, hasConversationCopy(fields.language) ? fields.language : 'nl');
  } catch (e) {
    if (e instanceof HttpError) return e.toResponse();
    throw e;
  }
}
