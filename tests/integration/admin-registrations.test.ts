import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSession, registrationsCsv, sessionAction, sessionsFor, isDenied, noticeText } from '../../src/server/backoffice/registrations';
import { adminOffers, testEnv, coordinator, enrol, form, partnerA, partnerB, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => {
  env = await testEnv({ offers: adminOffers });
});
afterEach(() => env.cleanup());

/** A small RFC 4180 reader for the test (quotes, doubled quotes, ; and CRLF). */
function parse(text: string, opts: { delimiter: string }): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === opts.delimiter) (row.push(cell), (cell = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += ch;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}

const held = async (id: string) => (await env.deps.store.registrations.places(id)).held;

describe('who sees which sessions', () => {
  it('gives the coordinator every portal session and a partner only their own', async () => {
    const all = (await sessionsFor(coordinator, env.deps, env.offers)).map((s) => s.session.id);
    expect(all).toEqual(expect.arrayContaining(['eigen-s1', 'intake-a-s1', 'ander-s1', 'cjg-webinar-s1']));
    const mine = (await sessionsFor(partnerA, env.deps, env.offers)).map((s) => s.session.id);
    expect(mine.sort()).toEqual(['eigen-s1', 'eigen-s2', 'eigen-s3', 'intake-a-s1']);
  });

  it('refuses a partner another organisation’s session with 403, in every route', async () => {
    await enrol(env, 'ander-s1');
    expect(await loadSession(partnerA, 'ander-s1', env.deps, env.offers)).toMatchObject({ type: 'denied', status: 403 });
    expect(await registrationsCsv(partnerA, 'ander-s1', env.deps, env.offers)).toMatchObject({ type: 'denied', status: 403 });
    const r = await enrol(env, 'ander-s1');
    expect(await sessionAction(partnerA, 'ander-s1', form({ action: 'cancel', registration: r.id }), env.deps, env.offers)).toMatchObject({ status: 403 });
    expect((await env.deps.store.registrations.findById(r.id))!.status).toBe('confirmed');
    expect(await loadSession(partnerB, 'ander-s1', env.deps, env.offers)).toMatchObject({ type: 'session' });
  });

  it('does not let a partner act on another session’s registration through their own session', async () => {
    const foreign = await enrol(env, 'ander-s1');
    const result = await sessionAction(partnerA, 'eigen-s1', form({ action: 'cancel', registration: foreign.id }), env.deps, env.offers);
    expect(result).toMatchObject({ type: 'invalid', status: 409 });
    expect((await env.deps.store.registrations.findById(foreign.id))!.status).toBe('confirmed');
  });

  it('answers 404 for unknown or malformed session ids', async () => {
    for (const id of ['nope', '../etc/passwd', '<script>', 42, undefined, 'a'.repeat(500)])
      expect(await loadSession(coordinator, id, env.deps, env.offers)).toMatchObject({ type: 'denied', status: 404 });
  });
});

describe('managing a session', () => {
  it('lists places and the waiting list, and promotes by hand only when the party fits', async () => {
    const a = await enrol(env, 'eigen-s1');
    const b = await enrol(env, 'eigen-s1');
    const c = await enrol(env, 'eigen-s1');
    const view = await loadSession(partnerA, 'eigen-s1', env.deps, env.offers);
    if (isDenied(view)) throw new Error('denied');
    expect(view.placed.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(view.waitlist.map((r) => r.id)).toEqual([c.id]);
    expect(await sessionAction(partnerA, 'eigen-s1', form({ action: 'promote', registration: c.id }), env.deps, env.offers)).toMatchObject({ type: 'invalid', status: 409 });

    // Cancelling frees the place; the store promotes the first in line in the same transaction.
    expect(await sessionAction(partnerA, 'eigen-s1', form({ action: 'cancel', registration: a.id }), env.deps, env.offers)).toEqual({ type: 'done', notice: 'cancelled' });
    expect((await env.deps.store.registrations.findById(c.id))!.status).toBe('confirmed');
    expect(await held('eigen-s1')).toBe(2);
    await env.settle();
    expect(env.sent.map((m) => m.kind)).toEqual(['registration-cancelled', 'registration-promoted']);
  });

  it('promotes someone from the waiting list into a freed place and keeps the counters right', async () => {
    await enrol(env, 'eigen-s2', { participants: 2 });
    const big = await enrol(env, 'eigen-s2', { participants: 2 });
    const small = await enrol(env, 'eigen-s2', { participants: 1 });
    expect(big.status).toBe('waitlisted');
    expect(small.status).toBe('waitlisted'); // strict queue
    const r = await sessionAction(coordinator, 'eigen-s2', form({ action: 'promote', registration: small.id }), env.deps, env.offers);
    expect(r).toEqual({ type: 'done', notice: 'promoted' });
    expect(await held('eigen-s2')).toBe(3);
    expect((await env.deps.store.registrations.findById(small.id))!.status).toBe('confirmed');
    await env.settle();
    expect(env.sent.at(-1)!.kind).toBe('registration-promoted');
  });

  it('moves a registration to another session of the same offer, respecting capacity, and fills the freed place', async () => {
    const a = await enrol(env, 'eigen-s1');
    await enrol(env, 'eigen-s1');
    const waiting = await enrol(env, 'eigen-s1');
    const r = await sessionAction(partnerA, 'eigen-s1', form({ action: 'move', registration: a.id, to: 'eigen-s2' }), env.deps, env.offers);
    expect(r).toEqual({ type: 'done', notice: 'moved' });
    const moved = (await env.deps.store.registrations.findById(a.id))!;
    expect(moved).toMatchObject({ sessionId: 'eigen-s2', status: 'confirmed' });
    expect(moved.purgeAfter.startsWith('2027-01-16')).toBe(true);
    expect((await env.deps.store.registrations.findById(waiting.id))!.status).toBe('confirmed');
    expect(await held('eigen-s1')).toBe(2);
    expect(await held('eigen-s2')).toBe(1);
    await env.settle();
    expect(env.sent.map((m) => m.kind).sort()).toEqual(['registration-moved', 'registration-promoted']);
  });

  it('refuses moves to a full, cancelled or foreign session and to the same session', async () => {
    await enrol(env, 'eigen-s2', { participants: 3 });
    const a = await enrol(env, 'eigen-s1');
    const cases: [string, number][] = [['eigen-s2', 409], ['eigen-s3', 422], ['ander-s1', 422], ['eigen-s1', 422], ['', 422]];
    for (const [to, status] of cases) {
      const r = await sessionAction(partnerA, 'eigen-s1', form({ action: 'move', registration: a.id, to }), env.deps, env.offers);
      expect(r, to).toMatchObject({ type: 'invalid', status });
      if (r.type === 'invalid') expect(r.errors[`to-${a.id}`]).toBeTruthy();
    }
    expect((await env.deps.store.registrations.findById(a.id))!.sessionId).toBe('eigen-s1');
    expect(await held('eigen-s1')).toBe(1);
  });

  it('confirms and declines pending registrations of an intake offer', async () => {
    const a = await enrol(env, 'intake-a-s1', { participants: 2 });
    const b = await enrol(env, 'intake-a-s1');
    expect([a.status, b.status]).toEqual(['pending', 'waitlisted']);
    expect(await sessionAction(partnerA, 'intake-a-s1', form({ action: 'confirm', registration: b.id }), env.deps, env.offers)).toMatchObject({ type: 'invalid', status: 409 });
    expect(await sessionAction(partnerA, 'intake-a-s1', form({ action: 'decline', registration: a.id }), env.deps, env.offers)).toEqual({ type: 'done', notice: 'declined' });
    expect((await env.deps.store.registrations.findById(b.id))!.status).toBe('pending'); // promoted to pending: intake first
    expect(await sessionAction(partnerA, 'intake-a-s1', form({ action: 'confirm', registration: b.id }), env.deps, env.offers)).toEqual({ type: 'done', notice: 'confirmed' });
    expect((await env.deps.store.registrations.findById(b.id))!.status).toBe('confirmed');
  });

  it('sends a message to everyone with a place (and the waiting list when asked), one e-mail each', async () => {
    await enrol(env, 'eigen-s1');
    await enrol(env, 'eigen-s1');
    await enrol(env, 'eigen-s1');
    const r = await sessionAction(partnerA, 'eigen-s1', form({ action: 'message', subject: 'Gaat niet door', text: 'De bijeenkomst gaat niet door. We zoeken een nieuwe datum.' }), env.deps, env.offers);
    expect(r).toEqual({ type: 'done', notice: 'sent', count: 2 });
    await env.settle();
    expect(env.sent).toHaveLength(2);
    expect(new Set(env.sent.map((m) => m.to)).size).toBe(2);
    expect(env.sent[0]!.subject).toBe('Gaat niet door – Training eigen');
    expect(env.sent[0]!.text).toContain('De bijeenkomst gaat niet door.');
    const all = await sessionAction(partnerA, 'eigen-s1', form({ action: 'message', subject: 'Nieuws', text: 'Een bericht voor iedereen.', waitlist: 'ja' }), env.deps, env.offers);
    expect(all).toMatchObject({ count: 3 });
    expect(noticeText('sent', '3')).toBe('Je bericht is verstuurd. 3 personen krijgen een e-mail.');
    expect(noticeText('<script>', null)).toBeUndefined();
  });
});

describe('hostile input', () => {
  it('answers field errors, never a crash, for missing, huge or strange fields', async () => {
    const a = await enrol(env, 'eigen-s1');
    const cases: Record<string, string>[] = [
      {},
      { action: 'drop table' },
      { action: 'cancel' },
      { action: 'cancel', registration: "' OR 1=1 --" },
      { action: 'move', registration: a.id, to: '<script>alert(1)</script>' },
      { action: 'message', subject: '', text: '' },
      { action: 'message', subject: 'x'.repeat(10_000), text: 'y'.repeat(60_000) },
      { action: 'message', subject: 'Hallo\r\nBcc: iedereen@voorbeeld.nl', text: '\u0000\u0001' },
    ];
    for (const f of cases) {
      const r = await sessionAction(coordinator, 'eigen-s1', form(f), env.deps, env.offers);
      expect(r.type, JSON.stringify(f).slice(0, 80)).toBe('invalid');
      if (r.type === 'invalid') expect([409, 422]).toContain(r.status);
    }
    const long = await sessionAction(coordinator, 'eigen-s1', form({ action: 'message', subject: 'x'.repeat(10_000), text: 'y'.repeat(60_000) }), env.deps, env.offers);
    expect(long).toMatchObject({ errors: { subject: expect.stringContaining('te lang'), text: expect.stringContaining('te lang') } });
    expect((await env.deps.store.registrations.findById(a.id))!.status).toBe('confirmed');
    await env.settle();
    expect(env.sent).toHaveLength(0);
  });

  it('puts a line break in a subject on one line, so no header can be added', async () => {
    await enrol(env, 'eigen-s1');
    await sessionAction(coordinator, 'eigen-s1', form({ action: 'message', subject: 'Hallo\r\nBcc: x@y.nl', text: 'Een gewoon bericht.' }), env.deps, env.offers);
    await env.settle();
    expect(env.sent[0]!.subject).not.toMatch(/[\r\n]/);
  });
});

describe('CSV export', () => {
  it('exports every registration with a status, escaping formula cells', async () => {
    await enrol(env, 'eigen-s1', { name: '=HYPERLINK("http://evil.example","klik")', remarks: '@SUM(A1:A9)', phone: '+31 6 12345678' });
    await enrol(env, 'eigen-s1', { name: 'Bram <b>Bakker</b>' });
    await enrol(env, 'eigen-s1', { name: 'Wachtende' });
    const res = await registrationsCsv(partnerA, 'eigen-s1', env.deps, env.offers);
    if (isDenied(res)) throw new Error('denied');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="inschrijvingen-eigen-s1.csv"');
    const text = await res.text();
    const rows = parse(text.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(rows[0]![0]).toBe('status');
    expect(rows[1]![1]).toBe('\'=HYPERLINK("http://evil.example","klik")');
    expect(rows[1]![3]).toBe("'+31 6 12345678");
    expect(rows[1]![9]).toBe("'@SUM(A1:A9)");
    expect(rows[2]![1]).toBe('Bram <b>Bakker</b>');
    expect(rows[3]![0]).toBe('Wachtlijst');
    expect(rows.slice(1).every((r) => !/^[=+\-@]/.test(r[1]!))).toBe(true);
  });
});
