/**
 * Conversations with youngsters in the back office (coordinator only): the
 * queue (waiting longest first), one conversation with its thread, claiming
 * it so two coaches do not answer at once (CLAIM_MINUTES; a second coach sees
 * "X is hiermee bezig"), answering (from a template if wanted), closing; the
 * answer templates and the answering hours. Staff see the messages and, if
 * the youngster gave them, age and topic: nothing else is stored about the
 * asker, and staff never see the code (addresses use the conversation's id).
 */
import { formatInstant, toLocal } from '../../domain/dates';
import { isCoordinator, type Actor } from '../../domain/admin';
import { CLAIM_MINUTES, formatWaiting, liveClaim } from '../../domain/questions/queue';
import { parseHoursForm, WEEKDAYS, type AnswerHours } from '../../domain/questions/hours';
import { parseClosedDays, type ClosedDay } from '../../domain/questions/closed-days';
import { mentionsCrisis } from '../../domain/crisis';
import { answerSchema } from '../../schemas/question';
import type { User } from '../../schemas/rows';
import { answerHours } from '../handlers/conversations';
import type { ReplyTemplate, Thread } from '../store/conversations';
import type { Deps } from '../deps';
import { isLocale } from '../../i18n/locales';
import { languageLabels } from '../../utils/labels';

type QuestionDeps = Pick<Deps, 'store' | 'now'>;

export type Denied = { type: 'denied'; status: 403; message: string };
const denied: Denied = { type: 'denied', status: 403, message: 'Alleen medewerkers van het CJG kunnen gesprekken met jongeren zien en beantwoorden.' };

export interface QueueItem {
  id: string;
  /** The start of the youngster's first message. */
  preview: string;
  age?: number | undefined;
  topic?: string | undefined;
  /** The language the conversation was started in, in Dutch words ("Engels"), when it is not Dutch. */
  language?: string | undefined;
  messageCount: number;
  /** For those waiting for the CJG: "3 uur". */
  waiting?: string | undefined;
  waitingSince?: string | undefined;
  lastMessageOn: string;
  /** Another coach's live claim: "Sanne is hiermee bezig". */
  claimedBy?: string | undefined;
  mine: boolean;
  urgent: boolean;
}

export interface Queue {
  waiting: QueueItem[];
  answered: QueueItem[];
}

const staffOf = (user: User) => ({ id: user.id, name: user.name });

/** "Engels" for a conversation started on an English page (the site's one list of language names); nothing for Dutch or unknown. */
export function languageName(language: string | undefined): string | undefined {
  return language && language !== 'nl' && isLocale(language) ? languageLabels[language] : undefined;
}

export async function conversationQueue(user: User, actor: Actor, deps: QuestionDeps): Promise<Queue | Denied> {
  if (!isCoordinator(actor)) return denied;
  const now = deps.now();
  const list = await deps.store.conversations.listOpen(now);
  const youth = await deps.store.conversations.youthMessages(list.map((c) => c.id));
  const items = list.map((c): QueueItem => {
    const claim = liveClaim(c, now);
    const texts = youth.get(c.id) ?? [];
    const text = texts[0] ?? '';
    return {
      id: c.id,
      preview: text.length > 160 ? `${text.slice(0, 157)}…` : text,
      age: c.age,
      topic: c.topic,
      language: languageName(c.language),
      messageCount: c.messageCount,
      waiting: c.waitingSince ? formatWaiting(c.waitingSince, now) : undefined,
      waitingSince: c.waitingSince,
      lastMessageOn: formatInstant(c.lastMessageAt),
      claimedBy: claim && claim.id !== user.id ? claim.name : undefined,
      mine: claim?.id === user.id,
      urgent: texts.some(mentionsCrisis),
    };
  });
  return { waiting: items.filter((i) => i.waitingSince), answered: items.filter((i) => !i.waitingSince) };
}

export interface ConversationView {
  id: string;
  thread: Thread;
  messages: { from: 'jongere' | 'cjg'; text: string; at: string; urgent: boolean }[];
  claim?: { name: string; until: string; mine: boolean } | undefined;
  templates: ReplyTemplate[];
  deleteOn: string;
}

export type ConversationPage =
  | { type: 'view'; view: ConversationView; notice?: string | undefined; errors: Record<string, string>; answer: string; status: number }
  | { type: 'redirect'; to: string }
  | { type: 'gone'; status: 404; message: string }
  | Denied;

const GONE = { type: 'gone' as const, status: 404 as const, message: 'Dit gesprek bestaat niet (meer): het is gewist of gesloten.' };

