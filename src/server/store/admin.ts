/**
 * The back-office store: accounts, sign-in links, sessions and the offers
 * partners write. Shares the libSQL client and the write queue of the
 * registration store (one database, one writer per process).
 */
import type { InValue, Row } from '@libsql/client';
import type { OfferStatus, Role } from '../../domain/admin';
import type { LibsqlDb } from './libsql';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string | undefined;
  active: boolean;
  createdAt: string;
}

export interface PartnerOfferRow {
  id: string;
  provider: string;
  status: OfferStatus;
  data: Record<string, unknown>;
  body: string;
  remarks: string | null;
  approvedData: Record<string, unknown> | null;
  approvedBody: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface SurveyResponse {
  sessionId: string;
  offerId: string;
  score: number;
  comment: string | null;
  month: string;
}

export interface RegistrationFact {
  sessionId: string;
  offerId: string;
  status: string;
  participants: number;
  registeredAt: string;
}

const USER_COLUMNS = 'id, email, name, role, partner_id, active, created_at';
const OFFER_COLUMNS =
  'id, provider, status, data, body, remarks, approved_data, approved_body, approved_at, published_at, created_at, updated_at, submitted_at';

function toUser(r: Row): User {
  return {
    id: String(r.id),
    email: String(r.email),
    name: String(r.name),
    role: String(r.role) as Role,
    partnerId: r.partner_id === null ? undefined : String(r.partner_id),
    active: Number(r.active) === 1,
    createdAt: String(r.created_at),
  };
}

const optStr = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function toOfferRow(r: Row | Record<string, unknown>): PartnerOfferRow {
  return {
    id: String(r.id),
    provider: String(r.provider),
    status: String(r.status) as OfferStatus,
    data: JSON.parse(String(r.data)) as Record<string, unknown>,
    body: String(r.body ?? ''),
    remarks: optStr(r.remarks),
    approvedData: r.approved_data === null || r.approved_data === undefined ? null : (JSON.parse(String(r.approved_data)) as Record<string, unknown>),
    approvedBody: optStr(r.approved_body),
    approvedAt: optStr(r.approved_at),
    publishedAt: optStr(r.published_at),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    submittedAt: optStr(r.submitted_at),
  };
}

export function createAdminStore(db: LibsqlDb) {
  const { client, write } = db;

  async function user(sql: string, args: InValue[]): Promise<User | undefined> {
    const rs = await client.execute({ sql, args });
    return rs.rows[0] ? toUser(rs.rows[0]) : undefined;
  }

  return {
    async createUser(input: { email: string; role: Role; partnerId?: string | undefined; name?: string }): Promise<{ user: User; created: boolean }> {
      return write(async (tx) => {
        const email = input.email.trim().toLowerCase();
        const found = await tx.execute({ sql: `SELECT ${USER_COLUMNS} FROM users WHERE email = ?`, args: [email] });
        if (found.rows[0]) return { user: toUser(found.rows[0]), created: false };
        const rs = await tx.execute({
          sql: `INSERT INTO users (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?, 1, ?) RETURNING ${USER_COLUMNS}`,
          args: [crypto.randomUUID(), email, input.name ?? '', input.role, input.role === 'partner' ? input.partnerId ?? null : null, new Date().toISOString()],
        });
        return { user: toUser(rs.rows[0]!), created: true };
      });
    },

    findUserByEmail(email: string) {
      return user(`SELECT ${USER_COLUMNS} FROM users WHERE email = ? AND active = 1`, [email.trim().toLowerCase()]);
    },

    findUserById(id: string) {
      return user(`SELECT ${USER_COLUMNS} FROM users WHERE id = ? AND active = 1`, [id]);
    },

    async listUsers(): Promise<User[]> {
      const rs = await client.execute(`SELECT ${USER_COLUMNS} FROM users ORDER BY role, email`);
      return rs.rows.map(toUser);
    },

    /** Any account, active or not (the accounts page). */
    getUser(id: string) {
      return user(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id]);
    },

    /** Deactivating ends the account's sessions and makes its open sign-in links worthless. */
    async setUserActive(id: string, active: boolean, now: Date = new Date()): Promise<User | undefined> {
      return write(async (tx) => {
        const rs = await tx.execute({ sql: `UPDATE users SET active = ? WHERE id = ? RETURNING ${USER_COLUMNS}`, args: [active ? 1 : 0, id] });
        if (!active) {
          await tx.execute({ sql: 'DELETE FROM admin_sessions WHERE user_id = ?', args: [id] });
          await tx.execute({ sql: 'UPDATE login_links SET replaced_at = ? WHERE user_id = ? AND used_at IS NULL AND replaced_at IS NULL', args: [now.toISOString(), id] });
        }
        return rs.rows[0] ? toUser(rs.rows[0]) : undefined;
      });
    },

    /** Sign-in links created for this user since `since` (attempt limit). */
    async linksSince(userId: string, since: Date): Promise<number> {
      const rs = await client.execute({ sql: 'SELECT COUNT(*) AS n FROM login_links WHERE user_id = ? AND created_at > ?', args: [userId, since.toISOString()] });
      return Number(rs.rows[0]!.n);
    },

    /** A new link; it replaces the account's older unused links (only the newest mail works). */
    async createLink(tokenHash: string, userId: string, expiresAt: Date, now: Date) {
      await write(async (tx) => {
        // Old links are worthless: clean them up while we are here.
        await tx.execute({ sql: 'DELETE FROM login_links WHERE expires_at < ?', args: [new Date(now.getTime() - 24 * 3600_000).toISOString()] });
        await tx.execute({ sql: 'UPDATE login_links SET replaced_at = ? WHERE user_id = ? AND used_at IS NULL AND replaced_at IS NULL', args: [now.toISOString(), userId] });
        await tx.execute({
          sql: 'INSERT INTO login_links (token_hash, user_id, expires_at, used_at, created_at) VALUES (?, ?, ?, NULL, ?)',
          args: [tokenHash, userId, expiresAt.toISOString(), now.toISOString()],
        });
      });
    },

    /**
     * Use a sign-in link: read and mark it used in one transaction, so two
     * clicks at the same moment cannot both sign in.
     */
    consumeLink(tokenHash: string, now: Date): Promise<{ link: { expiresAt: string; usedAt: string | null; replacedAt: string | null; userId: string } | undefined }> {
      return write(async (tx) => {
        const rs = await tx.execute({ sql: 'SELECT user_id, expires_at, used_at, replaced_at FROM login_links WHERE token_hash = ?', args: [tokenHash] });
        const r = rs.rows[0];
        if (!r) return { link: undefined };
        const link = { userId: String(r.user_id), expiresAt: String(r.expires_at), usedAt: optStr(r.used_at), replacedAt: optStr(r.replaced_at) };
        if (!link.usedAt && !link.replacedAt) await tx.execute({ sql: 'UPDATE login_links SET used_at = ? WHERE token_hash = ?', args: [now.toISOString(), tokenHash] });
        return { link };
      });
    },

    async createSession(tokenHash: string, userId: string, expiresAt: Date, now: Date) {
      await write(async (tx) => {
        await tx.execute({ sql: 'DELETE FROM admin_sessions WHERE expires_at < ?', args: [now.toISOString()] });
        await tx.execute({
          sql: 'INSERT INTO admin_sessions (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)',
          args: [tokenHash, userId, expiresAt.toISOString(), now.toISOString()],
        });
      });
    },

    /** The active user of an unexpired session. */
    sessionUser(tokenHash: string, now: Date) {
      return user(
        `SELECT u.id, u.email, u.name, u.role, u.partner_id, u.active, u.created_at FROM admin_sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1`,
        [tokenHash, now.toISOString()],
      );
    },

    async deleteSession(tokenHash: string) {
      await write((tx) => tx.execute({ sql: 'DELETE FROM admin_sessions WHERE token_hash = ?', args: [tokenHash] }));
    },

    async getOffer(id: string): Promise<PartnerOfferRow | undefined> {
      const rs = await client.execute({ sql: `SELECT ${OFFER_COLUMNS} FROM partner_offers WHERE id = ?`, args: [id] });
      return rs.rows[0] ? toOfferRow(rs.rows[0]) : undefined;
    },

    async listOffers(filter: { provider?: string | undefined; status?: OfferStatus } = {}): Promise<PartnerOfferRow[]> {
      const where: string[] = [];
      const args: InValue[] = [];
      if (filter.provider) (where.push('provider = ?'), args.push(filter.provider));
      if (filter.status) (where.push('status = ?'), args.push(filter.status));
      const rs = await client.execute({
        sql: `SELECT ${OFFER_COLUMNS} FROM partner_offers ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${filter.status === 'submitted' ? 'submitted_at' : 'updated_at DESC'}`,
        args,
      });
      return rs.rows.map(toOfferRow);
    },

    /** Every approved version (what the build publishes). */
    async approvedOffers(): Promise<PartnerOfferRow[]> {
      const rs = await client.execute(`SELECT ${OFFER_COLUMNS} FROM partner_offers WHERE approved_data IS NOT NULL ORDER BY id`);
      return rs.rows.map(toOfferRow);
    },

    async insertOffer(row: { id: string; provider: string; data: unknown; body: string }, now: Date): Promise<PartnerOfferRow> {
      return write(async (tx) => {
        const rs = await tx.execute({
          sql: `INSERT INTO partner_offers (id, provider, status, data, body, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?, ?, ?) RETURNING ${OFFER_COLUMNS}`,
          args: [row.id, row.provider, JSON.stringify(row.data), row.body, now.toISOString(), now.toISOString()],
        });
        return toOfferRow(rs.rows[0]!);
      });
    },

    /**
     * Change an offer if it is still in the state the caller decided on
     * (`expected`); returns undefined when someone else changed it first.
     */
    async updateOffer(
      id: string,
      expected: OfferStatus,
      change: { status: OfferStatus; data?: unknown; body?: string; remarks?: string | null; approve?: boolean; submitted?: boolean },
      now: Date,
      /** Only if the working version is still exactly this (the version the coordinator reviewed). */
      expectedContent?: { data: unknown; body: string },
    ): Promise<PartnerOfferRow | undefined> {
      return write(async (tx) => {
        const sets = ['status = ?', 'updated_at = ?'];
        const args: InValue[] = [change.status, now.toISOString()];
        if (change.data !== undefined) (sets.push('data = ?'), args.push(JSON.stringify(change.data)));
        if (change.body !== undefined) (sets.push('body = ?'), args.push(change.body));
        if (change.remarks !== undefined) (sets.push('remarks = ?'), args.push(change.remarks));
        if (change.submitted) (sets.push('submitted_at = ?'), args.push(now.toISOString()));
        if (change.approve) sets.push('approved_data = data', 'approved_body = body', `approved_at = '${now.toISOString()}'`);
        const where = ['id = ?', 'status = ?'];
        const whereArgs: InValue[] = [id, expected];
        if (expectedContent) (where.push('data = ?', 'body = ?'), whereArgs.push(JSON.stringify(expectedContent.data), expectedContent.body));
        const rs = await tx.execute({
          sql: `UPDATE partner_offers SET ${sets.join(', ')} WHERE ${where.join(' AND ')} RETURNING ${OFFER_COLUMNS}`,
          args: [...args, ...whereArgs],
        });
        return rs.rows[0] ? toOfferRow(rs.rows[0]) : undefined;
      });
    },

    /** After a successful build that started at `startedAt`: everything approved before it is online. */
    async markPublished(startedAt: Date): Promise<number> {
      return write(async (tx) => {
        const rs = await tx.execute({
          sql: 'UPDATE partner_offers SET published_at = ? WHERE approved_at IS NOT NULL AND approved_at <= ?',
          args: [startedAt.toISOString(), startedAt.toISOString()],
        });
        return rs.rowsAffected;
      });
    },

    /** Coordinator or partner moves someone from the waiting list into the session (also beyond capacity). */
    promote(registrationId: string, now: Date) {
      return write(async (tx) => {
        const rs = await tx.execute({
          sql: `UPDATE registrations SET status = 'confirmed', updated_at = ? WHERE id = ? AND status = 'waitlisted' RETURNING id`,
          args: [now.toISOString(), registrationId],
        });
        return rs.rows.length > 0;
      });
    },

    /** Anonymous facts of registrations that retention has deleted. */
    async registrationFacts(): Promise<RegistrationFact[]> {
      const rs = await client.execute('SELECT session_id, offer_id, status, participants, registered_at FROM registration_facts');
      return rs.rows.map((r) => ({
        sessionId: String(r.session_id),
        offerId: String(r.offer_id),
        status: String(r.status),
        participants: Number(r.participants),
        registeredAt: String(r.registered_at),
      }));
    },

    async surveyResponses(): Promise<SurveyResponse[]> {
      const rs = await client.execute('SELECT session_id, offer_id, score, comment, month FROM survey_responses ORDER BY id');
      return rs.rows.map((r) => ({ sessionId: String(r.session_id), offerId: String(r.offer_id), score: Number(r.score), comment: optStr(r.comment), month: String(r.month) }));
    },

    /** Record that the survey went out for a session; false when it already had. */
    async claimSurvey(sessionId: string, now: Date): Promise<boolean> {
      return write(async (tx) => {
        const rs = await tx.execute({ sql: 'INSERT OR IGNORE INTO survey_sent (session_id, sent_at) VALUES (?, ?)', args: [sessionId, now.toISOString()] });
        return rs.rowsAffected > 0;
      });
    },

    async createSurveyInvite(tokenHash: string, sessionId: string, offerId: string, expiresAt: Date) {
      await write((tx) =>
        tx.execute({ sql: 'INSERT INTO survey_invites (token_hash, session_id, offer_id, expires_at) VALUES (?, ?, ?, ?)', args: [tokenHash, sessionId, offerId, expiresAt.toISOString()] }),
      );
    },

    async surveyInvite(tokenHash: string, now: Date) {
      const rs = await client.execute({ sql: 'SELECT session_id, offer_id FROM survey_invites WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?', args: [tokenHash, now.toISOString()] });
      return rs.rows[0] ? { sessionId: String(rs.rows[0].session_id), offerId: String(rs.rows[0].offer_id) } : undefined;
    },

    /** Use an invite once and store the answer without any link to the person. */
    answerSurvey(tokenHash: string, score: number, comment: string | undefined, now: Date): Promise<boolean> {
      return write(async (tx) => {
        const rs = await tx.execute({
          sql: 'UPDATE survey_invites SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING session_id, offer_id',
          args: [now.toISOString(), tokenHash, now.toISOString()],
        });
        const r = rs.rows[0];
        if (!r) return false;
        await tx.execute({
          sql: 'INSERT INTO survey_responses (session_id, offer_id, score, comment, month) VALUES (?, ?, ?, ?, ?)',
          args: [String(r.session_id), String(r.offer_id), score, comment ?? null, now.toISOString().slice(0, 7)],
        });
        return true;
      });
    },
  };
}

export type AdminStore = ReturnType<typeof createAdminStore>;
