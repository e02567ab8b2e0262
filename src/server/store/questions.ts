/**
 * Anonymous questions over the SQL driver, in their own database
 * (QUESTIONS_DATABASE_URL): no identifying column, nothing to join with
 * registrations. `delete_after` follows from src/domain/question-retention.ts;
 * a question past it does not exist for any read or answer, even before the
 * purge ran.
 */
import { questionDeleteAt, type QuestionRetention } from '../../domain/questions/retention';
import type { QuestionInput, QuestionStatus } from '../../schemas/question';
import { QUESTION_COLUMNS, questionRow, type StoredQuestion } from '../../schemas/rows';
import type { SqlDriver } from './driver';

export type { StoredQuestion };

export function createQuestionStore(driver: SqlDriver, retention: QuestionRetention) {
  const find = async (code: string, now: Date = new Date()): Promise<StoredQuestion | undefined> => {
    const [r] = await driver.query(`SELECT ${QUESTION_COLUMNS} FROM questions WHERE code = ? AND delete_after > ?`, [code, now.toISOString()]);
    return r ? questionRow.parse(r) : undefined;
  };
  return {
    /** Store a question under `code`; false if the code is taken (the caller draws a new one). */
    async create(code: string, input: QuestionInput, now: Date): Promise<boolean> {
      const n = await driver.exec(
        `INSERT INTO questions (${QUESTION_COLUMNS}) VALUES (?, ?, ?, ?, 'open', NULL, ?, NULL, ?) ON CONFLICT (code) DO NOTHING`,
        [code, input.question, input.age ?? null, input.topic ?? null, now.toISOString(), questionDeleteAt({ createdAt: now }, retention).toISOString()],
      );
      return n === 1;
    },

    find,

    /** Answer (or correct an answer); the deletion date moves to answer + retention. Undefined when gone. */
    async answer(code: string, answer: string, now: Date): Promise<StoredQuestion | undefined> {
      const found = await find(code, now);
      if (!found) return undefined;
      const deleteAfter = questionDeleteAt({ createdAt: new Date(found.createdAt), answeredAt: now }, retention).toISOString();
      // `delete_after > now` again in the write: a question that expired in between stays gone.
      const [r] = await driver.query(
        `UPDATE questions SET status = 'answered', answer = ?, answered_at = ?, delete_after = ? WHERE code = ? AND delete_after > ? RETURNING ${QUESTION_COLUMNS}`,
        [answer, now.toISOString(), deleteAfter, code, now.toISOString()],
      );
      return r ? questionRow.parse(r) : undefined;
    },

    async list(status?: QuestionStatus, now: Date = new Date()): Promise<StoredQuestion[]> {
      const rows = status
        ? await driver.query(`SELECT ${QUESTION_COLUMNS} FROM questions WHERE status = ? AND delete_after > ? ORDER BY created_at, code`, [status, now.toISOString()])
        : await driver.query(`SELECT ${QUESTION_COLUMNS} FROM questions WHERE delete_after > ? ORDER BY created_at, code`, [now.toISOString()]);
      return rows.map((r) => questionRow.parse(r));
    },

    /** Delete every question past its retention. Returns the number deleted. */
    purge(now: Date): Promise<number> {
      return driver.exec('DELETE FROM questions WHERE delete_after <= ?', [now.toISOString()]);
    },
  };
}

export type QuestionStore = ReturnType<typeof createQuestionStore>;
