/**
 * Answering anonymous questions from youngsters in the back office, with the
 * same store and rules as `npm run answer`. Staff see only the question and
 * the optional age and topic: nothing else is stored about the asker. The
 * pickup code only travels in the form (it identifies the question, not the person).
 */
import { formatInstantDate } from '../../domain/dates';
import { isCoordinator, type Actor } from '../../domain/admin';
import { answerSchema, pickupCodeSchema } from '../../schemas/question';
import type { Deps } from '../deps';

type QuestionDeps = Pick<Deps, 'store' | 'now'>;

export interface OpenQuestion {
  code: string;
  question: string;
  age?: number | undefined;
  topic?: string | undefined;
  /** Day asked in Dutch words ("vrijdag 20 november 2026", Amsterdam), for the order of work. */
  askedOn: string;
}

export type Denied = { type: 'denied'; status: 403; message: string };
const denied: Denied = { type: 'denied', status: 403, message: 'Alleen medewerkers van het CJG kunnen vragen van jongeren beantwoorden.' };

export async function openQuestions(actor: Actor, deps: Pick<QuestionDeps, 'store' | 'now'>): Promise<OpenQuestion[] | Denied> {
  if (!isCoordinator(actor)) return denied;
  // Questions past their deletion date are never listed, even before the daily purge.
  const list = await deps.store.questions.list('open', deps.now());
  return list.map((q) => ({ code: q.code, question: q.question, age: q.age, topic: q.topic, askedOn: formatInstantDate(q.createdAt) }));
}

export type AnswerResult = { type: 'answered' } | { type: 'invalid'; status: 404 | 422; code: string; errors: { answer?: string; form?: string }; values: { answer: string } } | Denied;

export async function answerQuestion(actor: Actor, form: URLSearchParams, deps: Pick<QuestionDeps, 'store' | 'now'>): Promise<AnswerResult> {
  if (!isCoordinator(actor)) return denied;
  const codeInput = form.get('code') ?? '';
  const answerInput = form.get('answer') ?? '';
  const code = pickupCodeSchema.safeParse(codeInput);
  const values = { answer: answerInput.slice(0, 20_000) };
  if (!code.success) return { type: 'invalid', status: 404, code: '', errors: { form: 'Deze vraag bestaat niet (meer). Laad de pagina opnieuw.' }, values };
  const now = deps.now();
  const found = await deps.store.questions.find(code.data, now);
  if (!found) return { type: 'invalid', status: 404, code: '', errors: { form: 'Deze vraag bestaat niet meer: hij is gewist.' }, values };
  const answer = answerSchema.safeParse(answerInput);
  if (!answer.success) {
    const m = answer.error.issues[0]!.message;
    return { type: 'invalid', status: 422, code: code.data, errors: { answer: m === 'Het antwoord is leeg.' ? 'Schrijf je antwoord.' : 'Je antwoord is te lang. Gebruik maximaal 10.000 tekens.' }, values };
  }
  if (!(await deps.store.questions.answer(code.data, answer.data, now))) return { type: 'invalid', status: 404, code: '', errors: { form: 'Deze vraag bestaat niet meer: hij is gewist.' }, values };
  return { type: 'answered' };
}
