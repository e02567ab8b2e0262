/**
 * Builds the Pagefind search index after every `astro build`, so the built
 * site always ships with /pagefind/. Only elements marked
 * `data-pagefind-body` are indexed (content pages); filters, metadata and
 * sort keys come from hidden elements rendered from the collections
 * (see src/components/search/SearchData.astro). Pagefind splits the index by
 * each page's `<html lang>`, and its browser code loads the page's language.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// Imported up front: in the edge build Vite's module runner is closed by the time build:done runs.
import { createIndex, close } from 'pagefind';

export default function pagefind(): AstroIntegration {
  let clientDir: URL | undefined;
  return {
    name: 'samen-opgroeien:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // With an adapter, static pages land in build.client; without, in outDir.
        clientDir = config.adapter ? config.build.client : config.outDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const root = fileURLToPath(clientDir ?? dir);
        // One index per <html lang> (issue 18): a search from an English page finds English pages.
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages into ${join(root, 'pagefind')} in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
