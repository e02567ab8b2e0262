/**
 * The conversation store on every engine (libSQL, D1 in Miniflare, and
 * PostgreSQL when TEST_POSTGRES_URL is set; see engines.ts): migration 2
 * moves the old questions over, the thread in order, seq under concurrent
 * messages, the claim decided by the SQL, the first-answer fact written once,
 * closing and reopening, templates, hours, and the purge with the messages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/server/store/driver';
import { migrate } from '../../src/server/store/migrate';
import { questionsMigrations } from '../../src/server/store/migrations/sql/questions';
import { createConversationStore, type ConversationStore } from '../../src/server/store/conversations';
import { engines, type Engine } from './engines';

const rules = { answeredDays: 30, staleDays: 60 };
const t = (iso: string) => new Date(iso);
const sanne = { id: 'u1', name: 'Sanne' };
const ahmed = { id: 'u2', name: 'Ahmed' };

describe.each(engines)('conversation store on $name', { timeout: 30_000 }, (engine: Engine) => {
  let driver: SqlDriver;
  let drop: () => Promise<void>;
  let store: ConversationStore;

  beforeEach(async () => {
    ({ driver, drop } = await engine.open({ maxConnections: 20 }));
    await migrate(driver, questionsMigrations);
    store = createConversationStore(driver, rules);
  });
  afterEach(async () => drop());

  it('migration 2 turns each old question (and its answer) into a conversation with a staff id that is not the code', async () => {
    const other = await engine.open();
    try {
      await migrate(other.driver, questionsMigrations.slice(0, 1));
      await other.driver.batch([
        { sql: `INSERT INTO questions (code, question, age, topic, status, answer, created_at, answered_at, delete_after) VALUES (?, ?, ?, ?, 'open', NULL, ?, NULL, ?)`, args: ['appel-peer-kers-boom-zon', 'Open vraag', 14, 'gepest', '2026-11-01T10:00:00.000Z', '2026-12-31T10:00:00.000Z'] },
        { sql: `INSERT INTO questions (code, question, age, topic, status, answer, created_at, answered_at, delete_after) VALUES (?, ?, NULL, NULL, 'answered', ?, ?, ?, ?)`, args: ['appel-peer-kers-boom-maan', 'Beantwoorde vraag', 'Het antwoord', '2026-11-02T10:00:00.000Z', '2026-11-03T10:00:00.000Z', '2026-12-03T10:00:00.000Z'] },
      ]);
      expect(await migrate(other.driver, questionsMigrations)).toEqual(questionsMigrations.slice(1).map((m) => m.version));
      const s = createConversationStore(other.driver, rules);
      const now = t('2026-11-20T10:00:00Z');
      const open = (await s.find('appel-peer-kers-boom-zon', now))!;
      expect(open.conversation).toMatchObject({ age: 14, topic: 'gepest', status: 'open', waitingSince: '2026-11-01T10:00:00.000Z', messageCount: 1, deleteAfter: '2026-12-31T10:00:00.000Z' });
      expect(open.conversation.id).not.toContain('appel');
      expect(open.messages).toEqual([{ seq: 1, from: 'jongere', text: 'Open vraag', at: '2026-11-01T10:00:00.000Z' }]);
      const answered = (await s.find('appel-peer-kers-boom-maan', now))!;
      expect(answered.conversation).toMatchObject({ waitingSince: undefined, firstAnswerAt: '2026-11-03T10:00:00.000Z', messageCount: 2 });
      expect(answered.messages.map((m) => [m.from, m.text])).toEqual([['jongere', 'Beantwoorde vraag'], ['cjg', 'Het antwoord']]);
      // The next message continues the numbering.
      await s.reply('appel-peer-kers-boom-maan', 'Dank je!', now);
      expect((await s.find('appel-peer-kers-boom-maan', now))!.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
      expect(await other.driver.query(`SELECT COUNT(*) AS n FROM schema_migrations`)).toEqual([{ n: questionsMigrations.length }]);
      // Migration 4: conversations from before have no language.
      expect(open.conversation.language).toBeUndefined();
    } finally {
      await other.drop();
    }
  });

  it('a thread in order; a taken code is refused; the youngster and the CJG take turns', async () => {
    expect(await store.start('appel-fiets-zon-tafel-boom', { question: 'Eerste vraag', age: 15 }, t('2026-12-02T10:00:00Z'))).toBe(true);
    expect(await store.start('appel-fiets-zon-tafel-boom', { question: 'Iemand anders' }, t('2026-12-02T10:01:00Z'))).toBe(false);
    const { conversation: c } = (await store.find('appel-fiets-zon-tafel-boom', t('2026-12-02T10:02:00Z')))!;
    expect(c).toMatchObject({ waitingSince: '2026-12-02T10:00:00.000Z', messageCount: 1, age: 15 });
    expect(await store.answer(c.id, sanne, 'Antwoord één', t('2026-12-02T11:00:00Z'))).toMatchObject({ ok: true });
    await store.reply('appel-fiets-zon-tafel-boom', 'Tweede bericht', t('2026-12-02T12:00:00Z'));
    await store.reply('appel-fiets-zon-tafel-boom', 'Derde bericht', t('2026-12-02T12:05:00Z'));
    const th = (await store.find('appel-fiets-zon-tafel-boom', t('2026-12-02T12:10:00Z')))!;
    expect(th.messages.map((m) => [m.seq, m.from, m.text])).toEqual([[1, 'jongere', 'Eerste vraag'], [2, 'cjg', 'Antwoord één'], [3, 'jongere', 'Tweede bericht'], [4, 'jongere', 'Derde bericht']]);
    // Waiting since the first unanswered message, not the last.
    expect(th.conversation).toMatchObject({ waitingSince: '2026-12-02T12:00:00.000Z', firstAnswerAt: '2026-12-02T11:00:00.000Z', messageCount: 4 });
  });

  it('keeps the language the conversation was started in (issue 18): Dutch by default, English from the English page', async () => {
    await store.start('appel-fiets-zon-tafel-boom', { question: 'Een Nederlandse vraag' }, t('2026-12-02T10:00:00Z'));
    await store.start('appel-fiets-zon-tafel-maan', { question: 'An English question' }, t('2026-12-02T10:00:00Z'), 'en');
    const now = t('2026-12-02T10:05:00Z');
    expect((await store.find('appel-fiets-zon-tafel-boom', now))!.conversation.language).toBe('nl');
    expect((await store.find('appel-fiets-zon-tafel-maan', now))!.conversation.language).toBe('en');
    expect((await store.listOpen(now)).map((c) => c.language).sort()).toEqual(['en', 'nl']);
  });

  it('messages at the same moment all land, each with its own number', async () => {
    await store.start('appel-fiets-zon-tafel-boom', { question: 'Drukte' }, t('2026-12-02T10:00:00Z'));
    const now = t('2026-12-02T10:01:00Z');
    await Promise.all(['a', 'b', 'c'].map((x) => store.reply('appel-fiets-zon-tafel-boom', `Bericht ${x}`, now)));
    const th = (await store.find('appel-fiets-zon-tafel-boom', now))!;
    expect(th.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(th.conversation.messageCount).toBe(4);
  });

  it('the claim is decided by the SQL: one holder until it expires; the holder may extend it', async () => {
    await store.start('appel-fiets-zon-tafel-boom', { question: 'Claim' }, t('2026-12-02T10:00:00Z'));
    const id = (await store.find('appel-fiets-zon-tafel-boom', t('2026-12-02T10:00:00Z')))!.conversation.id;
    const now = t('2026-12-02T10:05:00Z');
    const both = await Promise.all([store.claim(id, sanne, now, 15), store.claim(id, ahmed, now, 15)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const holder = both[0]!.ok ? sanne : ahmed;
    const other = holder === sanne ? ahmed : sanne;
    expect(await store.answer(id, other, 'Mag ik?', now)).toEqual({ ok: false, reason: 'claimed', by: holder.name, until: '2026-12-02T10:20:00.000Z' });
    expect(await store.close(id, other, now)).toMatchObject({ ok: false, reason: 'claimed' });
    expect(await store.claim(id, holder, t('2026-12-02T10:10:00Z'), 15)).toMatchObject({ ok: true, thread: { conversation: { claimedUntil: '2026-12-02T10:25:00.000Z' } } });
    expect(await store.claim(id, other, t('2026-12-02T10:25:00Z'), 15)).toMatchObject({ ok: true });
    expect((await store.find('appel-fiets-zon-tafel-boom', t('2026-12-02T10:26:00Z')))!.messages).toHaveLength(1);
  });

  it('the first answer leaves one anonymous fact; later answers none', async () => {
    await store.start('appel-fiets-zon-tafel-boom', { question: 'Cijfers' }, t('2026-12-02T10:00:00Z'));
    const id = (await store.find('appel-fiets-zon-tafel-boom', t('2026-12-02T10:00:00Z')))!.conversation.id;
    await store.answer(id, sanne, 'Eerste', t('2026-12-02T11:30:00Z'));
    await store.reply('appel-fiets-zon-tafel-boom', 'Nog iets', t('2026-12-02T12:00:00Z'));
    await store.answer(id, sanne, 'Tweede', t('2026-12-02T13:00:00Z'));
    expect(await store.facts('2026-01-01', '2027-01-01')).toEqual([90]);
    expect(await store.facts('2027-01-01', '2028-01-01')).toEqual([]);
  });

  it('close, reopen by a reply, the queue order, and the purge with the messages', async () => {
    await store.start('appel-fiets-zon-tafel-boom', { question: 'Later' }, t('2026-12-02T10:00:00Z'));
    await store.start('appel-peer-kers-boom-zon', { question: 'Eerder' }, t('2026-12-02T09:00:00Z'));
    await store.start('appel-peer-kers-boom-maan', { question: 'Beantwoord' }, t('2026-12-02T08:00:00Z'));
    const now = t('2026-12-02T11:00:00Z');
    const idOf = async (code: string) => (await store.find(code, now))!.conversation.id;
    await store.answer(await idOf('appel-peer-kers-boom-maan'), sanne, 'Klaar', now);
    expect((await store.listOpen(now)).map((c) => c.code)).toEqual(['appel-peer-kers-boom-zon', 'appel-fiets-zon-tafel-boom', 'appel-peer-kers-boom-maan']);
    await store.reply('appel-peer-kers-boom-zon', 'Nog een', now);
    expect((await store.youthMessages([await idOf('appel-peer-kers-boom-zon')])).get(await idOf('appel-peer-kers-boom-zon'))).toEqual(['Eerder', 'Nog een']);
    const closed = await store.close(await idOf('appel-peer-kers-boom-zon'), sanne, now);
    expect(closed).toMatchObject({ ok: true, thread: { conversation: { status: 'closed', waitingSince: undefined } } });
    expect((await store.listOpen(now)).map((c) => c.code)).not.toContain('appel-peer-kers-boom-zon');
    await store.reply('appel-peer-kers-boom-zon', 'Toch nog', t('2026-12-02T12:00:00Z'));
    expect((await store.find('appel-peer-kers-boom-zon', now))!.conversation).toMatchObject({ status: 'open', waitingSince: '2026-12-02T12:00:00.000Z', closedAt: undefined });
    // 60 days after the last youngster's message; 30 after the answer.
    expect(await store.purge(t('2027-01-01T08:00:00Z'))).toBe(0);
    expect(await store.purge(t('2027-01-01T11:00:00Z'))).toBe(1);
    expect(await store.find('appel-peer-kers-boom-maan', t('2026-12-03T00:00:00Z'))).toBeUndefined();
    expect(await store.purge(t('2027-02-01T12:00:00Z'))).toBe(2);
    expect(await driver.query(`SELECT COUNT(*) AS n FROM messages`)).toEqual([{ n: 0 }]);
    expect(await driver.query(`SELECT COUNT(*) AS n FROM conversation_facts`)).toEqual([{ n: 1 }]);
  });

  it('templates and hours round-trip; hostile text stays text', async () => {
    const now = t('2026-12-02T10:00:00Z');
    const id = (await store.templates.save({ title: `Welkom'); DROP TABLE reply_templates;--`, text: '<script>x</script>' }, now))!;
    expect((await store.templates.list()).find((x) => x.id === id)).toEqual({ id, title: `Welkom'); DROP TABLE reply_templates;--`, text: '<script>x</script>', updatedAt: now.toISOString() });
    expect((await store.templates.list()).map((x) => x.id)).toEqual(['start-niet-wachten', 'start-verder-praten', 'start-welkom', id]);
    expect(await store.templates.save({ id: 'nope', title: 'x', text: 'y' }, now)).toBeUndefined();
    expect(await store.templates.remove(id)).toBe(true);
    expect(await store.hours.get()).toBeUndefined();
    await store.hours.set({ 1: { opens: '09:00', closes: '12:00' }, 3: { opens: '13:00', closes: '17:00' } }, now);
    expect(await store.hours.get()).toEqual({ 1: { opens: '09:00', closes: '12:00' }, 3: { opens: '13:00', closes: '17:00' } });
    await store.hours.set({}, now);
    expect(await store.hours.get()).toEqual({});
  });

  it('closed days are saved with the hours in one batch, listed from a day on; a note that is SQL or markup stays text', async () => {
    const now = t('2026-12-02T10:00:00Z');
    const note = `Kerst'); DELETE FROM answer_hours;-- <b>`;
    await store.hours.set({ 5: { opens: '09:00', closes: '17:00' } }, now, [{ day: '2026-12-24', note: '' }, { day: '2026-12-25', note }]);
    expect(await store.closedDays.list('2026-12-02')).toEqual([{ day: '2026-12-24', note: '' }, { day: '2026-12-25', note }]);
    expect(await store.closedDays.list('2026-12-25')).toEqual([{ day: '2026-12-25', note }]);
    expect(await store.hours.get()).toEqual({ 5: { opens: '09:00', closes: '17:00' } });
    // Without a list the days stay; with an empty one they go.
    await store.hours.set({}, now);
    expect(await store.closedDays.list('2026-12-02')).toHaveLength(2);
    await store.hours.set({}, now, []);
    expect(await store.closedDays.list('2026-12-02')).toEqual([]);
    // A note longer than the column allows is refused by the database, and nothing of the batch stays.
    await expect(store.hours.set({ 1: { opens: '09:00', closes: '12:00' } }, now, [{ day: '2026-12-25', note: 'x'.repeat(81) }])).rejects.toThrow();
    expect(await store.hours.get()).toEqual({});
  });
});
