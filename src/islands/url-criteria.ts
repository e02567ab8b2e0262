/**
 * Filter criteria kept in the address (the catalogue on /aanbod/ and the agenda): read when the island
 * starts and again on Back and Forward (popstate); each change is a history entry, so Back undoes it.
 * Not an island itself: the filter islands call it with how they show a result in the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { criteriaToParams, parseCriteria, type CatalogueCriteria } from '../domain/offers/filter';

export interface UrlCriteriaOptions {
  /** The page's own address (`/aanbod/`, `/en/aanbod/`, `/agenda/`): where the criteria go as a query. */
  path: string;
  /** Show the result in the page; how many match (undefined when there is nothing to show it in). */
  apply: (criteria: CatalogueCriteria) => number | undefined;
  /** What a screen reader hears after a change (not on the first load). */
  say: (n: number, criteria: CatalogueCriteria) => string;
  /** The query for the criteria (the agenda always sorts by date). */
  toParams?: (criteria: CatalogueCriteria) => URLSearchParams;
}

export function useUrlCriteria(initial: CatalogueCriteria, { path, apply, say, toParams = criteriaToParams }: UrlCriteriaOptions) {
  const [criteria, setCriteria] = useState<CatalogueCriteria>(initial);
  const [announce, setAnnounce] = useState('');
  const first = useRef(true);

  useEffect(() => {
    const fromUrl = () => {
      const next = parseCriteria(window.location.search);
      setCriteria(next);
      const n = apply(next);
      if (!first.current && n !== undefined) setAnnounce(say(n, next));
      first.current = false;
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  function update(next: CatalogueCriteria) {
    setCriteria(next);
    const qs = toParams(next).toString();
    window.history.pushState(null, '', `${path}${qs ? `?${qs}` : ''}`);
    const n = apply(next);
    if (n !== undefined) setAnnounce(say(n, next));
  }

  return { criteria, update, announce };
}
