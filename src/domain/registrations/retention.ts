/**
 * Retention: personal data of a registration is deleted a number of days
 * after the session ends. Pure; the store and the command call these.
 */
import { addDays } from 'date-fns';
import { toInstant } from '../dates';

export const DEFAULT_RETENTION_DAYS = 30;

/** The instant after which a registration for a session ending at `sessionEnd` (Amsterdam wall-clock) must be gone. */
export function purgeAfter(sessionEnd: string, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Retention days must be a whole number >= 0, got ${days}`);
  // addDays on the UTC instant: 30 days = 30 × 24 h; a DST change in between shifts the wall clock by an hour, which is fine for deletion.
  return addDays(toInstant(sessionEnd), days);
}

export function isPastRetention(sessionEnd: string, days: number, now: Date): boolean {
  return purgeAfter(sessionEnd, days).getTime() <= now.getTime();
}
