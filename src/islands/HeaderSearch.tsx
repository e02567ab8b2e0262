/**
 * The search box in the header of every page. Without JavaScript (and on
 * /zoeken/ itself, where it is rendered without hydrating) it is a plain GET
 * form to /zoeken/ (or the search page of the page's language). Hydrated, it shows up to five quick results under the
 * box while you type, urgent help first for crisis words, and a link to all
 * results. Enter in the box still submits the form, so the query ends up in
 * the URL of /zoeken/ and Back works.
 *
 * Pagefind and the lexicon (/zoeken/lexicon.json, /<locale>/zoeken/lexicon.json) load on the first
 * keystroke, never on page load or focus alone: content pages that are not
 * searched fetch no search code or data.
 *
 * Keyboard (GOV.UK-style: a list of links with a polite live status, no
 * combobox roles): Arrow Down from the box moves into the list, Arrow Up/Down
 * move between the links, Arrow Up from the first link returns to the box,
 * Escape closes the list and returns to the box.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { expandQuery } from '../domain/search-query';
import { loadPagefind } from './pagefind-client';
import { searchRanked, type QuickSearchData } from './search-run';
import { fill, plural } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { HeaderSearchStrings } from '../i18n/search';

interface Props {
  /** Show quick results while typing (false renders the plain form). */
  quick?: boolean;
  /** The page's language: the box's words (src/i18n/search.ts) and, through `<html lang>`, Pagefind's index. */
  locale: Locale;
  strings: HeaderSearchStrings;
  /** The search page in the page's language; its lexicon.json lies beside it. */
  searchPath: string;
}

interface QuickItem {
  url: string;
  title: string;
  type: string;
  urgent?: boolean;
  phone?: { label: string; tel: string };
}

/** Most quick results under the box. */
const MAX_ITEMS = 5;
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 120;

let dataLoading: Promise<QuickSearchData> | undefined;

function loadQuickData(searchPath: string): Promise<QuickSearchData> {
  dataLoading ??= fetch(`${searchPath}lexicon.json`, { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error(`lexicon.json: ${r.status}`);
    return r.json() as Promise<QuickSearchData>;
  });
  dataLoading.catch(() => {
    dataLoading = undefined;
  });
  return dataLoading;
}

const allResultsUrl = (searchPath: string, q: string) => `${searchPath}?q=${encodeURIComponent(q.trim()).replace(/%20/g, '+')}`;

