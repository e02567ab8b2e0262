/**
 * The registration store on libSQL: an embedded SQLite file (`file:…`,
 * created with its folder on first start) or a remote libSQL server.
 *
 * Capacity is decided inside one write transaction (BEGIN IMMEDIATE). Write
 * transactions from this process are also queued behind each other, so the
 * embedded driver (whose calls are synchronous) never waits on a lock held by
 * its own process; other processes (the coordinator command) wait on the
 * busy timeout.
 */
import { createClient, type Client, type InValue, type Row, type Transaction } from '@libsql/client';
import { createHash } from 'node:crypto';
import { decideRegistration, holdsPlace, promoteFromWaitlist, type RegistrationStatus } from '../../domain/registrations/availability';
import { randomToken } from '../http';
import { ensureDatabaseFile, restrictDatabaseFiles } from './files';
import { migrations } from './migrations';
import type { CancelRef, NewRegistration, RegisterResult, RegistrationStore, SessionRules, StoredRegistration } from './types';

/** The registration columns, in the order `toRegistration` reads them. */
export const COLUMNS =
  'id, session_id, offer_id, email, name, phone, participants, child_first_name, child_age, school_group, municipality, remarks, status, cancel_token, created_at, updated_at, purge_after';

/**
 * Cancel tokens: the database keeps only `cancelTokenHash(token)` in
 * `cancel_token`; the raw token exists only in the e-mail. Every store call
 * that leads to a mail with a link issues a fresh token (`issueCancelToken`)
 * and returns it once on the registration (`cancelToken`); the earlier link
 * stops working. Rows written before this change still hold a raw token
 * (43 characters, never 64 hex), which keeps working until it is rotated.
 */
export function cancelTokenHash(token: string): string {
  return createHash('sha256').update(`so-cancel|${token}`).digest('hex');
}

export function issueCancelToken(): { token: string; hash: string } {
  const token = randomToken();
  return { token, hash: cancelTokenHash(token) };
}

/** The registration as read, plus the raw token just issued for it. */
export function withToken(r: StoredRegistration | undefined, token: string): StoredRegistration | undefined {
  return r && { ...r, cancelToken: token };
}

export function toRegistration(r: Row): StoredRegistration {
  const opt = <T>(v: unknown) => (v === null || v === undefined ? undefined : (v as T));
  return {
    id: String(r.id),
    sessionId: String(r.session_id),
    offerId: String(r.offer_id),
    email: String(r.email),
    name: String(r.name),
    phone: opt<string>(r.phone),
    participants: Number(r.participants),
    childFirstName: opt<string>(r.child_first_name),
    childAge: r.child_age === null ? undefined : Number(r.child_age),
    schoolGroup: opt<string>(r.school_group),
    municipality: String(r.municipality),
    remarks: opt<string>(r.remarks),
    status: String(r.status) as RegistrationStatus,
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    purgeAfter: String(r.purge_after),
  };
}

/** The database under the registration store, for the other stores of this process (back office): same client, same write queue. */
export interface LibsqlDb {
  client: Client;
  write<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
}

export interface LibsqlRegistrationStore extends RegistrationStore {
  readonly db: LibsqlDb;
}

