/**
 * Migration 3: the back office (issue 6).
 * - users: coordinator and partner accounts. No passwords: sign-in is by e-mail link.
 * - login_links and admin_sessions hold only SHA-256 hashes of their tokens,
 *   so a copy of the database cannot be used to sign in.
 * - partner_offers: offers written in the back office. `data`/`body` is the
 *   working version; `approved_data`/`approved_body` the version the
 *   coordinator approved, which the build publishes.
 * - registration_facts: anonymous counts kept when retention deletes a
 *   registration (a trigger), so the year's figures survive the deletion.
 * - survey_invites/survey_responses: the anonymous 1–5 question after a
 *   session. An invite is not linked to a registration; a response only to its session.
 */
import type { Migration } from './index';

export const adminMigration: Migration = {
  version: 3,
  name: 'admin',
  statements: [
    `CREATE TABLE users (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL CHECK (role IN ('coordinator', 'partner')),
      partner_id TEXT,
      active INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      CHECK (role = 'coordinator' OR partner_id IS NOT NULL)
    )`,
    `CREATE TABLE login_links (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX login_links_expires ON login_links (expires_at)`,
    `CREATE TABLE admin_sessions (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX admin_sessions_user ON admin_sessions (user_id)`,
    `CREATE TABLE partner_offers (
      id TEXT PRIMARY KEY,
      provider TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'sent-back')),
      data TEXT NOT NULL,
      body TEXT NOT NULL DEFAULT '',
      remarks TEXT,
      approved_data TEXT,
      approved_body TEXT,
      approved_at TEXT,
      published_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      submitted_at TEXT
    )`,
    `CREATE INDEX partner_offers_provider ON partner_offers (provider, updated_at)`,
    `CREATE INDEX partner_offers_status ON partner_offers (status, submitted_at)`,
    `CREATE TABLE registration_facts (
      session_id TEXT NOT NULL,
      offer_id TEXT NOT NULL,
      status TEXT NOT NULL,
      participants INTEGER NOT NULL,
      registered_at TEXT NOT NULL
    )`,
    `CREATE TRIGGER registrations_keep_facts BEFORE DELETE ON registrations BEGIN
      INSERT INTO registration_facts (session_id, offer_id, status, participants, registered_at)
      VALUES (OLD.session_id, OLD.offer_id, OLD.status, OLD.participants, OLD.created_at);
    END`,
    `CREATE TABLE survey_invites (
      token_hash TEXT PRIMARY KEY,
      session_id TEXT NOT NULL,
      offer_id TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT
    )`,
    `CREATE TABLE survey_sent (session_id TEXT PRIMARY KEY, sent_at TEXT NOT NULL)`,
    `CREATE TABLE survey_responses (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      session_id TEXT NOT NULL,
      offer_id TEXT NOT NULL,
      score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
      comment TEXT,
      month TEXT NOT NULL
    )`,
  ],
};
