/**
 * The questions database (QUESTIONS_DATABASE_URL), apart from registrations
 * with names and addresses: nothing can join them, each has its own retention.
 * Same runner, same portable SQL as the core schema.
 * Never edit a released migration: add the next version.
 */
import type { Migration } from '../../migrate';

export const questionsMigrations: Migration[] = [
  {
    version: 1,
    name: 'questions',
    statements: [
      // No IP address, user agent or any other identifying column, on purpose.
      `CREATE TABLE IF NOT EXISTS questions (
        code TEXT PRIMARY KEY,
        question TEXT NOT NULL CHECK (length(question) <= 4000),
        age INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 99),
        topic TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'answered')),
        answer TEXT,
        created_at TEXT NOT NULL,
        answered_at TEXT,
        delete_after TEXT NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS questions_delete_after ON questions (delete_after)`,
      `CREATE INDEX IF NOT EXISTS questions_status ON questions (status, created_at)`,
    ],
  },
  {
    // Issue 17: one question became a conversation (gesprek) of messages (berichten) on one code.
    // `id` is the staff side's handle (back-office addresses): random for new conversations, never the code.
    version: 2,
    name: 'conversations',
    statements: [
      `CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        age INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 99),
        topic TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        waiting_since TEXT,
        message_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        last_message_at TEXT NOT NULL,
        first_answer_at TEXT,
        closed_at TEXT,
        claimed_by TEXT,
        claimed_name TEXT,
        claimed_until TEXT,
        delete_after TEXT NOT NULL
      )`,
      `CREATE INDEX conversations_delete_after ON conversations (delete_after)`,
      `CREATE INDEX conversations_queue ON conversations (status, waiting_since)`,
      `CREATE TABLE messages (
        conversation_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        sender TEXT NOT NULL CHECK (sender IN ('jongere', 'cjg')),
        text TEXT NOT NULL CHECK (length(text) <= 10000),
        at TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      )`,
      // Short answers the CJG edits in the back office.
      `CREATE TABLE reply_templates (id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, updated_at TEXT NOT NULL)`,
      // When someone reads (Europe/Amsterdam wall clock); a weekday without a row is closed. No rows at all: the defaults.
      `CREATE TABLE answer_hours (weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7), opens TEXT NOT NULL, closes TEXT NOT NULL)`,
      `CREATE TABLE answer_hours_set (id INTEGER PRIMARY KEY CHECK (id = 1), updated_at TEXT NOT NULL)`,
      // For the municipality's figures, kept after the conversation is deleted: no code, no text, nothing to join.
      `CREATE TABLE conversation_facts (id TEXT PRIMARY KEY, answered_on TEXT NOT NULL, minutes_to_first_answer INTEGER NOT NULL)`,
      // The questions asked before: each one a conversation of its question and, if given, its answer.
      `INSERT INTO conversations (id, code, age, topic, status, waiting_since, message_count, created_at, last_message_at, first_answer_at, closed_at, claimed_by, claimed_name, claimed_until, delete_after)
        SELECT 'oud-' || CAST(ROW_NUMBER() OVER (ORDER BY created_at, code) AS TEXT), code, age, topic, 'open',
          CASE WHEN status = 'answered' THEN NULL ELSE created_at END,
          CASE WHEN status = 'answered' THEN 2 ELSE 1 END,
          created_at, COALESCE(answered_at, created_at), answered_at, NULL, NULL, NULL, NULL, delete_after
        FROM questions`,
      `INSERT INTO messages (conversation_id, seq, sender, text, at)
        SELECT c.id, 1, 'jongere', q.question, q.created_at FROM questions q JOIN conversations c ON c.code = q.code`,
      `INSERT INTO messages (conversation_id, seq, sender, text, at)
        SELECT c.id, 2, 'cjg', q.answer, q.answered_at FROM questions q JOIN conversations c ON c.code = q.code WHERE q.status = 'answered' AND q.answer IS NOT NULL`,
      `DROP TABLE questions`,
      // Three starting templates; the CJG changes or deletes them in the back office.
      `INSERT INTO reply_templates (id, title, text, updated_at) VALUES
        ('start-welkom', 'Welkom', 'Hoi! Fijn dat je ons schrijft. Ik ben een CJG-coach en ik lees je vraag. Wat je hier schrijft, blijft tussen jou en het CJG.', '2026-12-01T00:00:00.000Z'),
        ('start-verder-praten', 'Verder praten', 'Wil je er meer over vertellen? Schrijf gerust terug met dezelfde code. Je kunt ook bellen met het CJG, of langskomen bij een CJG-coach op school.', '2026-12-01T00:00:00.000Z'),
        ('start-niet-wachten', 'Als het niet kan wachten', 'Kan het niet wachten? Bel of chat dan met De Kindertelefoon (0800-0432, tot 18 jaar). Denk je aan zelfmoord? Bel 113 of 0800-0113, dag en nacht. Ben je in gevaar? Bel 112.', '2026-12-01T00:00:00.000Z')`,
    ],
  },
  {
    // Days nobody reads although the weekday is open (Christmas, a team day): Amsterdam days, with a note for the staff.
    version: 3,
    name: 'answer-closed-days',
    statements: [`CREATE TABLE answer_closed_days (day TEXT PRIMARY KEY CHECK (length(day) = 10), note TEXT NOT NULL CHECK (length(note) <= 80))`],
  },
  {
    // Issue 18: the language of the page a conversation was started on (`nl`, `en`), so the coach sees it and
    // can answer in it. Nullable: conversations from before have none (they were all Dutch).
    version: 4,
    name: 'conversation-language',
    statements: [`ALTER TABLE conversations ADD COLUMN language TEXT`],
  },
];
