/** Shared setup for the back-office tests of part B: offers of two organisations, a store, actors. */
import type { Actor } from '../../src/domain/admin';
import { registrationAdminDeps, type RegistrationAdminDeps } from '../../src/server/admin/registrations';
import { buildSessionCatalogue } from '../../src/catalogue';
import { offer, testEnv, type TestEnv } from './helpers';

export const coordinator: Actor = { id: 'u-coord', role: 'coordinator' };
export const partnerA: Actor = { id: 'u-a', role: 'partner', partnerId: 'partner-a' };
export const partnerB: Actor = { id: 'u-b', role: 'partner', partnerId: 'partner-b' };

export const adminOffers = [
  offer('eigen', { provider: 'partner-a', audience: ['ouders'] }, [
    { capacity: 2 },
    { capacity: 3, start: '2026-12-17T19:30', end: '2026-12-17T21:30' },
    { capacity: 2, start: '2026-12-24T19:30', end: '2026-12-24T21:30', cancelled: true },
  ]),
  offer('intake-a', { provider: 'partner-a', audience: ['kinderen', 'ouders'], registration: { method: 'portal', intake: true, askChild: true, askSchoolGroup: false } }, [{ capacity: 2 }]),
  offer('ander', { provider: 'partner-b', themes: ['weerbaarheid'] }, [{ capacity: 5 }]),
  offer('cjg-webinar', { provider: 'cjg', kind: 'webinar', format: 'online' }, [{ location: 'online', capacity: 100 }]),
];

export interface AdminTestEnv extends TestEnv {
  reg: RegistrationAdminDeps;
}

const location = { id: 'cjg-schalkwijk', data: { name: 'CJG Schalkwijk', address: { street: 'Fie Carelsenplein 1', postcode: '2034 MA', city: 'Haarlem' } } };

export async function adminEnv(): Promise<AdminTestEnv> {
  const env = await testEnv({ catalogue: buildSessionCatalogue(adminOffers, [location]) });
  return { ...env, reg: registrationAdminDeps(env.deps, adminOffers) };
}

let n = 0;
/** Register someone straight through the store (the public route is tested elsewhere). */
export async function enrol(env: AdminTestEnv, sessionId: string, over: Record<string, unknown> = {}) {
  const entry = env.deps.catalogue(sessionId)!;
  const intake = entry.offer.registration.method === 'portal' && !!entry.offer.registration.intake;
  n++;
  const { registration } = await env.deps.store.register(
    {
      sessionId,
      offerId: entry.offer.id,
      name: `Ouder ${n}`,
      email: `ouder${n}@voorbeeld.nl`,
      participants: 1,
      municipality: 'haarlem',
      purgeAfter: new Date('2027-01-30T00:00:00Z'),
      ...over,
    },
    { capacity: entry.session.capacity, taken: entry.session.taken, intake },
  );
  return registration;
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields);
