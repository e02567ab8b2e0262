/**
 * Glue for the subscription feeds (/aanbod.ics, /themas/<id>.ics) and their
 * "Zet in je agenda" links: which sessions, the response, the addresses.
 * The calendar itself is made by `feedIcs` (src/server/mail/ics.ts).
 */
import { sessionCatalogue, type OfferEntry } from '../catalogue/site';
import type { CatalogueSession } from '../catalogue';
import { inFeed } from '../domain/offers/feed';
import { toInstant } from '../domain/dates';
import { feedIcs } from '../server/mail/ics';
import { buildNow } from './now';

/** The feed as a static file: every public, not cancelled session of `offers` whose series has not ended, soonest first. */
export async function feedResponse(opts: { site: URL; path: string; name: string; description: string; offers: readonly OfferEntry[] }): Promise<Response> {
  const lookup = await sessionCatalogue();
  const entries = opts.offers
    .flatMap((o) => o.data.sessions.filter((s) => inFeed(s, buildNow)).map((s) => lookup(s.id)))
    .filter((e): e is CatalogueSession => e !== undefined)
    .sort((a, b) => toInstant(a.session.start).getTime() - toInstant(b.session.start).getTime() || a.session.id.localeCompare(b.session.id));
  const body = feedIcs(entries, {
    name: opts.name,
    description: opts.description,
    feedUrl: new URL(opts.path, opts.site).href,
    pageUrl: (e) => new URL(`/aanbod/${e.offer.id}/`, opts.site).href,
    now: buildNow,
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}

/** The two links to a feed: `webcal://` (opens the calendar app to subscribe) and the plain https download. */
export function feedLinks(site: URL, path: string): { subscribe: string; download: string } {
  const download = new URL(path, site);
  return { subscribe: `webcal://${download.host}${download.pathname}`, download: download.pathname };
}
