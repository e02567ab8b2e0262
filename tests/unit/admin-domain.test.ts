/** The back office's pure rules: roles and ownership, the offer state machine, sign-in links, publication, the plain-text description. */
import { describe, expect, it } from 'vitest';
import {
  canAccessOffer,
  plainTextToHtml,
  providerFor,
  publicationState,
  signInLinkState,
  slugify,
  transition,
  uniqueId,
  type Actor,
} from '../../src/domain/admin';

const coordinator: Actor = { id: 'c', role: 'coordinator' };
const kenter: Actor = { id: 'k', role: 'partner', partnerId: 'kenter-jeugdhulp' };
const orphan: Actor = { id: 'o', role: 'partner' };

describe('ownership', () => {
  it('gives a partner only the offers of their own organisation, the coordinator all', () => {
    expect(canAccessOffer(kenter, { provider: 'kenter-jeugdhulp' })).toBe(true);
    expect(canAccessOffer(kenter, { provider: 'cjg' })).toBe(false);
    expect(canAccessOffer(orphan, { provider: 'cjg' })).toBe(false);
    expect(canAccessOffer(coordinator, { provider: 'cjg' })).toBe(true);
  });

  it('makes a partner write for their own organisation whatever the form says', () => {
    expect(providerFor(kenter, 'cjg')).toBe('kenter-jeugdhulp');
    expect(providerFor(coordinator, 'cjg')).toBe('cjg');
  });
});

describe('offer state machine', () => {
  it('goes draft → submitted → approved', () => {
    expect(transition(undefined, 'save', kenter)).toEqual({ ok: true, status: 'draft' });
    expect(transition('draft', 'submit', kenter)).toEqual({ ok: true, status: 'submitted' });
    expect(transition('submitted', 'approve', coordinator)).toEqual({ ok: true, status: 'approved' });
  });

  it('lets only the coordinator approve or send back (403 for a partner)', () => {
    expect(transition('submitted', 'approve', kenter)).toMatchObject({ ok: false, status: 403 });
    expect(transition('submitted', 'send-back', kenter, 'reden')).toMatchObject({ ok: false, status: 403 });
  });

  it('needs a reason to send back, and only submitted offers can be reviewed', () => {
    expect(transition('submitted', 'send-back', coordinator, '  ')).toMatchObject({ ok: false, status: 422 });
    expect(transition('submitted', 'send-back', coordinator, 'Datum ontbreekt')).toEqual({ ok: true, status: 'sent-back' });
    expect(transition('draft', 'approve', coordinator)).toMatchObject({ ok: false, status: 409 });
    expect(transition('submitted', 'submit', kenter)).toMatchObject({ ok: false, status: 409 });
  });

  it('makes a changed approved offer a draft again for a partner (the approved version stays online)', () => {
    expect(transition('approved', 'save', kenter)).toEqual({ ok: true, status: 'draft' });
    expect(transition('sent-back', 'save', kenter)).toEqual({ ok: true, status: 'sent-back' });
    expect(transition('sent-back', 'submit', kenter)).toEqual({ ok: true, status: 'submitted' });
  });
});

describe('sign-in links', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('refuses unknown, used and expired links', () => {
    expect(signInLinkState(undefined, now)).toBe('unknown');
    expect(signInLinkState({ expiresAt: '2026-11-23T12:10:00Z', usedAt: '2026-11-23T11:59:00Z' }, now)).toBe('used');
    expect(signInLinkState({ expiresAt: '2026-11-23T12:00:00Z', usedAt: null }, now)).toBe('expired');
    expect(signInLinkState({ expiresAt: '2026-11-23T12:00:01Z', usedAt: null }, now)).toBe('ok');
  });
});

describe('publication', () => {
  it('waits for a build that started after the approval', () => {
    expect(publicationState({ approvedAt: null, publishedAt: null })).toBe('not-approved');
    expect(publicationState({ approvedAt: '2026-11-23T12:00:00Z', publishedAt: null })).toBe('waiting');
    expect(publicationState({ approvedAt: '2026-11-23T12:00:00Z', publishedAt: '2026-11-23T11:00:00Z' })).toBe('waiting');
    expect(publicationState({ approvedAt: '2026-11-23T12:00:00Z', publishedAt: '2026-11-23T13:00:00Z' })).toBe('published');
  });
});

describe('ids and text', () => {
  it('makes URL-safe ids and avoids taken ones', () => {
    expect(slugify('Pubers & Zo!')).toBe('pubers-zo');
    expect(slugify('Één café')).toBe('een-cafe');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('!!!')).toBe('aanbod');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
    const taken = new Set(['a', 'a-2']);
    expect(uniqueId('a', (x) => taken.has(x))).toBe('a-3');
  });

  it('escapes everything in the description, so no HTML reaches the public page', () => {
    const html = plainTextToHtml('Hallo <script>alert(1)</script>\n\n- een "lijst"\n- <b>twee</b>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<ul><li>een &quot;lijst&quot;</li><li>&lt;b&gt;twee&lt;/b&gt;</li></ul>');
  });
});
