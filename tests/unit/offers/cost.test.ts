import { describe, expect, it } from 'vitest';
import { freeSentence, freeShare } from '../../../src/domain/offers/cost';

const free = { type: 'gratis' } as const;
const paid = { type: 'betaald', amount: 15, freeForResidents: false } as const;

describe('what a page says about prices', () => {
  it('says "Alle … gratis" only when every offer is free', () => {
    expect(freeSentence([free, free])).toBe('Alle trainingen en webinars zijn gratis.');
    expect(freeShare([free, free, paid])).toBe('meeste');
    expect(freeSentence([free, free, paid])).toBe('De meeste trainingen en webinars zijn gratis.');
  });
  it('says less when few or none are free', () => {
    expect(freeShare([free, paid, paid])).toBe('sommige');
    expect(freeSentence([paid])).toBe('');
    expect(freeSentence([])).toBe('');
  });
});
