/**
 * Days the CJG does not read the conversations although the weekday is open:
 * Christmas, King's Day, a team day. Amsterdam calendar days (YYYY-MM-DD),
 * each with a note for the staff ("Eerste Kerstdag"); the youngster only sees
 * the promise move to the next open day (readingState in hours.ts). Pure.
 *
 * The back office writes them one per line, a Dutch date first:
 * "25-12-2026 Eerste Kerstdag" (also "25-12-2026", "2026-12-25" or "25/12/2026").
 */

export interface ClosedDay {
  /** YYYY-MM-DD, Amsterdam. */
  day: string;
  /** For the staff; may be empty. */
  note: string;
}

/** At most this many days in the list, and this long a note. */
export const CLOSED_DAYS_MAX = 60;
export const CLOSED_NOTE_MAX = 80;

export type ClosedDaysResult = { ok: true; days: ClosedDay[] } | { ok: false; error: string };

const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+(.*))?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:\s+(.*))?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day (no 31 April), as YYYY-MM-DD; undefined otherwise. */
function calendarDay(y: number, m: number, d: number): string | undefined {
  const u = new Date(Date.UTC(y, m - 1, d));
  if (u.getUTCFullYear() !== y || u.getUTCMonth() !== m - 1 || u.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The form's text, one day per line. Days before `today` (YYYY-MM-DD) are dropped: they can no longer move
 * a promise. Doubles are kept once (the first note). Errors in Dutch, naming the line.
 */
export function parseClosedDays(text: string, today: string): ClosedDaysResult {
  const byDay = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (!line) continue;
    const n = i + 1;
    const dutch = DUTCH.exec(line);
    const iso = dutch ? undefined : ISO.exec(line);
    const day = dutch ? calendarDay(Number(dutch[3]), Number(dutch[2]), Number(dutch[1])) : iso ? calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
    if (!dutch && !iso) return { ok: false, error: `Op regel ${n} staat geen datum vooraan. Schrijf bijvoorbeeld 25-12-2026 Eerste Kerstdag.` };
    if (!day) return { ok: false, error: `De datum op regel ${n} bestaat niet. Schrijf hem als dag-maand-jaar, zoals 25-12-2026.` };
    const note = ((dutch ?? iso)![4] ?? '').trim();
    if (note.length > CLOSED_NOTE_MAX) return { ok: false, error: `De uitleg op regel ${n} is te lang. Gebruik maximaal ${CLOSED_NOTE_MAX} tekens.` };
    if (day < today || byDay.has(day)) continue;
    byDay.set(day, note);
  }
  if (byDay.size > CLOSED_DAYS_MAX) return { ok: false, error: `Vul maximaal ${CLOSED_DAYS_MAX} gesloten dagen in.` };
  return { ok: true, days: [...byDay].map(([day, note]) => ({ day, note })).sort((a, b) => a.day.localeCompare(b.day)) };
}

/** The list as the form shows it again: "25-12-2026 Eerste Kerstdag", one per line. */
export function formatClosedDays(days: readonly ClosedDay[]): string {
  return days.map(({ day, note }) => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}${note ? ` ${note}` : ''}`).join('\n');
}
