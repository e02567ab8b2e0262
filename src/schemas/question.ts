/**
 * An anonymous question from a youngster (the first message of a conversation),
 * later messages, the thread as the youngster sees it, and its pickup code. Shared by the
 * form (/jongeren/vraag/), the handler (POST /api/questions) and the tests.
 * Deliberately no field for a name, e-mail address or phone number.
 */
import { z } from 'zod';
import { helpTopicIds } from './help-topic';
import { normalizePickupCode } from '../domain/questions/pickup-code';
import { conversationCopy, hasConversationCopy, type ConversationLocale, type QuestionMessages } from '../i18n/copy/conversation';
import type { Locale } from '../i18n/locales';

export const QUESTION_MIN = 10;
export const QUESTION_MAX = 2000;
export const QUESTION_AGE_MIN = 10;
export const QUESTION_AGE_MAX = 30;

/** Empty form fields ('' from a browser) mean "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();

/** The question form's schema with the messages of one language (`m`): the one schema, built per language. */
function buildQuestionSchema(m: QuestionMessages) {
  return z
    .object({
      question: z
        .string({ error: m.questionMissing })
        // Control characters other than tab and line breaks have no place in a question.
        .transform(clean)
        // Empty (after cleaning) says what to do; the first message of a field is the one shown.
        .pipe(z.string().min(1, m.questionMissing).min(QUESTION_MIN, m.questionTooShort(QUESTION_MIN)).max(QUESTION_MAX, m.questionTooLong(QUESTION_MAX))),
      age: optional(
        z.coerce
          .number({ error: m.ageNotNumber })
          .int(m.ageNotWhole)
          .min(QUESTION_AGE_MIN, m.ageRange(QUESTION_AGE_MIN, QUESTION_AGE_MAX))
          .max(QUESTION_AGE_MAX, m.ageRange(QUESTION_AGE_MIN, QUESTION_AGE_MAX)),
      ),
      topic: optional(z.enum(helpTopicIds, { error: m.topic })),
    })
    // Unknown fields (a name, an e-mail address) are dropped, never stored.
    .strip();
}

/** A later message in a conversation, from the youngster: the same cleaning and length as the question. */
export const MESSAGE_MAX = QUESTION_MAX;

function buildMessageSchema(m: QuestionMessages) {
  return z
    .object({
      text: z
        .string({ error: m.messageMissing })
        .transform(clean)
        .pipe(z.string().min(1, m.messageMissing).max(MESSAGE_MAX, m.messageTooLong(MESSAGE_MAX))),
    })
    .strip();
}

const questionSchemas = new Map<ConversationLocale, ReturnType<typeof buildQuestionSchema>>();
const messageSchemas = new Map<ConversationLocale, ReturnType<typeof buildMessageSchema>>();
const localeOf = (locale: Locale | undefined): ConversationLocale => (hasConversationCopy(locale) ? locale : 'nl');

/** The question schema with its messages in `locale` (Dutch when the conversation is not written in it). */
export function questionInputSchemaFor(locale?: Locale) {
  const l = localeOf(locale);
  let schema = questionSchemas.get(l);
  if (!schema) questionSchemas.set(l, (schema = buildQuestionSchema(conversationCopy[l].messages)));
  return schema;
}

/** The reply schema with its messages in `locale`. */
export function messageInputSchemaFor(locale?: Locale) {
  const l = localeOf(locale);
  let schema = messageSchemas.get(l);
  if (!schema) messageSchemas.set(l, (schema = buildMessageSchema(conversationCopy[l].messages)));
  return schema;
}

/** The Dutch schemas: the JSON API and the Dutch pages. */
export const questionInputSchema = questionInputSchemaFor('nl');
export const messageInputSchema = messageInputSchemaFor('nl');
export type QuestionInput = z.infer<typeof questionInputSchema>;

/** Pickup codes: five lowercase words joined by hyphens (see src/domain/questions/pickup-code.ts). */
export const pickupCodeSchema = z
  .string()
  .max(100)
  .transform(normalizePickupCode)
  .pipe(z.string().regex(/^[a-z]+(?:-[a-z]+){4}$/, conversationCopy.nl.messages.code));

/** Staff's answer. */
export const answerSchema = z.string().trim().min(2, 'Het antwoord is leeg.').max(10_000, 'Het antwoord is te lang.');

export type MessageInput = z.infer<typeof messageInputSchema>;

export const senders = ['jongere', 'cjg'] as const;

/** What the youngster sees of a conversation (GET /api/questions/<code>, the thread page): never its metadata. */
export const threadViewSchema = z.object({
  status: z.enum(['open', 'closed']),
  messages: z.array(z.object({ from: z.enum(senders), text: z.string(), at: z.string() })),
  /** The day the whole conversation is deleted (ISO instant). */
  deleteAfter: z.string(),
  /** From the answering hours: someone reads now, or when the next answer can be expected. */
  readingNow: z.boolean(),
  promise: z.string(),
});
export type ThreadView = z.infer<typeof threadViewSchema>;
