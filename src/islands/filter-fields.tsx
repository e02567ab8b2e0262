/**
 * Form fields shared by the two filter forms (the catalogue on /aanbod/ and
 * the search page): a facet as a select, the child's age, the order, and
 * the "only free" / "only with places" checkboxes. Not an island itself;
 * the islands render these with their own id prefix and state.
 */
import type { FilterFacet } from './SiteSearch';

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

export function FacetSelect({ idPrefix, facet, selected, onSelect }: { idPrefix: string; facet: FilterFacet; selected: string; onSelect: (value: string) => void }) {
  return (
    <div class="so-form-field">
      <label class="so-label" for={`${idPrefix}-${facet.name}`}>{facet.label}</label>
      <select class="so-select" id={`${idPrefix}-${facet.name}`} name={facet.name} value={selected} onChange={(e) => onSelect(value(e))}>
        <option value="">Alle</option>
        {facet.options.map((o) => (
          <option value={o.value} key={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** The child's age in whole years; anything else counts as "no age". */
export function AgeField({ idPrefix, age, onAge }: { idPrefix: string; age: string; onAge: (age: number | null) => void }) {
  const id = `${idPrefix}-leeftijd`;
  return (
    <div class="so-form-field">
      <label class="so-label" for={id}>Leeftijd van je kind</label>
      <span class="so-hint" id={`${id}-hint`}>In jaren, bijvoorbeeld 9</span>
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
export function SortSelect({ idPrefix, sort, first, onSort }: { idPrefix: string; sort: SortOrder; first: SortOrder; onSort: (sort: SortOrder) => void }) {
  const options: Record<SortOrder, string> = {
    datum: 'Eerstvolgende datum eerst',
    relevantie: first === 'relevantie' ? 'Beste resultaat eerst' : 'Beste match met zoekwoord eerst',
  };
  const order: SortOrder[] = first === 'datum' ? ['datum', 'relevantie'] : ['relevantie', 'datum'];
  return (
    <div class="so-form-field">
      <label class="so-label" for={`${idPrefix}-sortering`}>Volgorde</label>
      <select class="so-select" id={`${idPrefix}-sortering`} name="sortering" value={sort} onChange={(e) => onSort(value(e) === 'relevantie' ? 'relevantie' : 'datum')}>
        {order.map((o) => (
          <option value={o} key={o}>{options[o]}</option>
        ))}
      </select>
    </div>
  );
}

export function FreeAndPlaces({ idPrefix, free, placesLeft, onChange }: { idPrefix: string; free: boolean; placesLeft: boolean; onChange: (next: { free: boolean; placesLeft: boolean }) => void }) {
  return (
    <div class="so-form-field">
      <div class="so-checkbox">
        <input id={`${idPrefix}-gratis`} type="checkbox" name="gratis" value="ja" checked={free} onChange={(e) => onChange({ free: checked(e), placesLeft })} />
        <label for={`${idPrefix}-gratis`}>Alleen gratis</label>
      </div>
      <div class="so-checkbox">
        <input id={`${idPrefix}-plaats`} type="checkbox" name="plaats" value="ja" checked={placesLeft} onChange={(e) => onChange({ free, placesLeft: checked(e) })} />
        <label for={`${idPrefix}-plaats`}>Alleen met plaatsen vrij</label>
      </div>
    </div>
  );
}