export function createLibsqlStore(url: string, authToken?: string): LibsqlRegistrationStore {
  ensureDatabaseFile(url);
  const client: Client = createClient({ url, ...(authToken ? { authToken } : {}), timeout: 10_000 });
  const local = url.startsWith('file:');
  let queue: Promise<unknown> = Promise.resolve();

  /** Run `fn` in a write transaction, one at a time within this process. */
  function write<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    const run = queue.then(async () => {
      const tx = await client.transaction('write');
      try {
        const result = await fn(tx);
        await tx.commit();
        return result;
      } catch (e) {
        await tx.rollback().catch(() => {});
        throw e;
      } finally {
        tx.close();
      }
    });
    queue = run.catch(() => {});
    return run;
  }

  async function one(tx: Transaction | Client, sql: string, args: InValue[]): Promise<StoredRegistration | undefined> {
    const rs = await tx.execute({ sql, args });
    return rs.rows[0] ? toRegistration(rs.rows[0]) : undefined;
  }

  async function held(tx: Transaction | Client, sessionId: string): Promise<number> {
    const rs = await tx.execute({ sql: 'SELECT held FROM session_places WHERE session_id = ?', args: [sessionId] });
    return rs.rows[0] ? Number(rs.rows[0].held) : 0;
  }

  /** Keep the per-session counters in step (inside the caller's transaction). `always`: run even for no change (same work for every registration). */
  async function adjust(tx: Transaction, sessionId: string, dHeld: number, dWaiting: number, always = false): Promise<void> {
    if (!dHeld && !dWaiting && !always) return;
    await tx.execute({
      sql: `INSERT INTO session_places (session_id, held, waiting) VALUES (?1, MAX(?2, 0), MAX(?3, 0))
            ON CONFLICT (session_id) DO UPDATE SET held = held + ?2, waiting = waiting + ?3`,
      args: [sessionId, dHeld, dWaiting],
    });
  }

  /** Counter change when a registration moves from one status to another. */
  function delta(from: RegistrationStatus | undefined, to: RegistrationStatus, participants: number): [number, number] {
    const h = (s: RegistrationStatus | undefined) => (s && holdsPlace(s) ? participants : 0);
    const w = (s: RegistrationStatus | undefined) => (s === 'waitlisted' ? 1 : 0);
    return [h(to) - h(from), w(to) - w(from)];
  }

  /** Fill freed places from the waiting list (inside the caller's transaction). */
  async function promote(tx: Transaction, sessionId: string, rules: SessionRules, now: string): Promise<StoredRegistration[]> {
    const waiting = await tx.execute({
      sql: `SELECT id, participants FROM registrations WHERE session_id = ? AND status = 'waitlisted' ORDER BY created_at, rowid LIMIT 100`,
      args: [sessionId],
    });
    const moves = promoteFromWaitlist(
      rules.capacity,
      rules.taken + (await held(tx, sessionId)),
      waiting.rows.map((r) => ({ id: String(r.id), participants: Number(r.participants) })),
      rules.intake,
    );
    const promoted: StoredRegistration[] = [];
    for (const m of moves) {
      // Promoted people get a mail with a link: a fresh token.
      const issued = issueCancelToken();
      const r = withToken(await one(tx, `UPDATE registrations SET status = ?, cancel_token = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`, [m.status, issued.hash, now, m.id]), issued.token);
      if (!r) continue;
      await adjust(tx, sessionId, ...delta('waitlisted', r.status, r.participants));
      promoted.push(r);
    }
    return promoted;
  }

  /**
   * One registration inside the caller's transaction; the decision is the pure `decideRegistration`.
   * A repeat (same session and address, not cancelled or declined) changes nothing but the cancel
   * token, so its owner gets a fresh link by mail; the data in the repeat is ignored. Both paths run
   * the same three statements (state, write RETURNING, counter upsert), so neither the answer nor
   * the time tells a new registration from a repeat.
   */
  async function registerOne(tx: Transaction, input: NewRegistration, rules: SessionRules): Promise<RegisterResult> {
    const now = new Date().toISOString();
    const state = await tx.execute({
      sql: `SELECT
        COALESCE((SELECT held FROM session_places WHERE session_id = ?1), 0) AS held,
        COALESCE((SELECT waiting FROM session_places WHERE session_id = ?1), 0) AS waiting,
        (SELECT id FROM registrations WHERE session_id = ?1 AND email = ?2) AS existing,
        (SELECT status FROM registrations WHERE session_id = ?1 AND email = ?2) AS existing_status`,
      args: [input.sessionId, input.email],
    });
    const row = state.rows[0]!;
    const heldBefore = Number(row.held);
    const existingId = row.existing === null ? undefined : String(row.existing);
    const issued = issueCancelToken();
    if (existingId && row.existing_status !== 'cancelled' && row.existing_status !== 'declined') {
      const existing = await one(tx, `UPDATE registrations SET cancel_token = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`, [issued.hash, now, existingId]);
      await adjust(tx, input.sessionId, 0, 0, true);
      return { registration: withToken(existing, issued.token)!, created: false, held: heldBefore };
    }
    const status = decideRegistration({
      capacity: rules.capacity,
      held: rules.taken + heldBefore,
      participants: input.participants,
      intake: rules.intake,
      waiting: Number(row.waiting),
    });
    const values: InValue[] = [
      input.offerId, input.name, input.phone ?? null, input.participants, input.childFirstName ?? null, input.childAge ?? null,
      input.schoolGroup ?? null, input.municipality, input.remarks ?? null, status, issued.hash, now, now, input.purgeAfter.toISOString(),
    ];
    const registration = existingId
      ? await one(
          tx,
          `UPDATE registrations SET offer_id = ?, name = ?, phone = ?, participants = ?, child_first_name = ?, child_age = ?, school_group = ?,
             municipality = ?, remarks = ?, status = ?, cancel_token = ?, created_at = ?, updated_at = ?, purge_after = ? WHERE id = ? RETURNING ${COLUMNS}`,
          [...values, existingId],
        )
      : await one(tx, `INSERT INTO registrations (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`, [
          crypto.randomUUID(), input.sessionId, input.offerId, input.email, ...values.slice(1),
        ]);
    await adjust(tx, input.sessionId, ...delta(undefined, status, input.participants), true);
    return { registration: withToken(registration, issued.token)!, created: true, held: heldBefore + (holdsPlace(status) ? input.participants : 0) };
  }

  /**
   * Group commit: registrations that arrive while a transaction is running
   * wait, and then go together into the next transaction, each decided in
   * arrival order inside its own savepoint. One commit (one fsync) for many,
   * and nobody gets an answer before their registration is committed.
   */
  const waitingRegistrations: {
    input: NewRegistration;
    rules: SessionRules;
    resolve: (r: RegisterResult) => void;
    reject: (e: unknown) => void;
  }[] = [];
  let flushing = false;
  const nextTurn: (fn: () => void) => void = globalThis.setImmediate ?? ((fn) => setTimeout(fn, 0));
  async function flushRegistrations(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      await flushLoop();
    } finally {
      flushing = false;
    }
  }
  async function flushLoop(): Promise<void> {
    while (waitingRegistrations.length) {
      const batch = waitingRegistrations.splice(0, 256);
      const outcomes: ({ ok: true; value: RegisterResult } | { ok: false; error: unknown })[] = [];
      try {
        await write(async (tx) => {
          outcomes.length = 0;
          for (const item of batch) {
            await tx.execute('SAVEPOINT registration');
            try {
              outcomes.push({ ok: true, value: await registerOne(tx, item.input, item.rules) });
              await tx.execute('RELEASE registration');
            } catch (error) {
              await tx.execute('ROLLBACK TO registration');
              await tx.execute('RELEASE registration');
              outcomes.push({ ok: false, error });
            }
          }
        });
        batch.forEach((item, i) => {
          const o = outcomes[i]!;
          if (o.ok) item.resolve(o.value);
          else item.reject(o.error);
        });
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
  }

  /** The row a cancel reference points at: by id (staff), or by token (its hash, or a raw token of a row from before hashing). */
  function byRef(ref: CancelRef): { where: string; args: InValue[] } {
    return 'id' in ref ? { where: 'id = ?', args: [ref.id] } : { where: 'cancel_token IN (?, ?)', args: [cancelTokenHash(ref.token), ref.token] };
  }

  return {
    db: { client, write },

    async migrate() {
      if (local) await client.execute('PRAGMA journal_mode = WAL');
      restrictDatabaseFiles(url);
      await client.execute(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      for (const m of migrations) {
        await write(async (tx) => {
          const done = await tx.execute({ sql: 'SELECT 1 FROM schema_migrations WHERE version = ?', args: [m.version] });
          if (done.rows.length) return;
          for (const sql of m.statements) await tx.execute(sql);
          await tx.execute({ sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', args: [m.version, m.name, new Date().toISOString()] });
        });
      }
      restrictDatabaseFiles(url);
    },

    register(input, rules) {
      return new Promise((resolve, reject) => {
        waitingRegistrations.push({ input, rules, resolve, reject });
        // Wait one turn of the event loop, so the requests that arrived together go into one transaction.
        if (waitingRegistrations.length === 1 && !flushing) nextTurn(() => void flushRegistrations());
      });
    },

    async heldPlaces(sessionId) {
      return held(client, sessionId);
    },

    findById(id) {
      return one(client, `SELECT ${COLUMNS} FROM registrations WHERE id = ?`, [id]);
    },

    findByCancelToken(token) {
      const ref = byRef({ token });
      return one(client, `SELECT ${COLUMNS} FROM registrations WHERE ${ref.where}`, ref.args);
    },

    cancel(cancelRef, rulesOf) {
      return write(async (tx) => {
        const ref = byRef(cancelRef);
        const r = await one(tx, `SELECT ${COLUMNS} FROM registrations WHERE ${ref.where}`, ref.args);
        if (!r) return undefined;
        if (r.status === 'cancelled' || r.status === 'declined') return { registration: r, promoted: [], changed: false };
        const now = new Date().toISOString();
        const updated = (await one(tx, `UPDATE registrations SET status = 'cancelled', updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`, [now, r.id]))!;
        await adjust(tx, r.sessionId, ...delta(r.status, 'cancelled', r.participants));
        const promoted = holdsPlace(r.status) ? await promote(tx, r.sessionId, rulesOf(r.sessionId), now) : [];
        return { registration: updated, promoted, changed: true };
      });
    },

    decide(id, decision, rulesOf) {
      return write(async (tx) => {
        const r = await one(tx, `SELECT ${COLUMNS} FROM registrations WHERE id = ?`, [id]);
        if (!r || r.status !== 'pending') return r ? { registration: r, promoted: [] } : undefined;
        const now = new Date().toISOString();
        // The decision is mailed with a link: a fresh token.
        const issued = issueCancelToken();
        const updated = withToken(await one(tx, `UPDATE registrations SET status = ?, cancel_token = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`, [decision, issued.hash, now, id]), issued.token)!;
        await adjust(tx, r.sessionId, ...delta(r.status, decision, r.participants));
        const promoted = decision === 'declined' ? await promote(tx, r.sessionId, rulesOf(r.sessionId), now) : [];
        return { registration: updated, promoted };
      });
    },

    async list(filter = {}) {
      const where: string[] = [];
      const args: InValue[] = [];
      if (filter.status) (where.push('status = ?'), args.push(filter.status));
      if (filter.sessionId) (where.push('session_id = ?'), args.push(filter.sessionId));
      const rs = await client.execute({
        sql: `SELECT ${COLUMNS} FROM registrations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY session_id, created_at, rowid`,
        args,
      });
      return rs.rows.map(toRegistration);
    },

    purge(now, purgeAfterOf) {
      return write(async (tx) => {
        // Retention follows the session: a session moved in the catalogue (an edited offer that was
        // published, or another date in a content file) moves the deletion date of its registrations.
        // Sessions the catalogue no longer knows keep the date stored when they were last known.
        if (purgeAfterOf) {
          const sessions = await tx.execute('SELECT DISTINCT session_id FROM registrations');
          for (const row of sessions.rows) {
            const sessionId = String(row.session_id);
            const at = purgeAfterOf(sessionId)?.toISOString();
            if (at) await tx.execute({ sql: 'UPDATE registrations SET purge_after = ?1 WHERE session_id = ?2 AND purge_after <> ?1', args: [at, sessionId] });
          }
        }
        const rs = await tx.execute({ sql: 'DELETE FROM registrations WHERE purge_after <= ?', args: [now.toISOString()] });
        if (rs.rowsAffected) {
          await tx.execute('DELETE FROM session_places');
          await tx.execute(`INSERT INTO session_places (session_id, held, waiting)
            SELECT session_id, COALESCE(SUM(CASE WHEN status IN ('confirmed', 'pending') THEN participants END), 0), COUNT(CASE WHEN status = 'waitlisted' THEN 1 END)
            FROM registrations GROUP BY session_id`);
        }
        return rs.rowsAffected;
      });
    },

    close() {
      client.close();
    },
  };
}
