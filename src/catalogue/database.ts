/**
 * The one place the catalogue reads the database: what the back office
 * approved (partner offers and the locations proposed with them) and the
 * sessions it cancelled. The build loaders (`loader.ts`) and the commands
 * (`files.ts`) both get their rows through this import, so a new store
 * changes this line only. Signature: `(url, authToken?) → ApprovedContent`,
 * empty when there is no database (yet).
 */
export { readApprovedContent, type ApprovedContent, type ApprovedLocation, type ApprovedOffer } from '../server/store/offers';
