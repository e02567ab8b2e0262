/** What a page may say about prices for a whole list of offers: derived from the data, never "Gratis" when one costs money. Pure. */
import type { Cost } from '../../schemas/offer';

export type FreeShare = 'alle' | 'meeste' | 'sommige' | 'geen';

export function freeShare(costs: readonly Cost[]): FreeShare {
  const free = costs.filter((c) => c.type === 'gratis').length;
  if (costs.length > 0 && free === costs.length) return 'alle';
  if (free === 0) return 'geen';
  return free * 2 > costs.length ? 'meeste' : 'sommige';
}

/** "De meeste trainingen en webinars zijn gratis." and so on; '' when none is free. */
export function freeSentence(costs: readonly Cost[]): string {
  const share = freeShare(costs);
  return share === 'alle' ? 'Alle trainingen en webinars zijn gratis.'
    : share === 'meeste' ? 'De meeste trainingen en webinars zijn gratis.'
    : share === 'sommige' ? 'Sommige trainingen en webinars zijn gratis.'
    : '';
}
