/**
 * Filters for /agenda/: the catalogue's filter form (same fields, same URL
 * names, src/domain/offers/filter.ts) over the agenda's sessions. Without
 * JavaScript it is a plain GET form to /agenda/filter/, which filters on the
 * server; with JavaScript it shows and hides the server-rendered sessions
 * (and months left empty) in place. Criteria live in the URL; Back undoes.
 */
import { criteriaToParams, filterCatalogue, isEmptyCriteria, type CatalogueCriteria, type CatalogueItem } from '../domain/offers/filter';
import type { SearchLexicon } from '../domain/search-query';
import type { FilterFacet } from './SiteSearch';
import { AgeField, FacetSelect, FilterActions, FreeAndPlaces } from './filter-fields';
import { useUrlCriteria } from './url-criteria';

interface Props {
  /** One item per session (its id is the session id). */
  items: CatalogueItem[];
  lexicon: SearchLexicon;
  facets: (FilterFacet & { key: 'themes' | 'audience' | 'formats' | 'municipalities' | 'kinds' | 'providers' | 'languages' })[];
  initial: CatalogueCriteria;
  /** id of the element holding the months (`[data-agenda-month]`), each with `li[data-session-id]`. */
  listId: string;
  /** id of the visible count. */
  countId: string;
}

/** The visible count under the filters. */
export function agendaCountText(n: number, total: number, c: CatalogueCriteria): string {
  return isEmptyCriteria(c) ? `${total} ${total === 1 ? 'activiteit' : 'activiteiten'} in de agenda` : `${n} van de ${total} activiteiten passen bij je filters`;
}

export default function AgendaFilters({ items, lexicon, facets, initial, listId, countId }: Props) {
  function apply(criteria: CatalogueCriteria): number {
    const shown = new Set(filterCatalogue(items, { ...criteria, sort: 'datum' }, lexicon).map((i) => i.id));
    const list = document.getElementById(listId);
    for (const month of list?.querySelectorAll<HTMLElement>('[data-agenda-month]') ?? []) {
      let any = false;
      for (const li of month.querySelectorAll<HTMLLIElement>('li[data-session-id]')) {
        li.hidden = !shown.has(li.dataset.sessionId ?? '');
        any ||= !li.hidden;
      }
      month.hidden = !any;
    }
    const count = document.getElementById(countId);
    if (count) count.textContent = agendaCountText(shown.size, items.length, criteria);
    return shown.size;
  }

  const say = (n: number) => (n === 0 ? 'Niets gevonden in de agenda met deze filters. Probeer minder filters.' : `${n} ${n === 1 ? 'activiteit' : 'activiteiten'} gevonden.`);
  const { criteria: c, update, announce } = useUrlCriteria(initial, { path: '/agenda/', apply, say, toParams: (next) => criteriaToParams({ ...next, sort: 'datum' }) });

  return (
    <form class="so-site-search__filters so-catalogue-filters" action="/agenda/filter/" method="get" onSubmit={(e) => e.preventDefault()}>
      <h2 class="so-catalogue-filters__title">Filter de agenda</h2>
      <div class="so-filter-grid">
        <div class="so-form-field">
          <label class="so-label" for="agenda-q">Zoekwoord</label>
          <input class="so-input" id="agenda-q" name="q" type="search" autocomplete="off" value={c.q} onChange={(e) => update({ ...c, q: (e.currentTarget as HTMLInputElement).value })} />
        </div>
        <AgeField idPrefix="agenda" age={c.age === null ? '' : String(c.age)} onAge={(age) => update({ ...c, age })} />
        {facets.map((f) => (
          <FacetSelect key={f.name} idPrefix="agenda" facet={f} selected={c[f.key][0] ?? ''} onSelect={(v) => update({ ...c, [f.key]: v ? [v] : [] })} />
        ))}
        <FreeAndPlaces idPrefix="agenda" free={c.free} placesLeft={c.placesLeft} onChange={(next) => update({ ...c, ...next })} />
      </div>
      <FilterActions show="Toon agenda" clear="Wis alle filters" clearHref="/agenda/" active={!isEmptyCriteria(c)} onCriteria={update} />
      <p class="so-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announce}</p>
    </form>
  );
}
