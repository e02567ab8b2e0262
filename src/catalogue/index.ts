/**
 * The catalogue: which offers and sessions exist, for pages, handlers,
 * commands and the build. One module, four doors:
 *
 * - `index.ts` (this file): what runs anywhere (server, commands, tests):
 *   the session catalogue, the file-wins merge rule, the content files read
 *   without Astro, the reference checks.
 * - `site.ts`: inside Astro only (`astro:content`): `getCatalogue()` for
 *   pages and `sessionCatalogue()` for on-demand routes.
 * - `loader.ts`: the `offers` collection's loader (src/content.config.ts).
 * - `database.ts`: the one import of the approved partner offers.
 *
 * "A file wins over a database offer with the same id" lives in `merge.ts`
 * and nowhere else; frontmatter is parsed in `files.ts` and nowhere else.
 */
export { buildSessionCatalogue, portalOptions, withLiveCancellations, type CatalogueOffer, type CatalogueSession, type SessionCatalogue } from './sessions';
export { mergeApprovedLocations, mergeApprovedOffers, withCancelledSessions, type MergedOffer, type SkippedOffer } from './merge';
export { loadContentCatalogue, readCollection, readContentFiles, readOffers, type ContentFile, type DatabaseSource } from './files';
export { checkReferences, formatProblems, type ReferenceInput, type ReferenceProblem } from './references';
export type { ApprovedContent, ApprovedLocation, ApprovedOffer } from './database';