async function viewOf(user: User, thread: Thread, deps: QuestionDeps): Promise<ConversationView> {
  const now = deps.now();
  const claim = liveClaim(thread.conversation, now);
  return {
    id: thread.conversation.id,
    thread,
    messages: thread.messages.map((m) => ({ ...m, urgent: m.from === 'jongere' && mentionsCrisis(m.text) })),
    claim: claim && { name: claim.name, until: formatInstant(claim.until), mine: claim.id === user.id },
    templates: await deps.store.conversations.templates.list(),
    deleteOn: formatInstant(thread.conversation.deleteAfter),
  };
}

const WROTE_SINCE = 'De jongere schreef intussen een nieuw bericht. Lees het hieronder. Je antwoord is nog niet verstuurd: pas het aan als dat nodig is en verstuur het opnieuw.';

/** Did the youngster write after the first `seen` messages (what the answering coach had on screen)? No `seen`: not checked. */
function wroteSince(thread: Thread, seen: string | null): boolean {
  if (seen === null || !/^\d{1,6}$/.test(seen)) return false;
  return thread.messages.slice(Number(seen)).some((m) => m.from === 'jongere');
}

const claimedMessage = (by: string) => `${by} is hiermee bezig. Wacht tot die klaar is, of kies een ander gesprek.`;

/** GET: the conversation; POST: claim, release, template (put a template in the answer field), answer, close. */
export async function conversationPage(user: User, actor: Actor, id: string, method: string, form: URLSearchParams | undefined, deps: QuestionDeps): Promise<ConversationPage> {
  if (!isCoordinator(actor)) return denied;
  const store = deps.store.conversations;
  const now = deps.now();
  const staff = staffOf(user);
  const thread = await store.findById(id, now);
  if (!thread) return GONE;
  if (method !== 'POST' || !form) return { type: 'view', view: await viewOf(user, thread, deps), errors: {}, answer: '', status: 200 };
  const action = form.get('action') ?? '';
  const answerInput = (form.get('answer') ?? '').slice(0, 20_000);
  const again = async (status: number, errors: Record<string, string>, notice?: string, answer = answerInput): Promise<ConversationPage> => {
    const fresh = await store.findById(id, deps.now());
    return fresh ? { type: 'view', view: await viewOf(user, fresh, deps), errors, answer, status, notice } : GONE;
  };
  if (action === 'claim') {
    const r = await store.claim(id, staff, now, CLAIM_MINUTES);
    if (!r.ok) return r.reason === 'gone' ? GONE : again(409, { form: claimedMessage(r.by) });
    return again(200, {}, `Je bent hiermee bezig. Andere coaches zien dat ${CLAIM_MINUTES} minuten lang.`);
  }
  if (action === 'release') {
    await store.release(id, staff, now);
    return again(200, {}, 'Je bent er niet meer mee bezig. Een collega kan het gesprek nu oppakken.');
  }
  if (action === 'template') {
    const t = await store.templates.get(form.get('template') ?? '');
    if (!t) return again(422, { template: 'Kies een sjabloon uit de lijst.' });
    return again(200, {}, `Het sjabloon "${t.title}" staat in je antwoord. Pas het aan voor deze jongere.`, answerInput.trim() ? `${answerInput.trimEnd()}\n\n${t.text}` : t.text);
  }
  if (action === 'answer') {
    const answer = answerSchema.safeParse(answerInput);
    if (!answer.success) {
      const m = answer.error.issues[0]!.message;
      return again(422, { answer: m === 'Het antwoord is leeg.' ? 'Schrijf je antwoord.' : 'Je antwoord is te lang. Gebruik maximaal 10.000 tekens.' });
    }
    // The page says how many messages the coach had in front of them (`seen`): the youngster may have written since.
    if (wroteSince(thread, form.get('seen'))) return again(409, { form: WROTE_SINCE });
    const r = await store.answer(id, staff, answer.data, now);
    if (!r.ok) return r.reason === 'gone' ? GONE : again(409, { form: claimedMessage(r.by) });
    return { type: 'redirect', to: '/beheer/vragen/?beantwoord=1' };
  }
  if (action === 'close') {
    const r = await store.close(id, staff, now);
    if (!r.ok) return r.reason === 'gone' ? GONE : again(409, { form: claimedMessage(r.by) });
    return { type: 'redirect', to: '/beheer/vragen/?gesloten=1' };
  }
  return again(422, { form: 'Deze actie bestaat niet. Laad de pagina opnieuw.' });
}

