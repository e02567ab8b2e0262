/**
 * The content collections. Files live in the top-level `content/` folder;
 * each collection is validated by its schema from `src/schemas/`. The
 * offers and locations collections add what the back office approved
 * (src/catalogue/loader.ts).
 * Cross-collection references are checked by `src/catalogue/references.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas as schemas, offerTranslationSchema, translationSchemas } from './schemas';
import { locationsLoader, offersLoader } from './catalogue/loader';

const base = (dir: string) => `./content/${dir}`;
const database = { databaseUrl: process.env.DATABASE_URL || 'file:./data/portal.db', authToken: process.env.DATABASE_AUTH_TOKEN };

export const collections = {
  themes: defineCollection({ loader: glob({ pattern: '*.md', base: base('themes') }), schema: schemas.themes }),
  // Files in content/offers plus the partner offers approved in the back office (read from the database at build time),
  // with the sessions cancelled in the back office.
  offers: defineCollection({
    loader: offersLoader({ base: process.env.OFFERS_DIR ?? base('offers'), locationsBase: base('locations'), ...database }),
    schema: schemas.offers,
  }),
  partners: defineCollection({ loader: glob({ pattern: '*.md', base: base('partners') }), schema: schemas.partners }),
  // Files in content/locations plus the locations proposed with an offer the coordinator approved.
  locations: defineCollection({ loader: locationsLoader({ base: base('locations'), ...database }), schema: schemas.locations }),
  articles: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: base('articles') }), schema: schemas.articles }),
  helplines: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('helplines') }), schema: schemas.helplines }),
  services: defineCollection({ loader: glob({ pattern: '*.md', base: base('services') }), schema: schemas.services }),
  // Translations of offers, one folder per language (id `en/pubers-en-zo`): text only, the facts come from the Dutch file.
  offerTranslations: defineCollection({
    // Next to the Dutch files (content/offers/<locale>/<id>.md), like every translation; with OFFERS_DIR the same folder there.
    loader: glob({ pattern: '*/*.md', base: process.env.OFFERS_DIR ?? base('offers') }),
    schema: offerTranslationSchema,
  }),
  helpTopics: defineCollection({ loader: glob({ pattern: '*.md', base: base('help-topics') }), schema: schemas['help-topics'] }),
  // Translations (issue 18): content/<folder>/<locale>/<id>.<ext> next to the Dutch file, text fields only
  // (src/schemas/translation.ts); the id is "<locale>/<id>". Checked against their Dutch source in src/catalogue/site.ts.
  helpTopicTranslations: defineCollection({ loader: glob({ pattern: '*/*.md', base: base('help-topics') }), schema: translationSchemas['help-topics'] }),
  helplineTranslations: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: base('helplines') }), schema: translationSchemas.helplines }),
  serviceTranslations: defineCollection({ loader: glob({ pattern: '*/*.md', base: base('services') }), schema: translationSchemas.services }),
};
