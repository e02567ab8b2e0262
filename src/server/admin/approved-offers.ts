/**
 * The partner offers the coordinator approved, read straight from the
 * database (any engine: src/server/store/offers.ts). Used by the `offers`
 * collection's loader at build time and by the commands that run outside
 * Astro, so both know the same offers.
 */
export { readApprovedOffers, type ApprovedOffer } from '../store/offers';
