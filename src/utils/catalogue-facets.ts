/**
 * The filter form's facets (select fields) for a list of catalogue items:
 * the same fields and names on /aanbod/ and /agenda/. Only values that occur
 * in the items are offered for municipality, kind and provider.
 */
import type { Catalogue } from '../catalogue/site';
import type { CatalogueItem } from '../domain/offers/filter';
import { audienceLabels, formatLabels, kindLabels, languageLabels, municipalityLabels } from './labels';

const options = (labels: Record<string, string>, used?: Set<string>) =>
  Object.entries(labels).filter(([v]) => !used || used.has(v)).map(([value, label]) => ({ value, label }));

/** The facets' words in another language (the English catalogue, src/i18n/offers.ts); Dutch without. */
export interface FacetWords {
  labels: { thema: string; voor: string; vorm: string; gemeente: string; soort: string; aanbieder: string; taal: string };
  kinds: Record<string, string>;
  formats: Record<string, string>;
  audience: Record<string, string>;
  languages: Record<string, string>;
}

const dutchWords: FacetWords = {
  labels: { thema: 'Thema', voor: 'Voor wie', vorm: 'Vorm', gemeente: 'Gemeente', soort: 'Soort', aanbieder: 'Aanbieder', taal: 'Taal' },
  kinds: kindLabels,
  formats: formatLabels,
  audience: audienceLabels,
  languages: languageLabels,
};

export function catalogueFacets(catalogue: Pick<Catalogue, 'themes' | 'partners'>, items: readonly CatalogueItem[], words: FacetWords = dutchWords) {
  const w = words;
  const usedKinds = new Set(items.map((i) => i.kind));
  const usedMunicipalities = new Set(items.flatMap((i) => i.municipalities));
  const usedProviders = new Set(items.map((i) => i.provider));
  const usedLanguages = new Set(items.flatMap((i) => i.languages));
  return [
    { key: 'themes' as const, name: 'thema', label: w.labels.thema, options: catalogue.themes.map((t) => ({ value: t.id, label: t.data.title })) },
    { key: 'audience' as const, name: 'voor', label: w.labels.voor, options: options(w.audience) },
    { key: 'formats' as const, name: 'vorm', label: w.labels.vorm, options: options(w.formats) },
    { key: 'municipalities' as const, name: 'gemeente', label: w.labels.gemeente, options: options(municipalityLabels, usedMunicipalities) },
    { key: 'kinds' as const, name: 'soort', label: w.labels.soort, options: options(w.kinds, usedKinds) },
    { key: 'providers' as const, name: 'aanbieder', label: w.labels.aanbieder, options: catalogue.partners.filter((p) => usedProviders.has(p.id)).map((p) => ({ value: p.id, label: p.data.name })) },
    { key: 'languages' as const, name: 'taal', label: w.labels.taal, options: options(w.languages, usedLanguages) },
  ];
}
