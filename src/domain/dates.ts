/**
 * Dates in Europe/Amsterdam. Content stores wall-clock times without offset
 * ("2026-12-01T19:30"); these helpers turn them into instants and Dutch text.
 * Pure: no I/O, `now` is always passed in.
 */
import { TZDate } from '@date-fns/tz';

export const TIME_ZONE = 'Europe/Amsterdam';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const instants = new Map<string, number>();

/** The instant at which Amsterdam clocks show `local` (summer or winter time as applies). */
export function toInstant(local: string): Date {
  // Memoised: the catalogue sorts and filters on the same few thousand strings many times per build.
  const known = instants.get(local);
  if (known !== undefined) return new Date(known);
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const time = new TZDate(y, mo - 1, d, h, mi, 0, 0, TIME_ZONE).getTime();
  if (instants.size > 100_000) instants.clear();
  instants.set(local, time);
  return new Date(time);
}

/** Minutes Amsterdam is ahead of UTC at wall-clock time `local` (60 in winter, 120 in summer). */
export function offsetMinutes(local: string): number {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return (Date.UTC(y, mo - 1, d, h, mi) - toInstant(local).getTime()) / 60000;
}

/** ISO 8601 with the Amsterdam offset, e.g. "2026-12-01T19:30:00+01:00" (for JSON-LD and feeds). */
export function toIsoWithOffset(local: string): string {
  const off = offsetMinutes(local);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${local}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

// Formatting uses Intl with the Amsterdam zone; formatters are created once (they are costly to build).
const longDate = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short' });
const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "dinsdag 1 december 2026" */
export function formatDate(local: string): string {
  return longDate.format(toInstant(local));
}

/** "di 1 dec" — for compact lists. */
export function formatShortDate(local: string): string {
  return shortDate.format(toInstant(local)).replace(/\.$/, '');
}

/** "19.30" — Dutch time notation. */
export function formatTime(local: string): string {
  return clock.format(toInstant(local)).replace(':', '.');
}

/** "woensdag 17 februari 2027, 14.00 uur": a moment as staff read it (never ISO). */
export function formatDateTime(local: string): string {
  return `${formatDate(local)}, ${formatTime(local)} uur`;
}

/** An instant (a stored ISO timestamp, e.g. when an offer was changed) in Amsterdam words: "woensdag 17 februari 2027, 14.00 uur". */
export function formatInstant(instant: Date | string): string {
  return formatDateTime(toLocal(typeof instant === 'string' ? new Date(instant) : instant));
}

/** The Amsterdam day of an instant in words: "woensdag 17 februari 2027". */
export function formatInstantDate(instant: Date | string): string {
  return formatDate(toLocal(typeof instant === 'string' ? new Date(instant) : instant));
}

/** "dinsdag 1 december 2026, 19.30 tot 21.30 uur" */
export function formatSlot(start: string, end: string): string {
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  return sameDay
    ? `${formatDate(start)}, ${formatTime(start)} tot ${formatTime(end)} uur`
    : `${formatDate(start)} ${formatTime(start)} uur tot ${formatDate(end)} ${formatTime(end)} uur`;
}

const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The local wall-clock time in Amsterdam for an instant, as "YYYY-MM-DDTHH:mm". */
export function toLocal(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** True when the wall-clock time `local` has passed at `now`. */
export function isPast(local: string, now: Date): boolean {
  return toInstant(local).getTime() <= now.getTime();
}

/** The same wall-clock time `days` days later (or earlier): "2027-03-09T19:30" + 7 → "2027-03-16T19:30", whatever summer time does. */
export function shiftLocal(local: string, days: number): string {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return `${d.toISOString().slice(0, 10)}T${m[4]}:${m[5]}`;
}

const monthYear = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, month: 'long', year: 'numeric' });

/** "januari 2027": the Amsterdam month of a wall-clock time (for the agenda's headings). */
export function formatMonth(local: string): string {
  // Noon on the first of the month: far from any summer-time switch or midnight.
  return monthYear.format(toInstant(`${local.slice(0, 7)}-01T12:00`));
}

// ——— Other languages (issue 18) ———
// The same instants in the page's language: a BCP 47 tag from src/i18n/locales.ts (`localeTags`). Latin digits in
// every language (numberingSystem), so times and dates read the same as the phone numbers beside them.

const localeFormatters = new Map<string, { date: Intl.DateTimeFormat; short: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formattersFor(tag: string) {
  let f = localeFormatters.get(tag);
  if (!f) {
    const base = { timeZone: TIME_ZONE, numberingSystem: 'latn' } as const;
    f = {
      date: new Intl.DateTimeFormat(tag, { ...base, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      short: new Intl.DateTimeFormat(tag, { ...base, weekday: 'short', day: 'numeric', month: 'short' }),
      time: new Intl.DateTimeFormat(tag, { ...base, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    localeFormatters.set(tag, f);
  }
  return f;
}

/** "Tuesday 1 December 2026" in `en-GB`; the Dutch `formatDate` for `nl-NL`. */
export function formatDateIn(local: string, tag: string): string {
  return formattersFor(tag).date.format(toInstant(local));
}

/** "Tue 1 Dec" in `en-GB`. */
export function formatShortDateIn(local: string, tag: string): string {
  return formattersFor(tag).short.format(toInstant(local));
}

/** "19:30": the 24-hour clock in the page's language. */
export function formatTimeIn(local: string, tag: string): string {
  return formattersFor(tag).time.format(toInstant(local));
}

const slotFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "Tuesday 1 December 2026, 19:30–21:30": Intl's own range in the page's language. The times are wrapped in a
 * left-to-right isolate (U+2066 … U+2069), so in Arabic "10:00–12:00" does not turn into "12:00–10:00".
 */
export function formatSlotIn(start: string, end: string, tag: string): string {
  let f = slotFormatters.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, numberingSystem: 'latn', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    slotFormatters.set(tag, f);
  }
  return f.formatRange(toInstant(start), toInstant(end)).replace(/\d{1,2}:\d{2}(?:\s?[–-]\s?\d{1,2}:\d{2})?/g, (m) => `\u2066${m}\u2069`);
}
