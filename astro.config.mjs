// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import pagefind from './src/integrations/pagefind.ts';
import cspHashes, { astroInlineHashes } from './src/integrations/csp-hashes.ts';
import precompress from './src/integrations/precompress.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';

// PUBLIC_URL is the address people use; it ends up in the sitemap, canonical links and e-mails.
const site = process.env.PUBLIC_URL ?? 'http://localhost:4321';

// Two hosts, one code base. The default: the Node host (scripts/serve.mjs, @astrojs/node in middleware
// mode). ASTRO_ADAPTER=cloudflare (`npm run build:edge`): the same site for workerd with
// @astrojs/cloudflare: static files as assets, on-demand routes as one Worker (src/edge/worker.ts,
// named in wrangler.jsonc). The Cloudflare adapter is imported only then, so the Node build never loads it.
const edge = process.env.ASTRO_ADAPTER === 'cloudflare';
const adapter = edge
  ? (await import('@astrojs/cloudflare')).default({
      // Prerender in Node, as the Node build does: the content loaders and integrations read files.
      prerenderEnvironment: 'node',
      // No Astro sessions and no image service are used: no KV or Images binding to provision.
      imageService: 'passthrough',
    })
  : // Middleware mode: scripts/serve.mjs serves the static files and passes the runtime to every request as `locals`.
    node({ mode: 'middleware' });
// The edge Worker sets the security headers itself; it gets the CSP hashes compiled in (the Node host reads csp.json).
const edgeDefines = edge ? { __CSP_HASHES__: JSON.stringify(await astroInlineHashes()) } : {};

// On-demand result pages: only meaningful after a form post (or with a token); noindex, not for the sitemap.
const resultPages = ['/jongeren/vraag/verstuurd/', '/jongeren/antwoord/lezen/', '/inschrijven/annuleren/', '/inschrijven/bevestigd/', '/inschrijven/verstuurd/', '/evaluatie/', '/aanbod/filter/', '/agenda/filter/'];
// Built pages that say noindex (BaseLayout's `noindex`) stay out of the sitemap too; tests/e2e/crawl.spec.ts checks it.
const noindexPages = ['/zoeken/'];

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Languages (issue 18, README "Talen"): Dutch at `/`, the others under `/<locale>/` (src/pages/[locale]/).
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  output: 'static',
  adapter,
  // The portal uses no Astro sessions (the back office has its own, in the database): no KV binding.
  ...(edge ? { session: false } : {}),
  integrations: [
    mdx(),
    preact(),
    sitemap({
      // hreflang alternates in the sitemap for pages that exist in several languages (same path after the prefix).
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
      filter: (page) => !page.includes('/beheer/') && !page.includes('/api/') && ![...resultPages, ...noindexPages].some((p) => page.endsWith(p)) }),
    pagefind(),
    cspHashes(edge ? { headersFile: { publicUrl: site } } : {}),
    // Last: after Pagefind and the CSP check have written and read the files. The edge platform compresses by itself.
    ...(edge ? [] : [precompress()]),
  ],
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  devToolbar: { enabled: false },
  // Origin checks for POSTs are done by src/middleware.ts (it understands `Origin: null` from our no-referrer pages).
  security: { checkOrigin: false },
  // Benchmarks and build tests use their own cache so they never disturb the normal build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Never inline scripts into the HTML: the Content-Security-Policy allows
  // scripts from this origin only ('self'), no inline scripts.
  vite: {
    build: {
      assetsInlineLimit: (file) => (/\.(m?js|ts)$/.test(file) ? false : undefined),
      // Preact, its hooks and Astro's Preact client in one file: every page with an island needs all three,
      // and each request costs a phone its own headers and round trip.
      rolldownOptions: { output: { codeSplitting: { groups: [
        { name: 'preact', test: /node_modules[\\/](?:preact|@astrojs[\\/]preact)[\\/]/ },
      ] } } },
    },
    define: edgeDefines,
  },
});
