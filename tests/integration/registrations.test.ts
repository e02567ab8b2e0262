import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { handleCancelRegistration, handleCreateRegistration, decideIntake, submitRegistration, HONEYPOT_FIELD, STAMP_FIELD } from '../../src/server/handlers/registrations';
import { handleGetSession } from '../../src/server/handlers/sessions';
import { createRateLimiter, signFormStamp } from '../../src/server/http';
import { runRetention } from '../../src/server/retention-job';
import { NOW, post, testEnv, valid, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => {
  env = await testEnv();
});
afterEach(() => env.cleanup());

const create = (body: unknown, headers?: Record<string, string>) => handleCreateRegistration(post(body, headers), env.deps, { clientAddress: '127.0.0.1' });

/** The public answer says nothing about the registration: status and link are in the mail, read here from the store and the sent mail. */
async function register(body: typeof valid & Record<string, unknown>) {
  const res = await create(body);
  expect(res.status).toBe(202);
  await env.settle();
  const rows = await env.deps.store.registrations.list({ sessionId: body.sessionId });
  const row = rows.find((r) => r.email === body.email.trim().toLowerCase())!;
  const mail = [...env.sent].reverse().find((m) => m.to === row.email && /annuleren/.test(m.text))!;
  return { status: row.status, registrationId: row.id, cancelUrl: /http:\/\/\S+\/inschrijven\/annuleren\/\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)![0] };
}