export const TEMPLATE_TITLE_MAX = 80;
export const TEMPLATE_TEXT_MAX = 4000;

export type TemplatesPage =
  | { type: 'view'; templates: ReplyTemplate[]; errors: Record<string, string>; values: Record<string, string>; status: number; notice?: string | undefined }
  | Denied;

/** The answer templates: list; POST save (new or changed) or delete. */
export async function templatesPage(actor: Actor, method: string, form: URLSearchParams | undefined, deps: QuestionDeps): Promise<TemplatesPage> {
  if (!isCoordinator(actor)) return denied;
  const store = deps.store.conversations.templates;
  const view = async (status: number, errors: Record<string, string> = {}, values: Record<string, string> = {}, notice?: string): Promise<TemplatesPage> => ({
    type: 'view', templates: await store.list(), errors, values, status, notice,
  });
  if (method !== 'POST' || !form) return view(200);
  const id = form.get('id') || undefined;
  if (form.get('action') === 'delete') {
    if (!id || !(await store.remove(id))) return view(404, { form: 'Dit sjabloon bestaat niet meer.' });
    return view(200, {}, {}, 'Het sjabloon is verwijderd.');
  }
  const title = (form.get('title') ?? '').replace(/[\u0000-\u001F\u007F]/g, ' ').trim();
  const text = (form.get('text') ?? '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  const errors: Record<string, string> = {};
  if (!title) errors.title = 'Geef het sjabloon een korte naam.';
  else if (title.length > TEMPLATE_TITLE_MAX) errors.title = `De naam is te lang. Gebruik maximaal ${TEMPLATE_TITLE_MAX} tekens.`;
  if (text.length < 2) errors.text = 'Schrijf de tekst van het sjabloon.';
  else if (text.length > TEMPLATE_TEXT_MAX) errors.text = `De tekst is te lang. Gebruik maximaal ${TEMPLATE_TEXT_MAX} tekens.`;
  const values = { id: id ?? '', title: (form.get('title') ?? '').slice(0, 500), text: (form.get('text') ?? '').slice(0, 20_000) };
  if (Object.keys(errors).length) return view(422, errors, values);
  if (!(await store.save({ id, title, text }, deps.now()))) return view(404, { form: 'Dit sjabloon bestaat niet meer.' });
  return view(200, {}, {}, id ? 'Het sjabloon is opgeslagen.' : 'Het nieuwe sjabloon is opgeslagen.');
}

export type HoursPage =
  | {
      type: 'view';
      hours: AnswerHours;
      /** From today on. */
      closedDays: ClosedDay[];
      errors: Record<string, string>;
      values?: Record<string, string> | undefined;
      status: number;
      saved: boolean;
    }
  | Denied;

/** The answering hours per weekday and the closed days: GET the form, POST save both (or neither). */
export async function hoursPage(actor: Actor, method: string, form: URLSearchParams | undefined, deps: QuestionDeps): Promise<HoursPage> {
  if (!isCoordinator(actor)) return denied;
  const today = toLocal(deps.now()).slice(0, 10);
  const view = async (status: number, saved: boolean, errors: Record<string, string> = {}, values?: Record<string, string>): Promise<HoursPage> => ({
    type: 'view',
    hours: await answerHours(deps),
    closedDays: await deps.store.conversations.closedDays.list(today),
    errors,
    values,
    status,
    saved,
  });
  if (method === 'POST' && form) {
    const parsed = parseHoursForm(form);
    const closedText = (form.get('closed') ?? '').slice(0, 20_000);
    const closed = parseClosedDays(closedText, today);
    if (!parsed.ok || !closed.ok) {
      const errors = { ...(parsed.ok ? {} : parsed.errors), ...(closed.ok ? {} : { closed: closed.error }) };
      const values = { ...(parsed.ok ? hoursValues(parsed.hours) : parsed.values), closed: closedText };
      return view(422, false, errors, values);
    }
    await deps.store.conversations.hours.set(parsed.hours, deps.now(), closed.days);
    return view(200, true);
  }
  return view(200, false);
}

/** The form's values for hours that were fine, when only the closed days were wrong. */
function hoursValues(hours: AnswerHours): Record<string, string> {
  return Object.fromEntries(
    WEEKDAYS.flatMap((wd) => {
      const h = hours[wd];
      return h ? [[`open-${wd}`, 'ja'], [`opens-${wd}`, h.opens], [`closes-${wd}`, h.closes]] : [[`open-${wd}`, '']];
    }),
  );
}
