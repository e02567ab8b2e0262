/**
 * The `offers` collection's loader: the files in content/offers (Astro's
 * glob loader) plus the partner offers the coordinator approved, read from
 * the database at build time. Both go through the same offer schema
 * (`parseData`), so partner offers are typed and validated like files.
 *
 * - No database file yet (a fresh checkout, CI): just the files.
 * - A row whose id is a page of the site (/aanbod/filter/) is skipped.
 * - A file wins over a database row with the same id; a row that no longer
 *   passes the schema is skipped with a warning, never breaking the build.
 * - The description is plain text turned into escaped HTML; bidi controls are removed.
 */
import { glob, type Loader } from 'astro/loaders';
import { plainTextToHtml } from '../../domain/admin';
import { isReservedId } from '../../domain/reserved-ids';
import { stripBidiControls } from '../../domain/bidi';
import { readApprovedOffers, type ApprovedOffer } from './approved-offers';

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
      for (const approved of rows) {
        // Direction overrides would make a published title read differently (src/domain/bidi.ts).
        const row = stripBidiControls(approved);
        // A row saved before ids avoided the site's own paths: it must not replace /aanbod/filter/.
        const sessionIds = Array.isArray(row.data.sessions) ? (row.data.sessions as { id?: unknown }[]).map((x) => String(x?.id)) : [];
        if (isReservedId('offers', row.id) || sessionIds.some((x) => isReservedId('sessions', x))) {
          context.logger.warn(`partner offer "${row.id}" skipped: its id or a session id is a page of the site itself`);
          continue;
        }
        if (context.store.has(row.id)) {
          context.logger.warn(`partner offer "${row.id}" skipped: a file in content/offers has the same id`);
          continue;
        }
        let data: Record<string, unknown>;
        try {
          data = await context.parseData({ id: row.id, data: row.data });
        } catch (e) {
          context.logger.warn(`partner offer "${row.id}" skipped: ${e instanceof Error ? e.message.split('\n')[0] : 'invalid'}`);
          continue;
        }
        context.store.set({
          id: row.id,
          data,
          body: row.body,
          rendered: { html: plainTextToHtml(row.body) },
          digest: context.generateDigest({ data: row.data, body: row.body }),
        });
      }
      if (rows.length) context.logger.info(`${rows.length} approved partner offer(s) from the database`);
    },
  };
}