describe('POST /api/registrations', () => {
  test('registers, confirms and mails a calendar file and cancel link', async () => {
    const res = await create(valid);
    expect(res.status).toBe(202);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(['message']);
    expect(body.message).toContain('e-mail gestuurd');
    const [row] = await env.deps.store.registrations.list();
    expect(row).toMatchObject({ status: 'confirmed', sessionId: 'pubers-s1' });
    await env.settle();
    expect(env.sent).toHaveLength(1);
    const mail = env.sent[0]!;
    expect(mail.to).toBe('anne@voorbeeld.nl');
    expect(mail.text).toMatch(/http:\/\/localhost:4321\/inschrijven\/annuleren\/\?token=[A-Za-z0-9_-]{43}/);
    expect(mail.text).toContain('Je bent ingeschreven');
    expect(mail.text).toContain('donderdag 10 december 2026, 19.30 tot 21.30 uur');
    const ics = mail.attachments![0]!.content;
    // Amsterdam wall-clock time with its zone (the instants: tests/integration/calendar.test.ts)
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20261210T193000');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20261210T213000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
  });

  test('a retry with the same session and email keeps one registration and mails its owner a fresh link', async () => {
    const a = await register(valid);
    const again = await create({ ...valid, email: 'ANNE@voorbeeld.nl ' });
    expect(again.status).toBe(202);
    expect(await env.deps.store.registrations.list()).toHaveLength(1);
    await env.settle();
    expect(env.sent.map((m) => m.kind)).toEqual(['registration-confirmed', 'registration-repeat']);
    const b = await register(valid);
    expect(b.registrationId).toBe(a.registrationId);
    expect(b.cancelUrl).not.toBe(a.cancelUrl);
  });

  test('parallel retries still make one registration', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => create(valid)));
    expect(results.filter((r) => r.status === 202)).toHaveLength(20);
    expect(await env.deps.store.registrations.list()).toHaveLength(1);
  });

  test('accepts form-encoded bodies', async () => {
    const req = new Request('http://localhost:4321/api/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...valid, consent: 'on', participants: '2', [STAMP_FIELD]: await signFormStamp('test-secret-test-secret', NOW.getTime() - 10_000) }).toString(),
    });
    const res = await handleCreateRegistration(req, env.deps);
    expect(res.status).toBe(202);
    expect((await env.deps.store.registrations.list())[0]!.participants).toBe(2);
  });

  test('a browser form post is redirected to the neutral page', async () => {
    const res = await create(valid, { accept: 'text/html' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/inschrijven/verstuurd/');
  });

  test('invalid input: 422 with a Dutch message per field', async () => {
    const res = await create({ sessionId: 'pubers-s1', email: 'nope' });
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual({
      name: 'Vul je naam in',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
      municipality: 'Kies de gemeente waar je woont',
      consent: expect.stringContaining('privacyverklaring'),
    });
  });

  test('waiting list beyond capacity, intake offers pending', async () => {
    const small = { ...valid, sessionId: 'klein-s1' };
    expect((await register({ ...small, participants: 2 })).status).toBe('confirmed');
    expect((await register({ ...small, email: 'b@voorbeeld.nl' })).status).toBe('waitlisted');
    const intake = { ...valid, sessionId: 'intake-s1', childFirstName: 'Sam', childAge: 9, schoolGroup: 'groep-6' };
    expect((await register(intake)).status).toBe('pending');
    const missingChild = await create({ ...valid, sessionId: 'intake-s1', email: 'c@voorbeeld.nl' });
    expect((await missingChild.json()).errors).toEqual({ children: 'Vul voor elk kind de voornaam en de leeftijd in' });
  });

  describe('brothers and sisters', () => {
    const kids = { ...valid, sessionId: 'kinderen-s1', email: 'gezin@voorbeeld.nl' };
    const noor = { firstName: 'Noor', age: 10, schoolGroup: 'groep-6' };
    const daan = { firstName: 'Daan', age: 9, schoolGroup: 'groep-5' };
    const rows = () => env.deps.store.registrations.list({ sessionId: 'kinderen-s1' });

    test('two children in one post: two registrations, each with its own status, mail and cancel link; the last place goes to the first', async () => {
      await register({ ...valid, sessionId: 'kinderen-s1', email: 'ander@voorbeeld.nl', children: [{ firstName: 'Sam', age: 11, schoolGroup: 'groep-8' }] });
      const res = await create({ ...kids, children: [noor, daan] });
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ message: expect.stringContaining('e-mail gestuurd') });
      await env.settle();
      const family = (await rows()).filter((r) => r.email === 'gezin@voorbeeld.nl');
      expect(family.map((r) => [r.childFirstName, r.childAge, r.schoolGroup, r.participants, r.status])).toEqual([
        ['Noor', 10, 'groep-6', 1, 'confirmed'],
        ['Daan', 9, 'groep-5', 1, 'waitlisted'],
      ]);
      const mails = env.sent.filter((m) => m.to === 'gezin@voorbeeld.nl');
      // The drainer sends several mails at once: their order is not fixed.
      expect(mails.map((m) => m.kind).sort()).toEqual(['registration-confirmed', 'registration-waitlisted']);
      const linkOf = (kind: string) => /\/inschrijven\/annuleren\/\?token=([A-Za-z0-9_-]{43})/.exec(mails.find((m) => m.kind === kind)!.text)![1]!;
      const noorLink = linkOf('registration-confirmed');
      expect(noorLink).not.toBe(linkOf('registration-waitlisted'));
      // Each link is its own child's: cancelling Noor gives her place to the first waiting, her brother.
      const cancel = await handleCancelRegistration(post({ token: noorLink }, {}, '/api/registrations/cancel'), env.deps, { clientAddress: '127.0.0.1' });
      expect(await cancel.json()).toMatchObject({ status: 'cancelled', promoted: 1 });
      expect((await rows()).filter((r) => r.email === 'gezin@voorbeeld.nl').map((r) => [r.childFirstName, r.status])).toEqual([['Noor', 'cancelled'], ['Daan', 'confirmed']]);
    });

    test('a repeat of the same child is still one registration, with the same answer; another child is a new one', async () => {
      const first = await create({ ...kids, children: [noor] });
      const again = await create({ ...kids, name: 'Iemand anders', children: [{ ...noor, firstName: ' NOOR ' }] });
      expect([first.status, again.status]).toEqual([202, 202]);
      expect(await again.json()).toEqual(await first.json());
      expect((await rows()).map((r) => [r.childFirstName, r.name])).toEqual([['Noor', 'Anne de Vries']]);
      await create({ ...kids, childFirstName: 'Daan', childAge: 9, schoolGroup: 'groep-5' });
      expect((await rows()).map((r) => r.childFirstName)).toEqual(['Noor', 'Daan']);
      await env.settle();
      expect(env.sent.map((m) => m.kind).sort()).toEqual(['registration-confirmed', 'registration-confirmed', 'registration-repeat']);
    });

    test('a form post with children.0.firstName… rows registers each child', async () => {
      const req = new Request('http://localhost:4321/api/registrations', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          sessionId: 'kinderen-s1', name: 'Anne de Vries', email: 'gezin@voorbeeld.nl', municipality: 'haarlem', consent: 'ja',
          'children.0.firstName': 'Noor', 'children.0.age': '10', 'children.0.schoolGroup': 'groep-6',
          'children.1.firstName': 'Daan', 'children.1.age': '9', 'children.1.schoolGroup': 'groep-5',
          [STAMP_FIELD]: await signFormStamp('test-secret-test-secret', NOW.getTime() - 10_000),
        }).toString(),
      });
      expect((await handleCreateRegistration(req, env.deps)).status).toBe(202);
      expect((await rows()).map((r) => r.childFirstName)).toEqual(['Noor', 'Daan']);
    });

    test('a child outside the ages is a 422 field error, not a silent accept', async () => {
      const res = await create({ ...kids, children: [noor, { firstName: 'Sam', age: 13, schoolGroup: 'klas-1' }] });
      expect(res.status).toBe(422);
      expect((await res.json()).errors).toEqual({ 'children.1.age': 'Het 2e kind is 13 jaar. Deze training is voor kinderen van 9 tot en met 12 jaar.' });
      expect(await rows()).toEqual([]);
    });

    test.each([
      ['a thousand children', Array.from({ length: 1000 }, () => ({}))],
      ['a thousand real children', Array.from({ length: 1000 }, (_, i) => ({ firstName: `Kind ${i}`, age: 10, schoolGroup: 'groep-6' }))],
      ['nested garbage', [[noor], { firstName: { $ne: null }, age: [10] }, null]],
      ['a script as a name', [{ ...noor, firstName: '<script>alert(1)</script>' }]],
      ['the same child twice', [noor, { ...noor, firstName: 'noor' }]],
      ['an object instead of a list', { 0: noor, 1: daan }],
    ])('hostile: %s is refused with a 4xx and nothing is stored', async (_, children) => {
      const res = await create({ ...kids, children });
      expect([413, 422]).toContain(res.status);
      if (res.status === 422) expect(Object.keys((await res.json()).errors).every((k) => /^children(\.\d\.(firstName|age|schoolGroup))?$/.test(k))).toBe(true);
      expect(await rows()).toEqual([]);
      await env.settle();
      expect(env.sent).toEqual([]);
    });
  });

  test('300 parallel registrations for 25 places: exactly 25 confirmed', async () => {
    const responses = await Promise.all(Array.from({ length: 300 }, (_, i) => create({ ...valid, email: `ouder${i}@voorbeeld.nl` })));
    expect(responses.every((r) => r.status === 202)).toBe(true);
    const results = await env.deps.store.registrations.list({ sessionId: 'pubers-s1' });
    const count = (s: string) => results.filter((r) => r.status === s).length;
    expect(count('confirmed')).toBe(25);
    expect(count('waitlisted')).toBe(275);
    const session = await (await handleGetSession(new Request('http://x/api/sessions/pubers-s1'), env.deps, 'pubers-s1')).json();
    expect(session.placesLeft).toBe(0);
  });
});

