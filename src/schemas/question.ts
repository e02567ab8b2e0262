/**
 * An anonymous question from a youngster, and its pickup code. Shared by the
 * form (/jongeren/vraag/), the handler (POST /api/questions) and the tests.
 * Deliberately no field for a name, e-mail address or phone number.
 */
import { z } from 'zod';
import { helpTopicIds } from './help-topic';
import { normalizePickupCode } from '../domain/questions/pickup-code';

export const QUESTION_MIN = 10;
export const QUESTION_MAX = 2000;
export const QUESTION_AGE_MIN = 10;
export const QUESTION_AGE_MAX = 30;

/** Empty form fields ('' from a browser) mean "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const questionInputSchema = z
  .object({
    question: z
      .string({ error: 'Schrijf je vraag op.' })
      // Control characters other than tab and line breaks have no place in a question.
      .transform((s) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim())
      .pipe(
        z
          .string()
          .min(QUESTION_MIN, `Je vraag is te kort. Schrijf minstens ${QUESTION_MIN} tekens.`)
          .max(QUESTION_MAX, `Je vraag is te lang. Gebruik maximaal ${QUESTION_MAX} tekens.`),
      ),
    age: optional(
      z.coerce
        .number({ error: 'Vul je leeftijd in als getal, of laat het leeg.' })
        .int('Vul je leeftijd in als heel getal.')
        .min(QUESTION_AGE_MIN, `Vul een leeftijd in van ${QUESTION_AGE_MIN} tot ${QUESTION_AGE_MAX}, of laat het leeg.`)
        .max(QUESTION_AGE_MAX, `Vul een leeftijd in van ${QUESTION_AGE_MIN} tot ${QUESTION_AGE_MAX}, of laat het leeg.`),
    ),
    topic: optional(z.enum(helpTopicIds, { error: 'Kies een onderwerp uit de lijst, of laat het leeg.' })),
  })
  // Unknown fields (a name, an e-mail address) are dropped, never stored.
  .strip();
export type QuestionInput = z.infer<typeof questionInputSchema>;

/** Pickup codes: five lowercase words joined by hyphens (see src/domain/questions/pickup-code.ts). */
export const pickupCodeSchema = z
  .string()
  .max(100)
  .transform(normalizePickupCode)
  .pipe(z.string().regex(/^[a-z]+(?:-[a-z]+){4}$/, 'Deze code klopt niet. Een code bestaat uit vijf woorden met streepjes ertussen.'));

export const questionStatuses = ['open', 'answered'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

/** What the youngster sees when reading back: never the question's metadata. */
export const questionStatusSchema = z.object({
  status: z.enum(questionStatuses),
  answer: z.string().optional(),
});
export type QuestionStatusView = z.infer<typeof questionStatusSchema>;

/** Staff's answer. */
export const answerSchema = z.string().trim().min(2, 'Het antwoord is leeg.').max(10_000, 'Het antwoord is te lang.');
