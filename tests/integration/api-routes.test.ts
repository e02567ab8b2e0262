/**
 * The JSON API's route table (src/server/api.ts), as both hosts call it:
 * addresses with and without a trailing slash, 404 and 405 with Dutch
 * messages, HEAD, the origin check for every change, and the back-office
 * gate before anything is said about an admin address.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleApi } from '../../src/server/api';
import { ORIGIN, testEnv, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => (env = await testEnv()));
afterEach(() => env.cleanup());

const call = async (path: string, init: RequestInit = {}) => (await handleApi(new Request(`${ORIGIN}${path}`, init), env.deps, { clientAddress: '127.0.0.1' }))!;
const registration = { sessionId: 'pubers-s1', name: 'Sam de Vries', email: 'sam@voorbeeld.nl', municipality: 'haarlem', consent: true };
const post = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the API route table', () => {
  it('leaves every other path to the site', async () => {
    expect(await handleApi(new Request(`${ORIGIN}/aanbod/`), env.deps)).toBeUndefined();
  });

  it('answers with and without the trailing slash', async () => {
    for (const path of ['/api/registrations', '/api/registrations/']) {
      const res = await call(path, post({ ...registration, email: `sam${path.length}@voorbeeld.nl` }));
      expect(res.status, path).toBe(202);
    }
    expect((await call('/api/sessions/pubers-s1')).status).toBe(200);
    expect((await call('/api/sessions/pubers-s1/')).status).toBe(200);
    const ics = await call('/api/sessions/pubers-s1.ics');
    expect(ics.headers.get('content-type')).toContain('text/calendar');
  });

  it('says which address or method is wrong, in Dutch', async () => {
    const missing = await call('/api/bestaat-niet/');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Dit adres bestaat niet.' });
    const wrong = await call('/api/registrations/', { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await call('/api/sessions/%E0%A4%A/')).status).toBe(400);
    expect((await call('/api/sessions/onbekend/')).status).toBe(404);
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await call('/api/sessions/pubers-s1/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('refuses a change from another site on every route (403), before reading it', async () => {
    for (const path of ['/api/registrations/', '/api/registrations/cancel/', '/api/questions/', '/api/admin/offers/x/', '/api/bestaat-niet/']) {
      const res = await call(path, post(registration, { origin: 'https://kwaadwillend.example' }));
      expect(res.status, path).toBe(403);
    }
    expect(await env.deps.store.registrations.list()).toEqual([]);
  });

  it('reads away the body of a refused or unrouted request, so the kept-alive connection stays usable on the edge proxy', async () => {
    for (const [path, headers] of [
      ['/api/registrations/', { origin: 'https://kwaadwillend.example' }],
      ['/api/bestaat-niet/', {}],
    ] as const) {
      const request = new Request(`${ORIGIN}${path}`, post(registration, headers));
      const res = (await handleApi(request, env.deps, { clientAddress: '127.0.0.1' }))!;
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(request.bodyUsed, path).toBe(true);
    }
  });

  it('says nothing about back-office addresses without a session: 401, never 404 or 405', async () => {
    for (const [path, method] of [['/api/admin/offers/', 'GET'], ['/api/admin/offers/', 'POST'], ['/api/admin/bestaat-niet/', 'GET'], ['/api/admin/offers/x/', 'DELETE']] as const) {
      const res = await call(path, { method, headers: { origin: ORIGIN } });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
