import { describe, expect, it } from 'vitest';
import {
  criteriaToParams,
  emptyCriteria,
  filterCatalogue,
  isEmptyCriteria,
  parseCriteria,
  type CatalogueCriteria,
  type CatalogueItem,
} from '../../../src/domain/offers/filter';
import { prepareLexicon } from '../../../src/domain/search-query';

const item = (over: Partial<CatalogueItem> & { id: string }): CatalogueItem => ({
  title: over.id,
  summary: 'Een training voor ouders.',
  keywords: [],
  kind: 'training',
  themes: ['opvoeden-en-opgroeien'],
  audience: ['ouders'],
  ages: { min: 0, max: 18 },
  format: 'op-locatie',
  municipalities: ['haarlem'],
  provider: 'cjg',
  languages: ['nl'],
  free: true,
  placesLeft: 5,
  nextStart: '2027-01-10T19:30',
  ...over,
});

const items: CatalogueItem[] = [
  item({ id: 'pubers', title: 'Pubers & Zo', keywords: ['puber', 'brugklas'], ages: { min: 11, max: 16 }, nextStart: '2027-02-01T19:30' }),
  item({ id: 'webinar-scheiding', title: 'Webinar scheiding', languages: ['nl', 'en'], kind: 'webinar', themes: ['scheiden'], format: 'online', municipalities: [], nextStart: '2027-01-05T20:00' }),
  item({ id: 'kies', title: 'KIES', themes: ['scheiden'], audience: ['kinderen'], ages: { min: 6, max: 12 }, municipalities: ['zandvoort'], free: false, nextStart: '2027-03-01T15:00' }),
  item({ id: 'vol', title: 'Volle training', municipalities: ['zandvoort', 'haarlem'], placesLeft: 0, provider: 'kenter-jeugdhulp', nextStart: '2027-01-20T19:30' }),
  item({ id: 'zonder-datum', title: 'Aanbod zonder datum', kind: 'workshop', nextStart: null, ages: { min: 4, max: 9 } }),
];
const ids = (c: Partial<CatalogueCriteria>) => filterCatalogue(items, { ...emptyCriteria, ...c }).map((i) => i.id);

describe('filterCatalogue', () => {
  it('language ("Training in het Engels"): offers given in that language, alternatives within the filter', () => {
    expect(ids({ languages: ['en'] })).toEqual(['webinar-scheiding']);
    expect(ids({ languages: ['en', 'nl'] })).toEqual(ids({}));
    expect(ids({ languages: ['ar'] })).toEqual([]);
    expect(ids({ languages: ['en'], formats: ['op-locatie'] })).toEqual([]);
  });
  it('language lives in the URL as taal=…', () => {
    const c = parseCriteria('taal=en&leeftijd=9');
    expect(c.languages).toEqual(['en']);
    expect(parseCriteria(criteriaToParams(c))).toEqual(c);
    expect(criteriaToParams({ ...emptyCriteria, languages: ['en'] }).toString()).toBe('taal=en');
    expect(isEmptyCriteria(parseCriteria('taal=en'))).toBe(false);
  });
  it('without filters lists everything, next date first, undated last', () => {
    expect(ids({})).toEqual(['webinar-scheiding', 'vol', 'pubers', 'kies', 'zonder-datum']);
  });
  it('age: offers whose range includes the child’s age, bounds included', () => {
    expect(ids({ age: 9 })).toEqual(['webinar-scheiding', 'vol', 'kies', 'zonder-datum']);
    expect(ids({ age: 16 })).toEqual(['webinar-scheiding', 'vol', 'pubers']);
    expect(ids({ age: 17 })).toEqual(['webinar-scheiding', 'vol']);
  });
  it('choices within one filter are alternatives', () => {
    expect(ids({ kinds: ['webinar', 'workshop'] })).toEqual(['webinar-scheiding', 'zonder-datum']);
  });
  it('different filters combine: theme + municipality + free', () => {
    expect(ids({ themes: ['scheiden'], municipalities: ['zandvoort'] })).toEqual(['kies']);
    expect(ids({ themes: ['scheiden'], municipalities: ['zandvoort'], free: true })).toEqual([]);
  });
  it('"my child is 9, we live in Zandvoort" and "online please"', () => {
    expect(ids({ age: 9, municipalities: ['zandvoort'] })).toEqual(['vol', 'kies']);
    expect(ids({ age: 9, formats: ['online'] })).toEqual(['webinar-scheiding']);
  });
  it('places left, provider and audience', () => {
    expect(ids({ placesLeft: true })).not.toContain('vol');
    expect(ids({ providers: ['kenter-jeugdhulp'] })).toEqual(['vol']);
    expect(ids({ audience: ['kinderen'] })).toEqual(['kies']);
    expect(ids({ audience: ['kinderen'], placesLeft: true, age: 12, kinds: ['training'] })).toEqual(['kies']);
  });
  it('text query matches title, keywords and summary, at word starts', () => {
    expect(ids({ q: 'brugklas' })).toEqual(['pubers']);
    expect(ids({ q: 'puber' })).toEqual(['pubers']);
    expect(ids({ q: 'ouders' })).toHaveLength(5);
    expect(ids({ q: 'uber' })).toEqual([]);
  });
  it('sort by relevance puts the best text match first, by date otherwise', () => {
    const list = [
      item({ id: 'a', title: 'Iets anders', keywords: ['scheiding'], nextStart: '2027-01-01T10:00' }),
      item({ id: 'b', title: 'Scheiding en kinderen', nextStart: '2027-06-01T10:00' }),
    ];
    expect(filterCatalogue(list, { ...emptyCriteria, q: 'scheiding' }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(filterCatalogue(list, { ...emptyCriteria, q: 'scheiding', sort: 'relevantie' }).map((i) => i.id)).toEqual(['b', 'a']);
  });
  it('uses the lexicon for the text query', () => {
    const lexicon = prepareLexicon({ synonyms: { echtscheiding: ['scheiding'] }, crisis: [] });
    expect(filterCatalogue(items, { ...emptyCriteria, q: 'echtscheiding' }, lexicon).map((i) => i.id)).toEqual(['webinar-scheiding']);
  });
});

describe('criteria in the URL', () => {
  it('round-trips through the query string', () => {
    const c: CatalogueCriteria = { ...emptyCriteria, q: 'puber', themes: ['scheiden', 'weerbaarheid'], age: 9, municipalities: ['zandvoort'], formats: ['online'], kinds: ['webinar'], providers: ['cjg'], audience: ['ouders'], free: true, placesLeft: true, sort: 'relevantie' };
    const qs = criteriaToParams(c).toString();
    expect(qs).toBe('q=puber&thema=scheiden&thema=weerbaarheid&voor=ouders&vorm=online&gemeente=zandvoort&soort=webinar&aanbieder=cjg&leeftijd=9&gratis=ja&plaats=ja&sortering=relevantie');
    expect(parseCriteria(qs)).toEqual(c);
  });
  it('leaves out defaults and ignores nonsense', () => {
    expect(criteriaToParams(emptyCriteria).toString()).toBe('');
    const c = parseCriteria('leeftijd=negen&gratis=nee&sortering=raar&thema=&thema=scheiden,weerbaarheid');
    expect(c.age).toBeNull();
    expect(c.free).toBe(false);
    expect(c.sort).toBe('datum');
    expect(c.themes).toEqual(['scheiden', 'weerbaarheid']);
    expect(isEmptyCriteria(c)).toBe(false);
    expect(isEmptyCriteria(parseCriteria('sortering=relevantie'))).toBe(true);
  });
});
