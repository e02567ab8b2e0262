/**
 * Back-office accounts over the SQL driver: users (no passwords), sign-in
 * links and sessions, both stored as hashes only (src/server/tokens.ts).
 * Every change that must be all-or-nothing is one batch.
 */
import { LOGIN_LINK_COLUMNS, loginLinkRow, USER_COLUMNS, userRow, type LoginLink, type User } from '../../schemas/rows';
import type { Role } from '../../domain/admin';
import type { SqlDriver } from './driver';
import { sortableId } from './ids';
import { outboxMessage } from './sql';

export type { LoginLink, User };

const DAY_MS = 24 * 3600_000;

export function createAccountStore(driver: SqlDriver, options: { newId?: () => string } = {}) {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const one = async (sql: string, args: (string | number)[]) => {
    const [row] = await driver.query(sql, args);
    return row ? userRow.parse(row) : undefined;
  };

  return {
    /** Create an account, or find the one with this address (addresses are compared in lower case). */
    async createUser(input: { email: string; role: Role; partnerId?: string | undefined; name?: string }, now: Date = new Date()): Promise<{ user: User; created: boolean }> {
      const email = input.email.trim().toLowerCase();
      const [inserted] = await driver.query(
        `INSERT INTO users (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
        [newId(), email, input.name ?? '', input.role, input.role === 'partner' ? (input.partnerId ?? null) : null, now.toISOString()],
      );
      if (inserted) return { user: userRow.parse(inserted), created: true };
      return { user: (await one(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`, [email]))!, created: false };
    },

    /** An active account by address. */
    findUserByEmail: (email: string) => one(`SELECT ${USER_COLUMNS} FROM users WHERE email = ? AND active = 1`, [email.trim().toLowerCase()]),
    /** An active account by id. */
    findUserById: (id: string) => one(`SELECT ${USER_COLUMNS} FROM users WHERE id = ? AND active = 1`, [id]),
    /** Any account, active or not (the accounts page). */
    getUser: (id: string) => one(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id]),

    async listUsers(): Promise<User[]> {
      return (await driver.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY role, email`)).map((r) => userRow.parse(r));
    },

    /** Deactivating ends the account's sessions and makes its open sign-in links worthless, in one batch. */
    async setUserActive(id: string, active: boolean, now: Date = new Date()): Promise<User | undefined> {
      const [changed] = await driver.batch([
        { sql: `UPDATE users SET active = ? WHERE id = ? RETURNING ${USER_COLUMNS}`, args: [active ? 1 : 0, id] },
        ...(active
          ? []
          : [
              { sql: 'DELETE FROM admin_sessions WHERE user_id = ?', args: [id] },
              { sql: 'UPDATE login_links SET replaced_at = ? WHERE user_id = ? AND used_at IS NULL AND replaced_at IS NULL', args: [now.toISOString(), id] },
            ]),
      ]);
      return changed!.rows[0] ? userRow.parse(changed!.rows[0]) : undefined;
    },

    /**
     * Someone asked for a sign-in link for `email`: one outbox row, nothing
     * else, the same for every address (the drainer looks the account up).
     */
    async requestLink(email: string, requester: string, now: Date): Promise<void> {
      await driver.batch([outboxMessage({ id: sortableId(), kind: 'sign-in-link', recipient: email, payload: { email, requester } }, now.toISOString())]);
    },

    /** A new link; it replaces the account's older unused links (only the newest mail works). Old expired links are cleaned up. */
    async createLink(tokenHash: string, userId: string, expiresAt: Date, now: Date): Promise<void> {
      await driver.batch([
        { sql: 'DELETE FROM login_links WHERE expires_at < ?', args: [new Date(now.getTime() - DAY_MS).toISOString()] },
        { sql: 'UPDATE login_links SET replaced_at = ? WHERE user_id = ? AND used_at IS NULL AND replaced_at IS NULL', args: [now.toISOString(), userId] },
        { sql: 'INSERT INTO login_links (token_hash, user_id, expires_at, used_at, created_at) VALUES (?, ?, ?, NULL, ?)', args: [tokenHash, userId, expiresAt.toISOString(), now.toISOString()] },
      ]);
    },

    /**
     * Use a sign-in link: mark it used only if it was unused and not
     * replaced, and read it, in one batch, so two clicks at the same moment
     * cannot both sign in (the second sees `used_at` set by the first).
     * `consumed` says whether this call was the one that used it.
     */
    async consumeLink(tokenHash: string, now: Date): Promise<{ link: LoginLink | undefined; consumed: boolean }> {
      const [mark, read] = await driver.batch([
        { sql: 'UPDATE login_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND replaced_at IS NULL', args: [now.toISOString(), tokenHash] },
        { sql: `SELECT ${LOGIN_LINK_COLUMNS} FROM login_links WHERE token_hash = ?`, args: [tokenHash] },
      ]);
      const row = read!.rows[0];
      if (!row) return { link: undefined, consumed: false };
      const link = loginLinkRow.parse(row);
      const consumed = mark!.rowsAffected === 1;
      // The caller judges the link as it was before this use: unused when this call used it.
      return { link: consumed ? { ...link, usedAt: null } : link, consumed };
    },

    async createSession(tokenHash: string, userId: string, expiresAt: Date, now: Date): Promise<void> {
      await driver.batch([
        { sql: 'DELETE FROM admin_sessions WHERE expires_at < ?', args: [now.toISOString()] },
        { sql: 'INSERT INTO admin_sessions (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)', args: [tokenHash, userId, expiresAt.toISOString(), now.toISOString()] },
      ]);
    },

    /** The active user of an unexpired session. */
    sessionUser: (tokenHash: string, now: Date) =>
      one(
        `SELECT ${USER_COLUMNS.split(', ').map((c) => `u.${c}`).join(', ')} FROM admin_sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1`,
        [tokenHash, now.toISOString()],
      ),

    async deleteSession(tokenHash: string): Promise<void> {
      await driver.exec('DELETE FROM admin_sessions WHERE token_hash = ?', [tokenHash]);
    },
  };
}

export type AccountStore = ReturnType<typeof createAccountStore>;
