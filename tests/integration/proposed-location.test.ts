/**
 * A partner proposes a new location with an offer: stored with the offer
 * (so the review's version covers it), shown in the review, and a real
 * location once the coordinator approves: in the same batch it joins
 * `partner_locations`, which the build's locations loader and the commands
 * read. An approved offer whose location does not exist is left out of the
 * catalogue instead of breaking it.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentCatalogue } from '../../src/catalogue';
import { readApprovedContent } from '../../src/catalogue/database';
import { changeOfferStatus, offerVersion, saveOffer } from '../../src/server/backoffice/offers';
import { reviewOf } from '../../src/server/backoffice/review';
import { context, coordinator, form, testEnv, validOffer, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => (env = await testEnv()));
afterEach(() => env.cleanup());

const root = join(import.meta.dirname, '../..');
const kenter = { id: 'u-kenter', role: 'partner' as const, partnerId: 'kenter-jeugdhulp' };
const effect = { id: 'u-effect', role: 'partner' as const, partnerId: 'haarlem-effect' };
const kolk = {
  'newLocation.name': 'Buurthuis De Kolk',
  'newLocation.street': 'Kolkstraat 12',
  'newLocation.postcode': '2011 AB',
  'newLocation.municipality': 'haarlem',
  'newLocation.district': 'centrum',
  'newLocation.accessibility': 'Drempelvrij, invalidentoilet op de begane grond.',
};
const proposing = { ...validOffer, ...kolk, 'sessions.0.location': 'nieuw' };
const dbUrl = () => env.deps.config.DATABASE_URL;

async function proposed(fields: Record<string, string | string[]> = proposing) {
  const saved = await saveOffer(kenter, undefined, form(fields), context, env.deps);
  if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
  return saved.row;
}
async function approve(id: string) {
  await changeOfferStatus(kenter, id, 'submit', undefined, env.deps);
  return changeOfferStatus(coordinator, id, 'approve', undefined, env.deps, await offerVersion((await env.deps.store.offers.getOffer(id))!));
}

describe('a proposed location', () => {
  it('is stored with the offer, chosen at its session, and shown in the review', async () => {
    const row = await proposed();
    expect(row.data.proposedLocation).toMatchObject({ id: 'buurthuis-de-kolk', name: 'Buurthuis De Kolk', municipality: 'haarlem', district: 'centrum' });
    expect((row.data.sessions as { location: string }[])[0]!.location).toBe('buurthuis-de-kolk');
    const review = reviewOf(row, { theme: () => undefined, partner: () => undefined, place: () => undefined });
    expect(review.proposal?.name).toBe('Buurthuis De Kolk');
    // Not a location yet: nothing for the build.
    expect((await readApprovedContent(dbUrl())).locations).toEqual([]);
  });

  it('becomes a location with the approval, for the build, the commands and every partner', async () => {
    const row = await proposed();
    expect((await approve(row.id)).type).toBe('changed');
    expect((await readApprovedContent(dbUrl())).locations).toEqual([{ id: 'buurthuis-de-kolk', data: expect.objectContaining({ name: 'Buurthuis De Kolk', address: { street: 'Kolkstraat 12', postcode: '2011 AB', city: 'Haarlem' } }) }]);
    const catalogue = await loadContentCatalogue(join(root, 'content'), { url: dbUrl() });
    const session = (row.data.sessions as { id: string }[])[0]!.id;
    expect(catalogue(session)?.place).toBe('Buurthuis De Kolk, Kolkstraat 12, 2011 AB Haarlem');
    // Another partner can now choose it like any location (before the next build too).
    const other = await saveOffer(effect, undefined, form({ ...validOffer, title: 'Ander aanbod hier', 'sessions.0.location': 'buurthuis-de-kolk' }), context, env.deps);
    expect(other.type).toBe('saved');
    // And a later proposal with the same name gets its own id.
    const again = await proposed({ ...proposing, title: 'Nog een avond' });
    expect(again.data.proposedLocation).toMatchObject({ id: 'buurthuis-de-kolk-2' });
  });

  it('is part of the reviewed version: a changed proposal after the review is not approved unseen', async () => {
    const row = await proposed();
    await changeOfferStatus(kenter, row.id, 'submit', undefined, env.deps);
    const reviewed = await offerVersion((await env.deps.store.offers.getOffer(row.id))!);
    await saveOffer(kenter, row.id, form({ ...proposing, 'sessions.0.id': (row.data.sessions as { id: string }[])[0]!.id, 'newLocation.accessibility': 'Trap van twintig treden, geen lift.' }), context, env.deps);
    await changeOfferStatus(kenter, row.id, 'submit', undefined, env.deps);
    expect(await changeOfferStatus(coordinator, row.id, 'approve', undefined, env.deps, reviewed)).toMatchObject({ status: 409 });
    expect((await readApprovedContent(dbUrl())).locations).toEqual([]);
  });

  it('answers hostile and incomplete proposals with Dutch field errors and stores nothing', async () => {
    const cases: Record<string, string | string[]>[] = [
      { ...proposing, 'newLocation.name': '<script>alert(1)</script>'.repeat(10) },
      { ...proposing, 'newLocation.street': 'Straat\r\nBcc: x@evil.example'.repeat(20) },
      { ...proposing, 'newLocation.postcode': '2011 AB\r\n' + 'x'.repeat(5000) },
      { ...proposing, 'newLocation.municipality': 'amsterdam' },
      { ...proposing, 'newLocation.municipality': 'haarlem', 'newLocation.district': '../../etc' },
      { ...proposing, 'newLocation.accessibility': 'kort' },
      { ...validOffer, 'sessions.0.location': 'nieuw' },
      // Filled in, but no session chooses it.
      { ...validOffer, ...kolk },
    ];
    for (const f of cases) {
      const r = await saveOffer(kenter, undefined, form(f), context, env.deps);
      expect(r.type, JSON.stringify(f).slice(0, 80)).toBe('invalid');
      if (r.type === 'invalid') expect(Object.entries(r.errors).some(([k, m]) => k.startsWith('newLocation.') && /[A-Z]/.test(m))).toBe(true);
    }
    expect(await env.deps.store.offers.listOffers()).toEqual([]);
  });

  it('never breaks the catalogue: an approved offer at a location that does not exist is left out', async () => {
    const row = await proposed();
    await approve(row.id);
    // As if the location row were lost (or a race gave two offers one id): the offer is skipped, the rest stays.
    await env.deps.drivers.core.exec('DELETE FROM partner_locations');
    const catalogue = await loadContentCatalogue(join(root, 'content'), { url: dbUrl() });
    expect(catalogue((row.data.sessions as { id: string }[])[0]!.id)).toBeUndefined();
    expect(catalogue('pubers-en-zo-2026-12-schalkwijk')).toBeDefined();
  });
});
