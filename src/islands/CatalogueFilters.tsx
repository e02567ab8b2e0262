/**
 * Filters for /aanbod/. The page renders every offer; this island renders
 * the filter form (a plain GET form to /aanbod/filter/ without JavaScript)
 * and, with JavaScript, shows, hides and orders the offers in place with the
 * same pure logic (src/domain/offers/filter.ts). Criteria live in the URL
 * (useUrlCriteria): each change adds a history entry, so Back undoes it.
 */
import { useState } from 'preact/hooks';
import { filterCatalogue, isEmptyCriteria, type CatalogueCriteria, type CatalogueItem } from '../domain/offers/filter';
import type { SearchLexicon } from '../domain/search-query';
import type { FilterFacet } from './SiteSearch';
import { AgeField, FacetSelect, FilterActions, FreeAndPlaces, SortSelect, type FilterFieldLabels } from './filter-fields';
import { useUrlCriteria } from './url-criteria';

/** The catalogue's words: Dutch by default; `/en/aanbod/` passes English (src/i18n/offers.ts `catalogueStrings`). */
export interface CatalogueFilterLabels extends FilterFieldLabels {
  filterTitle: string;
  keyword: string;
  show: string;
  clear: string;
  count: (total: number) => string;
  countFiltered: (n: number, total: number) => string;
  found: (n: number) => string;
  allFound: (n: number) => string;
  none: string;
}

interface Props {
  items: CatalogueItem[];
  lexicon: SearchLexicon;
  /** Facets in CatalogueCriteria terms: key is the criteria field, name the URL parameter. */
  facets: (FilterFacet & { key: 'themes' | 'audience' | 'formats' | 'municipalities' | 'kinds' | 'providers' | 'languages' })[];
  /** Criteria the server applied (the no-JavaScript route); empty on the static page. */
  initial: CatalogueCriteria;
  /** id of the <ul> holding the offers, each <li data-offer-id>. */
  listId: string;
  /** The catalogue's address: `/aanbod/` (Dutch) or `/en/aanbod/`; the no-JavaScript form goes to `<base>filter/`. */
  base?: string;
  /** Words in another language (functions cannot cross into an island: the page passes them as strings, see `labelsFor`). */
  labels?: SerialLabels;
}

/** What crosses into the island: the counts as templates with {n} and {total}. */
export type SerialLabels = FilterFieldLabels & { filterTitle: string; keyword: string; show: string; clear: string; count: string; countFiltered: string; found: string; foundOne: string; allFound: string; none: string };

const fill = (template: string, n: number, total = 0) => template.replace('{n}', String(n)).replace('{total}', String(total));

/** The island's words from serial labels; Dutch without them. */
function labelsFor(s: SerialLabels | undefined): CatalogueFilterLabels | undefined {
  if (!s) return undefined;
  return {
    ...s,
    count: (total) => fill(s.count, total, total),
    countFiltered: (n, total) => fill(s.countFiltered, n, total),
    found: (n) => fill(n === 1 ? s.foundOne : s.found, n),
    allFound: (n) => fill(s.allFound, n),
  };
}

export default function CatalogueFilters({ items, lexicon, facets, initial, listId, base = '/aanbod/', labels: serial }: Props) {
  const labels = labelsFor(serial);
  const [count, setCount] = useState<number | null>(null);

  function apply(criteria: CatalogueCriteria) {
    const list = document.getElementById(listId);
    if (!list) return;
    const shown = filterCatalogue(items, criteria, lexicon);
    const order = new Map(shown.map((item, i) => [item.id, i]));
    const lis = [...list.querySelectorAll<HTMLLIElement>(':scope > li[data-offer-id]')];
    for (const li of lis) li.hidden = !order.has(li.dataset.offerId ?? '');
    lis
      .filter((li) => !li.hidden)
      .sort((a, b) => order.get(a.dataset.offerId!)! - order.get(b.dataset.offerId!)!)
      .forEach((li) => list.appendChild(li));
    setCount(shown.length);
    const visibleCount = document.getElementById('aantal-aanbod');
    if (visibleCount) visibleCount.textContent = countText(shown.length, items.length, criteria, labels);
    return shown.length;
  }

  const { criteria: c, update, announce } = useUrlCriteria(initial, { path: base, apply, say: (n, next) => message(n, next, labels) });
  const setList = (key: Props['facets'][number]['key'], value: string) => update({ ...c, [key]: value ? [value] : [] });

  return (
    <form class="so-site-search__filters so-catalogue-filters" action={`${base}filter/`} method="get" onSubmit={(e) => e.preventDefault()}>
      <h2 class="so-catalogue-filters__title">{labels?.filterTitle ?? 'Filter het aanbod'}</h2>
      <div class="so-filter-grid">
        <div class="so-form-field">
          <label class="so-label" for="aanbod-q">{labels?.keyword ?? 'Zoekwoord'}</label>
          <input
            class="so-input"
            id="aanbod-q"
            name="q"
            type="search"
            autocomplete="off"
            value={c.q}
            onChange={(e) => update({ ...c, q: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <AgeField idPrefix="aanbod" age={c.age === null ? '' : String(c.age)} onAge={(age) => update({ ...c, age })} labels={labels} />
        {facets.map((f) => (
          <FacetSelect key={f.name} idPrefix="aanbod" facet={f} selected={c[f.key][0] ?? ''} onSelect={(v) => setList(f.key, v)} labels={labels} />
        ))}
        <SortSelect idPrefix="aanbod" sort={c.sort} first="datum" onSort={(sort) => update({ ...c, sort })} labels={labels} />
        <FreeAndPlaces idPrefix="aanbod" free={c.free} placesLeft={c.placesLeft} onChange={(next) => update({ ...c, ...next })} labels={labels} />
      </div>
      <FilterActions show={labels?.show ?? 'Toon aanbod'} clear={labels?.clear ?? 'Wis alle filters'} clearHref={base} active={!isEmptyCriteria(c)} onCriteria={update} />
      <p class="so-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-count={count ?? undefined}>
        {announce}
      </p>
    </form>
  );
}

/** The visible count under the filters. */
export { labelsFor };

export function countText(n: number, total: number, c: CatalogueCriteria, labels?: CatalogueFilterLabels): string {
  if (labels) return isEmptyCriteria(c) ? labels.count(total) : labels.countFiltered(n, total);
  return isEmptyCriteria(c) ? `${total} trainingen, webinars en workshops` : `${n} van de ${total} trainingen, webinars en workshops passen bij je filters`;
}

function message(n: number, c: CatalogueCriteria, labels?: CatalogueFilterLabels): string {
  if (labels) return n === 0 ? labels.none : isEmptyCriteria(c) ? labels.allFound(n) : labels.found(n);
  const what = n === 1 ? 'training, webinar of workshop' : 'trainingen, webinars en workshops';
  if (n === 0) return 'Geen aanbod gevonden met deze filters. Probeer minder filters.';
  return isEmptyCriteria(c) ? `Alle ${n} ${what}.` : `${n} ${what} gevonden.`;
}
