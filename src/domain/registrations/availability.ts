/**
 * Places and the waiting list. Pure: the store calls these inside its single
 * write transaction, so the decision and the write cannot drift apart.
 *
 * "Held" places are participants of confirmed and pending registrations (a
 * pending registration — waiting for the intake call — keeps its place), plus
 * the places the content file says were already taken.
 */

export type RegistrationStatus = 'confirmed' | 'pending' | 'waitlisted' | 'cancelled' | 'declined';
/** Statuses that hold a place. */
export const holdingStatuses = ['confirmed', 'pending'] as const satisfies readonly RegistrationStatus[];

export function holdsPlace(status: RegistrationStatus): boolean {
  return status === 'confirmed' || status === 'pending';
}

/** Places left, never below zero. */
export function placesLeft(capacity: number, held: number): number {
  return Math.max(0, capacity - held);
}

export interface Decision {
  capacity: number;
  /** Places already held (confirmed + pending + sample `taken`). */
  held: number;
  /** Participants in this registration. */
  participants: number;
  /** The offer needs an intake call before a place is confirmed. */
  intake: boolean;
  /** Someone is already waiting: newcomers queue behind them even if a place seems free. */
  waiting?: number;
}

/** What a new registration becomes. */
export function decideRegistration(d: Decision): 'confirmed' | 'pending' | 'waitlisted' {
  const fits = d.participants <= placesLeft(d.capacity, d.held) && (d.waiting ?? 0) === 0;
  if (!fits) return 'waitlisted';
  return d.intake ? 'pending' : 'confirmed';
}

export interface Waiting {
  id: string;
  participants: number;
}

/**
 * After places are freed: who moves up from the waiting list, first come
 * first served. Strict order: when the first in line does not fit, nobody
 * behind them jumps the queue. Intake offers promote to `pending`.
 */
export function promoteFromWaitlist(
  capacity: number,
  held: number,
  waitlist: readonly Waiting[],
  intake: boolean,
): { id: string; status: 'confirmed' | 'pending' }[] {
  const promoted: { id: string; status: 'confirmed' | 'pending' }[] = [];
  let left = placesLeft(capacity, held);
  for (const w of waitlist) {
    if (w.participants > left) break;
    left -= w.participants;
    promoted.push({ id: w.id, status: intake ? 'pending' : 'confirmed' });
  }
  return promoted;
}

/**
 * One status per session, as visitors read it on cards, session lists and
 * the agenda. Pure and dependency-free: the browser island imports it too.
 */
export type PlacesStatus = 'full' | 'waitlist' | 'few' | 'free';

/** At most this many places left counts as "few" ("Nog 2 plaatsen"). */
export const FEW_PLACES = 3;

/**
 * The status for `left` places. A full session is "waitlist" when
 * registering still puts you on its waiting list (registration on this
 * site, window open), otherwise "full".
 */
export function placesStatus(left: number, waitlist: boolean): PlacesStatus {
  if (left <= 0) return waitlist ? 'waitlist' : 'full';
  return left <= FEW_PLACES ? 'few' : 'free';
}

/** The badge text: "Vol", "Wachtlijst", "Nog 1 plaats", "Nog 2 plaatsen", "Plaats vrij". */
export function placesStatusText(status: PlacesStatus, left: number): string {
  switch (status) {
    case 'full':
      return 'Vol';
    case 'waitlist':
      return 'Wachtlijst';
    case 'few':
      return left === 1 ? 'Nog 1 plaats' : `Nog ${left} plaatsen`;
    case 'free':
      return 'Plaats vrij';
  }
}
