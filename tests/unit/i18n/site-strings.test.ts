import { describe, expect, it } from 'vitest';
import { siteStrings, urgentNumbersIn } from '../../../src/i18n/site';
import { locales } from '../../../src/i18n/locales';
import { urgentNumbers } from '../../../src/utils/site';

/** Every string of an object, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (s: string) => string)('X'))]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the site’s words in every language', () => {
  it('no language leaves a text empty (Dutch may leave "in Dutch" empty: it is Dutch)', () => {
    for (const l of locales) {
      const empty = strings(siteStrings[l]).filter(([p, v]) => v.trim() === '' && !(l === 'nl' && p === 'inDutch'));
      expect(empty.map(([p]) => `${l}: ${p}`)).toEqual([]);
    }
  });

  it('every language has all four urgent numbers, with the numbers from the one list', () => {
    for (const l of locales) {
      const list = urgentNumbersIn(l);
      expect(list.map((n) => n.number)).toEqual(['112', '113', '0800-2000', '0800-0432']);
      expect(list.map((n) => n.tel)).toEqual(urgentNumbers.map((n) => n.tel));
      for (const n of list) expect(n.label.length, `${l} ${n.id}`).toBeGreaterThan(5);
      // 113's label names its free alternative number in every language.
      expect(list[1]!.label).toContain('0800-0113');
    }
  });

  it('Dutch keeps the texts the Dutch pages always had', () => {
    expect(urgentNumbersIn('nl')).toEqual(urgentNumbers);
    expect(siteStrings.nl.footer.urgent).toBe('Direct hulp nodig?');
  });
});
