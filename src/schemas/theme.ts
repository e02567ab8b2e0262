import { z } from 'zod';

/** One of the four themes of the preventive group offer. Body: the introduction (Markdown). */
export const themeSchema = z.object({
  title: z.string().min(3),
  /** One or two sentences for cards and meta descriptions. */
  summary: z.string().min(20).max(300),
  /** Position in lists. */
  order: z.number().int().min(1),
  /** Questions parents recognise, shown as a list on the theme page. */
  questions: z.array(z.string()).default([]),
  keywords: z.array(z.string()).default([]),
});
export type Theme = z.infer<typeof themeSchema>;
