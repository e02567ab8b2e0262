// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import pagefind from './src/integrations/pagefind.ts';
import cspHashes from './src/integrations/csp-hashes.ts';

// PUBLIC_URL is the address people use; it ends up in the sitemap, canonical links and e-mails.
const site = process.env.PUBLIC_URL ?? 'http://localhost:4321';

// On-demand result pages: only meaningful after a form post (or with a token); noindex, not for the sitemap.
const resultPages = ['/jongeren/vraag/verstuurd/', '/jongeren/antwoord/lezen/', '/inschrijven/annuleren/', '/inschrijven/bevestigd/', '/evaluatie/'];

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  // Middleware mode: scripts/serve.mjs serves the static files and passes the runtime to every request as `locals`.
  adapter: node({ mode: 'middleware' }),
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !page.includes('/beheer/') && !page.includes('/api/') && !resultPages.some((p) => page.endsWith(p)) }),
    pagefind(),
    cspHashes(),
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
  vite: { build: { assetsInlineLimit: (file) => (/\.(m?js|ts)$/.test(file) ? false : undefined) } },
});
