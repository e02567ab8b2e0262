/**
 * The calendar file for a registration. Session times are Amsterdam
 * wall-clock; they are turned into instants (summer or winter time as the
 * date says) and written as UTC, which every calendar converts back.
 */
import { createEvent } from 'ics';
import { toInstant } from '../../domain/dates';
import type { CatalogueSession } from '../../catalogue';

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
    organizer: { name: 'CJG Haarlem-Zandvoort' },
  });
  if (error || !value) throw error ?? new Error('ics: no calendar file produced');
  return value;
}
