export * from './common';
export * from './theme';
export * from './session';
export * from './offer';
export * from './partner';
export * from './location';
export * from './article';
export * from './helpline';
export * from './service';
export * from './help-topic';
export * from './question';

import { articleSchema } from './article';
import { helplineSchema } from './helpline';
import { locationSchema } from './location';
import { offerSchema } from './offer';
import { partnerSchema } from './partner';
import { serviceSchema } from './service';
import { themeSchema } from './theme';
import { helpTopicSchema } from './help-topic';

/** The schema of each content collection, keyed by its folder in content/. */
export const collectionSchemas = {
  themes: themeSchema,
  offers: offerSchema,
  partners: partnerSchema,
  locations: locationSchema,
  articles: articleSchema,
  helplines: helplineSchema,
  services: serviceSchema,
  'help-topics': helpTopicSchema,
} as const;
export * from './translation';

/** Offer translations (content/offers/<locale>/<id>.md): text only, strict (src/schemas/offer-translation.ts). */
export { offerTranslationSchema, type OfferTranslation } from './offer-translation';
