/**
 * Loads Pagefind's browser API from /pagefind/pagefind.js on first use. The
 * file only exists after a build, so Vite must not try to bundle it: the URL
 * is built at run time and the import is marked @vite-ignore.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, opts?: object): Promise<void>;
  search(term: string | null, opts?: { filters?: Record<string, string | string[] | { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', window.location.origin).href;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 22 });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
