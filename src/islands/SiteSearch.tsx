/**
 * The search page (/zoeken/): a form that works without JavaScript (GET to
 * /zoeken/), enhanced to search as you type with Pagefind. The query and
 * filters live in the URL: typing replaces the history entry, a new search
 * or filter adds one, so results can be shared and Back works.
 *
 * Each query is expanded with the lexicon (synonyms, misspellings); every
 * variant is a Pagefind search and the hits are merged. Crisis phrases put
 * urgent help above the results.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { expandQuery, type SearchLexicon } from '../domain/search-query';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind-client';
import { AgeField, FacetSelect, FreeAndPlaces, SortSelect } from './filter-fields';
import { searchRanked, type UrgentHelpline } from './search-run';
import { excerptNodes } from './excerpt';
import { fill, plural } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { SearchStrings } from '../i18n/search';

export type { UrgentHelpline };

export interface FilterOption {
  value: string;
  label: string;
}
export interface FilterFacet {
  /** URL parameter and Pagefind filter name. */
  name: string;
  label: string;
  options: FilterOption[];
}

interface Props {
  lexicon: SearchLexicon;
  facets: FilterFacet[];
  helplines: Record<string, UrgentHelpline>;
  /** Query from the URL when the page was rendered (empty for static pages). */
  initialQuery?: string;
  /** The empty-state illustration (scenes.ts): shown when nothing matches. */
  emptyImage?: string;
  /** The page's language: its words (src/i18n/search.ts) and, through `<html lang>`, Pagefind's index. */
  locale: Locale;
  strings: SearchStrings;
  /** This search page and the contact page in the page's language. */
  searchPath: string;
  contactPath: string;
  /** The facet filters are Dutch-only for now: other languages search without them. */
  showFilters?: boolean;
}

type Sort = 'relevantie' | 'datum';
interface SearchState {
  q: string;
  filters: Record<string, string>;
  age: string;
  free: boolean;
  placesLeft: boolean;
  sort: Sort;
}

interface Shown {
  id: string;
  data: PagefindResultData;
}

const PAGE_SIZE = 10;

function readUrl(facets: FilterFacet[]): SearchState {
  const sp = new URLSearchParams(window.location.search);
  const filters: Record<string, string> = {};
  for (const f of facets) {
    const v = sp.get(f.name);
    if (v && f.options.some((o) => o.value === v)) filters[f.name] = v;
  }
  const age = sp.get('leeftijd') ?? '';
  return {
    q: sp.get('q') ?? '',
    filters,
    age: /^\d{1,2}$/.test(age) ? age : '',
    free: sp.get('gratis') === 'ja',
    placesLeft: sp.get('plaats') === 'ja',
    sort: sp.get('sortering') === 'datum' ? 'datum' : 'relevantie',
  };
}

function toUrl(s: SearchState): string {
  const sp = new URLSearchParams();
  if (s.q.trim()) sp.set('q', s.q.trim());
  for (const [k, v] of Object.entries(s.filters)) if (v) sp.set(k, v);
  if (s.age) sp.set('leeftijd', s.age);
  if (s.free) sp.set('gratis', 'ja');
  if (s.placesLeft) sp.set('plaats', 'ja');
  if (s.sort === 'datum') sp.set('sortering', 'datum');
  const qs = sp.toString();
  return `${window.location.pathname}${qs ? `?${qs}` : ''}`;
}

function pagefindFilters(s: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.filters)) if (v) out[k] = v;
  if (s.age) out.leeftijd = s.age;
  if (s.free) out.gratis = 'ja';
  if (s.placesLeft) out.plaats = 'ja';
  return out;
}

const hasFilters = (s: SearchState) => Object.keys(pagefindFilters(s)).length > 0;

