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
];
