/**
 * The one rule that joins approved partner offers to the content files
 * (src/catalogue/merge.ts), used by the build loader and by the commands.
 */
import { describe, expect, it } from 'vitest';
import { mergeApprovedOffers, type ApprovedOffer } from '../../../src/catalogue';
import { offerSchema } from '../../../src/schemas/offer';
import { partnerOfferData } from '../../support/partner-offer';

const data = partnerOfferData;
const row = (id: string, over: Record<string, unknown> = {}, body = ''): ApprovedOffer => ({ id, data: data(id, over), body });
const files = new Set(['pubers-en-zo']);
const merge = (rows: ApprovedOffer[]) => mergeApprovedOffers(rows, (id) => files.has(id), (r) => offerSchema.parse(r.data));

describe('mergeApprovedOffers', () => {
  it('keeps a valid row with a free id, typed by the schema', async () => {
    const { offers, skipped } = await merge([row('zenuwen-de-baas', {}, 'Over spanning.')]);
    expect(skipped).toEqual([]);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ id: 'zenuwen-de-baas', body: 'Over spanning.' });
    expect(offers[0]!.data.sessions[0]!.id).toBe('zenuwen-de-baas-s1');
    // Defaults from the schema are filled in: the data is the parsed offer, not the raw row.
    expect(offers[0]!.data.registration).toEqual(offerSchema.parse(data('x')).registration);
  });

  it('lets a file win over a row with the same id', async () => {
    const { offers, skipped } = await merge([row('pubers-en-zo', { title: 'Gekaapt' })]);
    expect(offers).toEqual([]);
    expect(skipped).toEqual([{ id: 'pubers-en-zo', reason: 'file-exists', message: expect.stringContaining('a file in content/offers has the same id') }]);
  });

  it('skips a row that fails the schema, naming the problem, and keeps the others', async () => {
    const { offers, skipped } = await merge([row('kapot', { ages: { min: 12, max: 4 } }), row('heel')]);
    expect(offers.map((o) => o.id)).toEqual(['heel']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ id: 'kapot', reason: 'invalid' });
    expect(skipped[0]!.message).toMatch(/^partner offer "kapot" skipped: /);
  });

  it('skips a row whose id or session id is a page of the site', async () => {
    const sessionClash = row('gewoon', { sessions: [{ ...(data('x').sessions as object[])[0]!, id: 'annuleren' }] });
    const { offers, skipped } = await merge([row('filter'), row('index'), sessionClash]);
    expect(offers).toEqual([]);
    expect(skipped.map((s) => [s.id, s.reason])).toEqual([
      ['filter', 'reserved-id'],
      ['index', 'reserved-id'],
      ['gewoon', 'reserved-id'],
    ]);
  });

  it('checks the reserved id before the file, so a reserved row is never blamed on a file', async () => {
    const { skipped } = await mergeApprovedOffers([row('filter')], () => true, (r) => r.data);
    expect(skipped[0]!.reason).toBe('reserved-id');
  });

  it('removes direction overrides before parsing, from data and body', async () => {
    const seen: unknown[] = [];
    const { offers } = await mergeApprovedOffers([row('omgekeerd', { title: 'Folder \u202Efdp.exe', keywords: ['a\u2066b'] }, 'Tekst \u202Dhier')], () => false, (r) => {
      seen.push(r.data.title);
      return offerSchema.parse(r.data);
    });
    expect(seen).toEqual(['Folder fdp.exe']);
    expect(offers[0]!.data.title).toBe('Folder fdp.exe');
    expect(offers[0]!.data.keywords).toEqual(['ab']);
    expect(offers[0]!.body).toBe('Tekst hier');
    expect(offers[0]!.row.data.title).toBe('Folder fdp.exe');
  });

  it('accepts an async parser (the loader uses Astro\u2019s parseData)', async () => {
    const { offers, skipped } = await mergeApprovedOffers([row('a'), row('b')], () => false, async (r) => {
      if (r.id === 'b') throw new Error('b: bad\nmore detail');
      return r.id;
    });
    expect(offers.map((o) => o.data)).toEqual(['a']);
    expect(skipped[0]!.message).toBe('partner offer "b" skipped: b: bad');
  });
});
