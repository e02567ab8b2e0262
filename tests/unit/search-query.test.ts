import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadLexicon } from '../../src/utils/search-lexicon';
import { expandQuery, mergeVariantHits, normaliseQuery, prepareLexicon, type SearchLexicon } from '../../src/domain/search-query';

const lexicon = prepareLexicon({
  synonyms: { Echtscheiding: ['scheiding', 'Scheiden'], mindfullness: ['mindfulness'], 'thuis niet veilig': ['veilig thuis'], veilig: ['veiligheid'] },
  crisis: [
    { helplines: ['113-zelfmoordpreventie', '112'], terms: ['ik wil dood', 'zelfmoord'] },
    { helplines: ['veilig-thuis', '112'], terms: ['thuis niet veilig', 'geslagen'] },
  ],
  stopwords: ['mijn', 'over'],
});

describe('normaliseQuery', () => {
  it('keeps the letters of every script the portal is written in (issue 18)', () => {
    expect(normaliseQuery('طلاق؟')).toBe('طلاق');
    expect(normaliseQuery('مَدْرَسَة أريد')).toBe('مدرسة أريد');
    expect(normaliseQuery('Розлучення й булінг')).toBe('розлучення й булінг');
    expect(normaliseQuery('Boşanma, ırkçılık')).toBe('bosanma ırkcılık');
    expect(normaliseQuery('Rozwód — przemoc')).toBe('rozwod przemoc');
  });
  it('lowercases, strips accents and punctuation, collapses spaces', () => {
    expect(normaliseQuery('  Suïcide?!  ')).toBe('suicide');
    expect(normaliseQuery('Pubers   &  Zo')).toBe('pubers & zo');
    expect(normaliseQuery('co-ouderschap')).toBe('co-ouderschap');
    expect(normaliseQuery('')).toBe('');
  });
});

describe('expandQuery', () => {
  it('keeps the query as typed first and adds synonyms', () => {
    expect(expandQuery('Echtscheiding', lexicon).variants).toEqual(['echtscheiding', 'scheiding', 'scheiden']);
  });
  it('replaces a phrase inside a longer query and keeps the other words', () => {
    expect(expandQuery('training echtscheiding online', lexicon).variants).toEqual([
      'training echtscheiding online',
      'training scheiding online',
      'training scheiden online',
    ]);
  });
  it('corrects a misspelling', () => {
    expect(expandQuery('mindfullness', lexicon).variants).toContain('mindfulness');
  });
  it('matches whole words only', () => {
    expect(expandQuery('onveilig', lexicon).variants).toEqual(['onveilig']);
  });
  it('prefers the longest phrase over a word inside it', () => {
    const v = expandQuery('thuis niet veilig', lexicon).variants;
    expect(v).toContain('veilig thuis');
    expect(v).not.toContain('thuis niet veiligheid');
  });
  it('adds a variant without filler words', () => {
    expect(expandQuery('zorgen over mijn kind', lexicon).variants).toEqual(['zorgen over mijn kind', 'zorgen kind']);
    expect(expandQuery('zorgen over mijn kind', lexicon).words).toEqual(['zorgen', 'kind']);
  });
  it('puts urgent help first for crisis words, most urgent line first, without duplicates', () => {
    expect(expandQuery('Ik wil dood', lexicon).urgent).toEqual(['113-zelfmoordpreventie', '112']);
    expect(expandQuery('mijn vader heeft me geslagen', lexicon).urgent).toEqual(['veilig-thuis', '112']);
    expect(expandQuery('zelfmoord geslagen', lexicon).urgent).toEqual(['113-zelfmoordpreventie', '112', 'veilig-thuis']);
    expect(expandQuery('puber', lexicon).urgent).toEqual([]);
  });
  it('returns nothing to search for an empty query', () => {
    expect(expandQuery('  ?? ', lexicon)).toEqual({ query: '', variants: [], urgent: [], words: [] });
  });
});

describe('mergeVariantHits', () => {
  it('keeps the best score per page and ranks rewrites slightly lower', () => {
    const merged = mergeVariantHits([
      [{ id: 'a', score: 1 }],
      [
        { id: 'b', score: 1 },
        { id: 'a', score: 5 },
      ],
    ]);
    expect(merged.map((h) => h.id)).toEqual(['a', 'b']);
    expect(merged[0]!.score).toBeCloseTo(4.5);
    expect(merged[1]!.score).toBeCloseTo(0.9);
  });
});

describe('the lexicon in content/search', () => {
  const real = loadLexicon(join(import.meta.dirname, '../..'));
  it('names only helplines that exist', () => {
    const ids = readdirSync(join(import.meta.dirname, '../../content/helplines')).map((f) => f.replace(/\.yaml$/, ''));
    for (const g of real.crisis) for (const h of g.helplines) expect(ids).toContain(h);
  });
  it('sends the crisis words from the issue to 113, Veilig Thuis and 112', () => {
    expect(expandQuery('ik wil dood', real).urgent[0]).toBe('113-zelfmoordpreventie');
    expect(expandQuery('zelfmoord', real).urgent[0]).toBe('113-zelfmoordpreventie');
    expect(expandQuery('thuis niet veilig', real).urgent[0]).toBe('veilig-thuis');
    expect(expandQuery('geslagen', real).urgent).toContain('112');
  });
  it('knows crisis words in the other languages of the site (issue 18)', () => {
    expect(expandQuery('I want to die', real).urgent[0]).toBe('113-zelfmoordpreventie');
    expect(expandQuery('أريد أن أموت', real).urgent[0]).toBe('113-zelfmoordpreventie');
    expect(expandQuery('intihar', real).urgent[0]).toBe('113-zelfmoordpreventie');
    expect(expandQuery('chcę umrzeć', real).urgent[0]).toBe('113-zelfmoordpreventie');
    expect(expandQuery('хочу померти', real).urgent[0]).toBe('113-zelfmoordpreventie');
    expect(expandQuery('aile içi şiddet', real).urgent[0]).toBe('veilig-thuis');
    expect(expandQuery('домашнє насильство', real).urgent[0]).toBe('veilig-thuis');
    // Bullying among peers is not violence at home.
    expect(expandQuery('przemoc rówieśnicza', real).urgent).toEqual([]);
    expect(expandQuery('boşanma', real).variants).toContain('ayrılık');
    expect(expandQuery('divorce', real).variants).toContain('separation');
  });
  it('covers the words parents type', () => {
    expect(expandQuery('echtscheiding', real).variants).toContain('scheiding');
    expect(expandQuery('mindfullness', real).variants).toContain('mindfulness');
    expect(expandQuery('driftbui', real).variants).toContain('driftbuien');
    expect(expandQuery('dakloos', real).variants).toContain('thuisloos');
  });
});

describe('crisis words (src/domain/crisis.ts): one list for search and the youth conversation', () => {
  it('finds them as whole words in a message, in every language, and not inside other words', async () => {
    const { mentionsCrisis, crisisHelplines } = await import('../../src/domain/crisis');
    expect(crisisHelplines('Ik wil soms gewoon niet meer leven.')[0]).toBe('113-zelfmoordpreventie');
    expect(crisisHelplines('Mijn vader slaat me als hij boos is')[0]).toBe('veilig-thuis');
    expect(mentionsCrisis('ZELFMOORD')).toBe(true);
    expect(mentionsCrisis('хочу померти')).toBe(true);
    expect(mentionsCrisis('Dat was doodgewoon een grap')).toBe(false);
    expect(mentionsCrisis('Ik heb een vraag over mijn huiswerk')).toBe(false);
  });
});
