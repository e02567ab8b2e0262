/**
 * A way forward when a session is full: the offer's other sessions that
 * still have places, and similar offers (same theme, overlapping ages) with
 * a place in an upcoming session. Pure: from the figures the caller knows
 * (built `taken`, or live counts passed in as the session's `taken`).
 */
import type { Session } from '../../schemas/session';
import { overlaps } from '../ages';
import { toInstant } from '../dates';
import { sessionState, upcomingSessions } from './index';

/** Sessions of the same offer, other than `exceptId`, that are open with places, soonest first. */
export function sessionsWithPlaces<S extends Session>(sessions: S[], now: Date, exceptId?: string): S[] {
  return upcomingSessions(sessions, now).filter((s) => s.id !== exceptId && sessionState(s, now) === 'open');
}

/** What `similarOffers` needs of an offer. */
export interface SimilarCandidate<S extends Session = Session> {
  id: string;
  data: { title: string; themes: string[]; ages: { min: number; max: number }; sessions: S[] };
}

export interface SimilarOffer<T> {
  offer: T;
  /** Its soonest upcoming session with a place. */
  session: T extends SimilarCandidate<infer S> ? S : Session;
}

export const MAX_SIMILAR = 3;
const collator = new Intl.Collator('nl');

/**
 * Up to `max` offers like `offer`: at least one theme in common, an
 * overlapping age range, an upcoming session with a place, not the offer
 * itself. Order (stable): most themes in common first, then the soonest
 * session with a place, then title, then id.
 */
export function similarOffers<T extends SimilarCandidate>(offer: SimilarCandidate, candidates: readonly T[], now: Date, max = MAX_SIMILAR): SimilarOffer<T>[] {
  const themes = new Set(offer.data.themes);
  const found: { offer: T; session: Session; shared: number; at: number }[] = [];
  for (const c of candidates) {
    if (c.id === offer.id) continue;
    const shared = c.data.themes.filter((t) => themes.has(t)).length;
    if (shared === 0 || !overlaps(c.data.ages, offer.data.ages)) continue;
    const [session] = sessionsWithPlaces(c.data.sessions, now);
    if (!session) continue;
    found.push({ offer: c, session, shared, at: toInstant(session.start).getTime() });
  }
  found.sort((a, b) => b.shared - a.shared || a.at - b.at || collator.compare(a.offer.data.title, b.offer.data.title) || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0));
  return found.slice(0, Math.max(0, max)).map(({ offer, session }) => ({ offer, session }) as SimilarOffer<T>);
}
