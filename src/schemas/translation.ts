import { z } from 'zod';
import { helpTopicSchema } from './help-topic';
import { helplineSchema } from './helpline';
import { serviceSchema } from './service';

/**
 * Translations of content (issue 18). A translation lives next to its Dutch source:
 * `content/<collection>/<locale>/<id>.<ext>` translates `content/<collection>/<id>.<ext>`, and is validated
 * by the Dutch schema's own field rules (`.pick`), cut down to the text fields. Each schema is strict: a translation
 * that sets anything else (a phone number, a channel, an order, a topic, an urgent flag) fails the build, so
 * practical facts always come from the Dutch file.
 */
/** A help-finder topic: the words only; the urgent numbers, articles and order come from the Dutch file. */
export const helpTopicTranslationSchema = helpTopicSchema
  .pick({ title: true, heading: true, intro: true, selfHelp: true, urgentWhen: true, keywords: true })
  .strict();

/** A helpline: what it is for, when and for whom; its name, channels (numbers, addresses), flags and topics come from the Dutch file. */
export const helplineTranslationSchema = helplineSchema.pick({ summary: true, hours: true, audience: true, keywords: true }).strict();

/** One of the CJG's core tasks: title, summary and audience (the body, optional, is the translated text). */
export const serviceTranslationSchema = serviceSchema.pick({ title: true, summary: true, audience: true, keywords: true }).strict();

/** The translation collections, keyed by their glob folder in content/ (each file in a `<locale>/` subfolder). */
export const translationSchemas = {
  'help-topics': helpTopicTranslationSchema,
  helplines: helplineTranslationSchema,
  services: serviceTranslationSchema,
} as const;
