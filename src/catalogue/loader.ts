/**
 * The `offers` collection's loader: the files in content/offers (Astro's
 * glob loader) plus the partner offers the coordinator approved, read from
 * the database at build time and joined by the rule in `merge.ts`. Rows go
 * through the same offer schema as files (`parseData`), so partner offers
 * are typed and validated like files.
 *
 * - No database file yet (a fresh checkout, CI): just the files.
 * - The description is plain text turned into escaped HTML.
 */
import { glob, type Loader } from 'astro/loaders';
import { plainTextToHtml } from '../domain/admin';
import { readApprovedOffers, type ApprovedOffer } from './database';
import { mergeApprovedOffers } from './merge';

export function offersLoader(opts: { base: string; databaseUrl: string; authToken?: string | undefined }): Loader {
  const files = glob({ pattern: '*.{md,mdx}', base: opts.base });
  return {
    name: 'offers-files-and-approved-partner-offers',
    async load(context) {
      await files.load(context);
      let rows: ApprovedOffer[];
      try {
        rows = await readApprovedOffers(opts.databaseUrl, opts.authToken);
      } catch (e) {
        context.logger.warn(`partner offers not loaded: the database could not be read (${e instanceof Error ? e.message : 'error'})`);
        return;
      }
      const { offers, skipped } = await mergeApprovedOffers(
        rows,
        (id) => context.store.has(id),
        (row) => context.parseData({ id: row.id, data: row.data }),
      );
      for (const s of skipped) context.logger.warn(s.message);
      for (const offer of offers) {
        context.store.set({
          id: offer.id,
          data: offer.data,
          body: offer.body,
          rendered: { html: plainTextToHtml(offer.body) },
          digest: context.generateDigest({ data: offer.row.data, body: offer.body }),
        });
      }
      if (rows.length) context.logger.info(`${rows.length} approved partner offer(s) from the database`);
    },
  };
}
