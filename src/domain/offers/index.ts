/** Decisions about offers and their sessions that pages and feeds share. Pure. */
import type { Session } from '../../schemas/session';
import { isPast, toInstant } from '../dates';
import { closesAt } from '../registrations/window';

export type SessionState = 'open' | 'full' | 'closed' | 'past' | 'cancelled';

/** State of a session as shown in the catalogue, from the places taken that are known. */
export function sessionState(session: Session, now: Date, taken = session.taken): SessionState {
  if (session.cancelled) return 'cancelled';
  if (isPast(session.start, now)) return 'past';
  if (closesAt(session).getTime() <= now.getTime()) return 'closed';
  if (taken >= session.capacity) return 'full';
  return 'open';
}

/** Sessions that have not started yet, soonest first. */
export function upcomingSessions<S extends Session>(sessions: S[], now: Date): S[] {
  return sessions
    .filter((s) => !s.cancelled && !isPast(s.start, now))
    .sort((a, b) => toInstant(a.start).getTime() - toInstant(b.start).getTime());
}

/** The next session, if any. */
export function nextSession<S extends Session>(sessions: S[], now: Date): S | undefined {
  return upcomingSessions(sessions, now)[0];
}

/**
 * Catalogue order: offers with an upcoming session first (soonest first),
 * then offers without dates, alphabetically.
 */
export function compareByNextDate(
  a: { title: string; sessions: Session[] },
  b: { title: string; sessions: Session[] },
  now: Date,
): number {
  return compareNext(a.title, nextSession(a.sessions, now), b.title, nextSession(b.sessions, now));
}

/** Sorts offers by next date in O(n log n) with each offer's next session computed once. */
export function sortByNextDate<T extends { data: { title: string; sessions: Session[] } }>(offers: T[], now: Date): T[] {
  const keyed = offers.map((o) => ({ o, next: nextSession(o.data.sessions, now) }));
  keyed.sort((a, b) => compareNext(a.o.data.title, a.next, b.o.data.title, b.next));
  return keyed.map((k) => k.o);
}

const collator = new Intl.Collator('nl');

function compareNext(ta: string, na: Session | undefined, tb: string, nb: Session | undefined): number {
  if (na && nb) return toInstant(na.start).getTime() - toInstant(nb.start).getTime() || collator.compare(ta, tb);
  if (na) return -1;
  if (nb) return 1;
  return collator.compare(ta, tb);
}

export { meetingCount, meetingsOf, seriesEnd } from './meetings';
