/**
 * The one test helper: builds the real runtime (`createRuntime`, the same
 * factory the server uses) over temp libSQL files, with a fixed clock, a
 * capturing mail transport and a small catalogue. `settle()` drains the
 * outbox, so `sent` holds every mail the changes so far queued.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../src/domain/admin';
import type { OfferContext } from '../../src/server/backoffice/offers';
import { requestSignInLink, signInWithLink } from '../../src/server/backoffice/auth';
import { buildSessionCatalogue } from '../../src/catalogue';
import type { Deps } from '../../src/server/deps';
import { createRateLimiter } from '../../src/server/http';
import type { MailMessage } from '../../src/server/mail/templates';
import type { MailTransport } from '../../src/server/mail/transport';
import { createRuntime } from '../../src/server/runtime';
import type { Offer } from '../../src/schemas/offer';
import type { User } from '../../src/schemas/rows';

export const NOW = new Date('2026-11-23T12:00:00Z');
export const ORIGIN = 'http://localhost:4321';

export function offer(id: string, over: Partial<Offer> = {}, sessions: Partial<Offer['sessions'][number]>[] = [{}]): { id: string; data: Offer } {
  return {
    id,
    data: {
      title: `Training ${id}`,
      kind: 'training',
      summary: 'Een training voor ouders.',
      themes: ['opvoeden'],
      audience: ['ouders'],
      ages: { min: 4, max: 12 },
      format: 'op-locatie',
      provider: 'cjg',
      cost: { type: 'gratis' },
      evidence: { level: 'geen' },
      registration: { method: 'portal', intake: false, askChild: false, askSchoolGroup: false },
      keywords: [],
      sampleData: true,
      ...over,
      sessions: sessions.map((s, i) => ({
        id: `${id}-s${i + 1}`,
        start: '2026-12-10T19:30',
        end: '2026-12-10T21:30',
        laterMeetings: [],
        location: 'cjg-schalkwijk',
        capacity: 25,
        taken: 0,
        cancelled: false,
        ...s,
      })),
    } as Offer,
  };
}

export const offers = [
  offer('pubers'),
  offer('klein', {}, [{ capacity: 2 }]),
  offer('intake', { registration: { method: 'portal', intake: true, askChild: true, askSchoolGroup: true } }, [{ capacity: 3 }]),
  offer('extern', { registration: { method: 'extern', url: 'https://example.nl/aanmelden' } }),
  offer('dicht', {}, [{ deadline: '2026-11-20T23:59' }]),
  offer('voorbij', {}, [{ start: '2026-11-01T19:30', end: '2026-11-01T21:30' }]),
  offer('webinar', { kind: 'webinar', format: 'online' }, [{ location: 'online', start: '2027-03-28T20:00', end: '2027-03-28T21:00' }]),
  // A training for the children themselves: each child listed is one place.
  offer('kinderen', { audience: ['kinderen', 'ouders'], ages: { min: 9, max: 12 }, registration: { method: 'portal', intake: false, askChild: true, askSchoolGroup: true } }, [{ capacity: 2 }]),
];

/** Offers of two organisations, for the back-office registration tests. */
export const adminOffers = [
  offer('eigen', { provider: 'partner-a', audience: ['ouders'] }, [
    { capacity: 2 },
    { capacity: 3, start: '2026-12-17T19:30', end: '2026-12-17T21:30' },
    { capacity: 2, start: '2026-12-24T19:30', end: '2026-12-24T21:30', cancelled: true },
  ]),
  offer('intake-a', { provider: 'partner-a', audience: ['kinderen', 'ouders'], registration: { method: 'portal', intake: true, askChild: true, askSchoolGroup: false } }, [{ capacity: 2 }]),
  offer('ander', { provider: 'partner-b', themes: ['weerbaarheid'] }, [{ capacity: 5 }]),
  offer('cjg-webinar', { provider: 'cjg', kind: 'webinar', format: 'online' }, [{ location: 'online', capacity: 100 }]),
];

export const coordinator: Actor = { id: 'u-coord', role: 'coordinator' };
export const partnerA: Actor = { id: 'u-a', role: 'partner', partnerId: 'partner-a' };
export const partnerB: Actor = { id: 'u-b', role: 'partner', partnerId: 'partner-b' };

const location = { id: 'cjg-schalkwijk', data: { name: 'CJG Schalkwijk', address: { street: 'Fie Carelsenplein 1', postcode: '2034 MA', city: 'Haarlem' } } };

