import { z } from 'zod';
import { slug } from './common';

export const channelKinds = ['telefoon', 'chat', 'whatsapp', 'inloop', 'website', 'email', 'sms'] as const;

/** A way to reach help. */
export const channelSchema = z.object({
  kind: z.enum(channelKinds),
  /** Phone number, URL, e-mail address, or (inloop) a location id. */
  value: z.string().min(2),
  label: z.string().optional(),
});

/** A helpline or walk-in place (for youngsters and parents). */
export const helplineSchema = z.object({
  name: z.string().min(2),
  /** What you can go there for, in plain words. */
  summary: z.string().min(10).max(300),
  channels: z.array(channelSchema).min(1),
  hours: z.string().min(2),
  anonymous: z.boolean(),
  /** For whom, e.g. "jongeren 12–25". */
  audience: z.string().min(2),
  urgent: z.boolean().default(false),
  free: z.boolean().default(true),
  /** Help-finder topics this line belongs to (see the youth pages). */
  topics: z.array(slug).default([]),
  /** Lower comes first in lists. */
  order: z.number().int().default(100),
  keywords: z.array(z.string()).default([]),
});
export type Helpline = z.infer<typeof helplineSchema>;
