/**
 * Issue 10, finding 3: approval binds to what was reviewed. The review page
 * and the API carry a version (a hash of the offer's content); when the
 * partner changed the offer after the coordinator opened it, approving the
 * old version is refused (409, Dutch message, the new version) and nothing
 * is approved. Approving the new version works.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getOfferApi, offerActionApi } from '../../src/server/backoffice/api';
import { toActor } from '../../src/server/backoffice/auth';
import { changeOfferStatus, offerVersion, saveOffer, VERSION_CHANGED_MESSAGE } from '../../src/server/backoffice/offers';
import type { User } from '../../src/schemas/rows';
import { testEnv, context, form, ORIGIN, validOffer, type TestEnv } from '../integration/helpers';

let env: TestEnv;
let coordinator: User;
let partner: User;

beforeEach(async () => {
  env = await testEnv();
  coordinator = (await env.deps.store.accounts.createUser({ email: 'coordinator@cjg.nl', role: 'coordinator' })).user;
  partner = (await env.deps.store.accounts.createUser({ email: 'partner@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' })).user;
});
afterEach(() => env.cleanup());

async function submittedOffer(): Promise<string> {
  const saved = await saveOffer(toActor(partner), undefined, form(validOffer), context, env.deps);
  if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
  await changeOfferStatus(toActor(partner), saved.row.id, 'submit', undefined, env.deps);
  return saved.row.id;
}

/** The partner changes the offer and submits it again (what happens while the coordinator reads the old one). */
async function partnerEdits(id: string, title: string) {
  const saved = await saveOffer(toActor(partner), id, form({ ...validOffer, title }), context, env.deps);
  if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
  const submitted = await changeOfferStatus(toActor(partner), id, 'submit', undefined, env.deps);
  expect(submitted.type).toBe('changed');
}

const apiPost = (id: string, body: unknown) =>
  new Request(`${ORIGIN}/api/admin/offers/${id}/`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify(body) });

describe('approval binds to the reviewed version', () => {
  it('refuses the old version after a partner edit, then approves the new one (review page path)', async () => {
    const id = await submittedOffer();
    const c = toActor(coordinator);
    const reviewed = await offerVersion((await env.deps.store.offers.getOffer(id))!); // the hidden "versie" field when the page opened
    await partnerEdits(id, 'Opvoeden in de buurt, nu met iets anders');

    const refused = await changeOfferStatus(c, id, 'approve', undefined, env.deps, reviewed);
    expect(refused).toMatchObject({ type: 'denied', status: 409, message: VERSION_CHANGED_MESSAGE });
    const row = (await env.deps.store.offers.getOffer(id))!;
    expect(row.status).toBe('submitted');
    expect(row.approvedData).toBeNull();
    const fresh = await offerVersion(row);
    expect(fresh).not.toBe(reviewed);
    expect(refused.type === 'denied' && refused.version).toBe(fresh);

    // Sending back the old version is refused the same way.
    expect(await changeOfferStatus(c, id, 'send-back', 'Klopt niet', env.deps, reviewed)).toMatchObject({ status: 409 });
    // Without any version (a form without the hidden field): refused, nothing changes.
    expect(await changeOfferStatus(c, id, 'approve', undefined, env.deps, '')).toMatchObject({ status: 422 });
    expect((await env.deps.store.offers.getOffer(id))!.approvedData).toBeNull();

    const approved = await changeOfferStatus(c, id, 'approve', undefined, env.deps, fresh);
    expect(approved.type).toBe('changed');
    expect(approved.type === 'changed' && approved.row.approvedData).toMatchObject({ title: 'Opvoeden in de buurt, nu met iets anders' });
  });

  it('refuses the old version when the partner edited without submitting again', async () => {
    const id = await submittedOffer();
    const reviewed = await offerVersion((await env.deps.store.offers.getOffer(id))!);
    const saved = await saveOffer(toActor(partner), id, form({ ...validOffer, summary: 'Een heel andere samenvatting van dit aanbod voor ouders.' }), context, env.deps);
    expect(saved.type).toBe('saved');
    const refused = await changeOfferStatus(toActor(coordinator), id, 'approve', undefined, env.deps, reviewed);
    expect(refused).toMatchObject({ status: 409, message: VERSION_CHANGED_MESSAGE });
    expect((await env.deps.store.offers.getOffer(id))!.approvedData).toBeNull();
  });

  it('does the same over the JSON API: 409 with the new version and offer, then 200 with it', async () => {
    const id = await submittedOffer();
    const opened = (await (await getOfferApi(coordinator, id, env.deps)).json()) as { offer: { version: string } };
    expect(opened.offer.version).toMatch(/^[0-9a-f]{16}$/);
    await partnerEdits(id, 'Opvoeden in de buurt, tweede versie');

    const missing = await offerActionApi(coordinator, id, apiPost(id, { action: 'approve' }), env.deps);
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { fieldErrors: Record<string, string> }).fieldErrors).toHaveProperty('version');

    const stale = await offerActionApi(coordinator, id, apiPost(id, { action: 'approve', version: opened.offer.version }), env.deps);
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: string; version: string; offer: { title: string; version: string; status: string } };
    expect(body.error).toBe(VERSION_CHANGED_MESSAGE);
    expect(body.version).not.toBe(opened.offer.version);
    expect(body.offer).toMatchObject({ title: 'Opvoeden in de buurt, tweede versie', version: body.version, status: 'submitted' });
    expect((await env.deps.store.offers.getOffer(id))!.approvedData).toBeNull();

    const ok = await offerActionApi(coordinator, id, apiPost(id, { action: 'approve', version: body.version }), env.deps);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { offer: { status: string } }).offer.status).toBe('approved');
  });

  it('still gives a partner 403 (not a version message) for approving', async () => {
    const id = await submittedOffer();
    const v = await offerVersion((await env.deps.store.offers.getOffer(id))!);
    expect(await changeOfferStatus(toActor(partner), id, 'approve', undefined, env.deps, 'oud')).toMatchObject({ status: 403 });
    expect((await offerActionApi(partner, id, apiPost(id, { action: 'approve', version: v }), env.deps)).status).toBe(403);
  });

  it('puts the version in the approve and send-back forms of the review page', async () => {
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(new URL('../../src/pages/beheer/aanbod/[id]/index.astro', import.meta.url), 'utf8');
    expect(page.match(/<input type="hidden" name="versie" value=\{version\} \/>/g)).toHaveLength(2);
  });
});
