/**
 * How long a browser may keep each static file: the one policy for the Node
 * host (scripts/serve.mjs) and the edge host (`_headers`, written by
 * src/integrations/csp-hashes.ts). Files whose name carries a content hash
 * never change, so they are kept for a year without asking again; pages,
 * feeds and Pagefind's entry files (which name the hashed ones) are asked
 * for again on every view, answered with a 304 when nothing changed.
 * On-demand pages set their own `no-store`.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Pagefind's hashed files (`nl_12bc4ea.pf_fragment`, `pagefind.nl_474ad279c4.pf_meta`, …) and its
 * WebAssembly (named by language; it changes only with the pinned Pagefind version, which changes
 * the entry files' hashes too).
 */
const PAGEFIND_HASHED = /^\/pagefind\/(?:(?:fragment|index|filter)\/[^/]+\.pf_(?:fragment|index|filter)|[^/]+\.pf_meta|wasm\.[a-z-]+\.pagefind)$/;

export function cacheControlFor(pathname: string): string {
  if (pathname.startsWith('/_astro/')) return IMMUTABLE;
  if (PAGEFIND_HASHED.test(pathname)) return IMMUTABLE;
  return REVALIDATE;
}

/**
 * The same policy as `_headers` rules for Cloudflare's static-asset layer, which already sends
 * REVALIDATE by default: only the hashed files need a rule.
 */
export function cacheHeaderRules(astroLines: string[] = []): string {
  // One rule per path: `/_astro/*` also carries the given lines (the document-only headers detached).
  const astro = `/_astro/*\n${[...astroLines, `  Cache-Control: ${IMMUTABLE}`].join('\n')}\n`;
  return astro + ['/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/*.pf_meta', '/pagefind/*.pagefind']
    .map((path) => `${path}\n  Cache-Control: ${IMMUTABLE}\n`)
    .join('');
}
