/**
 * Issue 10, finding 5: retention follows the session, for every kind of
 * personal data. A moved session moves its registrations' deletion date;
 * questions past their date are never listed, read or answered and the daily
 * job deletes them; survey comments go after a stated period; survey invites
 * cannot be tied to an address once used or expired (invite rows and outbox
 * files); database files and outbox files are readable by their owner only.
 */
import { createClient } from '@libsql/client';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { conversationPage, conversationQueue } from '../../src/server/backoffice/questions';
import { answerSurvey, sendSurveyInvites, SURVEY_COMMENT_DAYS } from '../../src/server/backoffice/survey';
import { buildSessionCatalogue } from '../../src/catalogue';
import { handleCreateRegistration } from '../../src/server/handlers/registrations';
import { readConversation } from '../../src/server/handlers/conversations';
import { createMailTransport } from '../../src/server/mail/transport';
import { runRetention } from '../../src/server/retention-job';
import { createRuntime } from '../../src/server/runtime';
import { offer, offers, post, testEnv, valid, type TestEnv } from '../integration/helpers';

let env: TestEnv;
beforeEach(async () => {
  env = await testEnv();
});
afterEach(() => env.cleanup());

/** The runtime with another retention period. */
const runtime = (days = 30) => ({ ...env.deps, config: { ...env.deps.config, RETENTION_DAYS: days } });
const create = (body: unknown) => handleCreateRegistration(post(body), env.deps, { clientAddress: '127.0.0.1' });
const moved = (id: string, start: string, end: string) =>
  buildSessionCatalogue(offers.map((o) => (o.data.sessions.some((s) => s.id === id) ? { ...o, data: { ...o.data, sessions: o.data.sessions.map((s) => (s.id === id ? { ...s, start, end } : s)) } } : o)));
const sessionsLeft = async () => (await env.deps.store.registrations.list()).map((r) => r.sessionId);

describe('registrations: the deletion date moves with the session', () => {
  test('a session moved later: kept past the old date, deleted 30 days after the new one', async () => {
    expect((await create(valid)).status).toBe(202); // pubers-s1 ends 2026-12-10 21:30 Amsterdam: old date 2027-01-09 20:30 UTC
    const later = moved('pubers-s1', '2027-02-10T19:30', '2027-02-10T21:30');
    expect((await runRetention(runtime(), new Date('2027-01-20T00:00:00Z'), later)).registrations).toBe(0);
    expect(await sessionsLeft()).toEqual(['pubers-s1']);
    expect((await runRetention(runtime(), new Date('2027-03-12T20:29:00Z'), later)).registrations).toBe(0);
    expect((await runRetention(runtime(), new Date('2027-03-12T20:30:00Z'), later)).registrations).toBe(1);
    expect(await sessionsLeft()).toEqual([]);
  });

  test('a session moved earlier: deleted 30 days after the new date, before the old one', async () => {
    expect((await create({ ...valid, sessionId: 'webinar-s1' })).status).toBe(202); // 2027-03-28: old date 2027-04-27
    const earlier = moved('webinar-s1', '2026-12-01T20:00', '2026-12-01T21:00');
    expect((await runRetention(runtime(), new Date('2027-01-01T00:00:00Z'), earlier)).registrations).toBe(1);
  });

  test('a session the catalogue no longer knows keeps the date stored with it', async () => {
    await create(valid);
    const without = buildSessionCatalogue(offers.filter((o) => o.id !== 'pubers'));
    expect((await runRetention(runtime(), new Date('2027-01-09T20:29:00Z'), without)).registrations).toBe(0);
    expect((await runRetention(runtime(), new Date('2027-01-09T20:30:00Z'), without)).registrations).toBe(1);
  });
});

