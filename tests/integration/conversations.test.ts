/**
 * Conversations (issue 17) through the handlers and the back office with the
 * real libSQL store (a temporary file): ask → code → thread, the CJG answers,
 * the youngster replies on the same code, in order with dates; the queue,
 * claims, templates, closing, the hours and the figure; hostile input, the
 * body limit, the post limit and the guessing limit (reads and replies), the
 * same 404 for malformed and unknown codes, and that no IP address is stored.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { getConversation, lookupConversation, postMessage, postQuestion } from '../../src/server/handlers/conversations';
import { conversationPage, conversationQueue, hoursPage, templatesPage } from '../../src/server/backoffice/questions';
import { yearFigures } from '../../src/server/backoffice/figures';
import { loadConfig } from '../../src/schemas/env';
import type { Deps } from '../../src/server/deps';
import type { User } from '../../src/schemas/rows';
import { coordinator, form, partnerA, testEnv, type TestEnv } from './helpers';

let env: TestEnv;
let deps: Deps;
let url: string;
let dbFile: string;
const clockAt = (d: Date) => (env.clock.now = d);
const sanne = { id: 'u-coord', name: 'Sanne', email: 'sanne@samenopgroeien.example', role: 'coordinator', active: true, createdAt: '' } as User;
const ahmed = { id: 'u-coord-2', name: 'Ahmed', email: 'ahmed@samenopgroeien.example', role: 'coordinator', active: true, createdAt: '' } as User;
const ahmedActor = { id: 'u-coord-2', role: 'coordinator' as const };

const post = (body: unknown, headers: Record<string, string> = {}, path = '/api/questions') =>
  new Request(`http://portal.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const ask = async (question: string, d: Deps = deps) => ((await (await postQuestion(post({ question }), {}, d)).json()) as { code: string; urgent: boolean });
const reply = (code: string, body: unknown, d: Deps = deps, ctx = {}) => postMessage(code, post(body, {}, `/api/questions/${code}/messages`), ctx, d);
const thread = async (code: string) => (await (await getConversation(code, {}, deps)).json()) as { status: string; messages: { from: string; text: string; at: string }[]; deleteAfter: string; readingNow: boolean; promise: string };
const idOf = async (code: string) => (await deps.store.conversations.find(code, env.clock.now))!.conversation.id;

beforeAll(async () => {
  env = await testEnv({ env: { PUBLIC_URL: 'http://portal.test' } });
  deps = env.deps;
  dbFile = join(env.dir, 'q', 'questions.db');
  url = `file:${dbFile}`;
});
afterAll(() => env.cleanup());
beforeEach(() => clockAt(new Date('2026-12-02T10:00:00Z'))); // a Wednesday, 11.00 in Amsterdam

describe('a conversation of several messages on one code', () => {
  it('question → CJG answer → reply → answer, in order with dates; the staff member sees the whole thread', async () => {
    const res = await postQuestion(post({ question: 'Mijn ouders gaan scheiden. Bij wie moet ik wonen?', age: 15, topic: 'ouders-uit-elkaar' }), { clientAddress: '10.0.0.1' }, deps);
    expect(res.status).toBe(201);
    const { code, urgent } = (await res.json()) as { code: string; urgent: boolean };
    expect(code).toMatch(/^[a-z]+(-[a-z]+){4}$/);
    expect(urgent).toBe(false);

    expect(await thread(code)).toMatchObject({ status: 'open', messages: [{ from: 'jongere', text: 'Mijn ouders gaan scheiden. Bij wie moet ik wonen?', at: '2026-12-02T10:00:00.000Z' }], readingNow: true });

    const id = await idOf(code);
    clockAt(new Date('2026-12-02T10:45:00Z'));
    expect(await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: 'Dat mag je zelf zeggen. Praat erover met je mentor.' }), deps)).toEqual({ type: 'redirect', to: '/beheer/vragen/?beantwoord=1' });

    clockAt(new Date('2026-12-02T11:00:00Z'));
    const r = await reply(code.toUpperCase().replace(/-/g, ' '), { text: 'Dank je. En als mijn vader boos wordt?' });
    expect(r.status).toBe(201);
    expect(((await r.json()) as { messages: unknown[] }).messages).toHaveLength(3);

    clockAt(new Date('2026-12-02T11:30:00Z'));
    await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: 'Dan mag je dat zeggen. Je kunt ook bellen.' }), deps);

    const t = await thread(code);
    expect(t.messages.map((m) => [m.from, m.at.slice(11, 16)])).toEqual([['jongere', '10:00'], ['cjg', '10:45'], ['jongere', '11:00'], ['cjg', '11:30']]);
    const staff = await conversationPage(sanne, coordinator, id, 'GET', undefined, deps);
    if (staff.type !== 'view') throw new Error(staff.type);
    expect(staff.view.messages.map((m) => m.text)).toEqual(t.messages.map((m) => m.text));
  });

  it('an answer to a thread the youngster wrote in since the page opened is not sent: the coach reads the new message first, the draft stays', async () => {
    const { code } = await ask('Mag ik iets vragen over mijn stiefvader?');
    const id = await idOf(code);
    const opened = await conversationPage(sanne, coordinator, id, 'GET', undefined, deps);
    if (opened.type !== 'view') throw new Error(opened.type);
    const seen = String(opened.view.messages.length);
    await reply(code, { text: 'Hij schreeuwt elke avond tegen mijn moeder.' });
    const draft = 'Wat goed dat je het vraagt. Wat wil je weten?';
    const stale = await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: draft, seen }), deps);
    expect(stale).toMatchObject({ type: 'view', status: 409, answer: draft, errors: { form: expect.stringContaining('De jongere schreef intussen een nieuw bericht') } });
    if (stale.type !== 'view') throw new Error(stale.type);
    expect(stale.view.messages.map((m) => m.from)).toEqual(['jongere', 'jongere']);
    expect((await thread(code)).messages).toHaveLength(2);
    // With the new message on screen it goes.
    const fresh = await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: draft, seen: String(stale.view.messages.length) }), deps);
    expect(fresh).toEqual({ type: 'redirect', to: '/beheer/vragen/?beantwoord=1' });
    expect((await thread(code)).messages.map((m) => m.from)).toEqual(['jongere', 'jongere', 'cjg']);
    // A hostile or missing count is not a reason to refuse (nor to crash).
    for (const bad of ['-1', 'abc', '1e9', '']) {
      const r = await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: `Nog iets (${bad}).`, seen: bad }), deps);
      expect(r, bad).toEqual({ type: 'redirect', to: '/beheer/vragen/?beantwoord=1' });
    }
  });

  it('accepts a form-encoded post too', async () => {
    const req = new Request('http://portal.test/api/questions', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'question=Hoe+stop+ik+met+blowen%3F+Ik+wil+het+echt.&age=&topic=alcohol-en-drugs' });
    expect((await postQuestion(req, {}, deps)).status).toBe(201);
  });

  it('the same text posted twice in a row (a reload) is one message', async () => {
    const { code } = await ask('Kan ik twee keer hetzelfde sturen?');
    await reply(code, { text: 'Nog een keer.' });
    await reply(code, { text: 'Nog een keer.' });
    expect((await thread(code)).messages).toHaveLength(2);
  });

  it('crisis words are flagged at once, in the question and in a reply', async () => {
    expect((await ask('Ik wil dood, niemand snapt me.')).urgent).toBe(true);
    const { code, urgent } = await ask('Ik heb een vraag over school.');
    expect(urgent).toBe(false);
    expect(((await (await reply(code, { text: 'Mijn vader slaat me als hij drinkt.' })).json()) as { urgent: boolean }).urgent).toBe(true);
  });
});

describe('unknown and wrong codes', () => {
  it('get the same 404 answer for reads and replies, malformed or unknown', async () => {
    const bodies = new Set<string>();
    for (const code of ['appel-peer-kers-boom-zon', 'nope', "' OR 1=1 --", '%2e%2e%2f', '', 'x'.repeat(200)]) {
      const g = await getConversation(code, {}, deps);
      const p = await reply(code, { text: 'Hallo?' });
      expect([g.status, p.status], code).toEqual([404, 404]);
      bodies.add(await g.text());
      bodies.add(await p.text());
    }
    expect(bodies.size).toBe(1);
  });

  it('POST /api/questions/lookup {code} answers as GET does, with the code in no address', async () => {
    const { code } = await ask('Een vraag voor het opzoeken.');
    const looked = await lookupConversation(post({ code }, {}, '/api/questions/lookup'), {}, deps);
    expect(looked.status).toBe(200);
    expect(await looked.json()).toEqual(await thread(code));
    const unknown = await lookupConversation(post({ code: 'appel-peer-kers-boom-zon' }, {}, '/api/questions/lookup'), {}, deps);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(await (await getConversation('nope', {}, deps)).text());
    expect((await lookupConversation(post({ code }, { origin: 'https://evil.example' }, '/api/questions/lookup'), {}, deps)).status).toBe(403);
  });

  it('a malformed code costs the same database lookup as an unknown one', async () => {
    const seen: string[] = [];
    const spy = { ...deps, store: { ...deps.store, conversations: { ...deps.store.conversations, find: async (c: string, n: Date) => (seen.push(c), deps.store.conversations.find(c, n)) } } } as Deps;
    await getConversation('nope', {}, spy);
    await getConversation('appel-peer-kers-boom-zon', {}, spy);
    expect(seen).toHaveLength(2);
  });
});

describe('hostile input', () => {
  it('422 for bad question fields, with Dutch messages per field', async () => {
    const res = await postQuestion(post({ question: 'hoi', age: 400, topic: 'admin' }), {}, deps);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { fieldErrors: Record<string, string> };
    expect(Object.keys(body.fieldErrors).sort()).toEqual(['age', 'question', 'topic']);
  });

  it('an empty or too long reply: 422 with a Dutch field error, nothing stored', async () => {
    const { code } = await ask('Een vraag om mee te testen.');
    for (const [text, message] of [['', 'Schrijf je bericht.'], ['   \n ', 'Schrijf je bericht.'], ['x'.repeat(2001), 'Je bericht is te lang. Gebruik maximaal 2000 tekens.']] as const) {
      const r = await reply(code, { text });
      expect(r.status).toBe(422);
      expect(await r.json()).toMatchObject({ fieldErrors: { text: message } });
    }
    expect((await reply(code, { text: 42 })).status).toBe(422);
    expect((await reply(code, {})).status).toBe(422);
    expect((await thread(code)).messages).toHaveLength(1);
  });

  it('400 for broken JSON, 415 for other content types, 413 over the body limit, 403 from another site', async () => {
    const { code } = await ask('Nog een vraag om mee te testen.');
    expect((await postQuestion(post('{"question": '), {}, deps)).status).toBe(400);
    expect((await postQuestion(post('question=x', { 'content-type': 'text/plain' }), {}, deps)).status).toBe(415);
    expect((await postQuestion(post({ question: 'x'.repeat(20_000) }), {}, deps)).status).toBe(413);
    expect((await postMessage(code, post('{"text": ', {}, `/api/questions/${code}/messages`), {}, deps)).status).toBe(400);
    expect((await postMessage(code, post({ text: 'x'.repeat(20_000) }, {}, `/api/questions/${code}/messages`), {}, deps)).status).toBe(413);
    expect((await postMessage(code, post({ text: 'Van elders.' }, { origin: 'https://evil.example' }, `/api/questions/${code}/messages`), {}, deps)).status).toBe(403);
    expect((await postQuestion(post({ question: 'Een vraag van elders.' }, { 'sec-fetch-site': 'cross-site' }), {}, deps)).status).toBe(403);
  });

  it('script in a message is stored as text and escaped in the JSON', async () => {
    const evil = `</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"`;
    const { code } = await ask(`Robert'); DROP TABLE conversations;-- ${evil}`);
    await reply(code, { text: evil });
    const res = await getConversation(code, {}, deps);
    const raw = await res.text();
    expect(raw).not.toMatch(/[<>]/);
    expect(raw).toContain('\\u003c/script\\u003e');
    const t = JSON.parse(raw) as { messages: { text: string }[] };
    expect(t.messages[0]!.text).toBe(`Robert'); DROP TABLE conversations;-- ${evil}`);
    expect(t.messages[1]!.text).toBe(evil);
  });
});

describe('limits', () => {
  it('the guessing limit counts reads and replies alike: 429 with Retry-After, also for a valid code', async () => {
    const other = await testEnv({ env: { PUBLIC_URL: 'http://portal.test', QUESTION_LOOKUPS_PER_MINUTE: '5' } });
    const { code } = await ask('Is dit een echte vraag? Ja.', other.deps);
    const ctx = { clientAddress: '10.9.9.9' };
    const statuses: number[] = [];
    for (const w of ['zon', 'maan', 'ster']) statuses.push((await getConversation(`appel-peer-kers-boom-${w}`, ctx, other.deps)).status);
    for (const w of ['wolk', 'regen']) statuses.push((await reply(`appel-peer-kers-boom-${w}`, { text: 'Hoi' }, other.deps, ctx)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    const blocked = await reply(code, { text: 'Hoi' }, other.deps, ctx);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await getConversation(code, ctx, other.deps)).status).toBe(429);
    expect((await getConversation(code, { clientAddress: '10.9.9.10' }, other.deps)).status).toBe(200);
    await other.cleanup();
  });

  it('limits new questions per client', async () => {
    const other = await testEnv({ env: { PUBLIC_URL: 'http://portal.test', QUESTION_POSTS_PER_MINUTE: '2' } });
    const s = [];
    for (let i = 0; i < 3; i++) s.push((await postQuestion(post({ question: `Vraag nummer ${i} van mij.` }), { clientAddress: '10.1.1.1' }, other.deps)).status);
    expect(s).toEqual([201, 201, 429]);
    await other.cleanup();
  });
});

describe('the queue, claims and closing (staff)', () => {
  it('oldest waiting first with how long; answered ones apart; partners are refused', async () => {
    const fresh = await testEnv({ env: { PUBLIC_URL: 'http://portal.test' } });
    const d = fresh.deps;
    fresh.clock.now = new Date('2026-12-02T08:00:00Z');
    const first = await ask('De eerste vraag, al lang open.', d);
    fresh.clock.now = new Date('2026-12-02T09:30:00Z');
    const second = await ask('De tweede vraag, later gesteld.', d);
    fresh.clock.now = new Date('2026-12-02T10:00:00Z');
    const q = await conversationQueue(sanne, coordinator, d);
    if ('type' in q) throw new Error('denied');
    expect(q.waiting.map((i) => [i.preview, i.waiting])).toEqual([['De eerste vraag, al lang open.', '2 uur'], ['De tweede vraag, later gesteld.', '30 minuten']]);
    // Staff never see the code.
    expect(JSON.stringify(q)).not.toContain(first.code);
    expect(JSON.stringify(q)).not.toContain(second.code);
    const id = q.waiting[0]!.id;
    await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: 'Fijn dat je het vraagt.' }), d);
    const after = await conversationQueue(sanne, coordinator, d);
    if ('type' in after) throw new Error('denied');
    expect(after.waiting.map((i) => i.preview)).toEqual(['De tweede vraag, later gesteld.']);
    expect(after.answered.map((i) => i.preview)).toEqual(['De eerste vraag, al lang open.']);
    expect(await conversationQueue(sanne, partnerA, d)).toMatchObject({ type: 'denied', status: 403 });
    expect(await conversationPage(sanne, partnerA, id, 'GET', undefined, d)).toMatchObject({ type: 'denied', status: 403 });
    await fresh.cleanup();
  });

  it('a claim keeps a second coach from answering ("X is hiermee bezig") until it expires', async () => {
    const { code } = await ask('Wie pakt mijn vraag op?');
    const id = await idOf(code);
    const claimed = await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'claim' }), deps);
    expect(claimed).toMatchObject({ type: 'view', status: 200, view: { claim: { name: 'Sanne', mine: true } } });

    const q = await conversationQueue(ahmed, ahmedActor, deps);
    if ('type' in q) throw new Error('denied');
    expect(q.waiting.find((i) => i.id === id)!.claimedBy).toBe('Sanne');
    expect(await conversationPage(ahmed, ahmedActor, id, 'GET', undefined, deps)).toMatchObject({ view: { claim: { name: 'Sanne', mine: false } } });
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'claim' }), deps)).toMatchObject({ status: 409, errors: { form: 'Sanne is hiermee bezig. Wacht tot die klaar is, of kies een ander gesprek.' } });
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'answer', answer: 'Ik was eerst!' }), deps)).toMatchObject({ status: 409, answer: 'Ik was eerst!' });
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'close' }), deps)).toMatchObject({ status: 409 });
    expect((await thread(code)).messages).toHaveLength(1);

    clockAt(new Date(env.clock.now.getTime() + 15 * 60_000));
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'claim' }), deps)).toMatchObject({ status: 200, view: { claim: { name: 'Ahmed', mine: true } } });
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'answer', answer: 'Ik help je.' }), deps)).toMatchObject({ type: 'redirect' });
    // The answer released the claim.
    expect((await deps.store.conversations.findById(id, env.clock.now))!.conversation.claimedBy).toBeUndefined();
  });

  it('release, empty or too long answers, unknown actions and ids', async () => {
    const { code } = await ask('Nog een vraag voor de coach.');
    const id = await idOf(code);
    await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'claim' }), deps);
    await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'release' }), deps);
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'claim' }), deps)).toMatchObject({ status: 200 });
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'answer', answer: '  ' }), deps)).toMatchObject({ status: 422, errors: { answer: 'Schrijf je antwoord.' } });
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'answer', answer: 'x'.repeat(10_001) }), deps)).toMatchObject({ status: 422, errors: { answer: expect.stringContaining('te lang') } });
    expect(await conversationPage(ahmed, ahmedActor, id, 'POST', form({ action: 'drop-table' }), deps)).toMatchObject({ status: 422 });
    for (const bad of ['', 'onbekend-id', "' OR 1=1 --", code]) expect(await conversationPage(sanne, coordinator, bad, 'GET', undefined, deps), bad).toMatchObject({ type: 'gone', status: 404 });
  });

  it('closing takes it off the queue; a reply from the youngster opens it again', async () => {
    const { code } = await ask('Ik wil dit gesprek laten sluiten.');
    const id = await idOf(code);
    expect(await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'close' }), deps)).toEqual({ type: 'redirect', to: '/beheer/vragen/?gesloten=1' });
    expect((await thread(code)).status).toBe('closed');
    const ids = async () => {
      const q = await conversationQueue(sanne, coordinator, deps);
      if ('type' in q) throw new Error('denied');
      return [...q.waiting, ...q.answered].map((i) => i.id);
    };
    expect(await ids()).not.toContain(id);
    await reply(code, { text: 'Toch nog een vraag.' });
    expect((await thread(code)).status).toBe('open');
    expect(await ids()).toContain(id);
  });
});

describe('answer templates (in the database, edited in the back office)', () => {
  it('add, use in an answer, change, delete; hostile and empty input', async () => {
    expect(await templatesPage(partnerA, 'GET', undefined, deps)).toMatchObject({ type: 'denied', status: 403 });
    expect(await templatesPage(coordinator, 'POST', form({ action: 'save', title: '', text: 'x' }), deps)).toMatchObject({ status: 422, errors: { title: 'Geef het sjabloon een korte naam.', text: 'Schrijf de tekst van het sjabloon.' } });
    expect(await templatesPage(coordinator, 'POST', form({ action: 'save', title: 'x'.repeat(81), text: 'x'.repeat(4001) }), deps)).toMatchObject({ status: 422, errors: { title: expect.stringContaining('te lang'), text: expect.stringContaining('te lang') } });
    const start = await templatesPage(coordinator, 'GET', undefined, deps);
    expect(start.type === 'view' && start.templates.map((x) => x.title)).toEqual(['Als het niet kan wachten', 'Verder praten', 'Welkom']);
    const saved = await templatesPage(coordinator, 'POST', form({ action: 'save', title: 'Zz <b>', text: 'Fijn dat je ons schrijft.\n<script>alert(1)</script>' }), deps);
    if (saved.type !== 'view') throw new Error('denied');
    expect(saved.templates).toHaveLength(4);
    const t = saved.templates.at(-1)!;
    expect(t).toMatchObject({ title: 'Zz <b>', text: 'Fijn dat je ons schrijft.\n<script>alert(1)</script>' });

    const { code } = await ask('Mag ik een sjabloon als antwoord?');
    const id = await idOf(code);
    expect(await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'template', template: t.id, answer: '' }), deps)).toMatchObject({ status: 200, answer: t.text });
    expect(await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'template', template: t.id, answer: 'Hoi!' }), deps)).toMatchObject({ answer: `Hoi!\n\n${t.text}` });
    expect(await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'template', template: 'nope' }), deps)).toMatchObject({ status: 422, errors: { template: 'Kies een sjabloon uit de lijst.' } });

    const changed = await templatesPage(coordinator, 'POST', form({ action: 'save', id: t.id, title: 'Zz', text: 'Hoi, fijn dat je schrijft.' }), deps);
    expect(changed.type === 'view' && changed.templates.at(-1)).toMatchObject({ id: t.id, title: 'Zz', text: 'Hoi, fijn dat je schrijft.' });
    expect(await templatesPage(coordinator, 'POST', form({ action: 'save', id: 'bestaat-niet', title: 'X', text: 'Tekst' }), deps)).toMatchObject({ status: 404 });
    const deleted = await templatesPage(coordinator, 'POST', form({ action: 'delete', id: t.id }), deps);
    expect(deleted.type === 'view' && [deleted.status, deleted.templates.length]).toEqual([200, 3]);
    expect(await templatesPage(coordinator, 'POST', form({ action: 'delete', id: t.id }), deps)).toMatchObject({ status: 404 });
  });
});

describe('answering hours: the promise comes from them', () => {
  it('the back office sets them; the thread says "someone reads now" or from when', async () => {
    const { code } = await ask('Wanneer leest er iemand?');
    // Wednesday 11.00 Amsterdam, the default hours (Mon–Fri 9–17): someone reads now.
    expect(await thread(code)).toMatchObject({ readingNow: true, promise: 'Er leest nu een CJG-coach mee, tot 17.00 uur. Je krijgt zo snel mogelijk antwoord.' });
    expect(await hoursPage(partnerA, 'GET', undefined, deps)).toMatchObject({ type: 'denied' });
    expect(await hoursPage(coordinator, 'POST', form({ 'open-3': 'ja', 'opens-3': '17:00', 'closes-3': '09:00', 'open-4': 'ja', 'opens-4': 'later', 'closes-4': '' }), deps)).toMatchObject({
      status: 422,
      errors: { 'closes-3': 'Bij woensdag moet de eindtijd na de begintijd liggen.', 'opens-4': 'Vul bij donderdag een begintijd in, zoals 09:00.' },
    });
    expect(await hoursPage(coordinator, 'POST', form({ 'open-4': 'ja', 'opens-4': '13:00', 'closes-4': '16:30' }), deps)).toMatchObject({ status: 200, saved: true });
    expect(await thread(code)).toMatchObject({ readingNow: false, promise: 'Nu leest er niemand mee. Je kunt een antwoord verwachten vanaf morgen om 13.00 uur.' });
    expect(await hoursPage(coordinator, 'GET', undefined, deps)).toMatchObject({ hours: { 4: { opens: '13:00', closes: '16:30' } } });
    await hoursPage(coordinator, 'POST', form(Object.fromEntries([1, 2, 3, 4, 5].flatMap((d) => [[`open-${d}`, 'ja'], [`opens-${d}`, '09:00'], [`closes-${d}`, '17:00']]))), deps);
  });

  it('a closed day (a holiday) moves the promise to the next open day; a wrong line saves nothing', async () => {
    const { code } = await ask('Leest er vandaag iemand?');
    const week = Object.fromEntries([1, 2, 3, 4, 5].flatMap((d) => [[`open-${d}`, 'ja'], [`opens-${d}`, '09:00'], [`closes-${d}`, '17:00']]));
    // A wrong line: neither the hours nor the days are saved, and the form keeps what was typed.
    const wrong = await hoursPage(coordinator, 'POST', form({ ...week, 'open-5': '', closed: '02-12-2026 Teamdag\nKerst' }), deps);
    expect(wrong).toMatchObject({ status: 422, errors: { closed: 'Op regel 2 staat geen datum vooraan. Schrijf bijvoorbeeld 25-12-2026 Eerste Kerstdag.' }, values: { closed: '02-12-2026 Teamdag\nKerst', 'open-5': '' } });
    expect(await thread(code)).toMatchObject({ readingNow: true });
    expect(wrong.type === 'view' && wrong.hours[5]).toEqual({ opens: '09:00', closes: '17:00' });
    // Today (Wednesday 2 December) closed, with a note that is markup: kept as text.
    const note = '<script>alert(1)</script>';
    expect(await hoursPage(coordinator, 'POST', form({ ...week, closed: `02-12-2026 ${note}\n2026-12-03` }), deps)).toMatchObject({
      status: 200,
      saved: true,
      closedDays: [{ day: '2026-12-02', note }, { day: '2026-12-03', note: '' }],
    });
    expect(await thread(code)).toMatchObject({ readingNow: false, promise: expect.stringContaining('vanaf vrijdag 4 december 2026, 9.00 uur') });
    // The next day the past one is no longer listed; saving again drops it for good.
    clockAt(new Date('2026-12-03T10:00:00Z'));
    expect(await hoursPage(coordinator, 'GET', undefined, deps)).toMatchObject({ closedDays: [{ day: '2026-12-03', note: '' }] });
    await hoursPage(coordinator, 'POST', form({ ...week, closed: '' }), deps);
    expect(await thread(code)).toMatchObject({ readingNow: true });
  });
});

describe('the figure for the municipality', () => {
  it('conversations answered and the median time to the first answer, kept after the conversation is deleted', async () => {
    const fresh = await testEnv({ env: { PUBLIC_URL: 'http://portal.test' } });
    const d = fresh.deps;
    const sources = { offers: [], themes: [] };
    for (const [asked, answered] of [['2026-03-02T09:00:00Z', '2026-03-02T09:30:00Z'], ['2026-03-03T09:00:00Z', '2026-03-03T11:00:00Z'], ['2026-03-04T09:00:00Z', '2026-03-05T09:00:00Z']] as const) {
      fresh.clock.now = new Date(asked);
      const { code } = await ask('Een vraag voor de cijfers.', d);
      fresh.clock.now = new Date(answered);
      const id = (await d.store.conversations.find(code, fresh.clock.now))!.conversation.id;
      await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: 'Eerste antwoord.' }), d);
      // A second answer is not a first answer.
      await d.store.conversations.reply(code, 'En nog iets.', fresh.clock.now);
      await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: 'Tweede antwoord.' }), d);
    }
    fresh.clock.now = new Date('2026-12-01T10:00:00Z');
    const before = await yearFigures(coordinator, '2026', d, sources);
    if (before.type !== 'figures') throw new Error(before.type);
    expect(before.figures.conversations).toEqual({ answered: 3, medianMinutesToFirstAnswer: 120 });
    expect(await d.store.conversations.purge(fresh.clock.now)).toBe(3);
    const after = await yearFigures(coordinator, '2026', d, sources);
    if (after.type !== 'figures') throw new Error(after.type);
    expect(after.figures.conversations).toEqual({ answered: 3, medianMinutesToFirstAnswer: 120 });
    const other = await yearFigures(coordinator, '2025', d, sources);
    expect(other.type === 'figures' && other.figures.conversations).toEqual({ answered: 0, medianMinutesToFirstAnswer: null });
    // The facts hold no code and no text: three columns, an id, a day and a number.
    const c = createClient({ url: `file:${join(fresh.dir, 'q', 'questions.db')}` });
    expect((await c.execute('PRAGMA table_info(conversation_facts)')).rows.map((r) => String(r.name)).sort()).toEqual(['answered_on', 'id', 'minutes_to_first_answer']);
    c.close();
    await fresh.cleanup();
  });
});

describe('retention and privacy', () => {
  it('each message moves the deletion date; an expired conversation reads as unknown and is purged', async () => {
    const { code } = await ask('Wordt dit ooit gewist?');
    const t0 = await thread(code);
    expect(t0.deleteAfter).toBe('2027-01-31T10:00:00.000Z'); // 60 days while waiting for the CJG
    const id = await idOf(code);
    clockAt(new Date('2026-12-03T10:00:00Z'));
    await conversationPage(sanne, coordinator, id, 'POST', form({ action: 'answer', answer: 'Ja, na een tijd.' }), deps);
    expect((await thread(code)).deleteAfter).toBe('2027-01-02T10:00:00.000Z'); // 30 days after the answer
    clockAt(new Date('2027-01-02T10:00:01Z'));
    expect((await getConversation(code, {}, deps)).status).toBe(404);
    expect((await reply(code, { text: 'Hallo?' })).status).toBe(404);
  });

  it('no column for an IP address or anything identifying, and the database file holds no client address', async () => {
    // `language` is the page's language (nl or en, issue 18): two values, nothing that tells who asked.
    const { code } = ((await (await postQuestion(post({ question: 'Een vraag vanaf een bijzonder adres.' }), { clientAddress: '203.0.113.77' }, deps)).json()) as { code: string });
    await reply(code, { text: 'En een bericht vanaf dat adres.' }, deps, { clientAddress: '203.0.113.77' });
    const c = createClient({ url });
    const cols = async (t: string) => (await c.execute(`PRAGMA table_info(${t})`)).rows.map((r) => String(r.name)).sort();
    expect(await cols('conversations')).toEqual(['age', 'claimed_by', 'claimed_name', 'claimed_until', 'closed_at', 'code', 'created_at', 'delete_after', 'first_answer_at', 'id', 'language', 'last_message_at', 'message_count', 'status', 'topic', 'waiting_since']);
    expect(await cols('messages')).toEqual(['at', 'conversation_id', 'sender', 'seq', 'text']);
    c.close();
    expect(readFileSync(dbFile).includes(Buffer.from('203.0.113.77'))).toBe(false);
  });

  it('a bad setting stops with the variable named', () => {
    expect(() => loadConfig({ QUESTION_STALE_DAYS: 'veel' })).toThrow(/QUESTION_STALE_DAYS/);
    expect(loadConfig({ QUESTIONS_DATABASE_URL: 'postgres://db.example/questions' }).QUESTIONS_DATABASE_URL).toMatch(/^postgres:/);
    expect(() => loadConfig({ QUESTIONS_DATABASE_URL: 'mysql://x' })).toThrow(/QUESTIONS_DATABASE_URL/);
  });
});

describe('the English pages (issue 18): the same handlers, every word for a person in English', () => {
  const page = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    new Request(`http://portal.test${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });

  it('ask → code → thread → reply in English; the conversation keeps its language; hostile text stays text', async () => {
    const { codePagePost, threadPagePost } = await import('../../src/server/handlers/conversation-pages');
    const asked = await codePagePost(page('/en/jongeren/vraag/verstuurd/', { question: 'My parents fight a lot. <script>alert(1)</script>', name: 'Sanne' }), {}, deps, 'en');
    expect(asked.status).toBe(201);
    if (!asked.result?.ok) throw new Error('not asked');
    // 11.00 on a Wednesday in Amsterdam: someone reads now, in English words.
    expect(asked.reply).toEqual({ readingNow: true, promise: 'A CJG coach is reading now, until 17:00. You get an answer as soon as possible.' });
    const code = asked.result.code;
    expect((await deps.store.conversations.find(code, env.clock.now))!.conversation.language).toBe('en');
    // The queue says so, in Dutch for the staff.
    const queue = await conversationQueue(sanne, coordinator, deps);
    if ('type' in queue) throw new Error(queue.type);
    expect(queue.waiting.find((q) => q.preview.startsWith('My parents fight'))?.language).toBe('Engels');

    const read = await threadPagePost(page('/en/jongeren/antwoord/lezen/', { code }), {}, deps, 'en');
    expect(read.status).toBe(200);
    expect(read.code).toBe(code);
    if (!read.result?.ok) throw new Error('not read');
    expect(read.result.view.messages[0]!.text).toBe('My parents fight a lot. <script>alert(1)</script>');

    const empty = await threadPagePost(page('/en/jongeren/antwoord/lezen/', { code, action: 'reply', text: '   ' }), {}, deps, 'en');
    expect(empty).toMatchObject({ status: 422, replyErrors: { text: 'Write your message.' } });
    const tooLong = await threadPagePost(page('/en/jongeren/antwoord/lezen/', { code, action: 'reply', text: 'x'.repeat(2001) }), {}, deps, 'en');
    expect(tooLong).toMatchObject({ status: 422, replyErrors: { text: 'Your message is too long. Use 2000 characters at most.' } });
    const sent = await threadPagePost(page('/en/jongeren/antwoord/lezen/', { code, action: 'reply', text: 'Thanks!' }), {}, deps, 'en');
    expect(sent).toMatchObject({ status: 201, sent: true });
  });

  it('refusals and unknown codes in English for a person, never a 500; the JSON API stays Dutch', async () => {
    const { codePagePost, threadPagePost } = await import('../../src/server/handlers/conversation-pages');
    const foreign = await codePagePost(page('/en/jongeren/vraag/verstuurd/', { question: 'A question from elsewhere.' }, { origin: 'https://evil.example' }), {}, deps, 'en');
    expect(foreign).toMatchObject({ status: 403, result: { ok: false, message: 'This request came from another website and was refused.' } });
    const big = await codePagePost(page('/en/jongeren/vraag/verstuurd/', { question: 'x'.repeat(20_000) }), {}, deps, 'en');
    expect(big).toMatchObject({ status: 413, result: { ok: false, message: 'Your message is too big. Make it shorter.' } });
    const bad = await codePagePost(page('/en/jongeren/vraag/verstuurd/', { question: '', age: 'twelve', topic: 'nope' }), {}, deps, 'en');
    expect(bad).toMatchObject({ status: 422, result: { ok: false, fieldErrors: { question: 'Write down your question.', age: 'Enter your age as a number, or leave it empty.', topic: 'Choose a topic from the list, or leave it empty.' } } });
    for (const fields of [{ code: 'appel-peer-kers-boom-zon' }, { code: '<b>nope</b>' }, { code: 'appel-peer-kers-boom-zon', action: 'reply', text: 'Hi' }] as Record<string, string>[]) {
      const r = await threadPagePost(page('/en/jongeren/antwoord/lezen/', fields), {}, deps, 'en');
      expect(r, JSON.stringify(fields)).toMatchObject({ status: 404, code: '', result: { ok: false, message: 'We do not know this code. Check that you typed it correctly. A conversation is deleted after a while.' } });
    }
    // The API: Dutch messages; the lookup gives the promise in English only when asked.
    const api = await postQuestion(post({ question: '' }), {}, deps);
    expect(((await api.json()) as { fieldErrors: Record<string, string> }).fieldErrors.question).toBe('Schrijf je vraag op.');
    const { code } = await ask('Een vraag voor de opzoekfunctie.');
    const nl = (await (await lookupConversation(post({ code }, {}, '/api/questions/lookup'), {}, deps)).json()) as { promise: string };
    const en = (await (await lookupConversation(post({ code, language: 'en' }, {}, '/api/questions/lookup'), {}, deps)).json()) as { promise: string };
    const ar = (await (await lookupConversation(post({ code, language: 'ar' }, {}, '/api/questions/lookup'), {}, deps)).json()) as { promise: string };
    const other = (await (await lookupConversation(post({ code, language: 'fr' }, {}, '/api/questions/lookup'), {}, deps)).json()) as { promise: string };
    expect(nl.promise).toMatch(/^Er leest nu een CJG-coach mee/);
    expect(en.promise).toMatch(/^A CJG coach is reading now/);
    expect(ar.promise).toMatch(/^يقرأ مرشد من CJG/);
    expect(other.promise).toBe(nl.promise);
  });
});
