import { z } from 'zod';
import { slug } from './common';

/**
 * The help finder's topics. The id is the file name in content/help-topics/
 * and the URL (/jongeren/<id>/); helplines point to these ids in `topics`.
 * Stable: changing one breaks links youngsters may have saved.
 */
export const helpTopicIds = [
  'stress-en-somber',
  'thuis-niet-veilig',
  'ouders-uit-elkaar',
  'geen-slaapplek',
  'geld-en-schulden',
  'gepest',
  'liefde-seks-lhbti',
  'alcohol-en-drugs',
  'school',
] as const;
export const helpTopicId = z.enum(helpTopicIds);
export type HelpTopicId = z.infer<typeof helpTopicId>;

/** The urgent numbers a topic page can show (see src/utils/site.ts). */
export const urgentNumberIds = ['112', '113', 'veilig-thuis', 'kindertelefoon'] as const;
export type UrgentNumberId = (typeof urgentNumberIds)[number];

/**
 * One help-finder topic, written for youngsters: short sentences, "je",
 * language level A2–B1. Body (optional): extra text under "Goed om te weten".
 */
export const helpTopicSchema = z.object({
  /** What is going on, in the youngster's words; the link text on /jongeren/. */
  title: z.string().min(3).max(60),
  /** The page heading. */
  heading: z.string().min(3).max(80),
  /** One or two short sentences: you are not alone, what this page gives you. */
  intro: z.string().min(20).max(300),
  /** What you can do yourself. */
  selfHelp: z.array(z.string().min(5).max(220)).min(2).max(8),
  /** When it is urgent: signs in plain words. */
  urgentWhen: z.array(z.string().min(5).max(220)).min(1).max(6),
  /** Urgent numbers, most relevant first. Every topic shows all of them: only the order differs. */
  urgentNumbers: z
    .array(z.enum(urgentNumberIds))
    .default([...urgentNumberIds])
    .refine((ids) => urgentNumberIds.every((id) => ids.includes(id)), { error: `Noem alle spoednummers (${urgentNumberIds.join(', ')}); alleen de volgorde mag verschillen.` }),
  /** Youth articles to read more (ids in content/articles/). */
  articles: z.array(slug).default([]),
  /** Position in the help finder. */
  order: z.number().int(),
  keywords: z.array(z.string()).default([]),
});
export type HelpTopic = z.infer<typeof helpTopicSchema>;
