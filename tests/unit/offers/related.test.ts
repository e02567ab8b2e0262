import { describe, expect, it } from 'vitest';
import { fitsArticle, relatedOffers } from '../../../src/domain/offers/related';

const bullied = { audience: 'jongeren' as const, ageGroups: ['12-18' as const], themes: ['weerbaarheid'] };
const offer = (id: string, audience: string[], min: number, max: number, themes = ['weerbaarheid']) => ({ id, data: { audience, ages: { min, max }, themes } });

describe('offers related to an article', () => {
  it('does not send a youngster of 12–18 to a children’s training for 8–12 or 10–13', () => {
    expect(fitsArticle(bullied, offer('rots-en-water', ['kinderen', 'ouders'], 8, 12).data)).toBe(false);
    expect(fitsArticle(bullied, offer('sta-sterk', ['kinderen', 'ouders'], 10, 13).data)).toBe(false);
  });
  it('keeps offers for youngsters whose ages overlap, on the same theme', () => {
    const list = [offer('rots-en-water', ['kinderen', 'ouders'], 8, 12), offer('ajb', ['jongeren', 'ouders'], 12, 16), offer('mind', ['jongeren'], 12, 15, ['mindset']), offer('vlog', ['jongeren'], 14, 21)];
    expect(relatedOffers(bullied, list).map((o) => o.id)).toEqual(['ajb', 'vlog']);
  });
  it('gives parents’ articles offers for parents of children that age', () => {
    const parents = { audience: 'ouders' as const, ageGroups: ['0-4' as const], themes: ['weerbaarheid'] };
    expect(fitsArticle(parents, offer('a', ['ouders'], 2, 7).data)).toBe(true);
    expect(fitsArticle(parents, offer('b', ['ouders'], 8, 12).data)).toBe(false);
    expect(fitsArticle(parents, offer('c', ['jongeren'], 2, 7).data)).toBe(false);
  });
});
