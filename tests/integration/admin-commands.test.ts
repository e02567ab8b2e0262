/** admin:create and publish's bookkeeping, against a real database. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserCommand, markPublished, parseArgs } from '../../src/server/backoffice/cli';
import { changeOfferStatus, saveOffer } from '../../src/server/backoffice/offers';
import { toActor } from '../../src/server/backoffice/auth';
import { publicationState } from '../../src/domain/admin';
import { testEnv, context, form, validOffer, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => (env = await testEnv()));
afterEach(() => env.cleanup());

describe('admin:create', () => {
  it('parses --key value and --key=value', () => {
    expect(parseArgs(['--email', 'a@b.nl', '--name=Anne de Vries', '--role', 'partner', '--partner', 'cjg'])).toEqual({ email: 'a@b.nl', name: 'Anne de Vries', role: 'partner', partner: 'cjg' });
  });

  it('creates the first coordinator, and is idempotent per address', async () => {
    const first = await createUserCommand(env.deps, { email: 'Coordinator@CJG.nl', name: 'Co' });
    expect(first).toMatchObject({ ok: true, created: true, user: { email: 'coordinator@cjg.nl', role: 'coordinator', partnerId: undefined } });
    expect(await createUserCommand(env.deps, { email: 'coordinator@cjg.nl' })).toMatchObject({ ok: true, created: false });
  });

  it('creates a partner account only for a partner that exists in content/partners', async () => {
    expect(await createUserCommand(env.deps, { email: 'p@kenter.nl', role: 'partner', partner: 'kenter-jeugdhulp' })).toMatchObject({ ok: true, user: { role: 'partner', partnerId: 'kenter-jeugdhulp' } });
    expect(await createUserCommand(env.deps, { email: 'q@x.nl', role: 'partner', partner: 'bestaat-niet' })).toMatchObject({ ok: false });
    expect(await createUserCommand(env.deps, { email: 'q@x.nl', role: 'partner', partner: '../cjg' })).toMatchObject({ ok: false });
    expect(await createUserCommand(env.deps, { email: 'q@x.nl', role: 'partner' })).toMatchObject({ ok: false });
    expect(await createUserCommand(env.deps, { email: 'q@x.nl', role: 'admin' })).toMatchObject({ ok: false });
    expect(await createUserCommand(env.deps, { email: 'geen-adres' })).toMatchObject({ ok: false });
  });
});

describe('publish', () => {
  it('marks what was approved before the build started as published; later approvals keep waiting', async () => {
    const coordinator = (await env.deps.store.accounts.createUser({ email: 'c@cjg.nl', role: 'coordinator' })).user;
    const approve = async (title: string) => {
      const saved = await saveOffer(toActor(coordinator), undefined, form({ ...validOffer, title, provider: 'cjg', 'sessions.0.id': `${title.toLowerCase().replace(/ /g, '-')}-s1` }), context, env.deps);
      if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
      await changeOfferStatus(toActor(coordinator), saved.row.id, 'submit', undefined, env.deps);
      await changeOfferStatus(toActor(coordinator), saved.row.id, 'approve', undefined, env.deps);
      return saved.row.id;
    };
    const early = await approve('Eerste training');
    env.clock.now = new Date('2026-11-23T13:00:00Z');
    const late = await approve('Tweede training');
    expect(publicationState((await env.deps.store.offers.getOffer(early))!)).toBe('waiting');
    expect(await markPublished(env.deps, new Date('2026-11-23T12:30:00Z'))).toBe(1);
    expect(publicationState((await env.deps.store.offers.getOffer(early))!)).toBe('published');
    expect(publicationState((await env.deps.store.offers.getOffer(late))!)).toBe('waiting');
  });
});
