/**
 * Figures (coordinator only) from the real store: live registrations plus the
 * anonymous facts retention leaves, survey invites and answers, the CSV and
 * role checks; and the back-office question list and answer form.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figuresCsv, parseYear, yearFigures, type FigureSources } from '../../src/server/backoffice/figures';
import { answerSurvey, findInvite, sendSurveyInvites } from '../../src/server/backoffice/survey';
import { hashToken } from '../../src/server/tokens';
import { weeklyMeetings } from '../../src/domain/offers/meetings';
import { testEnv, adminOffers, coordinator, enrol, form, partnerA, type TestEnv } from './helpers';

let env: TestEnv;
let sources: FigureSources;
const themes = [{ id: 'opvoeden', title: 'Opvoeden en opgroeien' }, { id: 'weerbaarheid', title: 'Weerbaarheid' }];
/** The runtime's clock. */
const setClock = (d: Date) => (env.clock.now = d);

beforeEach(async () => {
  env = await testEnv({ offers: adminOffers });
  setClock(new Date('2026-12-11T12:00:00Z')); // the day after the sessions of 10 December
  sources = { offers: adminOffers, themes };
});
afterEach(() => env.cleanup());

/** Pin the registrations' creation time, so the test does not depend on the clock of the enrolments. */
const pinCreated = (iso = '2026-11-20T10:00:00.000Z') => env.deps.drivers.core.exec('UPDATE registrations SET created_at = ?', [iso]);
/** Send what the survey queued and return the invites. */
const invitesSent = async () => (await env.settle(), env.sent.filter((m) => m.kind === 'survey-invite'));

const figures = async (year = '2026') => {
  const r = await yearFigures(coordinator, year, env.deps, sources);
  if (r.type !== 'figures') throw new Error(r.message);
  return r.figures;
};

describe('figures', () => {
  it('are for the coordinator only', async () => {
    expect(await yearFigures(partnerA, '2026', env.deps, sources)).toMatchObject({ type: 'denied', status: 403 });
    expect(await figuresCsv(partnerA, '2026', env.deps, sources)).toMatchObject({ type: 'denied', status: 403 });
  });

  it('refuse a year that is not a plausible year', async () => {
    for (const y of ['1999', '3000', 'abc', '2026;DROP', '', undefined, '<script>']) expect(await yearFigures(coordinator, y, env.deps, sources), String(y)).toMatchObject({ status: 404 });
    expect(parseYear('2027', env.clock.now)).toBe(2027);
  });

  it('count reach, registrations and fill, and stay the same after retention deletes the registrations', async () => {
    await enrol(env, 'eigen-s1', { participants: 2 });
    await enrol(env, 'intake-a-s1', { participants: 1 });
    const pending = await enrol(env, 'intake-a-s1', { participants: 1 });
    await env.deps.store.registrations.decide(pending.id, 'confirmed', () => ({ capacity: 2, taken: 0, intake: true }));
    await enrol(env, 'ander-s1', { participants: 3 });
    await pinCreated();
    const before = await figures();
    expect(before.parentsReached).toBe(2 + 1 + 3);
    expect(before.childrenReached).toBe(1);
    expect(before.registrations).toBe(4);
    expect(before.perTheme.find((t) => t.themeId === 'weerbaarheid')!.registrations).toBe(1);
    expect(before.partners).toEqual({ count: 2, ids: ['partner-a', 'partner-b'], list: [{ id: 'partner-a', offers: 2, sessions: 3 }, { id: 'partner-b', offers: 1, sessions: 1 }] });
    expect(before.fill.sessions.find((s) => s.sessionId === 'eigen-s1')).toMatchObject({ held: 2, capacity: 2, rate: 1 });

    expect(await env.deps.store.registrations.purge(new Date('2027-02-01T00:00:00Z'))).toBe(4);
    expect(await env.deps.store.registrations.list()).toHaveLength(0);
    const after = await figures();
    expect({ ...after }).toEqual({ ...before });
  });

  it('downloads a CSV per year', async () => {
    await enrol(env, 'eigen-s1');
    await pinCreated();
    const res = await figuresCsv(coordinator, '2026', env.deps, sources);
    if (!(res instanceof Response)) throw new Error('denied');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="samen-opgroeien-cijfers-2026.csv"');
    const text = await res.text();
    expect(text).toContain('bereik;ouders bereikt;1');
    expect(text).toContain('inschrijvingen per maand;november;1');
  });
});

