/**
 * Content translations (content/<collection>/<locale>/<id>): validated by the Dutch schema's text fields
 * only, so a translation can never change a practical fact (a phone number, a channel, the urgent
 * numbers, an order, a topic); every file has a Dutch source; the index refuses orphans.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { helpTopicTranslationSchema, helplineTranslationSchema, serviceTranslationSchema, translationSchemas } from '../../../src/schemas';
import { readContentFiles } from '../../../src/catalogue';
import { inLocale, indexTranslations, translated } from '../../../src/i18n/translations';
import { locales } from '../../../src/i18n/locales';

const root = join(import.meta.dirname, '../../../content');

describe('a translation cannot override practical facts', () => {
  const topic = { title: 'I am being bullied', heading: 'You are being bullied', intro: 'Being bullied hurts. It is not your fault.', selfHelp: ['Tell someone.', 'Block the bully.'], urgentWhen: ['Someone hits you.'] };

  it('a translation with only text fields is valid', () => {
    expect(helpTopicTranslationSchema.safeParse(topic).success).toBe(true);
    expect(helplineTranslationSchema.safeParse({ summary: 'Call for free, day and night.', hours: 'Day and night', audience: 'Everyone' }).success).toBe(true);
  });

  it.each([
    ['a helpline’s phone number', helplineTranslationSchema, { summary: 'Call for free, day and night.', hours: 'Day and night', audience: 'Everyone', channels: [{ kind: 'telefoon', value: '0900-1234' }] }, 'channels'],
    ['a helpline’s name', helplineTranslationSchema, { summary: 'Call for free, day and night.', hours: 'Day and night', audience: 'Everyone', name: 'Another line' }, 'name'],
    ['a helpline’s urgent flag', helplineTranslationSchema, { summary: 'Call for free, day and night.', hours: 'Day and night', audience: 'Everyone', urgent: false }, 'urgent'],
    ['a topic’s urgent numbers', helpTopicTranslationSchema, { ...topic, urgentNumbers: ['112'] }, 'urgentNumbers'],
    ['a topic’s articles and order', helpTopicTranslationSchema, { ...topic, articles: ['x'], order: 1 }, 'articles'],
    ['a service’s order', serviceTranslationSchema, { title: 'Information', summary: 'Call, email or ask online. We answer everyday questions.', audience: 'Parents', order: 9 }, 'order'],
  ])('refuses %s', (_what, schema, data, key) => {
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(key);
  });

  it('keeps the Dutch rules for text (a too short intro fails in every language)', () => {
    expect(helpTopicTranslationSchema.safeParse({ ...topic, intro: 'Short.' }).success).toBe(false);
  });

  it('merging keeps the Dutch facts and takes only the translated words', () => {
    const dutch = { name: 'Veilig Thuis', summary: 'Is het thuis niet veilig?', hours: 'Dag en nacht', audience: 'Iedereen', channels: [{ kind: 'telefoon' as const, value: '0800-2000' }], anonymous: true, urgent: true, free: true, topics: [] as string[], order: 1, keywords: [] as string[] };
    const merged = translated(dutch, helplineTranslationSchema.parse({ summary: 'Not safe at home?', hours: 'Day and night', audience: 'Everyone' }));
    expect(merged.channels).toEqual(dutch.channels);
    expect(merged.summary).toBe('Not safe at home?');
    const [shown, untranslated] = inLocale('en', [{ id: 'veilig-thuis', data: dutch }, { id: 'other', data: dutch }], new Map([['en', new Map([['veilig-thuis', { data: { summary: 'Not safe at home?' } }]])]]));
    expect(shown!.data.summary).toBe('Not safe at home?');
    expect(shown!.lang).toBeUndefined();
    expect(untranslated!.lang).toBe('nl');
  });
});

describe('the translation files in content/', () => {
  for (const [collection, schema] of Object.entries(translationSchemas)) {
    const dutchIds = readdirSync(join(root, collection)).filter((n) => /\.(md|ya?ml)$/.test(n)).map((n) => n.replace(/\.[^.]+$/, ''));
    const folders = readdirSync(join(root, collection)).filter((n) => statSync(join(root, collection, n)).isDirectory());

    it(`${collection}: every folder is a language of the site other than Dutch`, () => {
      for (const f of folders) expect(locales.filter((l) => l !== 'nl')).toContain(f);
    });

    for (const folder of folders) {
      it(`${collection}/${folder}: every file matches the translation schema and translates a Dutch file`, async () => {
        const files = await readContentFiles(root, join(collection, folder));
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
          const result = schema.safeParse(file.data);
          expect(result.success, `${file.filePath}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
          expect(dutchIds, `${file.filePath} has no Dutch source`).toContain(file.id);
        }
      });
    }
  }

  it('every help-finder topic exists in every language (the core set)', async () => {
    const dutch = (await readContentFiles(root, 'help-topics')).map((f) => f.id).sort();
    for (const l of locales.filter((l) => l !== 'nl')) {
      expect((await readContentFiles(root, join('help-topics', l))).map((f) => f.id).sort(), l).toEqual(dutch);
    }
  });
});

describe('indexTranslations', () => {
  it('files translations by language', () => {
    const index = indexTranslations('helplines', [{ id: 'en/112' }, { id: 'ar/112' }], ['112']);
    expect([...index.keys()]).toEqual(['en', 'ar']);
    expect(index.get('ar')!.has('112')).toBe(true);
  });

  it('refuses a translation without a Dutch source and a folder that is not a language, naming the file', () => {
    expect(() => indexTranslations('helplines', [{ id: 'en/0900-nep', filePath: 'content/helplines/en/0900-nep.yaml' }], ['112'])).toThrow(/content\/helplines\/en\/0900-nep.yaml: er is geen Nederlands bestand/);
    expect(() => indexTranslations('helplines', [{ id: 'nl/112' }], ['112'])).toThrow(/map "nl" is geen taal/);
    expect(() => indexTranslations('helplines', [{ id: 'de/112' }], ['112'])).toThrow(/map "de" is geen taal/);
  });
});
