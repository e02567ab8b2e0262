/**
 * The coordinator takes a database offer offline: the approved version goes
 * (the next build leaves it out), the partner's working copy stays as a
 * draft, the partner gets a mail; a partner cannot.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readApprovedContent } from '../../src/catalogue/database';
import { publicationState } from '../../src/domain/admin';
import { offerActionApi } from '../../src/server/backoffice/api';
import { changeOfferStatus, offerVersion, saveOffer } from '../../src/server/backoffice/offers';
import { toActor } from '../../src/server/backoffice/auth';
import type { User } from '../../src/schemas/rows';
import { context, form, ORIGIN, testEnv, validOffer, type TestEnv } from './helpers';

let env: TestEnv;
let coordinator: User;
let kenter: User;
beforeEach(async () => {
  env = await testEnv();
  coordinator = (await env.deps.store.accounts.createUser({ email: 'c@cjg.nl', role: 'coordinator' })).user;
  kenter = (await env.deps.store.accounts.createUser({ email: 'p@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' })).user;
});
afterEach(() => env.cleanup());

async function online() {
  const saved = await saveOffer(toActor(kenter), undefined, form(validOffer), context, env.deps);
  if (saved.type !== 'saved') throw new Error('save failed');
  await changeOfferStatus(toActor(kenter), saved.row.id, 'submit', undefined, env.deps);
  await changeOfferStatus(toActor(coordinator), saved.row.id, 'approve', undefined, env.deps, await offerVersion((await env.deps.store.offers.getOffer(saved.row.id))!));
  await env.deps.store.offers.markPublished(new Date(env.clock.now.getTime() + 1000));
  await env.settle();
  env.sent.length = 0;
  return saved.row.id;
}

describe('taking an offer offline', () => {
  it('removes the approved version, keeps the draft, says it leaves at the next publication, and mails the partner', async () => {
    const id = await online();
    env.clock.now = new Date(env.clock.now.getTime() + 60_000);
    const r = await changeOfferStatus(toActor(coordinator), id, 'offline', 'De training stopt dit jaar.\r\n<b>x</b>', env.deps);
    if (r.type !== 'changed') throw new Error(JSON.stringify(r));
    expect(r.row).toMatchObject({ status: 'draft', approvedData: null, remarks: 'De training stopt dit jaar.\n<b>x</b>' });
    expect(r.row.data.title).toBe('Opvoeden in de buurt');
    expect(publicationState(r.row)).toBe('leaving');
    expect((await readApprovedContent(env.deps.config.DATABASE_URL)).offers).toEqual([]);
    await env.settle();
    expect(env.sent.map((m) => [m.kind, m.to, m.subject])).toEqual([['offer-offline', 'p@kenter.nl', 'Offline gehaald: Opvoeden in de buurt']]);
    expect(env.sent[0]!.text).toContain('De training stopt dit jaar.');
    // The next build: no longer online. A build that started before the offline moment changes nothing.
    await env.deps.store.offers.markPublished(new Date(env.clock.now.getTime() - 30_000));
    expect(publicationState((await env.deps.store.offers.getOffer(id))!)).toBe('leaving');
    await env.deps.store.offers.markPublished(new Date(env.clock.now.getTime() + 1000));
    expect(publicationState((await env.deps.store.offers.getOffer(id))!)).toBe('not-approved');
    // The partner can submit again, and the coordinator approve again.
    expect((await changeOfferStatus(toActor(kenter), id, 'submit', undefined, env.deps)).type).toBe('changed');
  });

  it('is for the coordinator only, of something approved; a too long reason is refused', async () => {
    const id = await online();
    expect(await changeOfferStatus(toActor(kenter), id, 'offline', undefined, env.deps)).toMatchObject({ type: 'denied', status: 403 });
    const post = new Request(`${ORIGIN}/api/admin/offers/${id}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'offline' }) });
    expect((await offerActionApi(kenter, id, post, env.deps)).status).toBe(403);
    expect(await changeOfferStatus(toActor(coordinator), id, 'offline', 'x'.repeat(4001), env.deps)).toMatchObject({ type: 'denied', status: 422 });
    expect((await env.deps.store.offers.getOffer(id))?.approvedData).not.toBeNull();
    const draft = await saveOffer(toActor(kenter), undefined, form({ ...validOffer, title: 'Nog niet goedgekeurd' }), context, env.deps);
    if (draft.type !== 'saved') throw new Error('save failed');
    expect(await changeOfferStatus(toActor(coordinator), draft.row.id, 'offline', undefined, env.deps)).toMatchObject({ type: 'denied', status: 409 });
    await env.settle();
    expect(env.sent).toEqual([]);
  });

  it('lets the coordinator edit any database offer: the approved version stays online until the edit is approved', async () => {
    const id = await online();
    const before = (await env.deps.store.offers.getOffer(id))!;
    const sid = (before.data.sessions as { id: string }[])[0]!.id;
    const r = await saveOffer(toActor(coordinator), id, form({ ...validOffer, title: 'Opvoeden in de wijk', 'sessions.0.id': sid }), context, env.deps);
    if (r.type !== 'saved') throw new Error(JSON.stringify(r));
    expect(r.row).toMatchObject({ status: 'submitted', provider: 'kenter-jeugdhulp' });
    expect(r.row.approvedData?.title).toBe('Opvoeden in de buurt');
    expect(publicationState(r.row)).toBe('published');
  });

  it('through the API as well', async () => {
    const id = await online();
    const post = new Request(`${ORIGIN}/api/admin/offers/${id}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'offline' }) });
    const res = await offerActionApi(coordinator, id, post, env.deps);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { offer: { status: string } }).offer.status).toBe('draft');
  });
});