describe('satisfaction survey', () => {
  it('sends one anonymous invite per confirmed participant once the session is over, once', async () => {
    await enrol(env, 'eigen-s1');
    await enrol(env, 'eigen-s1');
    await enrol(env, 'eigen-s1'); // waiting list: no invite
    setClock(new Date('2026-12-10T19:00:00Z')); // not over yet
    expect(await sendSurveyInvites(env.deps, adminOffers)).toEqual({ sessions: 0, invites: 0 });
    setClock(new Date('2026-12-11T09:00:00Z'));
    const first = await sendSurveyInvites(env.deps, adminOffers);
    expect(first.invites).toBe(2);
    expect(await sendSurveyInvites(env.deps, adminOffers)).toEqual({ sessions: 0, invites: 0 });
    const invites = await invitesSent();
    expect(invites).toHaveLength(2);
    const tokens = invites.map((m) => /\/evaluatie\/\?t=([A-Za-z0-9_-]{43})/.exec(m.text)![1]!);
    expect(new Set(tokens).size).toBe(2);

    // The invite table holds a hash and the session, nothing about the person.
    const db = env.deps.drivers.core;
    const cols = (await db.query('PRAGMA table_info(survey_invites)')).map((r) => String(r.name));
    expect(cols.sort()).toEqual(['expires_at', 'offer_id', 'session_id', 'token_hash', 'used_at']);
    const stored = await db.query('SELECT token_hash FROM survey_invites');
    expect(stored.map((r) => String(r.token_hash))).toContain(await hashToken('survey', tokens[0]!));
    expect(stored.map((r) => String(r.token_hash))).not.toContain(tokens[0]);
    // Once sent, the outbox rows no longer hold the tokens either.
    expect(JSON.stringify(await db.query('SELECT * FROM outbox'))).not.toContain(tokens[0]);

    const sd = env.deps;
    expect(await findInvite(tokens[0], sd, adminOffers)).toEqual({ offerTitle: 'Training eigen' });
    expect(await answerSurvey(form({ t: tokens[0]!, score: '6' }), sd)).toMatchObject({ type: 'invalid', errors: { score: expect.any(String) } });
    expect(await answerSurvey(form({ t: tokens[0]!, score: '4', comment: 'x'.repeat(5000) }), sd)).toMatchObject({ type: 'invalid', errors: { comment: expect.any(String) } });
    expect(await answerSurvey(form({ t: tokens[0]!, score: '4', comment: '<script>alert(1)</script> Fijn!' }), sd)).toEqual({ type: 'saved' });
    expect(await answerSurvey(form({ t: tokens[0]!, score: '5' }), sd)).toEqual({ type: 'gone' }); // once
    expect(await findInvite(tokens[0], sd, adminOffers)).toBeUndefined();
    expect(await answerSurvey(form({ t: 'x'.repeat(43), score: '5' }), sd)).toEqual({ type: 'gone' });
    expect(await answerSurvey(form({ t: '../../', score: '5' }), sd)).toEqual({ type: 'gone' });

    const responses = await env.deps.store.surveys.responses();
    expect(responses).toEqual([{ sessionId: 'eigen-s1', offerId: 'eigen', score: 4, comment: '<script>alert(1)</script> Fijn!', month: '2026-12' }]);
    const f = await figures();
    expect(f.satisfaction).toMatchObject({ responses: 1, average: 4, distribution: [0, 0, 0, 1, 0] });
  });

  it('skips sessions that were cancelled or ended more than two weeks ago', async () => {
    await enrol(env, 'eigen-s1');
    await enrol(env, 'ander-s1');
    const cancelledOffers = adminOffers.map((o) => (o.id === 'eigen' ? { ...o, data: { ...o.data, sessions: o.data.sessions.map((s) => ({ ...s, cancelled: true })) } } : o));
    setClock(new Date('2026-12-30T12:00:00Z')); // 20 days after the sessions
    expect(await sendSurveyInvites(env.deps, cancelledOffers)).toEqual({ sessions: 0, invites: 0 });
    setClock(new Date('2026-12-12T12:00:00Z'));
    expect(await sendSurveyInvites(env.deps, cancelledOffers)).toEqual({ sessions: 3, invites: 1 }); // ander-s1 (1 person); intake-a-s1 and cjg-webinar-s1 have nobody
  });

  it('waits for the last meeting of a weekly series', async () => {
    await enrol(env, 'eigen-s1');
    const series = adminOffers.map((o) => (o.id === 'eigen' ? { ...o, data: { ...o.data, sessions: o.data.sessions.map((s) => ({ ...s, laterMeetings: weeklyMeetings(s, 3) })) } } : o));
    setClock(new Date('2026-12-20T12:00:00Z')); // after meeting 2 of 3 (10, 17, 24 December)
    await sendSurveyInvites(env.deps, series);
    expect(await invitesSent()).toHaveLength(0);
    setClock(new Date('2026-12-25T12:00:00Z'));
    await sendSurveyInvites(env.deps, series);
    expect(await invitesSent()).toHaveLength(1);
  });

  it('expires links after 30 days', async () => {
    await enrol(env, 'eigen-s1');
    setClock(new Date('2026-12-11T09:00:00Z'));
    await sendSurveyInvites(env.deps, adminOffers);
    const token = /t=([A-Za-z0-9_-]{43})/.exec((await invitesSent()).at(-1)!.text)![1]!;
    setClock(new Date('2027-01-11T09:00:00Z'));
    expect(await answerSurvey(form({ t: token, score: '3' }), env.deps)).toEqual({ type: 'gone' });
  });
});
