import { z } from 'zod';
import { municipality, phone } from './common';

export const partnerKinds = [
  'cjg',
  'jeugdgezondheidszorg',
  'jeugdhulp',
  'ggz',
  'welzijn',
  'jongerenwerk',
  'onderwijs',
  'vrijwilligers',
  'veiligheid',
  'gemeente',
  'overig',
] as const;

/** A youth partner (jeugdpartner). Body: what they do (Markdown). */
export const partnerSchema = z.object({
  name: z.string().min(2),
  kind: z.enum(partnerKinds),
  /** One sentence: what they do, for cards. */
  summary: z.string().min(20).max(300),
  website: z.url().optional(),
  contact: z
    .object({
      phone: phone.optional(),
      email: z.email().optional(),
      address: z.string().optional(),
    })
    .default({}),
  municipalities: z.array(municipality).min(1),
  keywords: z.array(z.string()).default([]),
});
export type Partner = z.infer<typeof partnerSchema>;
