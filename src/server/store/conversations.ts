/**
 * Anonymous conversations (gesprekken) over the SQL driver, in their own
 * database (QUESTIONS_DATABASE_URL): no identifying column, nothing to join
 * with registrations. A conversation is opened by the youngster's first
 * message under a pickup code; the youngster and the CJG add messages
 * (berichten) in order. Every write is one batch decided by the SQL itself
 * (the seq number, the claim, the first-answer fact), so it is the same on
 * libSQL, D1 and PostgreSQL. `delete_after` follows from
 * src/domain/questions/retention.ts; a conversation past it does not exist
 * for any read or write, even before the purge ran.
 */
import { conversationDeleteAt, type QuestionRetention } from '../../domain/questions/retention';
import type { AnswerHours, Weekday } from '../../domain/questions/hours';
import type { ClosedDay } from '../../domain/questions/closed-days';
import type { QuestionInput } from '../../schemas/question';
import {
  CONVERSATION_COLUMNS, MESSAGE_COLUMNS, REPLY_TEMPLATE_COLUMNS, conversationRow, messageRow, replyTemplateRow,
  type ReplyTemplate, type StoredConversation, type StoredMessage,
} from '../../schemas/rows';
import { toLocal } from '../../domain/dates';
import type { SqlDriver, Statement } from './driver';

export type { ReplyTemplate, StoredConversation, StoredMessage };
export type Sender = StoredMessage['from'];
export interface Thread {
  conversation: StoredConversation;
  messages: StoredMessage[];
}
export interface Staff {
  id: string;
  name: string;
}
export type StaffWrite =
  | { ok: true; thread: Thread }
  | { ok: false; reason: 'gone' }
  | { ok: false; reason: 'claimed'; by: string; until: string };

