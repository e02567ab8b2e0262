/**
 * The back office's security rules, against the real handlers and a real
 * database: the gate on every route file, CSRF, sign-in links (expired,
 * reused, unknown), roles, partner isolation, hostile input and the logs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminRoutes } from '../admin-routes';
import { handleApi } from '../../src/server/api';
import { getOfferApi, listOffersApi, offerActionApi } from '../../src/server/backoffice/api';
import { currentUser, requestSignInLink, sessionToken, signInWithLink, signOut, LINKS_PER_HOUR } from '../../src/server/backoffice/auth';
import { adminGate, OPEN_PATHS } from '../../src/server/backoffice/gate';
import { changeOfferStatus, loadOfferFor, saveOffer } from '../../src/server/backoffice/offers';
import { readForm } from '../../src/server/backoffice/forms';
import { toActor } from '../../src/server/backoffice/auth';
import { HttpError } from '../../src/server/http';
import type { User } from '../../src/schemas/rows';
import { hashToken } from '../../src/server/tokens';
import { testEnv, context, form, linkToken, ORIGIN, signIn, validOffer, type TestEnv } from './helpers';

let env: TestEnv;
let coordinator: User;
let kenter: User;
let effect: User;

beforeEach(async () => {
  env = await testEnv();
  coordinator = (await env.deps.store.accounts.createUser({ email: 'coordinator@cjg.nl', role: 'coordinator', name: 'Coco' })).user;
  kenter = (await env.deps.store.accounts.createUser({ email: 'partner@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' })).user;
  effect = (await env.deps.store.accounts.createUser({ email: 'partner@haarlemeffect.nl', role: 'partner', partnerId: 'haarlem-effect' })).user;
});
afterEach(() => env.cleanup());

const ok = async () => new Response('inhoud', { status: 200, headers: { 'content-type': 'text/html' } });
const req = (path: string, init: RequestInit & { cookie?: string } = {}) => {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  return new Request(`${ORIGIN}${path}`, { ...init, headers });
};

describe('every back-office route needs a session', () => {
  const routes = adminRoutes();

  it('finds the route files (the list is read from src/pages)', () => {
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/beheer/', '/beheer/inloggen/', '/beheer/aanbod/onbekend-id/', '/api/admin/offers/']));
  });

  it('renders every back-office route on demand (a prerendered page would bypass the gate)', () => {
    for (const r of routes) expect(r.source, r.file).toMatch(/export const prerender = false/);
  });

  it('keeps only the sign-in pages open', () => {
    const open = routes.filter((r) => OPEN_PATHS.has(r.path)).map((r) => r.path).sort();
    expect(open).toEqual(['/beheer/inloggen/', '/beheer/inloggen/link/', '/beheer/inloggen/verstuurd/']);
  });

  for (const r of routes.filter((x) => !OPEN_PATHS.has(x.path))) {
    it(`${r.path} refuses GET and POST without a session (${r.api ? '401' : 'redirect to sign-in'})`, async () => {
      for (const method of ['GET', 'POST']) {
        let reached = false;
        // The API through its route table (the gate is applied there); pages through the gate itself.
        const res = r.api
          ? (await handleApi(req(r.path, { method, headers: { origin: ORIGIN } }), env.deps))!
          : await adminGate(req(r.path, { method, headers: { origin: ORIGIN } }), r.path, env.deps, async () => ((reached = true), ok()));
        expect(reached, `${method} ${r.path}`).toBe(false);
        if (r.api) expect(res.status).toBe(401);
        else {
          expect(res.status).toBe(303);
          expect(res.headers.get('location')).toBe('/beheer/inloggen/');
        }
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
    });
  }

  it('refuses a made-up, expired or signed-out session cookie', async () => {
    const forged = 'so_beheer=' + 'A'.repeat(43);
    expect((await adminGate(req('/api/admin/offers/', { cookie: forged }), '/api/admin/offers/', env.deps, ok)).status).toBe(401);
    const cookie = await signIn(env, kenter);
    expect((await adminGate(req('/api/admin/offers/', { cookie }), '/api/admin/offers/', env.deps, ok)).status).toBe(200);
    env.clock.now = new Date(env.clock.now.getTime() + 8 * 3600_000 + 1);
    expect((await adminGate(req('/api/admin/offers/', { cookie }), '/api/admin/offers/', env.deps, ok)).status).toBe(401);
    env.clock.now = new Date('2026-11-23T12:00:00Z');
    const cookie2 = await signIn(env, kenter);
    await signOut(req('/beheer/uitloggen/', { method: 'POST', cookie: cookie2 }), env.deps);
    expect((await adminGate(req('/beheer/', { cookie: cookie2 }), '/beheer/', env.deps, ok)).status).toBe(303);
  });

  it('lets public paths through untouched (no cookie, no session lookup)', async () => {
    const res = await adminGate(req('/aanbod/'), '/aanbod/', env.deps, ok);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-robots-tag')).toBeNull();
  });
});

describe('CSRF', () => {
  it('refuses a POST from another site, also with a valid session', async () => {
    const cookie = await signIn(env, coordinator);
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      let reached = false;
      const res = await adminGate(req('/beheer/aanbod/x/', { method: 'POST', cookie, headers }), '/beheer/aanbod/x/', env.deps, async () => ((reached = true), ok()));
      expect(res.status).toBe(403);
      expect(reached).toBe(false);
    }
    const sameSite = await adminGate(req('/beheer/aanbod/x/', { method: 'POST', cookie, headers: { origin: ORIGIN } }), '/beheer/aanbod/x/', env.deps, ok);
    expect(sameSite.status).toBe(200);
  });

  it('refuses a foreign-origin POST to the sign-in pages too', async () => {
    const res = await adminGate(req('/beheer/inloggen/', { method: 'POST', headers: { origin: 'https://evil.example' } }), '/beheer/inloggen/', env.deps, ok);
    expect(res.status).toBe(403);
  });
});

describe('sign-in links', () => {
  it('sends a link only to an existing account, with the same answer either way', async () => {
    expect(await requestSignInLink('Partner@Kenter.nl ', env.deps, 'a')).toEqual({ ok: true });
    await env.settle();
    expect(env.sent).toHaveLength(1);
    expect(env.sent[0]!.to).toBe('partner@kenter.nl');
    expect(await requestSignInLink('niemand@example.nl', env.deps, 'a')).toEqual({ ok: true });
    await env.settle();
    expect(env.sent).toHaveLength(1);
  });

  it('rejects invalid addresses and header injection', async () => {
    for (const bad of ['', 'geen-adres', 'a@b', 'x@y.nl\r\nBcc: z@evil.example', 42, ['a@b.nl'], null])
      expect(await requestSignInLink(bad, env.deps, 'a')).toMatchObject({ ok: false, status: 422 });
    expect(env.sent).toHaveLength(0);
  });

  it('signs in once: the cookie is Secure, HttpOnly, SameSite=Strict and only for /beheer/ and /api/admin/', async () => {
    await requestSignInLink(kenter.email, env.deps, 'a');
    await env.settle();
    const token = linkToken(env.sent);
    const first = await signInWithLink(token, env.deps, 'a');
    if (!first.ok) throw new Error(first.message);
    expect(first.cookies.map((c) => /Path=([^;]+)/.exec(c)![1]).sort()).toEqual(['/api/admin/', '/beheer/']);
    for (const c of first.cookies) for (const attr of ['Secure', 'HttpOnly', 'SameSite=Strict', 'Max-Age=28800']) expect(c).toContain(attr);
    const cookie = first.cookies[0]!.split(';')[0]!;
    expect((await currentUser(req('/beheer/', { cookie }), env.deps))?.id).toBe(kenter.id);
    const again = await signInWithLink(token, env.deps, 'a');
    expect(again).toMatchObject({ ok: false, status: 410 });
    if (!again.ok) expect(again.message).toMatch(/al gebruikt/);
  });

  it('refuses an expired link (after 15 minutes) and an unknown one', async () => {
    await requestSignInLink(kenter.email, env.deps, 'a');
    await env.settle();
    const token = linkToken(env.sent);
    env.clock.now = new Date(env.clock.now.getTime() + 15 * 60_000);
    const expired = await signInWithLink(token, env.deps, 'a');
    expect(expired).toMatchObject({ ok: false, status: 410 });
    if (!expired.ok) expect(expired.message).toMatch(/verlopen/);
    expect(await signInWithLink('B'.repeat(43), env.deps, 'a')).toMatchObject({ ok: false, status: 400 });
    for (const junk of [undefined, 12, ['x'], '<script>', 'x'.repeat(10_000)]) expect(await signInWithLink(junk, env.deps, 'a')).toMatchObject({ ok: false, status: 400 });
  });

  it('stores only hashes of link and session tokens', async () => {
    await requestSignInLink(kenter.email, env.deps, 'a');
    await env.settle();
    const token = linkToken(env.sent);
    const result = await signInWithLink(token, env.deps, 'a');
    if (!result.ok) throw new Error('sign-in failed');
    const session = sessionToken(req('/', { cookie: result.cookies[0]!.split(';')[0]! }))!;
    const dump = JSON.stringify([
      await env.deps.drivers.core.query('SELECT * FROM login_links'),
      await env.deps.drivers.core.query('SELECT * FROM admin_sessions'),
    ]);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(session);
    expect(dump).toContain(await hashToken('admin', token));
  });

  it('limits link requests per client, and links per account per requester per hour', async () => {
    const limited = await testEnv({ signInPerMinute: 5 });
    try {
      const u = (await limited.deps.store.accounts.createUser({ email: 'p@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' })).user;
      const results = [];
      for (let i = 0; i < 7; i++) results.push(await requestSignInLink(u.email, limited.deps, 'same-client'));
      expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
      expect(results[6]).toMatchObject({ ok: false, status: 429 });
      // Another client, same address: not limited by what the first client did (no lockout, issue 10).
      expect(await requestSignInLink(u.email, limited.deps, 'other-client')).toEqual({ ok: true });
      await limited.settle();
    } finally {
      limited.cleanup();
    }
    for (let i = 0; i < LINKS_PER_HOUR + 3; i++) await requestSignInLink(kenter.email, env.deps, 'c');
    await env.settle();
    expect(env.sent).toHaveLength(LINKS_PER_HOUR);
  });
});

describe('roles and partner isolation', () => {
  async function kenterOffer(status: 'draft' | 'submitted' = 'submitted') {
    const saved = await saveOffer(toActor(kenter), undefined, form(validOffer), context, env.deps);
    if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
    if (status === 'submitted') await changeOfferStatus(toActor(kenter), saved.row.id, 'submit', undefined, env.deps);
    return saved.row.id;
  }

  it('writes a partner offer for the partner’s own organisation, whatever the form says', async () => {
    const saved = await saveOffer(toActor(kenter), undefined, form({ ...validOffer, provider: 'cjg' }), context, env.deps);
    expect(saved.type === 'saved' && saved.row.provider).toBe('kenter-jeugdhulp');
  });

  it('gives another partner 403 on every action with the id', async () => {
    const id = await kenterOffer();
    const other = toActor(effect);
    expect(await loadOfferFor(other, id, env.deps)).toMatchObject({ type: 'denied', status: 403 });
    expect(await saveOffer(other, id, form(validOffer), context, env.deps)).toMatchObject({ type: 'denied', status: 403 });
    expect(await changeOfferStatus(other, id, 'submit', undefined, env.deps)).toMatchObject({ type: 'denied', status: 403 });
    expect((await getOfferApi(effect, id, env.deps)).status).toBe(403);
    const post = new Request(`${ORIGIN}/api/admin/offers/${id}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'submit' }) });
    expect((await offerActionApi(effect, id, post, env.deps)).status).toBe(403);
    const list = (await (await listOffersApi(effect, env.deps)).json()) as { offers: unknown[] };
    expect(list.offers).toEqual([]);
    // The owner and the coordinator do see it.
    expect((await getOfferApi(kenter, id, env.deps)).status).toBe(200);
    expect((await getOfferApi(coordinator, id, env.deps)).status).toBe(200);
    expect((await getOfferApi(kenter, 'bestaat-niet', env.deps)).status).toBe(404);
  });

  it('does not let a partner approve or send back, not even their own offer', async () => {
    const id = await kenterOffer();
    expect(await changeOfferStatus(toActor(kenter), id, 'approve', undefined, env.deps)).toMatchObject({ type: 'denied', status: 403 });
    expect(await changeOfferStatus(toActor(kenter), id, 'send-back', 'zelf', env.deps)).toMatchObject({ type: 'denied', status: 403 });
    const post = new Request(`${ORIGIN}/api/admin/offers/${id}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'approve' }) });
    expect((await offerActionApi(kenter, id, post, env.deps)).status).toBe(403);
    expect((await env.deps.store.offers.getOffer(id))?.status).toBe('submitted');
  });

  it('lets the coordinator send back with a reason the partner can read, then approve the resubmission', async () => {
    const id = await kenterOffer();
    const c = toActor(coordinator);
    expect(await changeOfferStatus(c, id, 'send-back', '', env.deps)).toMatchObject({ type: 'denied', status: 422 });
    const back = await changeOfferStatus(c, id, 'send-back', 'Vul de prijs in.', env.deps);
    expect(back.type === 'changed' && back.row).toMatchObject({ status: 'sent-back', remarks: 'Vul de prijs in.' });
    await changeOfferStatus(toActor(kenter), id, 'submit', undefined, env.deps);
    const approved = await changeOfferStatus(c, id, 'approve', undefined, env.deps);
    expect(approved.type === 'changed' && approved.row).toMatchObject({ status: 'approved', remarks: null });
    expect(approved.type === 'changed' && approved.row.approvedData).toMatchObject({ title: 'Opvoeden in de buurt', provider: 'kenter-jeugdhulp' });
  });

  it('refuses a session id that belongs to another offer (no hijacking of sessions or registrations)', async () => {
    const saved = await saveOffer(toActor(kenter), undefined, form({ ...validOffer, 'sessions.0.id': 'pubers-en-zo-2026-najaar' }), context, env.deps);
    expect(saved.type).toBe('invalid');
  });
});

describe('hostile input on the offer form', () => {
  it('answers script tags, huge fields and wrong types with field errors, never an exception', async () => {
    const actor = toActor(kenter);
    const hostile: Record<string, string | string[]>[] = [
      { ...validOffer, title: '<script>alert(1)</script>'.repeat(10) },
      { ...validOffer, summary: 'x'.repeat(60_000) },
      { ...validOffer, themes: ['<img src=x onerror=alert(1)>'], audience: ['robots'] },
      { ...validOffer, agesMin: '[object Object]', agesMax: '1e999', 'sessions.0.capacity': 'NaN', 'sessions.0.laterMeetings': '-1' },
      { ...validOffer, 'sessions.0.start': 'morgen', 'sessions.0.location': '../../etc/passwd' },
      { ...validOffer, registrationMethod: 'extern', registrationUrl: 'javascript:alert(1)' },
      { ...validOffer, kind: '__proto__', format: 'constructor', costType: 'betaald', costAmount: 'gratis' },
      { 'sessions.999.start': 'x', __proto__: 'x', constructor: 'y' } as Record<string, string>,
      {},
    ];
    for (const f of hostile) {
      const r = await saveOffer(actor, undefined, form(f), context, env.deps);
      expect(r.type, JSON.stringify(f).slice(0, 80)).toBe('invalid');
      if (r.type === 'invalid') expect(Object.keys(r.errors).length).toBeGreaterThan(0);
    }
    expect(await env.deps.store.offers.listOffers()).toEqual([]);
  });

  it('survives random forms (fuzz): always invalid or saved, never a throw', async () => {
    const keys = [...Object.keys(validOffer), 'provider', 'costAmount', 'registrationUrl', 'sessions.1.start', 'sessions.13.start'];
    const values = ['', ' ', '0', '-1', '9999999999', 'ü', '<b>', '\u0000', 'null', '2027-02-09T19:30', 'https://x.nl', 'a'.repeat(500)];
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 200; i++) {
      const f: Record<string, string> = {};
      for (const k of keys) if (rnd(3)) f[k] = values[rnd(values.length)]!;
      const r = await saveOffer(toActor(kenter), undefined, form(f), context, env.deps);
      expect(['invalid', 'saved']).toContain(r.type);
    }
  });

  it('refuses a body that is too large (413) or not a form (415)', async () => {
    const big = new Request(`${ORIGIN}/beheer/aanbod/nieuw/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'title=' + 'x'.repeat(70_000) });
    await expect(readForm(big)).rejects.toMatchObject({ status: 413 });
    const json = new Request(`${ORIGIN}/beheer/aanbod/nieuw/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title": 1}' });
    await expect(readForm(json)).rejects.toBeInstanceOf(HttpError);
    const apiJson = new Request(`${ORIGIN}/api/admin/offers/x/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action": ["approve"]}' });
    expect((await offerActionApi(coordinator, 'x', apiJson, env.deps)).status).toBe(422);
    const apiBroken = new Request(`${ORIGIN}/api/admin/offers/x/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect((await offerActionApi(coordinator, 'x', apiBroken, env.deps)).status).toBe(400);
  });
});

describe('logs', () => {
  it('hold no e-mail address, token or session cookie during a whole sign-in and review', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    try {
      await requestSignInLink(kenter.email, env.deps, '10.0.0.1');
      await env.settle();
      const token = linkToken(env.sent);
      const result = await signInWithLink(token, env.deps, '10.0.0.1');
      if (!result.ok) throw new Error('sign-in failed');
      const saved = await saveOffer(toActor(kenter), undefined, form(validOffer), context, env.deps);
      if (saved.type !== 'saved') throw new Error('save failed');
      await changeOfferStatus(toActor(kenter), saved.row.id, 'submit', undefined, env.deps);
      await changeOfferStatus(toActor(coordinator), saved.row.id, 'approve', undefined, env.deps);
      const printed = [...env.logs, ...spies.flatMap((s) => s.mock.calls.map((c) => c.map(String).join(' ')))].join('\n');
      expect(env.logs.length).toBeGreaterThan(0);
      for (const secret of [kenter.email, coordinator.email, token, result.cookies[0]!.split(';')[0]!.split('=')[1]!, '10.0.0.1']) expect(printed).not.toContain(secret);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});
