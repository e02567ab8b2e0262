import { z } from 'zod';

/** One of the CJG's five core tasks. Body: how it works (Markdown). */
export const serviceSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(20).max(300),
  order: z.number().int().min(1),
  /** Who it is for, in a few words. */
  audience: z.string(),
  keywords: z.array(z.string()).default([]),
});
export type Service = z.infer<typeof serviceSchema>;