export default function SiteSearch({ lexicon, facets, helplines, initialQuery = '', emptyImage, locale, strings: t, searchPath, contactPath, showFilters = true }: Props) {
  const [state, setState] = useState<SearchState>({ q: initialQuery, filters: {}, age: '', free: false, placesLeft: false, sort: 'relevantie' });
  const [ordered, setOrdered] = useState<PagefindResult[] | null>(null);
  const [shown, setShown] = useState<Shown[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [doneFor, setDoneFor] = useState('');
  const seq = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  /** True while the current history entry belongs to what is being typed. */
  const typing = useRef(false);

  const expanded = useMemo(() => expandQuery(state.q, lexicon), [state.q, lexicon]);
  const urgent = expanded.urgent.map((id) => helplines[id]).filter((h): h is UrgentHelpline => Boolean(h));

  async function run(s: SearchState) {
    const my = ++seq.current;
    const exp = expandQuery(s.q, lexicon);
    if (!exp.query && !hasFilters(s)) {
      setOrdered(null);
      setShown([]);
      setStatus('idle');
      setDoneFor('');
      return;
    }
    setStatus('loading');
    try {
      const pf = await loadPagefind();
      const list = await searchRanked(pf, exp, { filters: pagefindFilters(s), byDate: s.sort === 'datum' });
      if (my !== seq.current) return;
      const first = await Promise.all(list.slice(0, PAGE_SIZE).map(async (r) => ({ id: r.id, data: await r.data() })));
      if (my !== seq.current) return;
      setOrdered(list);
      setShown(first);
      setStatus('done');
      setDoneFor(toUrl(s));
    } catch (err) {
      if (my !== seq.current) return;
      console.error(err);
      setStatus('error');
    }
  }

  async function showMore() {
    if (!ordered) return;
    const my = seq.current;
    const next = await Promise.all(ordered.slice(shown.length, shown.length + PAGE_SIZE).map(async (r) => ({ id: r.id, data: await r.data() })));
    if (my !== seq.current) return;
    setShown((prev) => [...prev, ...next]);
  }

  // Read the URL on load and on Back/Forward.
  useEffect(() => {
    const fromUrl = () => {
      typing.current = false;
      const s = readUrl(facets);
      setState(s);
      void run(s);
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  function update(next: SearchState, history: 'push' | 'replace') {
    if (history === 'push') typing.current = false;
    setState(next);
    const url = toUrl(next);
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void run(next);
  }

  const setFilter = (name: string, value: string) => {
    typing.current = false;
    update({ ...state, filters: { ...state.filters, [name]: value } }, 'push');
  };
  const total = ordered?.length ?? 0;
  const summary =
    status === 'done'
      ? `${total === 0 ? t.none : plural(t.results, locale, total)}${state.q.trim() ? fill(t.forQuery, { q: state.q.trim() }) : ''}${urgent.length ? t.urgentFirst : ''}.`
      : status === 'error'
        ? t.error
        : '';

  return (
    <div class="so-site-search">
      <form
        role="search"
        action={searchPath}
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          const q = inputRef.current?.value ?? state.q;
          // Typing already gave this search its own history entry; the next typing starts a new one.
          update({ ...state, q }, typing.current ? 'replace' : 'push');
          typing.current = false;
        }}
      >
        <div class="so-form-field">
          <label class="so-label" for="zoekterm">{t.label}</label>
          <span class="so-hint" id="zoekterm-hint">{t.hint}</span>
          <div class="so-site-search__bar">
            <input
              ref={inputRef}
              class="so-input"
              id="zoekterm"
              name="q"
              type="search"
              value={state.q}
              autocomplete="off"
              aria-describedby="zoekterm-hint"
              aria-controls="zoekresultaten"
              onFocus={() => void loadPagefind().catch(() => undefined)}
              onInput={(e) => {
                // The first keystroke of a new search adds a history entry, the rest replace it.
                update({ ...state, q: (e.currentTarget as HTMLInputElement).value }, typing.current ? 'replace' : 'push');
                typing.current = true;
              }}
            />
            <button class="so-button" type="submit">{t.submit}</button>
          </div>
        </div>

        {showFilters && (<details class="so-site-search__filters" open={hasFilters(state) || state.sort === 'datum'}>
          <summary>{t.filters}</summary>
          <div class="so-filter-grid">
            {facets.map((f) => (
              <FacetSelect key={f.name} idPrefix="filter" facet={f} selected={state.filters[f.name] ?? ''} onSelect={(v) => setFilter(f.name, v)} />
            ))}
            <AgeField idPrefix="filter" age={state.age} onAge={(age) => update({ ...state, age: age === null ? '' : String(age) }, 'push')} />
            <SortSelect idPrefix="filter" sort={state.sort} first="relevantie" onSort={(sort) => update({ ...state, sort }, 'push')} />
            <FreeAndPlaces idPrefix="filter" free={state.free} placesLeft={state.placesLeft} onChange={(next) => update({ ...state, ...next }, 'push')} />
          </div>
          <p><button class="so-button so-button--secondary" type="submit">{t.applyFilters}</button></p>
        </details>)}
      </form>

      <div id="zoekresultaten" class="so-site-search__results" data-state={status} data-url={doneFor}>
        <p class="so-site-search__status" role="status" aria-live="polite" aria-atomic="true">{summary}</p>

        {urgent.length > 0 && status !== 'idle' && (
          <section class="so-note so-note--urgent so-urgent-help" aria-labelledby="spoed-titel">
            <h2 id="spoed-titel">{t.urgentTitle}</h2>
            <p>{t.urgentText}</p>
            <ul class="so-urgent-help__list">
              {urgent.map((h) => (
                <li key={h.id}>
                  <a href={h.url}><strong>{h.name}</strong></a>
                  {h.phone && (
                    <>
                      {' '}– <a href={`tel:${h.phone.tel}`}>{h.phone.label}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {shown.length > 0 && (
          <ol class="so-results" aria-label={t.resultsLabel}>
            {shown.map(({ id, data }) => (
              <li class="so-result" key={id}>
                <h2 class="so-result__title">
                  <a href={data.url}>{data.meta.title ?? data.url}</a>
                </h2>
                <p class="so-result__meta">
                  {[data.meta.type, data.meta.thema, data.meta.datum ? fill(t.next, { date: data.meta.datum }) : undefined].filter(Boolean).join(' · ')}
                </p>
                <p class="so-result__excerpt">{excerptNodes(data.excerpt)}</p>
              </li>
            ))}
          </ol>
        )}
        {ordered && shown.length < ordered.length && (
          <p>
            <button class="so-button so-button--secondary" type="button" onClick={() => void showMore()}>
              {t.more}
            </button>
          </p>
        )}
        {status === 'done' && total === 0 && (
          <div class="so-empty-state">
            {emptyImage && <img class="so-empty-state__art" src={emptyImage} width={240} height={180} alt="" />}
            <div>
              <h2 class="so-empty-state__title">{t.emptyTitle}</h2>
              <p>{t.emptyText}</p>
              <ul class="so-empty-state__words">
                {t.suggestions.map((word) => (
                  <li key={word}>
                    <a href={`${searchPath}?q=${encodeURIComponent(word)}`}>{word}</a>
                  </li>
                ))}
              </ul>
              <p>
                {t.emptyContact} <a href={contactPath}>{t.emptyContactLink}</a>.
              </p>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