export interface TestEnv {
  deps: Deps;
  /** The offers behind the catalogue (the back office's `offers` argument). */
  offers: readonly { id: string; data: Offer }[];
  /** Every mail the drainer sent, in order. */
  sent: MailMessage[];
  logs: string[];
  dir: string;
  /** The runtime's clock: set `clock.now` to move time. */
  clock: { now: Date };
  /** Send mail through another transport from now on (a hanging or refusing one). */
  useTransport(t: MailTransport): void;
  /** Drain the outbox until nothing due is left. */
  settle(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function testEnv(opts: { offers?: readonly { id: string; data: Offer }[]; env?: Record<string, string>; signInPerMinute?: number } = {}): Promise<TestEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'core-'));
  const list = opts.offers ?? offers;
  const sent: MailMessage[] = [];
  const logs: string[] = [];
  const clock = { now: NOW };
  const capture: MailTransport = { send: async (m) => void sent.push(m) };
  let transport = capture;
  const catalogue = buildSessionCatalogue(list, [location]);
  const deps = await createRuntime(
    {
      DATABASE_URL: `file:${join(dir, 'db', 'portal.db')}`,
      QUESTIONS_DATABASE_URL: `file:${join(dir, 'q', 'questions.db')}`,
      OUTBOX_DIR: join(dir, 'outbox'),
      PUBLIC_URL: ORIGIN,
      RATE_LIMIT_PER_MINUTE: '0',
      QUESTION_POSTS_PER_MINUTE: '0',
      QUESTION_LOOKUPS_PER_MINUTE: '0',
      RETENTION_DAYS: '30',
      MIN_FILL_SECONDS: '3',
      FORM_SECRET: 'test-secret-test-secret',
      ...opts.env,
    },
    {
      now: () => clock.now,
      log: (l) => void logs.push(l),
      catalogue: async () => catalogue,
      transport: { send: (m, o) => transport.send(m, o), flush: async () => transport.flush?.(), close: async () => transport.close?.() },
      ...(opts.signInPerMinute ? { limits: { signIn: createRateLimiter(opts.signInPerMinute) } } : {}),
    },
  );
  return {
    deps,
    offers: list,
    sent,
    logs,
    dir,
    clock,
    useTransport: (t) => void (transport = t),
    async settle() {
      for (let i = 0; i < 50; i++) {
        const r = await deps.drainMail();
        if (r.sent + r.failed === 0) return;
      }
    },
    async cleanup() {
      await deps.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const valid = { sessionId: 'pubers-s1', name: 'Anne de Vries', email: 'anne@voorbeeld.nl', municipality: 'haarlem', consent: true };

export function post(body: unknown, headers: Record<string, string> = {}, path = '/api/registrations'): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

let n = 0;
/** Register someone straight through the store (the public route is tested elsewhere); their own mail is not sent. */
export async function enrol(env: TestEnv, sessionId: string, over: Record<string, unknown> = {}) {
  const entry = (await env.deps.catalogue())(sessionId)!;
  const intake = entry.offer.registration.method === 'portal' && !!entry.offer.registration.intake;
  n++;
  const { registration } = await env.deps.store.registrations.register(
    {
      sessionId,
      offerId: entry.offer.id,
      name: `Ouder ${n}`,
      email: `ouder${n}@voorbeeld.nl`,
      participants: 1,
      municipality: 'haarlem',
      cancelTokenHash: `test-${n}-${Math.random()}`,
      purgeAfter: '2027-01-30T00:00:00.000Z',
      ...over,
    },
    { capacity: entry.session.capacity, taken: entry.session.taken, intake },
  );
  // Its confirmation mail counts as sent already: the tests look at the mails of what follows.
  await env.deps.drivers.core.exec(`UPDATE outbox SET sent_at = ?, payload = '{}' WHERE registration_id = ? AND sent_at IS NULL`, [env.clock.now.toISOString(), registration.id]);
  return registration;
}

/** What the offer form checks against: ids, themes, locations and partners of the built collections. */
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
export async function signIn(env: TestEnv, user: User): Promise<string> {
  await requestSignInLink(user.email, env.deps, 'test');
  await env.settle();
  const result = await signInWithLink(linkToken(env.sent), env.deps, 'test');
  if (!result.ok) throw new Error(result.message);
  return result.cookies[0]!.split(';')[0]!;
}

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
  'sessions.0.laterMeetings': '',
  'sessions.0.location': 'cjg-noord',
  'sessions.0.capacity': '20',
};
