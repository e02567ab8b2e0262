/** The helplines the search lexicon can put first for crisis words, with their phone number, in a page's language. */
import type { SearchLexicon } from '../domain/search-query';
import type { QuickSearchData, UrgentHelpline } from '../islands/search-run';
import { getCatalogue } from '../catalogue/site';
import { getPageRegistry } from '../i18n/pages';
import { loadLexicon } from './search-lexicon';
import type { HelplineEntry } from '../catalogue/site';
import { defaultLocale, type Locale } from '../i18n/locales';
import { linkIn, type PageRegistry } from '../i18n/registry';
import { siteStrings } from '../i18n/site';

/**
 * Names stay as the organisations call themselves; the link goes to the help page in `locale` when it
 * is translated (the page registry), else to the Dutch one; "Bel 113" is said in the page's language.
 */
export function urgentHelplines(helplines: HelplineEntry[], lexicon: SearchLexicon, locale: Locale = defaultLocale, registry?: PageRegistry): Record<string, UrgentHelpline> {
  const urgentIds = new Set(lexicon.crisis.flatMap((g) => g.helplines));
  const out: Record<string, UrgentHelpline> = {};
  for (const h of helplines.filter((h) => urgentIds.has(h.id))) {
    const phone = h.data.channels.find((c) => c.kind === 'telefoon');
    const path = `/hulp/${h.id}/`;
    const label = (value: string, own?: string) => (locale === defaultLocale ? own ?? `Bel ${value}` : `${siteStrings[locale].footer.call} ${value}`);
    out[h.id] = {
      id: h.id,
      name: h.data.name,
      url: registry ? linkIn(registry, locale, path).href : path,
      ...(phone ? { phone: { label: label(phone.value, phone.label), tel: phone.value.replace(/[^0-9+]/g, '') } } : {}),
    };
  }
  return out;
}

/** What the header search box fetches (lexicon.json) for one language: the lexicon and its urgent helplines. */
export async function quickSearchData(locale: Locale): Promise<QuickSearchData> {
  const lexicon = loadLexicon();
  return { lexicon, helplines: urgentHelplines((await getCatalogue()).helplines, lexicon, locale, await getPageRegistry()) };
}
