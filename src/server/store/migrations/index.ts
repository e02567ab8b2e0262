/**
 * Versioned schema migrations, applied in order, each in its own
 * transaction, and recorded in `schema_migrations`. Never edit a released
 * migration: add the next version.
 */
import { adminMigration } from './003-admin';
import { signInLinkReplacedMigration } from './010-sign-in-link-replaced';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'registrations',
    statements: [
      `CREATE TABLE registrations (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL,
        offer_id TEXT NOT NULL,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        phone TEXT,
        participants INTEGER NOT NULL CHECK (participants BETWEEN 1 AND 100),
        child_first_name TEXT,
        child_age INTEGER,
        school_group TEXT,
        municipality TEXT NOT NULL,
        remarks TEXT,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'pending', 'waitlisted', 'cancelled', 'declined')),
        cancel_token TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        purge_after TEXT NOT NULL
      )`,
      // Idempotency: one registration per person per session.
      `CREATE UNIQUE INDEX registrations_session_email ON registrations (session_id, email)`,
      // Places held and the waiting list order, per session.
      `CREATE INDEX registrations_session_status ON registrations (session_id, status, created_at, participants)`,
      `CREATE INDEX registrations_purge_after ON registrations (purge_after)`,
    ],
  },
  {
    version: 2,
    name: 'session places counter',
    statements: [
      // Places held and people waiting per session, kept in step with `registrations` inside the same
      // transactions, so deciding a registration costs the same for the 1st and the 10,000th.
      `CREATE TABLE session_places (
        session_id TEXT PRIMARY KEY,
        held INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0),
        waiting INTEGER NOT NULL DEFAULT 0 CHECK (waiting >= 0)
      )`,
      `INSERT INTO session_places (session_id, held, waiting)
         SELECT session_id,
                COALESCE(SUM(CASE WHEN status IN ('confirmed', 'pending') THEN participants END), 0),
                COUNT(CASE WHEN status = 'waitlisted' THEN 1 END)
         FROM registrations GROUP BY session_id`,
    ],
  },
  adminMigration,
  signInLinkReplacedMigration,
];
