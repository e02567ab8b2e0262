/**
 * The content collections. Files live in the top-level `content/` folder;
 * each collection is validated by its schema from `src/schemas/`. The
 * offers collection adds the approved partner offers from the database.
 * Cross-collection references are checked by `src/catalogue/references.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas as schemas } from './schemas';
import { offersLoader } from './catalogue/loader';

const base = (dir: string) => `./content/${dir}`;

export const collections = {
  themes: defineCollection({ loader: glob({ pattern: '*.md', base: base('themes') }), schema: schemas.themes }),
  // Files in content/offers plus the partner offers approved in the back office (read from the database at build time).
  offers: defineCollection({
    loader: offersLoader({
      base: process.env.OFFERS_DIR ?? base('offers'),
      databaseUrl: process.env.DATABASE_URL || 'file:./data/portal.db',
      authToken: process.env.DATABASE_AUTH_TOKEN,
    }),
    schema: schemas.offers,
  }),
  partners: defineCollection({ loader: glob({ pattern: '*.md', base: base('partners') }), schema: schemas.partners }),
  locations: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('locations') }), schema: schemas.locations }),
  articles: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: base('articles') }), schema: schemas.articles }),
  helplines: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('helplines') }), schema: schemas.helplines }),
  services: defineCollection({ loader: glob({ pattern: '*.md', base: base('services') }), schema: schemas.services }),
  helpTopics: defineCollection({ loader: glob({ pattern: '*.md', base: base('help-topics') }), schema: schemas['help-topics'] }),
};
