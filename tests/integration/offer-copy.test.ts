/**
 * "Kopiëren voor nieuwe data": a new draft with the same fields, without
 * sessions or with shifted ones; only of an offer this person may edit, and
 * hostile input gets field errors, never an exception.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyOffer, saveOffer } from '../../src/server/backoffice/offers';
import { context, coordinator, form, testEnv, validOffer, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => (env = await testEnv()));
afterEach(() => env.cleanup());

const kenter = { id: 'u-kenter', role: 'partner' as const, partnerId: 'kenter-jeugdhulp' };
const effect = { id: 'u-effect', role: 'partner' as const, partnerId: 'haarlem-effect' };

async function original() {
  const saved = await saveOffer(kenter, undefined, form({ ...validOffer, 'sessions.0.deadline': '2027-02-08T12:00' }), context, env.deps);
  if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
  return saved.row;
}

describe('copying an offer', () => {
  it('makes a new draft with the same fields and the sessions some weeks later, with new ids', async () => {
    const src = await original();
    const r = await copyOffer(kenter, src.id, form({ data: 'verschuiven', weken: '13' }), context, env.deps);
    if (r.type !== 'saved') throw new Error(JSON.stringify(r));
    expect(r.row).toMatchObject({ id: 'opvoeden-in-de-buurt-2', status: 'draft', provider: 'kenter-jeugdhulp', body: src.body });
    expect(r.row.data).toMatchObject({ title: src.data.title, summary: src.data.summary, themes: src.data.themes, cost: src.data.cost });
    const [s] = r.row.data.sessions as { id: string; start: string; end: string; deadline: string }[];
    expect(s).toMatchObject({ start: '2027-05-11T19:30', end: '2027-05-11T21:30', deadline: '2027-05-10T12:00' });
    expect(s!.id).not.toBe((src.data.sessions as { id: string }[])[0]!.id);
    // The original is untouched.
    expect((await env.deps.store.offers.getOffer(src.id))?.data).toEqual(src.data);
  });

  it('makes a copy without sessions', async () => {
    const src = await original();
    const r = await copyOffer(kenter, src.id, form({ data: 'zonder' }), context, env.deps);
    expect(r.type === 'saved' && r.row.data.sessions).toEqual([]);
  });

  it('gives another partner 403 and an unknown id 404; the coordinator may copy any', async () => {
    const src = await original();
    expect(await copyOffer(effect, src.id, form({ data: 'zonder' }), context, env.deps)).toMatchObject({ type: 'denied', status: 403 });
    expect(await copyOffer(kenter, 'bestaat-niet', form({ data: 'zonder' }), context, env.deps)).toMatchObject({ type: 'denied', status: 404 });
    const c = await copyOffer(coordinator, src.id, form({ data: 'zonder' }), context, env.deps);
    expect(c.type === 'saved' && c.row.provider).toBe('kenter-jeugdhulp');
    expect((await env.deps.store.offers.listOffers()).length).toBe(2);
  });

  it('answers hostile input with Dutch field errors', async () => {
    const src = await original();
    for (const f of [{}, { data: '<script>' }, { data: 'verschuiven' }, { data: 'verschuiven', weken: '0' }, { data: 'verschuiven', weken: '105' }, { data: 'verschuiven', weken: '1e3' }, { data: 'verschuiven', weken: '-4' }, { data: 'verschuiven', weken: 'x'.repeat(10_000) }] as Record<string, string>[]) {
      const r = await copyOffer(kenter, src.id, form(f), context, env.deps);
      expect(r.type, JSON.stringify(f).slice(0, 60)).toBe('copy-invalid');
      if (r.type === 'copy-invalid') expect(Object.values(r.errors).join(' ')).toMatch(/Kies|Vul het aantal weken in/);
    }
    expect((await env.deps.store.offers.listOffers()).length).toBe(1);
  });
});
