/**
 * Which page exists in which language, as plain data (no Astro): the logic behind the hreflang alternates
 * and the language switcher. The sources that fill it are in src/i18n/pages.ts.
 *
 * A path is always the Dutch path (`/jongeren/gepest/`): every page has its Dutch original at that path,
 * and its version in locale `l` at `localePath(l, path)` (Dutch slugs are kept in every language).
 */
import { defaultLocale, localePath, locales, type Locale } from './locales';
import type { TranslatedLocale } from './translations';

/** Dutch path → the other languages it is built in. */
export type PageRegistry = ReadonlyMap<string, ReadonlySet<TranslatedLocale>>;

export function buildRegistry(entries: Iterable<readonly [path: string, locales: Iterable<TranslatedLocale>]>): PageRegistry {
  const registry = new Map<string, Set<TranslatedLocale>>();
  for (const [path, ls] of entries) {
    if (!/^\/(?:[a-z0-9-]+\/)*$/.test(path)) throw new Error(`pages.ts: "${path}" is geen Nederlands pad met / aan begin en eind`);
    const set = registry.get(path) ?? new Set<TranslatedLocale>();
    for (const l of ls) set.add(l);
    registry.set(path, set);
  }
  return registry;
}

/** Whether the page `path` is built in `locale` (Dutch: only registered paths are known here; others are assumed Dutch). */
export function hasPage(registry: PageRegistry, locale: Locale, path: string): boolean {
  return locale === 'nl' || (registry.get(path)?.has(locale) ?? false);
}

/** The languages of a page, in the order of `locales`; empty when the page exists in Dutch only. */
export function languagesOf(registry: PageRegistry, path: string): Locale[] {
  const set = registry.get(path);
  if (!set || set.size === 0) return [];
  return locales.filter((l) => l === 'nl' || set.has(l));
}

export interface Alternate { hreflang: string; href: string }

/** `<link rel="alternate" hreflang>` for a page in several languages, plus x-default (the Dutch page). None for a Dutch-only page. */
export function alternatesOf(registry: PageRegistry, path: string): Alternate[] {
  const ls = languagesOf(registry, path);
  if (ls.length < 2) return [];
  return [...ls.map((l) => ({ hreflang: l, href: localePath(l, path) })), { hreflang: 'x-default', href: localePath(defaultLocale, path) }];
}

export interface SwitcherLink { locale: Locale; href: string; current: boolean; samePage: boolean }

/** One link per language: the same page in that language, or that language's home when the page is not translated. */
export function switcherLinks(registry: PageRegistry, current: Locale, path: string): SwitcherLink[] {
  return locales.map((l) => {
    const samePage = hasPage(registry, l, path) && (l !== defaultLocale || current === defaultLocale || registry.has(path));
    return { locale: l, href: samePage ? localePath(l, path) : localePath(l, '/'), current: l === current, samePage };
  });
}

/**
 * A link from a page in `locale` to the page `path`: in that language when it is built there, otherwise the
 * Dutch page (`hreflang: 'nl'`, so the link can say it is in Dutch).
 */
export function linkIn(registry: PageRegistry, locale: Locale, path: string): { href: string; hreflang?: Locale } {
  const [base, hash] = path.split('#') as [string, string | undefined];
  const suffix = hash ? `#${hash}` : '';
  if (hasPage(registry, locale, base)) return { href: localePath(locale, base) + suffix };
  return { href: base + suffix, hreflang: defaultLocale };
}
