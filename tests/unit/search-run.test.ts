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

describe('a boost for curated content', () => {
  /** Like fakePagefind, but a search filtered on curated kinds only sees the curated pages. */
  function withKinds(hits: [string, number][], curated: string[]) {
    const asked: unknown[] = [];
    const result = (id: string, score: number): PagefindResult => ({ id, score, data: async () => ({ url: id, excerpt: '', meta: {}, filters: {} }) });
    const pf: PagefindApi = {
      options: async () => undefined,
      init: async () => undefined,
      preload: async () => undefined,
      search: async (_term, opts) => {
        asked.push(opts?.filters ?? {});
        const only = typeof opts?.filters?.soort === 'object' && 'any' in (opts.filters.soort as object) ? hits.filter(([id]) => curated.includes(id)) : hits;
        const results = only.map(([id, score]) => result(id, score));
        return { results, unfilteredResultCount: results.length };
      },
    };
    return { pf, asked };
  }

  it('moves the best curated page into the first three when look-alike offers crowd it out', async () => {
    const { pf } = withKinds([['/aanbod/x1/', 10], ['/aanbod/x2/', 9], ['/aanbod/x3/', 9], ['/aanbod/x4/', 8], ['/themas/scheiden/', 4]], ['/themas/scheiden/']);
    const ids = (await searchRanked(pf, expandQuery('scheiden', lexicon))).map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual(['/aanbod/x1/', '/aanbod/x2/', '/themas/scheiden/']);
    expect(ids).toHaveLength(5);
  });

  it('leaves the order alone when the curated page is already in view, matches poorly, or the visitor filtered on a kind', async () => {
    const inView = withKinds([['/aanbod/x1/', 10], ['/themas/scheiden/', 9], ['/aanbod/x2/', 8], ['/aanbod/x3/', 7]], ['/themas/scheiden/']);
    expect((await searchRanked(inView.pf, expandQuery('scheiden', lexicon))).map((r) => r.id)).toEqual(['/aanbod/x1/', '/themas/scheiden/', '/aanbod/x2/', '/aanbod/x3/']);
    const poor = withKinds([['/aanbod/x1/', 10], ['/aanbod/x2/', 9], ['/aanbod/x3/', 9], ['/themas/scheiden/', 1]], ['/themas/scheiden/']);
    expect((await searchRanked(poor.pf, expandQuery('scheiden', lexicon))).map((r) => r.id)).toEqual(['/aanbod/x1/', '/aanbod/x2/', '/aanbod/x3/', '/themas/scheiden/']);
    const filtered = withKinds([['/aanbod/x1/', 10], ['/aanbod/x2/', 9], ['/aanbod/x3/', 9], ['/aanbod/x4/', 8], ['/themas/scheiden/', 4]], ['/themas/scheiden/']);
    expect((await searchRanked(filtered.pf, expandQuery('scheiden', lexicon), { filters: { soort: 'training' } })).map((r) => r.id)[2]).toBe('/aanbod/x3/');
  });
});
