/**
 * The filter form's facets (select fields) for a list of catalogue items:
 * the same fields and names on /aanbod/ and /agenda/. Only values that occur
 * in the items are offered for municipality, kind and provider.
 */
import type { Catalogue } from '../catalogue/site';
import type { CatalogueItem } from '../domain/offers/filter';
import { audienceLabels, formatLabels, kindLabels, municipalityLabels } from './labels';

const options = (labels: Record<string, string>, used?: Set<string>) =>
  Object.entries(labels).filter(([v]) => !used || used.has(v)).map(([value, label]) => ({ value, label }));

export function catalogueFacets(catalogue: Pick<Catalogue, 'themes' | 'partners'>, items: readonly CatalogueItem[]) {
  const usedKinds = new Set(items.map((i) => i.kind));
  const usedMunicipalities = new Set(items.flatMap((i) => i.municipalities));
  const usedProviders = new Set(items.map((i) => i.provider));
  return [
    { key: 'themes' as const, name: 'thema', label: 'Thema', options: catalogue.themes.map((t) => ({ value: t.id, label: t.data.title })) },
    { key: 'audience' as const, name: 'voor', label: 'Voor wie', options: options(audienceLabels) },
    { key: 'formats' as const, name: 'vorm', label: 'Vorm', options: options(formatLabels) },
    { key: 'municipalities' as const, name: 'gemeente', label: 'Gemeente', options: options(municipalityLabels, usedMunicipalities) },
    { key: 'kinds' as const, name: 'soort', label: 'Soort', options: options(kindLabels, usedKinds) },
    { key: 'providers' as const, name: 'aanbieder', label: 'Aanbieder', options: catalogue.partners.filter((p) => usedProviders.has(p.id)).map((p) => ({ value: p.id, label: p.data.name })) },
  ];
}
