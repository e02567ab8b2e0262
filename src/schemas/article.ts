import { z } from 'zod';
import { ageGroup, slug } from './common';

export const articleTopics = [
  'opvoeden',
  'ontwikkeling',
  'gedrag-en-emoties',
  'school',
  'scheiden',
  'weerbaarheid',
  'mentale-gezondheid',
  'relaties-en-seksualiteit',
  'middelen',
  'geld-en-wonen',
  'veiligheid',
  'media',
] as const;

/** Information for parents or youngsters. Body: the article (MDX). */
export const articleSchema = z.object({
  title: z.string().min(3).max(120),
  summary: z.string().min(20).max(300),
  /** Who it is written for; youngsters' articles use "je" and A2–B1 language. */
  audience: z.enum(['ouders', 'jongeren']),
  ageGroups: z.array(ageGroup).min(1),
  topic: z.enum(articleTopics),
  /** Related themes of the group offer, to link to trainings. */
  themes: z.array(slug).default([]),
  updated: z.coerce.date(),
  keywords: z.array(z.string()).default([]),
});
export type Article = z.infer<typeof articleSchema>;
