/** Reads every page URL from the built sitemap (the same list search engines get). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(): string[] {
  const dir = join(import.meta.dirname, '../../dist/client');
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('No sitemap in dist/client: build the site first.');
  const paths = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) paths.add(new URL(m[1]!).pathname);
  }
  return [...paths].sort();
}

/**
 * Public pages that are noindex and so not in the sitemap (astro.config.mjs `noindexPages` and the
 * on-demand `resultPages` that open without a form post), but still checked by axe and the link checks.
 */
export const noindexPaths = ['/zoeken/', '/aanbod/filter/', '/agenda/filter/', '/inschrijven/verstuurd/'];

/** Every public built page the checks visit: the sitemap's and the noindex ones. */
export function publicPaths(): string[] {
  return [...sitemapPaths(), ...noindexPaths];
}
