/**
 * The staff queue of conversations: how long someone has been waiting, in
 * words, and whether a claim still holds. Pure: `now` is passed in.
 */
export const CLAIM_MINUTES = 15;

/** "net", "12 minuten", "1 uur", "5 uur", "1 dag", "3 dagen". */
export function formatWaiting(sinceIso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(sinceIso)) / 60_000));
  if (minutes < 1) return 'net';
  if (minutes < 60) return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} uur`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 dag' : `${days} dagen`;
}

/** Who holds a live claim (undefined when nobody does, or it ran out). */
export function liveClaim(c: { claimedBy?: string | undefined; claimedName?: string | undefined; claimedUntil?: string | undefined }, now: Date): { id: string; name: string; until: string } | undefined {
  if (!c.claimedBy || !c.claimedUntil || Date.parse(c.claimedUntil) <= now.getTime()) return undefined;
  return { id: c.claimedBy, name: c.claimedName ?? 'Een collega', until: c.claimedUntil };
}

/** The median of a list of numbers (undefined for none): the figure "median time to first answer". */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Minutes in words for the figures: "45 minuten", "3 uur en 20 minuten", "2 dagen en 4 uur". */
export function formatMinutes(total: number): string {
  const m = Math.round(total);
  if (m < 60) return m === 1 ? '1 minuut' : `${m} minuten`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  if (days > 0) return `${days === 1 ? '1 dag' : `${days} dagen`}${hours ? ` en ${hours} uur` : ''}`;
  return `${hours} uur${mins ? ` en ${mins === 1 ? '1 minuut' : `${mins} minuten`}` : ''}`;
}
