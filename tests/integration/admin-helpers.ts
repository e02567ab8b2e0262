import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashToken, LINKS_PER_HOUR, requestSignInLink, signInWithLink } from '../../src/server/admin/auth';
import type { OfferContext } from '../../src/server/admin/offers';
import type { AdminDeps } from '../../src/server/admin/runtime';
import { createRateLimiter } from '../../src/server/http';
import type { MailMessage } from '../../src/server/mail/templates';
import { createAdminStore, type User } from '../../src/server/store/admin';
import { createLibsqlStore } from '../../src/server/store/libsql';

export const ORIGIN = 'http://localhost:4321';

export interface AdminEnv {
  deps: AdminDeps;
  sent: MailMessage[];
  logs: string[];
  dir: string;
  clock: { now: Date };
  store: ReturnType<typeof createLibsqlStore>;
  /** Wait for the work that runs after a response (sign-in mails). */
  settle(): Promise<void>;
  cleanup(): void;
}

export async function adminEnv(opts: { signInPerMinute?: number } = {}): Promise<AdminEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'admin-'));
  const store = createLibsqlStore(`file:${join(dir, 'portal.db')}`);
  await store.migrate();
  const sent: MailMessage[] = [];
  const logs: string[] = [];
  const clock = { now: new Date('2026-11-23T12:00:00Z') };
  const pending: Promise<unknown>[] = [];
  const deps: AdminDeps = {
    admin: createAdminStore(store.db),
    runtime: {
      store,
      mailer: { send: async (m) => void sent.push(m) },
      config: { PUBLIC_URL: ORIGIN } as AdminDeps['runtime']['config'],
    },
    signInLimiter: createRateLimiter(opts.signInPerMinute ?? 0),
    linkLimiter: createRateLimiter(LINKS_PER_HOUR, 3600_000),
    defer: (work) => void pending.push(work),
    now: () => clock.now,
    log: (l) => void logs.push(l),
  };
  const settle = async () => {
    while (pending.length) await Promise.all(pending.splice(0));
  };
  return { deps, sent, logs, dir, clock, store, settle, cleanup: () => (store.close(), rmSync(dir, { recursive: true, force: true })) };
}

export const context: OfferContext = {
  offers: [{ id: 'pubers-en-zo', sessionIds: ['pubers-en-zo-2026-najaar'] }],
  themes: new Set(['opvoeden-en-opgroeien', 'weerbaarheid', 'scheiden', 'mindset-en-prestatiedruk']),
  locations: new Set(['cjg-noord', 'cjg-schalkwijk']),
  partners: new Set(['cjg', 'kenter-jeugdhulp', 'haarlem-effect']),
};

/** The token in the last sign-in mail. */
export function linkToken(sent: MailMessage[]): string {
  const m = /\/beheer\/inloggen\/link\/\?token=([A-Za-z0-9_-]{43})/.exec(sent.at(-1)?.text ?? '');
  if (!m) throw new Error('no sign-in link in the last mail');
  return m[1]!;
}

/** Sign in by the real route (ask a link, use it) and return the session cookie header. */
export async function signIn(env: AdminEnv, user: User): Promise<string> {
  await requestSignInLink(user.email, env.deps, 'test');
  await env.settle();
  const result = await signInWithLink(linkToken(env.sent), env.deps, 'test');
  if (!result.ok) throw new Error(result.message);
  return result.cookies[0]!.split(';')[0]!;
}

export { hashToken };

export function form(fields: Record<string, string | string[]>): URLSearchParams {
  const f = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

export const validOffer: Record<string, string | string[]> = {
  title: 'Opvoeden in de buurt',
  kind: 'workshop',
  summary: 'Een avond voor ouders van kinderen van 4 tot 8 jaar over grenzen stellen.',
  body: 'Voor ouders van kinderen van 4 tot 8 jaar. Met tips voor thuis.',
  themes: ['opvoeden-en-opgroeien'],
  audience: ['ouders'],
  agesMin: '4',
  agesMax: '8',
  format: 'op-locatie',
  costType: 'gratis',
  registrationMethod: 'portal',
  'sessions.0.id': '',
  'sessions.0.start': '2027-02-09T19:30',
  'sessions.0.end': '2027-02-09T21:30',
  'sessions.0.meetings': '1',
  'sessions.0.location': 'cjg-noord',
  'sessions.0.capacity': '20',
};