describe('hostile input: always 4xx, never 5xx', () => {
  const cases: [string, () => Request, number][] = [
    ['malformed JSON', () => post('{"sessionId": "pubers-s1", '), 400],
    ['JSON array', () => post('[1,2,3]'), 400],
    ['JSON null', () => post('null'), 400],
    ['wrong types', () => post({ sessionId: 12, name: ['a'], email: { x: 1 }, consent: 'yes', participants: 'many' }), 422],
    ['huge field', () => post({ ...valid, name: 'x'.repeat(15_000) }), 422],
    ['huge body', () => post({ ...valid, remarks: 'x'.repeat(100_000) }), 413],
    ['script tags', () => post({ ...valid, name: '<script>alert(1)</script>' }), 422],
    ['header injection in email', () => post({ ...valid, email: 'anne@voorbeeld.nl\r\nBcc: spam@example.com' }), 422],
    ['header injection in name', () => post({ ...valid, name: 'Anne\r\nBcc: spam@example.com' }), 422],
    ['unknown session', () => post({ ...valid, sessionId: 'bestaat-niet' }), 404],
    ['session id path traversal', () => post({ ...valid, sessionId: '../../etc/passwd' }), 422],
    ['external registration', () => post({ ...valid, sessionId: 'extern-s1' }), 409],
    ['past the deadline', () => post({ ...valid, sessionId: 'dicht-s1' }), 409],
    ['past session', () => post({ ...valid, sessionId: 'voorbij-s1' }), 409],
    ['foreign Origin', () => post(valid, { origin: 'https://evil.example' }), 403],
    ['cross-site fetch', () => post(valid, { 'sec-fetch-site': 'cross-site' }), 403],
    ['Origin null from another site', () => post(valid, { origin: 'null', 'sec-fetch-site': 'cross-site' }), 403],
    ['Origin null without Sec-Fetch-Site', () => post(valid, { origin: 'null' }), 403],
    ['wrong content type', () => post('sessionId=x', { 'content-type': 'text/plain' }), 415],
    ['honeypot filled', () => post({ ...valid, [HONEYPOT_FIELD]: 'http://spam.example' }), 400],
    ['invalid UTF-8', () => new Request('http://localhost:4321/api/registrations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), 400],
    ['GET', () => new Request('http://localhost:4321/api/registrations'), 405],
    ['prototype pollution', () => post('{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}'), 422],
    ['form without stamp', () => post(new URLSearchParams(valid as unknown as Record<string, string>).toString(), { 'content-type': 'application/x-www-form-urlencoded' }), 422],
  ];
  test.each(cases)('%s', async (_name, make, status) => {
    const res = await handleCreateRegistration(make(), env.deps, {});
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(JSON.stringify(body)).not.toMatch(/"stack"|\n\s+at /);
  });

  test('same Origin is accepted', async () => {
    expect((await create(valid, { origin: 'http://localhost:4321' })).status).toBe(202);
  });

  test('Origin null from our own page (no-referrer policy) is accepted by Sec-Fetch-Site', async () => {
    expect((await create({ ...valid, email: 'null.origin@voorbeeld.nl' }, { origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(202);
  });

  test('rate limit per client', async () => {
    env.deps.limits.post = createRateLimiter(3);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await create({ ...valid, email: `r${i}@voorbeeld.nl` })).status);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    // another client is not affected
    expect((await handleCreateRegistration(post({ ...valid, email: 'x@voorbeeld.nl' }), env.deps, { clientAddress: '10.0.0.2' })).status).toBe(202);
  });

  test('a form sent faster than the minimum fill time is refused with a message', async () => {
    const stamp = await signFormStamp('test-secret-test-secret', NOW.getTime() - 1000);
    const r = await submitRegistration({ ...valid, [STAMP_FIELD]: stamp }, 'form', env.deps);
    expect(r.type).toBe('invalid');
    if (r.type === 'invalid') expect(r.errors.form).toContain('snel');
    const forged = await submitRegistration({ ...valid, [STAMP_FIELD]: `${Math.floor(NOW.getTime() / 1000) - 60}.${'A'.repeat(43)}` }, 'form', env.deps);
    expect(forged.type).toBe('invalid');
  });
});

describe('cancel and the waiting list', () => {
  test('cancelling frees the place for the first on the waiting list, who is told', async () => {
    const small = { ...valid, sessionId: 'klein-s1' };
    const a = await register({ ...small, participants: 2 });
    const b = await register({ ...small, email: 'b@voorbeeld.nl' });
    const c = await register({ ...small, email: 'c@voorbeeld.nl' });
    expect([b.status, c.status]).toEqual(['waitlisted', 'waitlisted']);
    const token = new URL(a.cancelUrl).searchParams.get('token')!;
    const res = await handleCancelRegistration(post({ token }, {}, '/api/registrations/cancel'), env.deps);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'cancelled', promoted: 2 });
    const all = await env.deps.store.registrations.list({ sessionId: 'klein-s1' });
    expect(all.map((r) => r.status)).toEqual(['cancelled', 'confirmed', 'confirmed']);
    await env.settle();
    expect(env.sent.map((m) => m.kind)).toEqual([
      'registration-confirmed', 'registration-waitlisted', 'registration-waitlisted', 'registration-cancelled', 'registration-promoted', 'registration-promoted',
    ]);
    // cancelling twice is harmless
    expect((await handleCancelRegistration(post({ token }), env.deps)).status).toBe(200);
    // a wrong token is a 404
    expect((await handleCancelRegistration(post({ token: 'x'.repeat(43) }), env.deps)).status).toBe(404);
    // after cancelling, the same person can register again
    expect((await register({ ...small, participants: 1 })).status).toBe('waitlisted');
  });

  test('coordinator confirms or declines pending; declining promotes', async () => {
    const intake = { ...valid, sessionId: 'intake-s1', childFirstName: 'Sam', childAge: 9, schoolGroup: 'groep-6', participants: 3 };
    const a = await register(intake);
    const b = await register({ ...intake, email: 'b@voorbeeld.nl', participants: 1 });
    expect([a.status, b.status]).toEqual(['pending', 'waitlisted']);
    const declined = await decideIntake(a.registrationId, 'declined', env.deps);
    expect(declined!.registration.status).toBe('declined');
    expect(declined!.promoted.map((p) => [p.id, p.status])).toEqual([[b.registrationId, 'pending']]);
    const confirmed = await decideIntake(b.registrationId, 'confirmed', env.deps);
    expect(confirmed!.registration.status).toBe('confirmed');
  });
});

describe('retention', () => {
  test('deletes personal data 30 days after the session, not before', async () => {
    await create(valid); // session ends 2026-12-10 21:30 Amsterdam
    await create({ ...valid, sessionId: 'webinar-s1' }); // 2027-03-28
    expect((await runRetention(env.deps, new Date('2027-01-09T20:29:00Z'))).registrations).toBe(0);
    expect((await runRetention(env.deps, new Date('2027-01-09T20:30:00Z'))).registrations).toBe(1);
    const left = await env.deps.store.registrations.list();
    expect(left.map((r) => r.sessionId)).toEqual(['webinar-s1']);
  });
});

describe('GET /api/sessions/<id>', () => {
  test('places left and state', async () => {
    await create(valid);
    const res = await handleGetSession(new Request('http://x/api/sessions/pubers-s1'), env.deps, 'pubers-s1');
    expect(await res.json()).toMatchObject({ sessionId: 'pubers-s1', capacity: 25, placesLeft: 24, state: 'open' });
    expect((await handleGetSession(new Request('http://x/'), env.deps, 'onbekend')).status).toBe(404);
  });
});

describe('session counters', () => {
  test('stay equal to the rows after registering, cancelling, deciding and purging', async () => {
    const { createClient } = await import('@libsql/client');
    const small = { ...valid, sessionId: 'klein-s1' };
    const a = await register({ ...small, participants: 2 });
    await create({ ...small, email: 'b@voorbeeld.nl' });
    await create({ ...small, email: 'c@voorbeeld.nl', participants: 2 });
    const intake = { ...valid, sessionId: 'intake-s1', childFirstName: 'Sam', childAge: 9, schoolGroup: 'groep-6' };
    const p = await register({ ...intake, participants: 3 });
    await create({ ...intake, email: 'w@voorbeeld.nl' });
    await handleCancelRegistration(post({ token: new URL(a.cancelUrl).searchParams.get('token') }), env.deps);
    await decideIntake(p.registrationId, 'declined', env.deps);
    const db = createClient({ url: `file:${env.dir}/db/portal.db` });
    const check = async () => {
      // A session's counter row stays after its last registration is gone (it also holds the waiting-list ticket): compare the non-empty ones.
      const counters = (await db.execute('SELECT session_id, held, waiting FROM session_places WHERE held > 0 OR waiting > 0 ORDER BY session_id')).rows.map((r) => [r.session_id, Number(r.held), Number(r.waiting)]);
      const truth = (
        await db.execute(`SELECT session_id, COALESCE(SUM(CASE WHEN status IN ('confirmed','pending') THEN participants END), 0) AS held,
          COUNT(CASE WHEN status = 'waitlisted' THEN 1 END) AS waiting FROM registrations GROUP BY session_id ORDER BY session_id`)
      ).rows.map((r) => [r.session_id, Number(r.held), Number(r.waiting)]);
      expect(counters).toEqual(truth);
      return counters;
    };
    expect(await check()).toEqual([['intake-s1', 1, 0], ['klein-s1', 1, 1]]);
    await runRetention(env.deps, new Date('2030-01-01T00:00:00Z'));
    expect(await check()).toEqual([]);
    db.close();
  });
});
