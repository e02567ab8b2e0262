/**
 * Dates in Europe/Amsterdam. Content stores wall-clock times without offset
 * ("2026-12-01T19:30"); these helpers turn them into instants and Dutch text.
 * Pure: no I/O, `now` is always passed in.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { nl } from 'date-fns/locale';

export const TIME_ZONE = 'Europe/Amsterdam';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant at which Amsterdam clocks show `local` (summer or winter time as applies). */
export function toInstant(local: string): Date {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const tz = new TZDate(y, mo - 1, d, h, mi, 0, 0, TIME_ZONE);
  return new Date(tz.getTime());
}

/** ISO 8601 with the Amsterdam offset, e.g. "2026-12-01T19:30:00+01:00" (for JSON-LD and feeds). */
export function toIsoWithOffset(local: string): string {
  const tz = new TZDate(toInstant(local).getTime(), TIME_ZONE);
  return format(tz, "yyyy-MM-dd'T'HH:mm:ssxxx");
}

function inAmsterdam(local: string): TZDate {
  return new TZDate(toInstant(local).getTime(), TIME_ZONE);
}

/** "dinsdag 1 december 2026" */
export function formatDate(local: string): string {
  return format(inAmsterdam(local), 'EEEE d MMMM yyyy', { locale: nl });
}

/** "di 1 dec" — for compact lists. */
export function formatShortDate(local: string): string {
  return format(inAmsterdam(local), 'EEEEEE d MMM', { locale: nl });
}

/** "19.30" — Dutch time notation. */
export function formatTime(local: string): string {
  return format(inAmsterdam(local), 'HH.mm', { locale: nl });
}

/** "dinsdag 1 december 2026, 19.30 tot 21.30 uur" */
export function formatSlot(start: string, end: string): string {
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  return sameDay
    ? `${formatDate(start)}, ${formatTime(start)} tot ${formatTime(end)} uur`
    : `${formatDate(start)} ${formatTime(start)} uur tot ${formatDate(end)} ${formatTime(end)} uur`;
}

/** The local wall-clock time in Amsterdam for an instant, as "YYYY-MM-DDTHH:mm". */
export function toLocal(instant: Date): string {
  return format(new TZDate(instant.getTime(), TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}

/** True when the wall-clock time `local` has passed at `now`. */
export function isPast(local: string, now: Date): boolean {
  return toInstant(local).getTime() <= now.getTime();
}
