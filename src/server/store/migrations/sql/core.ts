/**
 * The portable schema of the portal database (DATABASE_URL), the same SQL
 * text on SQLite/libSQL and PostgreSQL (and D1 later): TEXT and INTEGER
 * columns, ISO 8601 UTC text for times, 0/1 for booleans, ids made by the
 * application (no AUTOINCREMENT/SERIAL), no triggers.
 * Never edit a released migration: add the next version.
 */
import type { Migration } from '../../migrate';

export const coreMigrations: Migration[] = [
  {
    version: 1,
    name: 'core: registrations and session counters',
    statements: [
      `CREATE TABLE IF NOT EXISTS registrations (
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
        cancel_token_hash TEXT NOT NULL UNIQUE,
        seq INTEGER NOT NULL,
        last_op TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        purge_after TEXT NOT NULL
      )`,
      // Idempotency: one registration per person per session.
      `CREATE UNIQUE INDEX IF NOT EXISTS registrations_session_email ON registrations (session_id, email)`,
      // Places held, the waiting list in order, and recounts, per session.
      `CREATE INDEX IF NOT EXISTS registrations_session_status ON registrations (session_id, status, seq, participants)`,
      `CREATE INDEX IF NOT EXISTS registrations_purge_after ON registrations (purge_after)`,
      // The rows one batch changed, for the outbox rows of that batch.
      `CREATE INDEX IF NOT EXISTS registrations_last_op ON registrations (last_op)`,
      // One row per session: the lock every capacity decision takes first, the cached counters
      // (participants holding a place, people waiting) and the ticket counter for the waiting-list order.
      `CREATE TABLE IF NOT EXISTS session_places (
        session_id TEXT PRIMARY KEY,
        held INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0),
        waiting INTEGER NOT NULL DEFAULT 0 CHECK (waiting >= 0),
        seq INTEGER NOT NULL DEFAULT 0
      )`,
    ],
  },
  {
    version: 2,
    name: 'core: back office (accounts, partner offers, figures, survey)',
    statements: [
      // Accounts: no passwords, sign-in is by e-mail link; links and sessions are stored as SHA-256 hashes.
      `CREATE TABLE IF NOT EXISTS users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'partner')),
        partner_id TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        CHECK (role = 'coordinator' OR partner_id IS NOT NULL)
      )`,
      `CREATE TABLE IF NOT EXISTS login_links (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        created_at TEXT NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS login_links_expires ON login_links (expires_at)`,
      `CREATE TABLE IF NOT EXISTS admin_sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS admin_sessions_user ON admin_sessions (user_id)`,
      // Offers written in the back office: data/body the working version, approved_* what the build publishes.
      `CREATE TABLE IF NOT EXISTS partner_offers (
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
      `CREATE INDEX IF NOT EXISTS partner_offers_provider ON partner_offers (provider, updated_at)`,
      `CREATE INDEX IF NOT EXISTS partner_offers_status ON partner_offers (status, submitted_at)`,
      // Anonymous counts kept when a registration is deleted, so the year's figures survive retention.
      // Written by the same batch that deletes (no trigger: triggers are not portable).
      `CREATE TABLE IF NOT EXISTS registration_facts (
        session_id TEXT NOT NULL,
        offer_id TEXT NOT NULL,
        status TEXT NOT NULL,
        participants INTEGER NOT NULL,
        registered_at TEXT NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS registration_facts_registered ON registration_facts (registered_at)`,
      // The anonymous 1–5 question after a session: an invite is not linked to a registration, a response only to its session.
      `CREATE TABLE IF NOT EXISTS survey_invites (
        token_hash TEXT PRIMARY KEY,
        session_id TEXT NOT NULL,
        offer_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      )`,
      `CREATE TABLE IF NOT EXISTS survey_sent (session_id TEXT PRIMARY KEY, sent_at TEXT NOT NULL)`,
      `CREATE TABLE IF NOT EXISTS survey_responses (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL,
        offer_id TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment TEXT,
        month TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 3,
    name: 'core: mail outbox',
    statements: [
      // Every change that mails writes its message here in the same batch; a worker sends it later
      // and retries. `payload` is JSON with what the mail needs besides the rows (e.g. the cancel link,
      // so it is personal data: the worker clears it when sent, retention deletes the row).
      `CREATE TABLE IF NOT EXISTS outbox (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        registration_id TEXT,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        sent_at TEXT,
        last_error TEXT
      )`,
      `CREATE INDEX IF NOT EXISTS outbox_due ON outbox (sent_at, next_attempt_at)`,
      `CREATE INDEX IF NOT EXISTS outbox_registration ON outbox (registration_id)`,
    ],
  },
  {
    version: 4,
    name: 'core: sign-in link replaced',
    statements: [
      // A new sign-in link replaces the account's older unused ones (issue 10, staff sign-in): `replaced_at`
      // says when, so an old link gets its own clear message instead of "unknown" or "used".
      `ALTER TABLE login_links ADD COLUMN replaced_at TEXT`,
      `CREATE INDEX IF NOT EXISTS login_links_user ON login_links (user_id, used_at)`,
    ],
  },
  {
    version: 5,
    name: 'core: shared rate limits',
    statements: [
      // One row per limiter and client while its window runs (src/server/store/limits.ts), shared by every
      // process and edge isolate. `bucket` is a SHA-256 of the limiter's name, the client key and the deployment's
      // secret: never an address. `resets_at` ends the window; rows past it are dead and purged.
      `CREATE TABLE IF NOT EXISTS rate_limits (
        bucket TEXT PRIMARY KEY,
        resets_at TEXT NOT NULL,
        hits INTEGER NOT NULL
      )`,
    ],
  },
  {
    version: 6,
    name: 'core: publications and the publish lock',
    statements: [
      // Every publication of the site (src/server/backoffice/publisher.ts): a build into its own folder
      // (`build_id`), or a step back to an older build (`kind` rollback). `state` is the step it reached;
      // `reason` the Dutch reason when it failed; `build_pid` the build process while it runs.
      `CREATE TABLE IF NOT EXISTS publications (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('publish', 'rollback')),
        state TEXT NOT NULL CHECK (state IN ('building', 'checking', 'online', 'failed')),
        build_id TEXT NOT NULL,
        from_build_id TEXT,
        started_by TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        reason TEXT,
        offers INTEGER,
        build_pid INTEGER
      )`,
      `CREATE INDEX IF NOT EXISTS publications_started ON publications (started_at)`,
      // One row: who may publish now. Taken by a conditional UPDATE (free, lease run out, or the same
      // holder as read before), so two publications never run at once, on every engine.
      `CREATE TABLE IF NOT EXISTS publish_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        holder TEXT,
        pid INTEGER,
        host TEXT,
        lease_until TEXT
      )`,
      `INSERT INTO publish_lock (id) VALUES (1)`,
    ],
  },
  {
    version: 7,
    name: 'core: offer changes write their mails in the same batch',
    statements: [
      // The batch that last changed the offer: its outbox rows (to the coordinators or the partner's
      // accounts) are written only when this batch's change happened, like `registrations.last_op`.
      `ALTER TABLE partner_offers ADD COLUMN last_op TEXT`,
    ],
  },
  {
    version: 8,
    name: 'core: sessions cancelled in the back office',
    statements: [
      // A session that will not take place, set in the back office for a content file's session (the file
      // is not edited) or a partner's database offer. The catalogue applies it where files and database
      // offers are joined (src/catalogue/merge.ts), at build time and live for registrations.
      `CREATE TABLE IF NOT EXISTS session_cancellations (
        session_id TEXT PRIMARY KEY,
        offer_id TEXT NOT NULL,
        cancelled_at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 9,
    name: 'core: locations proposed with partner offers',
    statements: [
      // A new location a partner proposes with an offer (`data`: the location schema). It is the offer's
      // until the coordinator approves the offer (`approved_at`, same batch); then it joins content/locations
      // at the next build (the locations loader) and every partner can choose it.
      `CREATE TABLE IF NOT EXISTS partner_locations (
        id TEXT PRIMARY KEY,
        offer_id TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        approved_at TEXT
      )`,
      `CREATE INDEX IF NOT EXISTS partner_locations_offer ON partner_locations (offer_id, approved_at)`,
    ],
  },
  {
    version: 10,
    name: 'core: offers taken offline by the coordinator',
    statements: [
      // When the coordinator took the offer offline (its approved version removed). It is still on the
      // website until the next build after this moment; that build clears `published_at`.
      `ALTER TABLE partner_offers ADD COLUMN offline_at TEXT`,
    ],
  },
  {
    version: 11,
    name: 'core: brothers and sisters in one session',
    statements: [
      // Which child a registration is for (src/schemas/registration-rules.ts `childKey`: the first name
      // without case or extra spaces), '' where the offer does not ask for the child. One registration per
      // person, session and child: a parent can enrol two children, a repeat of the same child is still one.
      `ALTER TABLE registrations ADD COLUMN child_key TEXT NOT NULL DEFAULT ''`,
      // Registrations made before: one per address, so no two rows can get the same key here. LOWER is
      // ASCII-only on SQLite; a repeat of an older registration with other letters makes a new one.
      `UPDATE registrations SET child_key = LOWER(TRIM(child_first_name)) WHERE child_first_name IS NOT NULL`,
      `DROP INDEX IF EXISTS registrations_session_email`,
      `CREATE UNIQUE INDEX IF NOT EXISTS registrations_session_email_child ON registrations (session_id, email, child_key)`,
    ],
  },
  {
    version: 12,
    name: 'core: the language a parent registered in',
    statements: [
      // The language of the form a parent used (issue 18: src/i18n/locales.ts, 'nl' for every registration made
      // before): the mails follow it, and the coordinator sees it in the registrations list and the CSV.
      `ALTER TABLE registrations ADD COLUMN language TEXT NOT NULL DEFAULT 'nl'`,
    ],
  },
];
