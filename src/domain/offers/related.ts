/** Which offers an article may point to: same theme, the article's readers, an age that fits. Pure. */
import type { AgeGroup, AgeRange } from '../../schemas/common';
import { ageGroupRange, overlaps } from '../ages';

export interface RelatedArticle {
  audience: 'ouders' | 'jongeren';
  ageGroups: readonly AgeGroup[];
  themes: readonly string[];
}
export interface RelatedOffer {
  themes: readonly string[];
  audience: readonly string[];
  ages: AgeRange;
}

/**
 * An article for youngsters only shows offers a youngster joins himself
 * (audience "jongeren"), an article for parents offers for parents; in both
 * cases the offer's ages must share a year with one of the article's age groups.
 * So a 15-year-old reading about bullying is not sent to a training for 8–12.
 */
export function fitsArticle(article: RelatedArticle, offer: RelatedOffer): boolean {
  return (
    offer.themes.some((t) => article.themes.includes(t)) &&
    offer.audience.includes(article.audience) &&
    article.ageGroups.some((g) => overlaps(ageGroupRange(g), offer.ages))
  );
}

export function relatedOffers<T extends { data: RelatedOffer }>(article: RelatedArticle, offers: readonly T[], limit = 3): T[] {
  return offers.filter((o) => fitsArticle(article, o.data)).slice(0, limit);
}
