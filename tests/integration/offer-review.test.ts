/**
 * The review page's data over a real database: the submitted version as the
 * public page will show it, and what changed since the approved version
 * (src/server/backoffice/review.ts). Partners cannot review.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeOfferStatus, offerVersion, saveOffer } from '../../src/server/backoffice/offers';
import { reviewOf } from '../../src/server/backoffice/review';
import type { FieldNames } from '../../src/utils/offer-fields';
import { context, coordinator, form, partnerA, testEnv, validOffer, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => (env = await testEnv()));
afterEach(() => env.cleanup());

const kenter = { id: 'u-kenter', role: 'partner' as const, partnerId: 'kenter-jeugdhulp' };
const names: FieldNames = { theme: () => 'Opvoeden en opgroeien', partner: () => 'Kenter Jeugdhulp', place: (id) => (id === 'cjg-noord' ? 'CJG Noord' : undefined) };

async function approvedThenEdited(edit: Record<string, string | string[]>) {
  const saved = await saveOffer(kenter, undefined, form(validOffer), context, env.deps);
  if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
  const id = saved.row.id;
  await changeOfferStatus(kenter, id, 'submit', undefined, env.deps);
  await changeOfferStatus(coordinator, id, 'approve', undefined, env.deps, await offerVersion((await env.deps.store.offers.getOffer(id))!));
  const sid = (await env.deps.store.offers.getOffer(id))!.data.sessions as { id: string }[];
  const again = await saveOffer(kenter, id, form({ ...validOffer, 'sessions.0.id': sid[0]!.id, ...edit }), context, env.deps);
  if (again.type !== 'saved') throw new Error(JSON.stringify(again));
  return again.row;
}

describe('the review', () => {
  it('says everything is new for an offer that was never approved', async () => {
    const saved = await saveOffer(kenter, undefined, form(validOffer), context, env.deps);
    if (saved.type !== 'saved') throw new Error('save failed');
    const r = reviewOf(saved.row, names);
    expect(r.changes).toBeUndefined();
    expect(r.offer?.title).toBe('Opvoeden in de buurt');
  });

  it('lists what changed since the approved version, field by field', async () => {
    const row = await approvedThenEdited({ title: 'Opvoeden in de wijk', 'sessions.0.capacity': '12', body: `${validOffer.body}\n- Nieuwe tip` });
    const r = reviewOf(row, names);
    expect(r.changes!.map((c) => [c.label, c.kind])).toEqual([
      ['Titel', 'gewijzigd'],
      ['Beschrijving', 'gewijzigd'],
      ['Bijeenkomst dinsdag 9 februari 2027, 19.30 tot 21.30 uur', 'gewijzigd'],
    ]);
    expect(r.changes![2]!.parts).toMatchObject([{ label: 'Plaatsen', before: '20', after: '12' }]);
  });

  it('shows hostile text as it was typed (the page escapes it), never as a change of structure', async () => {
    const row = await approvedThenEdited({ title: '<script>alert(1)</script>', summary: '<img src=x onerror=alert(1)> en meer tekst hier' });
    const r = reviewOf(row, names);
    expect(r.changes!.find((c) => c.key === 'title')).toMatchObject({ after: '<script>alert(1)</script>' });
    expect(r.offer!.title).toBe('<script>alert(1)</script>');
  });

  it('is for the coordinator to act on: a partner cannot approve what they see', async () => {
    const row = await approvedThenEdited({ title: 'Opvoeden in de wijk' });
    await changeOfferStatus(kenter, row.id, 'submit', undefined, env.deps);
    expect(await changeOfferStatus(partnerA, row.id, 'approve', undefined, env.deps, await offerVersion(row))).toMatchObject({ status: 403 });
  });
});
