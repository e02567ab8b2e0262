/**
 * The loaders of the collections the back office adds to: the files (Astro's
 * glob loader) plus what the coordinator approved, read from the database at
 * build time and joined by the rules in `merge.ts`. Rows go through the same
 * schema as files (`parseData`), so they are typed and validated like files.
 *
 * - `offersLoader`: content/offers plus the approved partner offers; then
 *   every offer gets the sessions cancelled in the back office.
 * - `locationsLoader`: content/locations plus the locations proposed with an
 *   approved offer.
 * - No database file yet (a fresh checkout, CI): just the files.
 * - The description of a partner offer is plain text turned into escaped HTML.
 */
import { readdir } from 'node:fs/promises';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { plainTextToHtml } from '../domain/admin';
import { readApprovedContent, type ApprovedContent } from './database';
import { mergeApprovedLocations, mergeApprovedOffers, withCancelledSessions } from './merge';

interface DatabaseOptions {
  databaseUrl: string;
  authToken?: string | undefined;
}

async function approved(opts: DatabaseOptions, context: LoaderContext): Promise<ApprovedContent | undefined> {
  try {
    return await readApprovedContent(opts.databaseUrl, opts.authToken);
  } catch (e) {
    context.logger.warn(`back-office content not loaded: the database could not be read (${e instanceof Error ? e.message : 'error'})`);
    return undefined;
  }
}

/** Ids of the location files (the file name is the id), without parsing them: the offers loader runs on its own. */
async function locationFileIds(base: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(base)).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)));
  } catch {
    return new Set();
  }
}

export function offersLoader(opts: DatabaseOptions & { base: string; locationsBase: string }): Loader {
  const files = glob({ pattern: '*.{md,mdx}', base: opts.base });
  return {
    name: 'offers-files-and-approved-partner-offers',
    async load(context) {
      await files.load(context);
      const content = await approved(opts, context);
      if (!content) return;
      const locationIds = await locationFileIds(opts.locationsBase);
      for (const l of content.locations) locationIds.add(l.id);
      const { offers, skipped } = await mergeApprovedOffers(
        content.offers,
        (id) => context.store.has(id),
        (row) => context.parseData({ id: row.id, data: row.data }),
        (id) => locationIds.has(id),
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
      if (content.offers.length) context.logger.info(`${content.offers.length} approved partner offer(s) from the database`);
      // Sessions cancelled in the back office, for files and database offers alike (merge.ts).
      const cancelled = new Set(content.cancelledSessions);
      if (!cancelled.size) return;
      for (const [id, entry] of context.store.entries()) {
        const data = withCancelledSessions(entry.data as { sessions: { id: string; cancelled: boolean }[] }, cancelled);
        if (data !== entry.data) context.store.set({ ...entry, id, data, digest: context.generateDigest({ digest: entry.digest ?? '', cancelled: [...cancelled].sort() }) });
      }
    },
  };
}

export function locationsLoader(opts: DatabaseOptions & { base: string }): Loader {
  const files = glob({ pattern: '*.yaml', base: opts.base });
  return {
    name: 'locations-files-and-approved-partner-locations',
    async load(context) {
      await files.load(context);
      const content = await approved(opts, context);
      if (!content?.locations.length) return;
      const { locations, skipped } = await mergeApprovedLocations(
        content.locations,
        (id) => context.store.has(id),
        (row) => context.parseData({ id: row.id, data: row.data }),
      );
      for (const s of skipped) context.logger.warn(s.message);
      for (const l of locations) context.store.set({ id: l.id, data: l.data, digest: context.generateDigest(l.row.data) });
      context.logger.info(`${locations.length} approved partner location(s) from the database`);
    },
  };
}
