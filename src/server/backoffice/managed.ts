/**
 * The offers the CJG manages in content/offers, as the back office shows
 * them: read-only, with their sessions and registration counts. A partner
 * sees those of their own organisation (the files name them as provider);
 * the coordinator sees them all. Changes go through the CJG (the files), a
 * session is called off on its registrations page.
 */
import { canAccessOffer, type Actor } from '../../domain/admin';
import { isPast } from '../../domain/dates';
import { placesLeft } from '../../domain/registrations/availability';
import type { Session } from '../../schemas/session';
import type { Deps } from '../deps';
import type { AdminOffer } from './registrations';

export interface ManagedSession {
  session: Session;
  /** Registration through the portal (counts and a registrations page), or the provider's own site. */
  portal: boolean;
  held: number;
  waiting: number;
  pending: number;
  placesLeft: number;
  past: boolean;
}

export interface ManagedOffer {
  id: string;
  title: string;
  provider: string;
  sessions: ManagedSession[];
}

export async function managedOffersFor(actor: Actor, deps: Pick<Deps, 'store' | 'now'>, offers: readonly AdminOffer[]): Promise<ManagedOffer[]> {
  const mine = offers.filter((o) => o.source === 'file' && canAccessOffer(actor, o.data));
  if (!mine.length) return [];
  const counts = await deps.store.registrations.counts();
  const now = deps.now();
  return mine
    .map((o) => ({
      id: o.id,
      title: o.data.title,
      provider: o.data.provider,
      sessions: [...o.data.sessions]
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((session) => {
          const c = counts.get(session.id) ?? { held: 0, waiting: 0, pending: 0 };
          return { session, portal: o.data.registration.method === 'portal', ...c, placesLeft: placesLeft(session.capacity, session.taken + c.held), past: isPast(session.end, now) };
        }),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}
