/**
 * The store for anonymous questions, on libSQL (an embedded file or a remote
 * server). Times are stored as ISO strings in UTC; `delete_after` follows
 * from the retention rule in src/domain/questions/retention.ts.
 */
import { createClient, type Client, type Row } from '@libsql/client';
import { questionDeleteAt, type QuestionRetention } from '../../domain/questions/retention';
import type { QuestionInput, QuestionStatus } from '../../schemas/question';
import { questionMigrations } from './migrations/questions';
import { ensureDatabaseFile, restrictDatabaseFiles } from './files';

export interface StoredQuestion {
  code: string;
  question: string;
  age?: number | undefined;
  topic?: string | undefined;
  status: QuestionStatus;
  answer?: string | undefined;
  createdAt: string;
  answeredAt?: string | undefined;
  deleteAfter: string;
}

export interface QuestionStore {
  migrate(): Promise<void>;
  /** Store a question under `code`; false if the code is taken (the caller draws a new one). */
  create(code: string, input: QuestionInput, now: Date): Promise<boolean>;
  /**
   * A question past its deletion date does not exist, for every read and the
   * answer, even before the purge has run: `now` decides (default: the clock).
   */
  find(code: string, now?: Date): Promise<StoredQuestion | undefined>;
  /** Answer (or correct an answer); the deletion date moves to answer + retention. Undefined when gone. */
  answer(code: string, answer: string, now: Date): Promise<StoredQuestion | undefined>;
  list(status?: QuestionStatus, now?: Date): Promise<StoredQuestion[]>;
  /** Delete every question past its retention. Returns the number deleted. */
  purge(now: Date): Promise<number>;
  close(): void;
}

function toQuestion(r: Row): StoredQuestion {
  const opt = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  return {
    code: String(r.code),
    question: String(r.question),
    age: r.age === null ? undefined : Number(r.age),
    topic: opt(r.topic),
    status: String(r.status) as QuestionStatus,
    answer: opt(r.answer),
    createdAt: String(r.created_at),
    answeredAt: opt(r.answered_at),
    deleteAfter: String(r.delete_after),
  };
}

export function createQuestionStore(url: string, retention: QuestionRetention, authToken?: string): QuestionStore {
  ensureDatabaseFile(url);
  const client: Client = createClient({ url, ...(authToken ? { authToken } : {}), timeout: 10_000 });
  const COLUMNS = 'code, question, age, topic, status, answer, created_at, answered_at, delete_after';

  return {
    async migrate() {
      await client.execute(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      for (const m of questionMigrations) {
        const tx = await client.transaction('write');
        try {
          const done = await tx.execute({ sql: 'SELECT 1 FROM schema_migrations WHERE version = ?', args: [m.version] });
          if (done.rows.length === 0) {
            for (const sql of m.statements) await tx.execute(sql);
            await tx.execute({ sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', args: [m.version, m.name, new Date().toISOString()] });
          }
          await tx.commit();
          restrictDatabaseFiles(url);
        } catch (e) {
          await tx.rollback().catch(() => {});
          throw e;
        } finally {
          tx.close();
        }
      }
    },

    async create(code, input, now) {
      const rs = await client.execute({
        sql: `INSERT INTO questions (${COLUMNS}) VALUES (?, ?, ?, ?, 'open', NULL, ?, NULL, ?) ON CONFLICT (code) DO NOTHING`,
        args: [code, input.question, input.age ?? null, input.topic ?? null, now.toISOString(), questionDeleteAt({ createdAt: now }, retention).toISOString()],
      });
      return rs.rowsAffected === 1;
    },

    async find(code, now = new Date()) {
      const rs = await client.execute({ sql: `SELECT ${COLUMNS} FROM questions WHERE code = ? AND delete_after > ?`, args: [code, now.toISOString()] });
      return rs.rows[0] ? toQuestion(rs.rows[0]) : undefined;
    },

    async answer(code, answer, now) {
      const found = await this.find(code, now);
      if (!found) return undefined;
      const deleteAfter = questionDeleteAt({ createdAt: new Date(found.createdAt), answeredAt: now }, retention).toISOString();
      // `delete_after > now` again in the write: a question that expired in between stays gone.
      const rs = await client.execute({
        sql: `UPDATE questions SET status = 'answered', answer = ?, answered_at = ?, delete_after = ? WHERE code = ? AND delete_after > ?`,
        args: [answer, now.toISOString(), deleteAfter, code, now.toISOString()],
      });
      return rs.rowsAffected ? this.find(code, now) : undefined;
    },

    async list(status, now = new Date()) {
      const rs = status
        ? await client.execute({ sql: `SELECT ${COLUMNS} FROM questions WHERE status = ? AND delete_after > ? ORDER BY created_at`, args: [status, now.toISOString()] })
        : await client.execute({ sql: `SELECT ${COLUMNS} FROM questions WHERE delete_after > ? ORDER BY created_at`, args: [now.toISOString()] });
      return rs.rows.map(toQuestion);
    },

    async purge(now) {
      const rs = await client.execute({ sql: 'DELETE FROM questions WHERE delete_after <= ?', args: [now.toISOString()] });
      return rs.rowsAffected;
    },

    close() {
      client.close();
    },
  };
}
