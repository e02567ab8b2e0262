/**
 * The questions handler with the real libSQL store (a temporary file):
 * ask → code → read back, answer, retention, hostile input, the body limit,
 * the post limit and the guessing limit, and that no IP address is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { getQuestion, postQuestion } from '../../src/server/handlers/questions';
import { loadConfig } from '../../src/schemas/env';
import type { Deps } from '../../src/server/deps';
import { testEnv, type TestEnv } from './helpers';

let env: TestEnv;
let deps: Deps;
let url: string;
let dbFile: string;
const clockAt = (d: Date) => (env.clock.now = d);

const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://portal.test/api/questions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  env = await testEnv({ env: { PUBLIC_URL: 'http://portal.test' } });
  deps = env.deps;
  dbFile = join(env.dir, 'q', 'questions.db');
  url = `file:${dbFile}`;
});
afterAll(() => env.cleanup());

describe('ask and read back', () => {
  it('201 {code} for a question; 200 open; answered after staff answer', async () => {
    const res = await postQuestion(post({ question: 'Mijn ouders gaan scheiden. Bij wie moet ik wonen?', age: 15, topic: 'ouders-uit-elkaar' }), { clientAddress: '10.0.0.1' }, deps);
    expect(res.status).toBe(201);
    const { code } = (await res.json()) as { code: string };
    expect(code).toMatch(/^[a-z]+(-[a-z]+){4}$/);

    const open = await getQuestion(code, { clientAddress: '10.0.0.1' }, deps);
    expect(open.status).toBe(200);
    expect(await open.json()).toEqual({ status: 'open' });

    await deps.store.questions.answer(code, 'Dat mag je zelf zeggen. Praat erover met je mentor.', env.clock.now);
    const answered = await getQuestion(code.toUpperCase().replace(/-/g, ' '), {}, deps);
    expect(await answered.json()).toEqual({ status: 'answered', answer: 'Dat mag je zelf zeggen. Praat erover met je mentor.' });
  });

  it('accepts a form-encoded post too', async () => {
    const req = new Request('http://portal.test/api/questions', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'question=Hoe+stop+ik+met+blowen%3F+Ik+wil+het+echt.&age=&topic=alcohol-en-drugs' });
    expect((await postQuestion(req, {}, deps)).status).toBe(201);
  });

  it('404 for an unknown or malformed code', async () => {
    for (const code of ['appel-peer-kers-boom-zon', 'nope', "' OR 1=1 --", '%2e%2e%2f', '']) expect((await getQuestion(code, {}, deps)).status, code).toBe(404);
  });
});

describe('hostile input', () => {
  it('422 for bad fields, with Dutch messages per field', async () => {
    const res = await postQuestion(post({ question: 'hoi', age: 400, topic: 'admin' }), {}, deps);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { fieldErrors: Record<string, string> };
    expect(Object.keys(body.fieldErrors).sort()).toEqual(['age', 'question', 'topic']);
  });

  it('400 for broken JSON, 415 for other content types, 413 over the body limit', async () => {
    expect((await postQuestion(post('{"question": '), {}, deps)).status).toBe(400);
    expect((await postQuestion(post('[1,2]'), {}, deps)).status).toBe(400);
    expect((await postQuestion(post('question=x', { 'content-type': 'text/plain' }), {}, deps)).status).toBe(415);
    expect((await postQuestion(post({ question: 'x'.repeat(20_000) }), {}, deps)).status).toBe(413);
  });

  it('403 for a post from another site', async () => {
    expect((await postQuestion(post({ question: 'Een vraag van elders.' }, { origin: 'https://evil.example' }), {}, deps)).status).toBe(403);
    expect((await postQuestion(post({ question: 'Een vraag van elders.' }, { 'sec-fetch-site': 'cross-site' }), {}, deps)).status).toBe(403);
  });

  it('stores SQL and markup as plain text', async () => {
    const question = "Robert'); DROP TABLE questions;-- <img src=x onerror=alert(1)>";
    const res = await postQuestion(post({ question }), {}, deps);
    const { code } = (await res.json()) as { code: string };
    expect((await deps.store.questions.find(code, env.clock.now))!.question).toBe(question);
  });
});

describe('limits', () => {
  it('limits guessing: after N lookups a minute, 429 with Retry-After, even for valid codes', async () => {
    const other = await testEnv({ env: { PUBLIC_URL: 'http://portal.test', QUESTION_LOOKUPS_PER_MINUTE: '5' } });
    const limited = other.deps;
    const { code } = (await (await postQuestion(post({ question: 'Is dit een echte vraag? Ja.' }), {}, limited)).json()) as { code: string };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await getQuestion(`appel-peer-kers-boom-${['zon', 'maan', 'ster', 'wolk', 'regen'][i]}`, { clientAddress: '10.9.9.9' }, limited)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    const blocked = await getQuestion(code, { clientAddress: '10.9.9.9' }, limited);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client is not affected.
    expect((await getQuestion(code, { clientAddress: '10.9.9.10' }, limited)).status).toBe(200);
    await other.cleanup();
  });

  it('limits new questions per client', async () => {
    const other = await testEnv({ env: { PUBLIC_URL: 'http://portal.test', QUESTION_POSTS_PER_MINUTE: '2' } });
    const limited = other.deps;
    const s = [];
    for (let i = 0; i < 3; i++) s.push((await postQuestion(post({ question: `Vraag nummer ${i} van mij.` }), { clientAddress: '10.1.1.1' }, limited)).status);
    expect(s).toEqual([201, 201, 429]);
    await other.cleanup();
  });
});

describe('retention and privacy', () => {
  it('an expired question reads as unknown and is purged', async () => {
    const { code } = (await (await postQuestion(post({ question: 'Wordt dit ooit gewist?' }), {}, deps)).json()) as { code: string };
    const old = env.clock.now;
    clockAt(new Date(old.getTime() + 61 * 24 * 3600 * 1000));
    expect((await getQuestion(code, {}, deps)).status).toBe(404);
    expect(await deps.store.questions.find(code, env.clock.now)).toBeUndefined();
    clockAt(old);
  });

  it('the table has no column for an IP address or anything identifying, and the database file holds no client address', async () => {
    await postQuestion(post({ question: 'Een vraag vanaf een bijzonder adres.' }), { clientAddress: '203.0.113.77' }, deps);
    const c = createClient({ url });
    const cols = (await c.execute('PRAGMA table_info(questions)')).rows.map((r) => String(r.name));
    c.close();
    expect(cols.sort()).toEqual(['age', 'answer', 'answered_at', 'code', 'created_at', 'delete_after', 'question', 'status', 'topic']);
    expect(readFileSync(dbFile).includes(Buffer.from('203.0.113.77'))).toBe(false);
  });

  it('a bad setting stops with the variable named', () => {
    expect(() => loadConfig({ QUESTION_STALE_DAYS: 'veel' })).toThrow(/QUESTION_STALE_DAYS/);
    // the questions database is opened by the same driver factory: PostgreSQL is accepted too
    expect(loadConfig({ QUESTIONS_DATABASE_URL: 'postgres://db.example/questions' }).QUESTIONS_DATABASE_URL).toMatch(/^postgres:/);
    expect(() => loadConfig({ QUESTIONS_DATABASE_URL: 'mysql://x' })).toThrow(/QUESTIONS_DATABASE_URL/);
  });
});
