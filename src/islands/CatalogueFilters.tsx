/**
 * Filters for /aanbod/. The page renders every offer; this island renders
 * the filter form (a plain GET form to /aanbod/filter/ without JavaScript)
 * and, with JavaScript, shows, hides and orders the offers in place with the
 * same pure logic (src/domain/offers/filter.ts). Criteria live in the URL:
 * each change adds a history entry, so Back undoes it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  criteriaToParams,
  filterCatalogue,
  isEmptyCriteria,
  parseCriteria,
  type CatalogueCriteria,
  type CatalogueItem,
} from '../domain/offers/filter';
import type { SearchLexicon } from '../domain/search-query';
import type { FilterFacet } from './SiteSearch';
import { AgeField, FacetSelect, FreeAndPlaces, SortSelect } from './filter-fields';

interface Props {
  items: CatalogueItem[];
  lexicon: SearchLexicon;
  /** Facets in CatalogueCriteria terms: key is the criteria field, name the URL parameter. */
  facets: (FilterFacet & { key: 'themes' | 'audience' | 'formats' | 'municipalities' | 'kinds' | 'providers' })[];
  /** Criteria the server applied (the no-JavaScript route); empty on the static page. */
  initial: CatalogueCriteria;
  /** id of the <ul> holding the offers, each <li data-offer-id>. */
  listId: string;
}

export default function CatalogueFilters({ items, lexicon, facets, initial, listId }: Props) {
  const [c, setC] = useState<CatalogueCriteria>(initial);
  const [count, setCount] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  const first = useRef(true);

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
    if (visibleCount) visibleCount.textContent = countText(shown.length, items.length, criteria);
    return shown.length;
  }

  useEffect(() => {
    const fromUrl = () => {
      const next = parseCriteria(window.location.search);
      setC(next);
      const n = apply(next);
      if (!first.current && n !== undefined) setAnnounce(message(n, next));
      first.current = false;
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  function update(next: CatalogueCriteria) {
    setC(next);
    const qs = criteriaToParams(next).toString();
    window.history.pushState(null, '', `/aanbod/${qs ? `?${qs}` : ''}`);
    const n = apply(next);
    if (n !== undefined) setAnnounce(message(n, next));
  }

  const setList = (key: Props['facets'][number]['key'], value: string) => update({ ...c, [key]: value ? [value] : [] });

  return (
    <form class="so-site-search__filters so-catalogue-filters" action="/aanbod/filter/" method="get" onSubmit={(e) => e.preventDefault()}>
      <h2 class="so-catalogue-filters__title">Filter het aanbod</h2>
      <div class="so-filter-grid">
        <div class="so-form-field">
          <label class="so-label" for="aanbod-q">Zoekwoord</label>
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
        <AgeField idPrefix="aanbod" age={c.age === null ? '' : String(c.age)} onAge={(age) => update({ ...c, age })} />
        {facets.map((f) => (
          <FacetSelect key={f.name} idPrefix="aanbod" facet={f} selected={c[f.key][0] ?? ''} onSelect={(v) => setList(f.key, v)} />
        ))}
        <SortSelect idPrefix="aanbod" sort={c.sort} first="datum" onSort={(sort) => update({ ...c, sort })} />
        <FreeAndPlaces idPrefix="aanbod" free={c.free} placesLeft={c.placesLeft} onChange={(next) => update({ ...c, ...next })} />
      </div>
      <p class="so-catalogue-filters__actions">
        <button
          class="so-button"
          type="submit"
          onClick={(e) => {
            // With JavaScript the filters apply as you change them; the button then just re-reads the form.
            const form = (e.currentTarget as HTMLButtonElement).form;
            if (!form) return;
            e.preventDefault();
            update(parseCriteria(new URLSearchParams(new FormData(form) as unknown as Record<string, string>)));
          }}
        >
          Toon aanbod
        </button>{' '}
        {!isEmptyCriteria(c) && (
          <a href="/aanbod/" onClick={(e) => { e.preventDefault(); update(parseCriteria('')); }}>
            Wis alle filters
          </a>
        )}
      </p>
      <p class="so-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-count={count ?? undefined}>
        {announce}
      </p>
    </form>
  );
}

/** The visible count under the filters. */
export function countText(n: number, total: number, c: CatalogueCriteria): string {
  return isEmptyCriteria(c) ? `${total} trainingen, webinars en workshops` : `${n} van de ${total} trainingen, webinars en workshops passen bij je filters`;
}

function message(n: number, c: CatalogueCriteria): string {
  const what = n === 1 ? 'training, webinar of workshop' : 'trainingen, webinars en workshops';
  if (n === 0) return 'Geen aanbod gevonden met deze filters. Probeer minder filters.';
  return isEmptyCriteria(c) ? `Alle ${n} ${what}.` : `${n} ${what} gevonden.`;
}
