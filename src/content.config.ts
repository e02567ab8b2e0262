/**
 * The content collections. Files live in the top-level `content/` folder;
 * each collection is validated by its schema from `src/schemas/`.
 * Cross-collection references are checked by `src/utils/references.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  articleSchema,
  helplineSchema,
  helpTopicSchema,
  locationSchema,
  offerSchema,
  partnerSchema,
  serviceSchema,
  themeSchema,
} from './schemas';

const base = (dir: string) => `./content/${dir}`;

export const collections = {
  themes: defineCollection({ loader: glob({ pattern: '*.md', base: base('themes') }), schema: themeSchema }),
  offers: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: process.env.OFFERS_DIR ?? base('offers') }), schema: offerSchema }),
  partners: defineCollection({ loader: glob({ pattern: '*.md', base: base('partners') }), schema: partnerSchema }),
  locations: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('locations') }), schema: locationSchema }),
  articles: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: base('articles') }), schema: articleSchema }),
  helplines: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('helplines') }), schema: helplineSchema }),
  helpTopics: defineCollection({ loader: glob({ pattern: '*.md', base: base('help-topics') }), schema: helpTopicSchema }),
  services: defineCollection({ loader: glob({ pattern: '*.md', base: base('services') }), schema: serviceSchema }),
};
