import { describe, expect, it } from 'vitest';
import { expandQuery, prepareLexicon } from '../../src/domain/search-query';
import type { PagefindApi, PagefindResult } from '../../src/islands/pagefind-client';
import { searchRanked } from '../../src/islands/search-run';

/** A stand-in for Pagefind: a fixed hit list per query, ids are URLs. */
function fakePagefind(hits: Record<string, [string, number][]>): PagefindApi & { asked: string[] } {
  const asked: string[] = [];
  const result = (id: string, score: number): PagefindResult => ({ id, score, data: async () => ({ url: id, excerpt: '', meta: {}, filters: {} }) });
  return {
    asked,
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    search: async (term) => {
      asked.push(term ?? '');
      const results = (hits[term ?? ''] ?? []).map(([id, score]) => result(id, score));
      return { results, unfilteredResultCount: results.length };
    },
  };
}

const lexicon = prepareLexicon({ synonyms: { echtscheiding: ['scheiding'] }, crisis: [], stopwords: ['mijn', 'kind'] });

describe('searchRanked', () => {
  it('runs every variant and merges their hits by score', async () => {
    const pf = fakePagefind({ echtscheiding: [['/a/', 1]], scheiding: [['/b/', 2], ['/a/', 0.5]] });
    const ids = (await searchRanked(pf, expandQuery('echtscheiding', lexicon))).map((r) => r.id);
    expect(pf.asked).toEqual(['echtscheiding', 'scheiding']);
    expect(ids).toEqual(['/b/', '/a/']);
  });

  it('adds pages that match some words of a long question after the others', async () => {
    const pf = fakePagefind({ 'ruzie thuis': [['/a/', 1]], ruzie: [['/a/', 1], ['/c/', 3]], thuis: [['/d/', 1]] });
    const ids = (await searchRanked(pf, expandQuery('ruzie thuis', lexicon))).map((r) => r.id);
    expect(ids).toEqual(['/a/', '/c/', '/d/']);
  });
});
