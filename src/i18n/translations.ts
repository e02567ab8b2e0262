/**
 * Content translations (issue 18), without Astro: a translation's id is "<locale>/<id>" (its file is
 * content/<collection>/<locale>/<id>.<ext>, next to the Dutch content/<collection>/<id>.<ext>).
 * `indexTranslations` files them by language and refuses a translation without a Dutch source or in a
 * folder that is not a language of the site, naming the file, so a typo cannot publish an orphan page.
 */
import { isLocale, type Locale } from './locales';

export type { TranslatedLocale } from './locales';
import type { TranslatedLocale } from './locales';

export interface TranslationFile { id: string; filePath?: string }

/** Locale → Dutch id → translation. */
export type TranslationIndex<T> = Map<TranslatedLocale, Map<string, T>>;

export function splitTranslationId(id: string): { locale: string; id: string } {
  const slash = id.indexOf('/');
  return slash < 0 ? { locale: '', id } : { locale: id.slice(0, slash), id: id.slice(slash + 1) };
}

export function indexTranslations<T extends TranslationFile>(collection: string, translations: readonly T[], dutchIds: Iterable<string>): TranslationIndex<T> {
  const dutch = new Set(dutchIds);
  const index: TranslationIndex<T> = new Map();
  const problems: string[] = [];
  for (const t of translations) {
    const { locale, id } = splitTranslationId(t.id);
    const where = t.filePath ?? `content/${collection}/${t.id}`;
    if (!isLocale(locale) || locale === 'nl') problems.push(`${where}: map "${locale}" is geen taal van de site (gebruik een van: en, ar, tr, pl, uk)`);
    else if (!dutch.has(id)) problems.push(`${where}: er is geen Nederlands bestand "${id}" in content/${collection}/ om te vertalen`);
    else {
      const perLocale = index.get(locale) ?? new Map<string, T>();
      perLocale.set(id, t);
      index.set(locale, perLocale);
    }
  }
  if (problems.length) throw new Error(`Vertalingen kloppen niet:\n${problems.join('\n')}`);
  return index;
}

/** The Dutch entry with the translation's text fields over it: ids, numbers and links stay Dutch. */
export function translated<D extends object>(dutch: D, translation: Partial<D> | undefined): D {
  if (!translation) return dutch;
  const defined = Object.fromEntries(Object.entries(translation).filter(([, v]) => v !== undefined));
  return { ...dutch, ...defined };
}

/** Entries as a page in `locale` shows them: translated where a translation exists, else Dutch with `lang: 'nl'`. */
export function inLocale<D extends object, E extends { id: string; data: D }, T extends { data: Partial<D> }>(
  locale: TranslatedLocale,
  entries: readonly E[],
  index: TranslationIndex<T>,
): (E & { lang?: 'nl'; translation?: T })[] {
  const perLocale = index.get(locale);
  return entries.map((e) => {
    const t = perLocale?.get(e.id);
    return t ? { ...e, data: translated(e.data, t.data), translation: t } : { ...e, lang: 'nl' as const };
  });
}