describe('conversations past their deletion date', () => {
  test('are never listed, read, answered or replied to, and the daily job deletes them with their messages', async () => {
    const store = env.deps.store.conversations;
    const asked = new Date('2026-11-01T10:00:00Z');
    const code = 'appel-fiets-zon-tafel-boom';
    expect(await store.start(code, { question: 'Mag ik iets vragen over thuis?' }, asked)).toBe(true);
    const id = (await store.find(code, asked))!.conversation.id;
    const late = new Date('2026-12-31T10:00:01Z'); // 60 days and a second later
    env.clock.now = late;
    const deps = env.deps;
    const coordinator = { id: 'c', role: 'coordinator' } as never;
    const user = { id: 'c', name: 'Coördinator' } as never;
    expect(await store.find(code, late)).toBeUndefined();
    expect(await store.listOpen(late)).toEqual([]);
    expect(await store.reply(code, 'Nog iets', late)).toBeUndefined();
    expect(await store.answer(id, { id: 'c', name: 'C' }, 'Een antwoord', late)).toEqual({ ok: false, reason: 'gone' });
    expect(await conversationQueue(user, coordinator, deps)).toEqual({ waiting: [], answered: [] });
    expect(await conversationPage(user, coordinator, id, 'POST', new URLSearchParams({ action: 'answer', answer: 'Een antwoord' }), deps)).toMatchObject({ type: 'gone', status: 404 });
    // still on disk until a purge; the daily job deletes it
    expect((await runRetention(runtime(), late)).conversations).toBe(1);
    expect((await readConversation(code, {}, deps)).ok).toBe(false);
    const db = createClient({ url: `file:${join(env.dir, 'q', 'questions.db')}` });
    expect(Number((await db.execute('SELECT COUNT(*) AS n FROM conversations')).rows[0]!.n)).toBe(0);
    expect(Number((await db.execute('SELECT COUNT(*) AS n FROM messages')).rows[0]!.n)).toBe(0);
    db.close();
  });
});

