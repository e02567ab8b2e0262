import { describe, expect, it } from 'vitest';
import { alternatesOf, buildRegistry, hasPage, languagesOf, linkIn, switcherLinks } from '../../../src/i18n/registry';

const registry = buildRegistry([
  ['/', ['en', 'ar', 'tr', 'pl', 'uk']],
  ['/privacy/', ['en']],
  ['/jongeren/gepest/', ['en', 'ar']],
  ['/jongeren/gepest/', ['uk']], // a second source adds to the same path
]);

describe('the page registry (hreflang and the language switcher)', () => {
  it('knows which language has which page; Dutch has every page', () => {
    expect(hasPage(registry, 'en', '/privacy/')).toBe(true);
    expect(hasPage(registry, 'ar', '/privacy/')).toBe(false);
    expect(hasPage(registry, 'nl', '/agenda/')).toBe(true);
    expect(languagesOf(registry, '/jongeren/gepest/')).toEqual(['nl', 'en', 'ar', 'uk']);
    expect(languagesOf(registry, '/agenda/')).toEqual([]);
  });

  it('alternates: every language of the page plus x-default (the Dutch page); none for a Dutch-only page', () => {
    expect(alternatesOf(registry, '/privacy/')).toEqual([
      { hreflang: 'nl', href: '/privacy/' },
      { hreflang: 'en', href: '/en/privacy/' },
      { hreflang: 'x-default', href: '/privacy/' },
    ]);
    expect(alternatesOf(registry, '/agenda/')).toEqual([]);
  });

  it('the switcher links the same page where it exists, else that language’s home', () => {
    const links = switcherLinks(registry, 'en', '/privacy/');
    expect(links.map((l) => [l.locale, l.href, l.current])).toEqual([
      ['nl', '/privacy/', false],
      ['en', '/en/privacy/', true],
      ['ar', '/ar/', false],
      ['tr', '/tr/', false],
      ['pl', '/pl/', false],
      ['uk', '/uk/', false],
    ]);
    // A Dutch-only page: every other language goes to its home.
    expect(switcherLinks(registry, 'nl', '/agenda/').map((l) => l.href)).toEqual(['/agenda/', '/en/', '/ar/', '/tr/', '/pl/', '/uk/']);
  });

  it('a link in a language goes to the translated page, or to the Dutch page marked hreflang="nl"', () => {
    expect(linkIn(registry, 'en', '/privacy/')).toEqual({ href: '/en/privacy/' });
    expect(linkIn(registry, 'ar', '/privacy/')).toEqual({ href: '/privacy/', hreflang: 'nl' });
    expect(linkIn(registry, 'ar', '/jongeren/gepest/#praten')).toEqual({ href: '/ar/jongeren/gepest/#praten' });
    expect(linkIn(registry, 'nl', '/agenda/')).toEqual({ href: '/agenda/' });
  });

  it('refuses a path that is not a Dutch path with slashes at both ends', () => {
    expect(() => buildRegistry([['/en/privacy', ['en']]])).toThrow(/geen Nederlands pad/);
    expect(() => buildRegistry([['aanbod/', ['en']]])).toThrow(/geen Nederlands pad/);
  });
});
