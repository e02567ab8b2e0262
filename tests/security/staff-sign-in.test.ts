/**
 * Issue 10, finding 7: staff sign-in.
 * - The same response (status, headers, body) and the same work on the
 *   request path for a known, an unknown and a deactivated address: the
 *   account lookup, the link and the mail all happen after the response.
 * - Nobody can lock a staff member out by asking for links in their name:
 *   the limits count requesters; a new link replaces older unused ones.
 * - When SMTP refuses, no address in any log line.
 * - The coordinator switches accounts off and on in the back office; a
 *   switched-off account cannot sign in and its sessions end.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeAccount, listAccounts } from '../../src/server/backoffice/accounts';
import { currentUser, LINKS_PER_HOUR, postSignInRequest, requestSignInLink, signInWithLink, toActor } from '../../src/server/backoffice/auth';
import { linkStateMessages } from '../../src/domain/admin';
import { createMailTransport } from '../../src/server/mail/transport';
import type { User } from '../../src/schemas/rows';
import { testEnv, form, linkToken, ORIGIN, signIn, type TestEnv } from '../integration/helpers';

let env: TestEnv;
let coordinator: User;
let partner: User;
let gone: User;

beforeEach(async () => {
  env = await testEnv({ signInPerMinute: 5 });
  coordinator = (await env.deps.store.accounts.createUser({ email: 'coordinator@cjg.nl', role: 'coordinator', name: 'Coco' })).user;
  partner = (await env.deps.store.accounts.createUser({ email: 'partner@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp', name: 'Pim' })).user;
  gone = (await env.deps.store.accounts.createUser({ email: 'oud@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' })).user;
  await env.deps.store.accounts.setUserActive(gone.id, false);
});
afterEach(async () => {
  await env.settle();
  await env.cleanup();
});

async function snapshot(res: Response) {
  return { status: res.status, headers: [...res.headers.entries()], body: new Uint8Array(await res.arrayBuffer()) };
}

describe('asking for a link', () => {
  it('answers byte for byte the same for a known, an unknown and a deactivated address', async () => {
    const answers = [];
    for (const email of [partner.email, 'niemand@example.nl', gone.email]) {
      const r = await postSignInRequest(form({ email }), env.deps, `client-${email}`);
      if (!('response' in r)) throw new Error(r.message);
      answers.push(await snapshot(r.response));
    }
    expect(answers[0]!.status).toBe(303);
    expect(answers[0]!.headers).toContainEqual(['location', '/beheer/inloggen/verstuurd/']);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    await env.settle();
    expect(env.sent.map((m) => m.to)).toEqual([partner.email]);
  });

  it('does no account work before answering, and never waits for the mail', async () => {
    const calls: string[] = [];
    let answered = false;
    const accounts = env.deps.store.accounts as unknown as Record<string, unknown>;
    for (const name of Object.keys(accounts)) {
      const fn = accounts[name] as (...a: unknown[]) => unknown;
      accounts[name] = (...a: unknown[]) => (calls.push(`${answered ? 'after' : 'before'} ${name}`), fn(...a));
    }
    // A mail server that does not answer until the end of the test.
    const release: (() => void)[] = [];
    env.useTransport({ send: () => new Promise<void>((r) => void release.push(r)) });
    // The outbox worker, as `npm start` runs it: kicked after each request.
    env.deps.startMailWorker(20);
    try {
      // The known address last: its mail never finishes sending, and the worker sends one at a time.
      const emails = ['niemand@example.nl', gone.email, partner.email];
      for (const [i, email] of emails.entries()) {
        answered = false;
        const started = performance.now();
        expect(await requestSignInLink(email, env.deps, 'c')).toEqual({ ok: true });
        answered = true;
        expect(performance.now() - started).toBeLessThan(500);
        // Let this request's own after-the-response work start before the next request, so a
        // late lookup of request i is never counted as "before" the answer of request i + 1.
        await vi.waitFor(() => expect(calls.filter((c) => c.endsWith('findUserByEmail'))).toHaveLength(i + 1), { timeout: 5000 });
      }
      // Before the answer only the outbox row is written (the same one for every address): no lookup, no link.
      expect(calls.filter((c) => c.startsWith('before'))).toEqual(['before requestLink', 'before requestLink', 'before requestLink']);
      // After the response the work does happen: a lookup for each, a link for the one account,
      // and its mail is still "being sent": nobody waited for it.
      await vi.waitFor(() => expect(release).toHaveLength(1), { timeout: 5000 });
      expect(calls.filter((c) => c.endsWith('findUserByEmail'))).toHaveLength(3);
      expect(calls.filter((c) => c.endsWith('createLink'))).toHaveLength(1);
    } finally {
      for (const r of release) r();
    }
  });

  it('cannot be used to lock someone out: limits count requesters, not the address', async () => {
    for (let i = 0; i < 20; i++) await requestSignInLink(partner.email, env.deps, 'aanvaller');
    expect(await requestSignInLink(partner.email, env.deps, 'aanvaller')).toMatchObject({ ok: false, status: 429 });
    await env.settle();
    // The attacker got at most LINKS_PER_HOUR links sent to the victim's mailbox (and cannot read them).
    expect(env.sent.length).toBeLessThanOrEqual(LINKS_PER_HOUR);
    // The staff member, from their own connection, still gets a link, and it works.
    expect(await requestSignInLink(partner.email, env.deps, 'medewerker')).toEqual({ ok: true });
    await env.settle();
    const result = await signInWithLink(linkToken(env.sent), env.deps, 'medewerker');
    expect(result.ok).toBe(true);
  });

  it('lets a new link replace the older ones, with a clear message for an old one', async () => {
    await requestSignInLink(partner.email, env.deps, 'c');
    await env.settle();
    const first = linkToken(env.sent);
    await requestSignInLink(partner.email, env.deps, 'c');
    await env.settle();
    const second = linkToken(env.sent);
    expect(second).not.toBe(first);
    const old = await signInWithLink(first, env.deps, 'c');
    expect(old).toEqual({ ok: false, status: 410, message: linkStateMessages.replaced });
    expect(linkStateMessages.replaced).toMatch(/nieuwe link gevraagd/);
    expect((await signInWithLink(second, env.deps, 'c')).ok).toBe(true);
  });
});

describe('when SMTP refuses', () => {
  let server: SMTPServer | undefined;
  afterEach(async () => {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server = undefined;
  });

  it('logs no address anywhere and still answers the same', async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        const e = new Error(`Mailbox unavailable: ${address.address}`) as Error & { responseCode: number };
        e.responseCode = 550;
        callback(e);
      },
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const port = (server.server.address() as AddressInfo).port;
    const mailerLogs: string[] = [];
    env.useTransport(createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'beheer@samenopgroeien.example', outboxDir: '/nonexistent', log: (l) => mailerLogs.push(l) }));
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    try {
      expect(await requestSignInLink(partner.email, env.deps, '10.1.2.3')).toEqual({ ok: true });
      await env.settle();
      const printed = [...env.logs, ...mailerLogs, ...spies.flatMap((s) => s.mock.calls.map((c) => c.map(String).join(' ')))].join('\n');
      expect(env.logs.join('\n')).toMatch(/sign-in-link \S+ not sent \(Error EENVELOPE/);
      for (const secret of [partner.email, 'partner@', 'kenter.nl', '10.1.2.3']) expect(printed).not.toContain(secret);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});

describe('switching accounts off and on (coordinator)', () => {
  it('ends the sessions of a switched-off account, refuses its sign-in, and allows it again when switched on', async () => {
    const c = toActor(coordinator);
    const cookie = await signIn(env, partner);
    const req = () => new Request(`${ORIGIN}/beheer/`, { headers: { cookie } });
    expect((await currentUser(req(), env.deps))?.id).toBe(partner.id);
    // A link asked for before the switch-off must not work afterwards either.
    await requestSignInLink(partner.email, env.deps, 'c');
    await env.settle();
    const pendingLink = linkToken(env.sent);
    const sentBefore = env.sent.length;

    const off = await changeAccount(c, form({ account: partner.id, actie: 'uitzetten' }), env.deps);
    expect(off).toMatchObject({ type: 'changed', notice: 'uitgezet', user: { active: false } });
    expect(await currentUser(req(), env.deps)).toBeUndefined();
    expect((await signInWithLink(pendingLink, env.deps, 'c')).ok).toBe(false);
    expect(await requestSignInLink(partner.email, env.deps, 'c2')).toEqual({ ok: true });
    await env.settle();
    expect(env.sent.length).toBe(sentBefore);
    const listed = await listAccounts(c, env.deps);
    expect(Array.isArray(listed) && listed.find((u) => u.id === partner.id)?.active).toBe(false);

    expect(await changeAccount(c, form({ account: partner.id, actie: 'aanzetten' }), env.deps)).toMatchObject({ type: 'changed', notice: 'aangezet' });
    const again = await signIn(env, partner);
    expect((await currentUser(new Request(`${ORIGIN}/beheer/`, { headers: { cookie: again } }), env.deps))?.id).toBe(partner.id);
    expect(env.logs.join('\n')).not.toContain(partner.email);
  });

  it('refuses a partner (403), the own account (409), unknown accounts (404) and unknown actions (422)', async () => {
    expect(await listAccounts(toActor(partner), env.deps)).toMatchObject({ status: 403 });
    expect(await changeAccount(toActor(partner), form({ account: coordinator.id, actie: 'uitzetten' }), env.deps)).toMatchObject({ type: 'denied', status: 403 });
    expect(await changeAccount(toActor(coordinator), form({ account: coordinator.id, actie: 'uitzetten' }), env.deps)).toMatchObject({
      status: 409,
      message: expect.stringContaining('eigen account'),
    });
    expect(await changeAccount(toActor(coordinator), form({ account: 'bestaat-niet', actie: 'uitzetten' }), env.deps)).toMatchObject({ status: 404 });
    expect(await changeAccount(toActor(coordinator), form({ account: partner.id, actie: 'weg' }), env.deps)).toMatchObject({ status: 422 });
    expect(await changeAccount(toActor(coordinator), form({}), env.deps)).toMatchObject({ status: 422 });
    expect((await env.deps.store.accounts.getUser(coordinator.id))?.active).toBe(true);
    expect((await env.deps.store.accounts.getUser(partner.id))?.active).toBe(true);
  });
});
