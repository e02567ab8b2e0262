/**
 * The calendar file for a registration. Session times are Amsterdam
 * wall-clock; they are turned into instants (summer or winter time as the
 * date says) and written as UTC, which every calendar converts back.
 */
import { createEvent } from 'ics';
import { toInstant } from '../../domain/dates';
import type { CatalogueSession } from '../../catalogue';

/**
 * The organiser's address: RFC 5545 makes it a calendar address, so a name
 * alone is an invalid ORGANIZER line (Mozilla's ical.js refuses the file).
 */
const ORGANIZER = { name: 'CJG Haarlem-Zandvoort', email: 'inschrijven@samenopgroeien.nl' };

export function sessionIcs(entry: CatalogueSession, opts: { uid: string; url: string; description: string }): string {
  const { session, offer } = entry;
  const { error, value } = createEvent({
    uid: opts.uid,
    productId: 'samenopgroeien/inschrijvingen',
    title: offer.title,
    start: toInstant(session.start).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: toInstant(session.end).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: entry.place,
    description: opts.description,
    url: opts.url,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: ORGANIZER,
  });
  if (error || !value) throw error ?? new Error('ics: no calendar file produced');
  return value;
}
