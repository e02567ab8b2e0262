/**
 * The no-JavaScript conversation pages (issue 17) in every language they are written in (issue 18):
 * the form posts of /jongeren/vraag/verstuurd/ and /jongeren/antwoord/lezen/ (and /en/…), read here once
 * for the Dutch and the other-language page files, so both only set the status and render the page
 * body (src/components/youth/CodePage.astro, ThreadPage.astro). The code comes in the body, never in
 * an address. The words a person reads follow `locale`; the JSON API (conversations.ts) keeps Dutch.
 */
import { readConversation, refusedMessage, replyState, replyToConversation, startConversation, type ClientContext, type PageLocale, type ReadResult, type ReplyResult, type StartResult } from './conversations';
import { readFields, HttpError } from '../http';
import { normalizePickupCode } from '../../domain/questions/pickup-code';
import type { Deps } from '../deps';

export interface CodePageModel {
  status: number;
  result?: StartResult;
  reply?: { readingNow: boolean; promise: string };
}

/** POST of the question form → the code page; a GET shows "nothing sent yet". */
export async function codePagePost(request: Request, ctx: ClientContext, deps: Deps, locale: PageLocale): Promise<CodePageModel> {
  if (request.method !== 'POST') return { status: 200 };
  const result = await startConversation(request, ctx, deps, locale);
  return { status: result.ok ? 201 : result.status, result, reply: result.ok ? await replyState(deps, locale) : undefined };
}

export interface ThreadPageModel {
  status: number;
  result?: ReadResult | ReplyResult;
  /** The normalised code, only when it opened a thread (for the hidden fields and the live island). */
  code: string;
  sent: boolean;
  replyErrors: Record<string, string>;
  replyValue: string;
}

/** POST of the code form (read) or the reply form (`action=reply`) → the thread page. */
export async function threadPagePost(request: Request, ctx: ClientContext, deps: Deps, locale: PageLocale): Promise<ThreadPageModel> {
  const model: ThreadPageModel = { status: 200, code: '', sent: false, replyErrors: {}, replyValue: '' };
  if (request.method !== 'POST') return model;
  let result: ReadResult | ReplyResult;
  try {
    const { fields } = await readFields(request, deps.config.QUESTION_BODY_LIMIT_BYTES);
    if (fields.action === 'reply') {
      const r = await replyToConversation(fields.code, fields, ctx, deps, locale);
      if (r.ok) {
        result = r;
        model.sent = true;
      } else if (r.status === 422) {
        // The code is right, the message is not: show the thread with the error at the field.
        model.replyErrors = r.fieldErrors ?? {};
        model.replyValue = r.values?.text ?? '';
        const again = await readConversation(fields.code, ctx, deps, locale);
        result = again.ok ? again : r;
      } else result = r;
    } else result = await readConversation(fields.code, ctx, deps, locale);
    if (result.ok) model.code = normalizePickupCode(String(fields.code ?? ''));
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    result = { ok: false, status: e.status, message: refusedMessage(e, locale) };
  }
  model.result = result;
  model.status = !result.ok ? result.status : Object.keys(model.replyErrors).length ? 422 : model.sent ? 201 : 200;
  return model;
}
