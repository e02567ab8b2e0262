/**
 * The content collections. Files live in the top-level `content/` folder;
 * each collection is validated by its schema from `src/schemas/`. The
 * offers collection adds the approved partner offers from the database.
 * Cross-collection references are checked by `src/utils/references.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  articleSchema,
  helplineSchema,
  locationSchema,
  offerSchema,
  partnerSchema,
  serviceSchema,
  themeSchema,
} from './schemas';
import { offersLoader } from './server/admin/offers-loader';

const base = (dir: string) => `./content/${dir}`;

export const collections = {
  themes: defineCollection({ loader: glob({ pattern: '*.md', base: base('themes') }), schema: themeSchema }),
  // Files in content/offers plus the partner offers approved in the back office (read from the database at build time).
  offers: defineCollection({
    loader: offersLoader({
      base: process.env.OFFERS_DIR ?? base('offers'),
      databaseUrl: process.env.DATABASE_URL || 'file:./data/portal.db',
      authToken: process.env.DATABASE_AUTH_TOKEN,
    }),
    schema: offerSchema,
  }),
  partners: defineCollection({ loader: glob({ pattern: '*.md', base: base('partners') }), schema: partnerSchema }),
  locations: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('locations') }), schema: locationSchema }),
  articles: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: base('articles') }), schema: articleSchema }),
  helplines: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('helplines') }), schema: helplineSchema }),
  services: defineCollection({ loader: glob({ pattern: '*.md', base: base('services') }), schema: serviceSchema }),
};
