/**
 * Offer translations (issue 18): content/offers/<locale>/<id>.md, text only. The strict schema
 * refuses anything practical (dates, places, price: those come from the Dutch file) with a message that names
 * the field; every file names an offer and a language; every offer has English, Arabic, Turkish, Polish and
 * Ukrainian. The languages an offer is given in are checked by the offer schema.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offerTranslationSchema } from '../../src/schemas/offer-translation';
import { offerSchema } from '../../src/schemas/offer';
import { readCollection, readContentFiles } from '../../src/catalogue/files';
import { catalogueStrings } from '../../src/i18n/offers';
import { translatedLocales } from '../../src/i18n/locales';

const ok = { title: 'Pubers & Zo: parenting teenagers', summary: 'Six meetings for parents of children aged 11 to 16.' };

describe('the translation schema', () => {
  it('takes the text fields', () => {
    expect(offerTranslationSchema.parse({ ...ok, bring: ['Your own phone'] })).toEqual({ ...ok, bring: ['Your own phone'] });
  });
  it.each([
    ['sessions', [{ id: 'x', start: '2027-01-01T10:00', end: '2027-01-01T12:00', location: 'online', capacity: 5 }]],
    ['cost', { type: 'betaald', amount: 1 }],
    ['ages', { min: 0, max: 99 }],
    ['registration', { method: 'extern', url: 'https://evil.example' }],
    ['languages', ['en']],
    ['provider', 'cjg'],
  ])('refuses an override of %s and names it', (field, value) => {
    const r = offerTranslationSchema.safeParse({ ...ok, [field]: value });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.code).toBe('unrecognized_keys');
    expect(issue.message).toContain(field);
    expect(issue.message).toContain('komt uit het Nederlandse bestand');
  });
  it('refuses empty or too long text', () => {
    expect(offerTranslationSchema.safeParse({ ...ok, summary: 'Short' }).success).toBe(false);
    expect(offerTranslationSchema.safeParse({ ...ok, title: 'x'.repeat(121) }).success).toBe(false);
  });
});

describe('offer translations in content/offers/<locale>/', () => {
  it('every file parses, names a language and an offer; every offer is translated in every language', async () => {
    const offers = new Set((await readCollection('content', 'offers', offerSchema)).map((o) => o.id));
    const folders = readdirSync('content/offers', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual([...translatedLocales].sort());
    for (const locale of folders) {
      const files = await readContentFiles('content/offers', locale);
      for (const f of files) {
        const r = offerTranslationSchema.safeParse(f.data);
        expect(r.success, `${f.filePath}: ${r.error?.issues.map((i) => i.message).join('; ')}`).toBe(true);
        expect(offers.has(f.id), `${f.filePath}: no offer "${f.id}" in content/offers`).toBe(true);
      }
      expect(files.map((f) => f.id).sort(), locale).toEqual([...offers].sort());
    }
  });
});

describe('languages an offer is given in', () => {
  it('defaults to Dutch, takes known codes once, refuses others', async () => {
    const base = (await readCollection('content', 'offers', offerSchema))[0]!.data;
    const { languages: _l, interpreter: _i, ...rest } = base;
    expect(offerSchema.parse(rest)).toMatchObject({ languages: ['nl'], interpreter: false });
    expect(offerSchema.parse({ ...rest, languages: ['nl', 'en'], interpreter: true })).toMatchObject({ languages: ['nl', 'en'], interpreter: true });
    for (const languages of [['xx'], [], ['en', 'en'], 'en']) expect(offerSchema.safeParse({ ...rest, languages }).success, JSON.stringify(languages)).toBe(false);
  });
  it('content: an interpreter only where the text says so, and one offer in English', async () => {
    const offers = await readCollection('content', 'offers', offerSchema);
    for (const o of offers.filter((x) => x.data.interpreter)) expect(o.body, o.id).toMatch(/tolk/i);
    expect(offers.filter((o) => o.data.languages.includes('en')).every((o) => o.data.sampleData)).toBe(true);
  });
  it('every language has the catalogue\'s words', () => {
    expect(Object.keys(catalogueStrings).toSorted()).toEqual([...translatedLocales].toSorted());
  });
});