describe('the satisfaction survey', () => {
  const ended = new Date('2026-12-11T09:00:00Z'); // the day after pubers-s1
  const tokenIn = (eml: string) => /evaluatie\/\?t=([A-Za-z0-9_-]{43})/.exec(eml.replace(/=\r?\n/g, '').replace(/=3D/gi, '='))![1]!;

  async function invite() {
    await create(valid);
    await create({ ...valid, email: 'b@voorbeeld.nl' });
    await env.settle();
    const outbox = join(env.dir, 'outbox');
    env.useTransport(createMailTransport({ from: 'x <x@samenopgroeien.example>', outboxDir: outbox, log: () => {} }));
    env.clock.now = ended;
    const sent = await sendSurveyInvites(env.deps, [offer('pubers')]);
    expect(sent.invites).toBe(2);
    await env.settle();
    const invites = readdirSync(outbox).filter((f) => readFileSync(join(outbox, f), 'utf8').includes('evaluatie'));
    expect(invites).toHaveLength(2);
    return { outbox, invites };
  }
  const db = () => createClient({ url: `file:${join(env.dir, 'db', 'portal.db')}` });

  test('a used invite leaves neither an invite row nor an outbox file with the address and token', async () => {
    const { outbox, invites } = await invite();
    const anne = invites.find((f) => readFileSync(join(outbox, f), 'utf8').includes('anne@voorbeeld.nl'))!;
    const token = tokenIn(readFileSync(join(outbox, anne), 'utf8'));
    const form = new URLSearchParams({ t: token, score: '4', comment: 'Fijn, mijn dochter heet Lotte.' });
    expect(await answerSurvey(form, env.deps)).toEqual({ type: 'saved' });
    expect(existsSync(join(outbox, anne))).toBe(false);
    const c = db();
    expect(Number((await c.execute('SELECT COUNT(*) AS n FROM survey_invites')).rows[0]!.n)).toBe(1); // only b's open invite
    c.close();
    // single use still holds
    expect(await answerSurvey(form, env.deps)).toEqual({ type: 'gone' });
  });

  test('an expired invite: its row and its outbox file go, even when other mail is kept longer', async () => {
    const { outbox, invites } = await invite();
    // an ordinary mail (no link to anonymous data) in the same outbox
    await createMailTransport({ from: 'x <x@samenopgroeien.example>', outboxDir: outbox, log: () => {} }).send({ to: 'anne@voorbeeld.nl', subject: 'Bericht', text: 'Hallo', kind: 'session-message' }, { id: 'gewoon-bericht' });
    const written = new Date('2026-12-11T09:00:00Z');
    for (const f of readdirSync(outbox)) utimesSync(join(outbox, f), written, written);
    const after = new Date('2027-01-10T09:00:01Z'); // 30 days: the invite's link has expired
    const r = await runRetention(runtime(60), after);
    const rows = await env.deps.drivers.core.query(`SELECT id FROM outbox WHERE kind = 'survey-invite'`);
    expect(rows).toEqual([]); // the invites' outbox rows (address + token) are gone too
    expect(r.surveyInvites).toBe(2);
    expect(readdirSync(outbox).filter((f) => invites.includes(f))).toEqual([]);
    expect(readdirSync(outbox)).toEqual(['gewoon-bericht.eml']); // the ordinary mail stays its 60 days
    const c = db();
    expect(Number((await c.execute('SELECT COUNT(*) AS n FROM survey_invites')).rows[0]!.n)).toBe(0);
    c.close();
  });

  test(`free-text comments are deleted ${SURVEY_COMMENT_DAYS} days after the end of the answer's month; the score stays`, async () => {
    const { outbox, invites } = await invite();
    const token = tokenIn(readFileSync(join(outbox, invites[0]!), 'utf8'));
    await answerSurvey(new URLSearchParams({ t: token, score: '5', comment: 'Heel fijn' }), env.deps);
    const comments = async () => {
      const c = db();
      const rows = (await c.execute('SELECT score, comment FROM survey_responses')).rows.map((x) => [Number(x.score), x.comment]);
      c.close();
      return rows;
    };
    // answered in December 2026: kept until 90 days after 31 December
    expect((await runRetention(runtime(3650), new Date('2027-03-31T23:59:00Z'))).surveyComments).toBe(0);
    expect(await comments()).toEqual([[5, 'Heel fijn']]);
    expect((await runRetention(runtime(3650), new Date('2027-04-01T00:00:00Z'))).surveyComments).toBe(1);
    expect(await comments()).toEqual([[5, null]]);
  });
});

describe('files are readable by their owner only', () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'modes-'));
    umask = process.umask(0o022); // the usual default: without care, files would be 0644
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(dir, { recursive: true, force: true });
  });
  const mode = (p: string) => statSync(p).mode & 0o777;

  test('the registrations database and its WAL files: 0600, in a 0700 folder; the questions database too', async () => {
    const path = join(dir, 'data', 'portal.db');
    const qpath = join(dir, 'data', 'questions.db');
    const deps = await createRuntime({ DATABASE_URL: `file:${path}`, QUESTIONS_DATABASE_URL: `file:${qpath}`, OUTBOX_DIR: join(dir, 'outbox') });
    await deps.store.conversations.start('appel-fiets-zon-tafel-boom', { question: 'Een vraag van een jongere' }, new Date());
    expect(mode(path)).toBe(0o600);
    expect(mode(join(dir, 'data'))).toBe(0o700);
    for (const f of [path, `${path}-wal`, `${path}-shm`, qpath, `${qpath}-wal`, `${qpath}-shm`]) if (existsSync(f)) expect(mode(f)).toBe(0o600);
    await deps.close();
  });

  test('outbox messages (they hold addresses): 0600, in a 0700 folder', async () => {
    const outbox = join(dir, 'outbox');
    await createMailTransport({ from: 'x <x@samenopgroeien.example>', outboxDir: outbox, log: () => {} }).send({ to: 'anne@voorbeeld.nl', subject: 'Test', text: 'Hallo', kind: 'test' }, { id: 'test-1' });
    expect(mode(outbox)).toBe(0o700);
    for (const f of readdirSync(outbox)) expect(mode(join(outbox, f))).toBe(0o600);
  });
});
