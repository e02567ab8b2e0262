/** The partner form ↔ the offer schema: flat form fields in, the collection's object out, errors per form field. */
import { describe, expect, it } from 'vitest';
import { validateOfferForm, valuesFromForm, valuesFromOffer } from '../../../src/domain/offers/form';
import { offerSchema } from '../../../src/schemas/offer';

export function validForm(over: Record<string, string | string[]> = {}): URLSearchParams {
  const base: Record<string, string | string[]> = {
    title: 'Opvoeden in de buurt',
    kind: 'workshop',
    summary: 'Een avond voor ouders van kinderen van 4 tot 8 jaar over grenzen stellen.',
    body: 'Voor wie\n\nVoor ouders van kinderen van 4 tot 8 jaar.',
    themes: ['opvoeden-en-opgroeien'],
    audience: ['ouders'],
    agesMin: '4',
    agesMax: '8',
    format: 'op-locatie',
    provider: 'kenter-jeugdhulp',
    costType: 'gratis',
    registrationMethod: 'portal',
    keywords: 'grenzen, nee zeggen',
    'sessions.0.id': '',
    'sessions.0.start': '2027-02-09T19:30',
    'sessions.0.end': '2027-02-09T21:30',
    'sessions.0.laterMeetings': '',
    'sessions.0.location': 'cjg-noord',
    'sessions.0.capacity': '20',
    'sessions.0.deadline': '',
    'sessions.1.start': '',
    'sessions.1.end': '',
    'sessions.1.location': '',
    'sessions.1.capacity': '',
    ...over,
  };
  const f = new URLSearchParams();
  for (const [k, v] of Object.entries(base)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

const ids = (row: number, start: string) => `nieuw-${row}-${start.slice(0, 10)}`;

describe('offer form', () => {
  it('turns a valid form into an offer the collection schema accepts, skipping empty session rows', () => {
    const r = validateOfferForm(valuesFromForm(validForm()), ids);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(offerSchema.parse(r.input)).toEqual(r.offer);
    expect(r.offer.sessions).toHaveLength(1);
    expect(r.offer.sessions[0]!.id).toBe('nieuw-0-2027-02-09');
    expect(r.offer.keywords).toEqual(['grenzen', 'nee zeggen']);
    expect(r.offer.registration).toEqual({ method: 'portal', intake: false, askChild: false, askSchoolGroup: false });
  });

  it('takes what to bring one per line, round-trips it, and names the field when a line is too long', () => {
    const r = validateOfferForm(valuesFromForm(validForm({ bring: '  Sportkleding\r\n\r\nEen flesje water <b>\n' })), ids);
    expect(r.ok && r.offer.bring).toEqual(['Sportkleding', 'Een flesje water <b>']);
    if (r.ok) expect(valuesFromOffer(r.offer, '').bring).toBe('Sportkleding\nEen flesje water <b>');
    expect(validateOfferForm(valuesFromForm(validForm()), ids)).toMatchObject({ ok: true, offer: { bring: [] } });
    const long = validateOfferForm(valuesFromForm(validForm({ bring: 'x'.repeat(81) })), ids);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors).toEqual({ bring: 'Gebruik bij "Wat neem je mee" hoogstens 80 tekens per regel.' });
    const many = validateOfferForm(valuesFromForm(validForm({ bring: Array.from({ length: 9 }, (_, i) => `Ding ${i}`).join('\n') })), ids);
    if (!many.ok) expect(many.errors.bring).toMatch(/hoogstens 8/);
    expect(many.ok).toBe(false);
  });

  it('accepts an external registration link and rejects a non-URL there', () => {
    const ok = validateOfferForm(valuesFromForm(validForm({ registrationMethod: 'extern', registrationUrl: 'https://kenter.nl/aanmelden' })), ids);
    expect(ok.ok && ok.offer.registration).toEqual({ method: 'extern', url: 'https://kenter.nl/aanmelden' });
    const bad = validateOfferForm(valuesFromForm(validForm({ registrationMethod: 'extern', registrationUrl: 'javascript:alert(1)' })), ids);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.registrationUrl).toMatch(/https:\/\//);
  });

  it('names each wrong field in plain Dutch, session fields by their row', () => {
    const r = validateOfferForm(
      valuesFromForm(validForm({ title: '', themes: [], agesMin: 'twaalf', agesMax: '3', costType: 'betaald', costAmount: '-5', 'sessions.0.end': '2027-02-09T18:00', 'sessions.0.capacity': '0' })),
      ids,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['agesMin', 'costAmount', 'sessions.0.capacity', 'sessions.0.end', 'themes', 'title'].sort());
    expect(r.errors.title).toBe('Vul een titel in van 3 tot 120 tekens.');
    expect(r.errors['sessions.0.end']).toMatch(/na het begin/);
  });

  it('rejects an online offer with a session on location, and over-long descriptions', () => {
    const r = validateOfferForm(valuesFromForm(validForm({ format: 'online', body: 'x'.repeat(20_001) })), ids);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors['sessions.0.location']).toMatch(/online/);
    expect(r.errors.body).toMatch(/te lang/);
  });

  it('round-trips: the values of a saved offer validate to the same offer', () => {
    const first = validateOfferForm(valuesFromForm(validForm()), ids);
    if (!first.ok) throw new Error('expected valid');
    const again = validateOfferForm(valuesFromOffer(first.offer, first.body, 'x'), () => 'never-used');
    expect(again.ok && again.offer).toEqual(first.offer);
  });
});

describe('offer form limits', () => {
  it('caps the free-text fields the schema leaves open', () => {
    const r = validateOfferForm(
      valuesFromForm(validForm({ keywords: 'k'.repeat(501), costNote: 'n'.repeat(201), registrationLabel: 'l'.repeat(81), 'sessions.0.schedule': 's'.repeat(101) })),
      ids,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['costNote', 'keywords', 'registrationLabel', 'sessions.0.schedule']);
  });
});