const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Replace the list of closed days (part of the hours' batch). */
const closedDayStatements = (days: readonly ClosedDay[]) => [
  { sql: `DELETE FROM answer_closed_days` },
  ...days.map((d) => ({ sql: `INSERT INTO answer_closed_days (day, note) VALUES (?, ?)`, args: [d.day, d.note] })),
];

export function createConversationStore(driver: SqlDriver, retention: QuestionRetention) {
  const iso = (d: Date) => d.toISOString();
  const findBy = async (column: 'code' | 'id', value: string, now: Date): Promise<Thread | undefined> => {
    const [r] = await driver.query(`SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE ${column} = ? AND delete_after > ?`, [value, iso(now)]);
    if (!r) return undefined;
    const conversation = conversationRow.parse(r);
    const rows = await driver.query(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY seq`, [conversation.id]);
    return { conversation, messages: rows.map((m) => messageRow.parse(m)) };
  };

  /** The statements that add one message; `guard` is extra SQL on `conversations` that must hold (the claim). */
  const addStatements = (id: string, from: Sender, text: string, now: Date, guard = '', guardArgs: string[] = [], minutesWaited = 0): Statement[] => {
    const at = iso(now);
    const deleteAfter = iso(conversationDeleteAt({ at: now, waitingForCjg: from === 'jongere' }, retention));
    const where = `id = ? AND delete_after > ?${guard}`;
    const args = [id, at, ...guardArgs];
    const statements: Statement[] = [
      { sql: `INSERT INTO messages (conversation_id, seq, sender, text, at) SELECT id, message_count + 1, ?, ?, ? FROM conversations WHERE ${where}`, args: [from, text, at, ...args] },
    ];
    if (from === 'cjg') {
      // The first answer leaves an anonymous fact for the figures: the day and the minutes waited, nothing else.
      statements.push({
        sql: `INSERT INTO conversation_facts (id, answered_on, minutes_to_first_answer)
          SELECT ?, ?, CAST(? AS INTEGER) FROM conversations WHERE ${where} AND first_answer_at IS NULL`,
        args: [randomId(), toLocal(now).slice(0, 10), minutesWaited, ...args],
      });
    }
    statements.push({
      sql:
        from === 'jongere'
          ? `UPDATE conversations SET message_count = message_count + 1, last_message_at = ?, waiting_since = COALESCE(waiting_since, ?),
              status = 'open', closed_at = NULL, delete_after = ? WHERE ${where} RETURNING ${CONVERSATION_COLUMNS}`
          : `UPDATE conversations SET message_count = message_count + 1, last_message_at = ?, waiting_since = NULL,
              first_answer_at = COALESCE(first_answer_at, ?), claimed_by = NULL, claimed_name = NULL, claimed_until = NULL,
              delete_after = ? WHERE ${where} RETURNING ${CONVERSATION_COLUMNS}`,
      args: [at, at, deleteAfter, ...args],
    });
    return statements;
  };

  const liveClaim = ' AND (claimed_by IS NULL OR claimed_until <= ? OR claimed_by = ?)';

  /** Why a staff write did not happen: gone, or someone else holds the claim. */
  const whyNot = async (id: string, now: Date): Promise<Exclude<StaffWrite, { ok: true }>> => {
    const t = await findBy('id', id, now);
    if (!t) return { ok: false, reason: 'gone' };
    return { ok: false, reason: 'claimed', by: t.conversation.claimedName ?? 'Een collega', until: t.conversation.claimedUntil ?? iso(now) };
  };

  const run = async (statements: Statement[]) => {
    // Messages at the same moment compete for the same seq: a loser's batch fails on the key (nothing written) and tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await driver.batch(statements);
      } catch (e) {
        if (attempt >= 5) throw e;
      }
    }
  };

  return {
    /**
     * Open a conversation with its first message under `code`, started on a page in `language` (`nl`, `en`);
     * false if the code is taken (the caller draws a new one).
     */
    async start(code: string, input: QuestionInput, now: Date, language = 'nl'): Promise<boolean> {
      const id = randomId();
      const at = iso(now);
      const deleteAfter = iso(conversationDeleteAt({ at: now, waitingForCjg: true }, retention));
      const [inserted] = await driver.batch([
        {
          sql: `INSERT INTO conversations (${CONVERSATION_COLUMNS}) VALUES (?, ?, ?, ?, 'open', ?, 1, ?, ?, NULL, NULL, NULL, NULL, NULL, ?, ?) ON CONFLICT (code) DO NOTHING`,
          args: [id, code, input.age ?? null, input.topic ?? null, at, at, at, deleteAfter, language],
        },
        { sql: `INSERT INTO messages (conversation_id, seq, sender, text, at) SELECT id, 1, 'jongere', ?, ? FROM conversations WHERE id = ? AND code = ?`, args: [input.question, at, id, code] },
      ]);
      return inserted!.rowsAffected === 1;
    },

    /** The thread for a youngster's code (undefined when unknown or past its date). */
    find: (code: string, now: Date) => findBy('code', code, now),
    /** The thread by its staff-side id. */
    findById: (id: string, now: Date) => findBy('id', id, now),

    /** The youngster adds a message (a closed conversation opens again). Undefined when gone. */
    async reply(code: string, text: string, now: Date): Promise<Thread | undefined> {
      const found = await findBy('code', code, now);
      if (!found) return undefined;
      const last = found.messages.at(-1);
      // The same text posted twice in a row (a reload of the answer page) is one message.
      if (last?.from === 'jongere' && last.text === text) return found;
      const results = await run(addStatements(found.conversation.id, 'jongere', text, now));
      if (!results.at(-1)!.rows.length) return undefined;
      return findBy('id', found.conversation.id, now);
    },

    /** A coach answers: refused while another coach holds a live claim. The answer releases the claim. */
    async answer(id: string, staff: Staff, text: string, now: Date): Promise<StaffWrite> {
      const found = await findBy('id', id, now);
      if (!found) return { ok: false, reason: 'gone' };
      const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(found.conversation.createdAt)) / 60_000));
      const results = await run(addStatements(id, 'cjg', text, now, liveClaim, [iso(now), staff.id], minutes));
      if (!results.at(-1)!.rows.length) return whyNot(id, now);
      return { ok: true, thread: (await findBy('id', id, now))! };
    },

    /** Claim for `minutes` so no other coach answers at the same time (again by the holder: extended). */
    async claim(id: string, staff: Staff, now: Date, minutes: number): Promise<StaffWrite> {
      const [r] = await driver.query(
        `UPDATE conversations SET claimed_by = ?, claimed_name = ?, claimed_until = ? WHERE id = ? AND delete_after > ?${liveClaim} RETURNING id`,
        [staff.id, staff.name, iso(new Date(now.getTime() + minutes * 60_000)), id, iso(now), iso(now), staff.id],
      );
      if (!r) return whyNot(id, now);
      return { ok: true, thread: (await findBy('id', id, now))! };
    },

    /** Let go of one's own claim. */
    async release(id: string, staff: Staff, now: Date): Promise<void> {
      await driver.exec(`UPDATE conversations SET claimed_by = NULL, claimed_name = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ? AND delete_after > ?`, [id, staff.id, iso(now)]);
    },

    /** Close: off the queue; kept `answeredDays` from now so the youngster can read the end. Refused under another's claim. */
    async close(id: string, staff: Staff, now: Date): Promise<StaffWrite> {
      const deleteAfter = iso(conversationDeleteAt({ at: now, waitingForCjg: false }, retention));
      const [r] = await driver.query(
        `UPDATE conversations SET status = 'closed', closed_at = ?, waiting_since = NULL, claimed_by = NULL, claimed_name = NULL, claimed_until = NULL,
          delete_after = CASE WHEN delete_after > ? THEN delete_after ELSE ? END
          WHERE id = ? AND delete_after > ?${liveClaim} RETURNING id`,
        [iso(now), deleteAfter, deleteAfter, id, iso(now), iso(now), staff.id],
      );
      if (!r) return whyNot(id, now);
      return { ok: true, thread: (await findBy('id', id, now))! };
    },

    /** Open conversations, those waiting for the CJG first (oldest waiting first), then those waiting for the youngster. */
    async listOpen(now: Date): Promise<StoredConversation[]> {
      const rows = await driver.query(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE status = 'open' AND delete_after > ?
          ORDER BY CASE WHEN waiting_since IS NULL THEN 1 ELSE 0 END, waiting_since, last_message_at, id`,
        [iso(now)],
      );
      return rows.map((r) => conversationRow.parse(r));
    },

    /** The youngster's messages of each conversation, in order (the queue shows the first and looks for crisis words in all). */
    async youthMessages(ids: readonly string[]): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (ids.length === 0) return out;
      const rows = await driver.query<{ conversation_id: string; text: string }>(
        `SELECT conversation_id, text FROM messages WHERE sender = 'jongere' AND conversation_id IN (${ids.map(() => '?').join(', ')}) ORDER BY conversation_id, seq`,
        ids,
      );
      for (const r of rows) out.set(r.conversation_id, [...(out.get(r.conversation_id) ?? []), r.text]);
      return out;
    },

    /** Every first answer in [from, to) (Amsterdam days "YYYY-MM-DD"): minutes waited, for the figures. */
    async facts(from: string, to: string): Promise<number[]> {
      const rows = await driver.query<{ m: number }>(`SELECT minutes_to_first_answer AS m FROM conversation_facts WHERE answered_on >= ? AND answered_on < ? ORDER BY m`, [from, to]);
      return rows.map((r) => r.m);
    },

    templates: {
      async list(): Promise<ReplyTemplate[]> {
        return (await driver.query(`SELECT ${REPLY_TEMPLATE_COLUMNS} FROM reply_templates ORDER BY title, id`)).map((r) => replyTemplateRow.parse(r));
      },
      async get(id: string): Promise<ReplyTemplate | undefined> {
        const [r] = await driver.query(`SELECT ${REPLY_TEMPLATE_COLUMNS} FROM reply_templates WHERE id = ?`, [id]);
        return r ? replyTemplateRow.parse(r) : undefined;
      },
      /** New (no id) or changed; returns the id, undefined when the id does not exist. */
      async save(t: { id?: string | undefined; title: string; text: string }, now: Date): Promise<string | undefined> {
        if (!t.id) {
          const id = randomId();
          await driver.exec(`INSERT INTO reply_templates (id, title, text, updated_at) VALUES (?, ?, ?, ?)`, [id, t.title, t.text, iso(now)]);
          return id;
        }
        const n = await driver.exec(`UPDATE reply_templates SET title = ?, text = ?, updated_at = ? WHERE id = ?`, [t.title, t.text, iso(now), t.id]);
        return n === 1 ? t.id : undefined;
      },
      async remove(id: string): Promise<boolean> {
        return (await driver.exec(`DELETE FROM reply_templates WHERE id = ?`, [id])) === 1;
      },
    },

    hours: {
      /** The hours set in the back office; undefined while nobody set them (the defaults count). */
      async get(): Promise<AnswerHours | undefined> {
        const [set] = await driver.query(`SELECT updated_at FROM answer_hours_set WHERE id = 1`);
        if (!set) return undefined;
        const rows = await driver.query<{ weekday: number; opens: string; closes: string }>(`SELECT weekday, opens, closes FROM answer_hours ORDER BY weekday`);
        return Object.fromEntries(rows.map((r) => [r.weekday as Weekday, { opens: r.opens, closes: r.closes }])) as AnswerHours;
      },
      /** The week's hours and, when given, the closed days: one batch, so the back office's one form saves both or neither. */
      async set(hours: AnswerHours, now: Date, closedDays?: readonly ClosedDay[]): Promise<void> {
        await driver.batch([
          { sql: `DELETE FROM answer_hours` },
          ...Object.entries(hours).map(([wd, h]) => ({ sql: `INSERT INTO answer_hours (weekday, opens, closes) VALUES (?, ?, ?)`, args: [Number(wd), h!.opens, h!.closes] })),
          { sql: `DELETE FROM answer_hours_set` },
          { sql: `INSERT INTO answer_hours_set (id, updated_at) VALUES (1, ?)`, args: [iso(now)] },
          ...(closedDays ? closedDayStatements(closedDays) : []),
        ]);
      },
    },

    /** Days nobody reads although the weekday is open (src/domain/questions/closed-days.ts). */
    closedDays: {
      /** From `today` (YYYY-MM-DD) on, in order. */
      async list(today: string): Promise<ClosedDay[]> {
        const rows = await driver.query<{ day: string; note: string }>(`SELECT day, note FROM answer_closed_days WHERE day >= ? ORDER BY day`, [today]);
        return rows.map((r) => ({ day: String(r.day), note: String(r.note) }));
      },
    },

    /** Delete every conversation past its date, with its messages. Returns the number of conversations deleted. */
    async purge(now: Date): Promise<number> {
      const [, gone] = await driver.batch([
        { sql: `DELETE FROM messages WHERE conversation_id IN (SELECT id FROM conversations WHERE delete_after <= ?)`, args: [iso(now)] },
        { sql: `DELETE FROM conversations WHERE delete_after <= ?`, args: [iso(now)] },
      ]);
      return gone!.rowsAffected;
    },
  };
}

export type ConversationStore = ReturnType<typeof createConversationStore>;
