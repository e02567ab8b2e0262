/**
 * Form fields shared by the filter forms (the catalogue on /aanbod/, the agenda
 * and the search page): a facet as a select, the child's age, the order, the
 * "only free" / "only with places" checkboxes, and the button with "clear all". Not an island itself;
 * the islands render these with their own id prefix and state.
 */
import { parseCriteria, type CatalogueCriteria } from '../domain/offers/filter';
import type { FilterFacet } from './SiteSearch';

/** The words of the shared fields; Dutch by default, the English catalogue passes its own (src/i18n/offers.ts). */
export interface FilterFieldLabels {
  all: string;
  childAge: string;
  childAgeHint: string;
  order: string;
  byDate: string;
  byRelevance: string;
  onlyFree: string;
  onlyPlaces: string;
}

const dutch: FilterFieldLabels = {
  all: 'Alle',
  childAge: 'Leeftijd van je kind',
  childAgeHint: 'In jaren, bijvoorbeeld 9',
  order: 'Volgorde',
  byDate: 'Eerstvolgende datum eerst',
  byRelevance: 'Beste match met zoekwoord eerst',
  onlyFree: 'Alleen gratis',
  onlyPlaces: 'Alleen met plaatsen vrij',
};

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

export function FacetSelect({ idPrefix, facet, selected, onSelect, labels = dutch }: { idPrefix: string; facet: FilterFacet; selected: string; onSelect: (value: string) => void; labels?: FilterFieldLabels }) {
  return (
    <div class="so-form-field">
      <label class="so-label" for={`${idPrefix}-${facet.name}`}>{facet.label}</label>
      <select class="so-select" id={`${idPrefix}-${facet.name}`} name={facet.name} value={selected} onChange={(e) => onSelect(value(e))}>
        <option value="">{labels.all}</option>
        {facet.options.map((o) => (
          <option value={o.value} key={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** The child's age in whole years; anything else counts as "no age". */
export function AgeField({ idPrefix, age, onAge, labels = dutch }: { idPrefix: string; age: string; onAge: (age: number | null) => void; labels?: FilterFieldLabels }) {
  const id = `${idPrefix}-leeftijd`;
  return (
    <div class="so-form-field">
      <label class="so-label" for={id}>{labels.childAge}</label>
      <span class="so-hint" id={`${id}-hint`}>{labels.childAgeHint}</span>
      <input
        class="so-input so-input--short"
        id={id}
        name="leeftijd"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={2}
        aria-describedby={`${id}-hint`}
        value={age}
        onChange={(e) => {
          const v = value(e).trim();
          onAge(/^\d{1,2}$/.test(v) ? Number(v) : null);
        }}
      />
    </div>
  );
}

export type SortOrder = 'datum' | 'relevantie';

/** The order; the first option is the default of that form. */
export function SortSelect({ idPrefix, sort, first, onSort, labels = dutch }: { idPrefix: string; sort: SortOrder; first: SortOrder; onSort: (sort: SortOrder) => void; labels?: FilterFieldLabels }) {
  const options: Record<SortOrder, string> = {
    datum: labels.byDate,
    relevantie: first === 'relevantie' ? 'Beste resultaat eerst' : labels.byRelevance,
  };
  const order: SortOrder[] = first === 'datum' ? ['datum', 'relevantie'] : ['relevantie', 'datum'];
  return (
    <div class="so-form-field">
      <label class="so-label" for={`${idPrefix}-sortering`}>{labels.order}</label>
      <select class="so-select" id={`${idPrefix}-sortering`} name="sortering" value={sort} onChange={(e) => onSort(value(e) === 'relevantie' ? 'relevantie' : 'datum')}>
        {order.map((o) => (
          <option value={o} key={o}>{options[o]}</option>
        ))}
      </select>
    </div>
  );
}

export function FreeAndPlaces({ idPrefix, free, placesLeft, onChange, labels = dutch }: { idPrefix: string; free: boolean; placesLeft: boolean; onChange: (next: { free: boolean; placesLeft: boolean }) => void; labels?: FilterFieldLabels }) {
  return (
    <div class="so-form-field">
      <div class="so-checkbox">
        <input id={`${idPrefix}-gratis`} type="checkbox" name="gratis" value="ja" checked={free} onChange={(e) => onChange({ free: checked(e), placesLeft })} />
        <label for={`${idPrefix}-gratis`}>{labels.onlyFree}</label>
      </div>
      <div class="so-checkbox">
        <input id={`${idPrefix}-plaats`} type="checkbox" name="plaats" value="ja" checked={placesLeft} onChange={(e) => onChange({ free, placesLeft: checked(e) })} />
        <label for={`${idPrefix}-plaats`}>{labels.onlyPlaces}</label>
      </div>
    </div>
  );
}

/**
 * The form's button and "clear all": without JavaScript the button submits the GET form; with it the
 * filters already apply as they change, so the button re-reads the form and the link clears in place.
 */
export function FilterActions({ show, clear, clearHref, active, onCriteria }: { show: string; clear: string; clearHref: string; active: boolean; onCriteria: (c: CatalogueCriteria) => void }) {
  return (
    <p class="so-catalogue-filters__actions">
      <button
        class="so-button"
        type="submit"
        onClick={(e) => {
          const form = (e.currentTarget as HTMLButtonElement).form;
          if (!form) return;
          e.preventDefault();
          onCriteria(parseCriteria(new URLSearchParams(new FormData(form) as unknown as Record<string, string>)));
        }}
      >
        {show}
      </button>{' '}
      {active && (
        <a href={clearHref} onClick={(e) => { e.preventDefault(); onCriteria(parseCriteria('')); }}>
          {clear}
        </a>
      )}
    </p>
  );
}
