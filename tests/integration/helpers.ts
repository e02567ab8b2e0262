import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSessionCatalogue } from '../../src/catalogue';
import type { Deps } from '../../src/server/deps';
import { createRateLimiter } from '../../src/server/http';
import type { Mailer } from '../../src/server/mail/transport';
import type { MailMessage } from '../../src/server/mail/templates';
import { createLibsqlStore } from '../../src/server/store/libsql';
import type { Offer } from '../../src/schemas/offer';

export const NOW = new Date('2026-11-23T12:00:00Z');

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
        meetings: 1,
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
];

export interface TestEnv {
  deps: Deps;
  sent: MailMessage[];
  dir: string;
  settle(): Promise<void>;
  cleanup(): void;
}

export async function testEnv(over: Partial<Deps> = {}): Promise<TestEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'reg-'));
  const store = createLibsqlStore(`file:${join(dir, 'db', 'portal.db')}`);
  await store.migrate();
  const sent: MailMessage[] = [];
  const pending: Promise<unknown>[] = [];
  const mailer: Mailer = { send: async (m) => void sent.push(m) };
  const deps: Deps = {
    store,
    catalogue: buildSessionCatalogue(offers, [
      { id: 'cjg-schalkwijk', data: { name: 'CJG Schalkwijk', address: { street: 'Fie Carelsenplein 1', postcode: '2034 MA', city: 'Haarlem' } } },
    ]),
    mailer,
    rateLimiter: createRateLimiter(0),
    config: { PUBLIC_URL: 'http://localhost:4321', RETENTION_DAYS: 30, BODY_LIMIT_BYTES: 16 * 1024, MIN_FILL_SECONDS: 3 },
    formSecret: 'test-secret-test-secret',
    now: () => NOW,
    defer: (p) => void pending.push(p),
    log: () => {},
    ...over,
  };
  return {
    deps,
    sent,
    dir,
    settle: async () => {
      await Promise.all(pending);
    },
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const valid = { sessionId: 'pubers-s1', name: 'Anne de Vries', email: 'anne@voorbeeld.nl', municipality: 'haarlem', consent: true };

export function post(body: unknown, headers: Record<string, string> = {}, path = '/api/registrations'): Request {
  return new Request(`http://localhost:4321${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
