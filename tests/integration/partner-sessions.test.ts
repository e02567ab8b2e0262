/**
 * Partners and their offers in the back office: the offers the CJG manages
 * in content files (read-only, with sessions and counts), and calling off a
 * session: a partner for their own database offer, the coordinator for any
 * (a content file's session too, stored in the database, the file is not
 * edited). Everyone registered gets a mail through the outbox; the session
 * refuses registrations at once; nobody is promoted into it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { managedOffersFor } from '../../src/server/backoffice/managed';
import { sessionAction, type AdminOffer } from '../../src/server/backoffice/registrations';
import { handleCreateRegistration } from '../../src/server/handlers/registrations';
import { adminOffers, coordinator, enrol, form, partnerA, partnerB, post, testEnv, valid, type TestEnv } from './helpers';

let env: TestEnv;
// "eigen" and "intake-a" are partner A's database offers; "ander" is a content file of partner B; the webinar a file of the CJG.
const offers: AdminOffer[] = adminOffers.map((o) => ({ ...o, source: o.id === 'ander' || o.id === 'cjg-webinar' ? 'file' : 'database' }));
beforeEach(async () => (env = await testEnv({ offers: adminOffers })));
afterEach(() => env.cleanup());

const cancel = (actor: typeof coordinator, sessionId: string, fields: Record<string, string> = {}) =>
  sessionAction(actor, sessionId, form({ action: 'cancel-session', zeker: 'ja', ...fields }), env.deps, offers);

describe('offers the CJG manages (content files)', () => {
  it('shows a partner their own, read-only, with sessions and registration counts; the coordinator all', async () => {
    await enrol(env, 'ander-s1', { participants: 2 });
    const b = await managedOffersFor(partnerB, env.deps, offers);
    expect(b.map((o) => o.id)).toEqual(['ander']);
    expect(b[0]!.sessions[0]).toMatchObject({ portal: true, held: 2, waiting: 0, placesLeft: 3, past: false });
    expect(await managedOffersFor(partnerA, env.deps, offers)).toEqual([]);
    expect((await managedOffersFor(coordinator, env.deps, offers)).map((o) => o.id).sort()).toEqual(['ander', 'cjg-webinar']);
  });
});

describe('calling off a session', () => {
  it('lets a partner call off a session of their own database offer: everyone is mailed, nobody is promoted, registering stops', async () => {
    const placed = await enrol(env, 'eigen-s1');
    const second = await enrol(env, 'eigen-s1');
    const waiting = await enrol(env, 'eigen-s1');
    expect(waiting.status).toBe('waitlisted');
    const r = await cancel(partnerA, 'eigen-s1', { message: 'De trainer is ziek.\r\nBcc: spy@evil.example' });
    expect(r).toEqual({ type: 'done', notice: 'session-cancelled', count: 3 });
    await env.settle();
    const mails = env.sent.filter((m) => m.kind === 'session-cancelled');
    expect(mails.map((m) => m.to).sort()).toEqual([placed.email, second.email, waiting.email].sort());
    expect(mails[0]!.subject).toBe('Gaat niet door: Training eigen');
    expect(mails[0]!.text).toContain('gaat niet door');
    expect(mails[0]!.text).toContain('De trainer is ziek.\nBcc: spy@evil.example');
    expect(env.sent.some((m) => m.kind === 'registration-promoted')).toBe(false);
    expect((await env.deps.store.registrations.listSession('eigen-s1')).every((x) => x.status === 'cancelled')).toBe(true);
    expect(await env.deps.store.registrations.places('eigen-s1')).toEqual({ held: 0, waiting: 0 });
    // Registering for it is refused at once, before any publish.
    const res = await handleCreateRegistration(post({ ...valid, sessionId: 'eigen-s1' }), env.deps);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toMatch(/gaat niet door/);
    // Twice: refused, nobody mailed again.
    const again = await cancel(partnerA, 'eigen-s1');
    expect(again).toMatchObject({ type: 'invalid', status: 409 });
  });

  it('lets the coordinator call off a session of a content file, stored in the database, without the file', async () => {
    await enrol(env, 'ander-s1');
    expect(await cancel(coordinator, 'ander-s1')).toMatchObject({ type: 'done', count: 1 });
    expect([...(await env.deps.store.registrations.cancelledSessions())]).toEqual(['ander-s1']);
    expect((await env.deps.catalogue())('ander-s1')?.session.cancelled).toBe(true);
    expect((await env.deps.catalogue())('ander-s2')).toBeUndefined();
    expect((await env.deps.catalogue())('eigen-s1')?.session.cancelled).toBe(false);
    await env.settle();
    expect(env.sent.filter((m) => m.kind === 'session-cancelled')).toHaveLength(1);
  });

  it('refuses a partner for a content file’s session (the CJG manages it), another partner, and without "zeker"', async () => {
    await enrol(env, 'ander-s1');
    expect(await cancel(partnerB, 'ander-s1')).toMatchObject({ type: 'denied', status: 403, message: expect.stringMatching(/beheert het CJG/) });
    expect(await cancel(partnerB, 'eigen-s1')).toMatchObject({ type: 'denied', status: 403 });
    expect(await cancel(partnerA, 'eigen-s1', { zeker: '' })).toMatchObject({ type: 'invalid', status: 422, errors: { zeker: expect.stringMatching(/Vink aan/) } });
    expect(await cancel(partnerA, 'eigen-s1', { message: 'x'.repeat(1001) })).toMatchObject({ type: 'invalid', status: 422, errors: { message: expect.stringMatching(/te lang/) } });
    expect(await cancel(partnerA, 'bestaat-niet')).toMatchObject({ type: 'denied', status: 404 });
    expect(await cancel(partnerA, '../../etc')).toMatchObject({ type: 'denied', status: 404 });
    expect(await env.deps.store.registrations.cancelledSessions()).toEqual(new Set());
    await env.settle();
    expect(env.sent).toEqual([]);
  });

  it('refuses a session that already started, and one the content already cancelled', async () => {
    env.clock.now = new Date('2026-12-10T19:00:00Z');
    expect(await cancel(coordinator, 'eigen-s1')).toMatchObject({ type: 'invalid', status: 409, errors: { form: expect.stringMatching(/begonnen of geweest/) } });
    expect(await cancel(coordinator, 'eigen-s3')).toMatchObject({ type: 'invalid', status: 409, errors: { form: expect.stringMatching(/al afgezegd/) } });
  });
});