export default function HeaderSearch({ quick = true, locale, strings: t, searchPath }: Props) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<QuickItem[]>([]);
  const [total, setTotal] = useState(0);
  const [urgentFirst, setUrgentFirst] = useState(false);
  /** The text the shown results belong to. */
  const [resultFor, setResultFor] = useState('');
  const [status, setStatus] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [ready, setReady] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  /** Set when Escape returns focus to the box: that focus must not reopen the list. */
  const keepClosed = useRef(false);

  useEffect(() => {
    setReady(true);
    // Anything typed before hydration counts.
    const input = inputRef.current;
    if (input?.value) {
      if (document.activeElement === input) onInput(input.value);
      else setQ(input.value);
    }
    return () => clearTimeout(timer.current);
  }, []);

  async function run(value: string) {
    const my = ++seq.current;
    try {
      const [pf, data] = await Promise.all([loadPagefind(), loadQuickData(searchPath)]);
      const exp = expandQuery(value, data.lexicon);
      const urgent = exp.urgent.map((id) => data.helplines[id]).filter((h) => Boolean(h));
      const list = exp.query ? await searchRanked(pf, exp) : [];
      const urgentUrls = new Set(urgent.map((h) => h.url));
      const wanted = list.slice(0, MAX_ITEMS + urgent.length);
      const found = await Promise.all(wanted.map((r) => r.data()));
      if (my !== seq.current) return;
      const next: QuickItem[] = [
        ...urgent.map((h) => ({ url: h.url, title: h.name, type: t.urgentType, urgent: true, ...(h.phone ? { phone: h.phone } : {}) })),
        ...found.filter((d) => !urgentUrls.has(d.url)).map((d) => ({ url: d.url, title: d.meta.title ?? d.url, type: d.meta.type ?? '' })),
      ].slice(0, MAX_ITEMS);
      setItems(next);
      setTotal(list.length + urgent.filter((h) => !found.some((d) => d.url === h.url)).length);
      setUrgentFirst(urgent.length > 0);
      setResultFor(value.trim());
      setStatus('done');
    } catch (err) {
      if (my !== seq.current) return;
      console.error(err);
      setStatus('error');
    }
  }

  function onInput(value: string) {
    setQ(value);
    if (!quick) return;
    clearTimeout(timer.current);
    if (!value.trim()) {
      seq.current++;
      setOpen(false);
      setItems([]);
      setStatus('idle');
      return;
    }
    setOpen(true);
    setStatus((s) => (s === 'done' ? s : 'loading'));
    timer.current = setTimeout(() => void run(value), DEBOUNCE_MS);
  }

  const links = () => [...(panelRef.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];

  function close(focusBox: boolean) {
    setOpen(false);
    if (focusBox) {
      keepClosed.current = true;
      inputRef.current?.focus();
      keepClosed.current = false;
    }
  }

  function onBoxKeyDown(e: KeyboardEvent) {
    if (!open) return;
    if (e.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape') {
      // Close the list; a second Escape clears the box as usual.
      e.preventDefault();
      close(false);
    }
  }

  function onPanelKeyDown(e: KeyboardEvent) {
    const list = links();
    const i = list.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      list[Math.min(i + 1, list.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i <= 0) inputRef.current?.focus();
      else list[i - 1]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    }
  }

  const term = q.trim();
  const summary =
    !open || !term
      ? ''
      : status === 'done' && resultFor === term
        ? `${total === 0 ? t.none : plural(t.results, locale, total)}${fill(t.forQuery, { q: term })}.${urgentFirst ? t.urgentFirst : ''}${items.length ? t.arrows : ''}`
        : status === 'error'
          ? t.errorEnter
          : '';

  return (
    <div
      class="so-search"
      ref={rootRef}
      onFocusOut={(e) => {
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (!to || !rootRef.current?.contains(to)) setOpen(false);
      }}
    >
      <form class="so-search__form" role="search" action={searchPath} method="get">
        <label for="zoek-site" class="so-visually-hidden">{t.boxLabel}</label>
        <input
          ref={inputRef}
          id="zoek-site"
          class="so-search__input"
          type="search"
          name="q"
          placeholder={t.placeholder}
          autocomplete="off"
          aria-describedby={quick && ready ? 'zoek-site-uitleg' : undefined}
          aria-controls={quick && ready ? 'zoek-site-snel' : undefined}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onBoxKeyDown}
          onFocus={() => {
            // Reopen earlier results; never starts loading Pagefind by itself.
            if (quick && term && status === 'done' && !keepClosed.current) setOpen(true);
          }}
        />
        <button class="so-search__button" type="submit">{t.submit}</button>
      </form>
      {quick && ready && (
        <>
          <span id="zoek-site-uitleg" class="so-visually-hidden">{t.help}</span>
          {/* A polite live region without role="status", so the page's own status (search page, catalogue) stays the only one. */}
          <p id="zoek-site-status" class="so-visually-hidden" aria-live="polite" aria-atomic="true">
            {summary}
          </p>
          <div
            ref={panelRef}
            id="zoek-site-snel"
            class="so-search__panel"
            role="region"
            aria-label={t.panelLabel}
            hidden={!open || !term}
            onKeyDown={onPanelKeyDown}
            // Keep focus in the box when a result is clicked (Safari does not focus links on click).
            onMouseDown={(e) => e.preventDefault()}
          >
            {status === 'loading' && items.length === 0 && <p class="so-search__note">{t.searching}</p>}
            {status === 'error' && <p class="so-search__note">{t.error}</p>}
            {status === 'done' && items.length === 0 && <p class="so-search__note">{t.quickNone}</p>}
            {items.length > 0 && (
              <ul class="so-search__list">
                {items.map((it) => (
                  <li class={`so-search__item${it.urgent ? ' so-search__item--urgent' : ''}`} key={it.url}>
                    <a class="so-search__link" href={it.url}>
                      <span class="so-search__title">{it.title}</span>
                      {it.type && <span class="so-search__type">{it.type}</span>}
                    </a>
                    {it.phone && (
                      <a class="so-search__phone" href={`tel:${it.phone.tel}`}>
                        {it.phone.label}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <p class="so-search__all">
              <a href={allResultsUrl(searchPath, term)}>{fill(t.all, { q: term })}</a>
            </p>
          </div>
        </>
      )}
    </div>
  );
}
