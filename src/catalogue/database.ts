/**
 * The one place the catalogue reads the database: the partner offers the
 * coordinator approved. The build loader (`loader.ts`) and the commands
 * (`files.ts`) both get their rows through this import, so a new store
 * changes this line only. Signature: `(url, authToken?) → ApprovedOffer[]`,
 * `[]` when there is no database (yet).
 */
export { readApprovedOffers, type ApprovedOffer } from '../server/store/offers';
