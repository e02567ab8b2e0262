/**
 * The description editor's "Bekijk voorbeeld" (no JavaScript): the form
 * comes back as typed with the description rendered by the one conversion
 * (plainTextToHtml), nothing is saved, and a partner's preview is always of
 * their own organisation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainTextToHtml } from '../../src/domain/admin';
import { previewOfferForm } from '../../src/server/backoffice/offers';
import { form, testEnv, validOffer, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => (env = await testEnv()));
afterEach(() => env.cleanup());
const kenter = { id: 'u-kenter', role: 'partner' as const, partnerId: 'kenter-jeugdhulp' };

describe('Bekijk voorbeeld', () => {
  it('returns the form as typed, saves nothing, and the preview has the list right after the text', async () => {
    const body = 'Wat je leert:\n- spanning\n- <script>alert(1)</script>';
    const values = previewOfferForm(kenter, undefined, form({ ...validOffer, provider: 'cjg', body, voorbeeld: 'ja' }));
    expect(values).toMatchObject({ title: validOffer.title, body, provider: 'kenter-jeugdhulp' });
    expect(plainTextToHtml(values!.body)).toBe('<p>Wat je leert:</p>\n<ul><li>spanning</li><li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>');
    expect(await env.deps.store.offers.listOffers()).toEqual([]);
  });

  it('is not a preview without the button (a normal save)', () => {
    expect(previewOfferForm(kenter, undefined, form(validOffer))).toBeUndefined();
  });

  it('survives hostile and huge input', () => {
    const values = previewOfferForm(kenter, 'x', form({ voorbeeld: '1', body: '\u0000<img onerror=x>\r\n- '.repeat(2000), 'sessions.999.start': 'x' }));
    expect(values?.sessions).toEqual([]);
    expect(plainTextToHtml(values!.body)).not.toMatch(/<img/);
  });
});
