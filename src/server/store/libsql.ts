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
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { decideRegistration, holdsPlace, promoteFromWaitlist, type RegistrationStatus } from '../../domain/availability';
import { randomToken } from '../http';
import { migrations } from './migrations';
import type { NewRegistration, RegistrationStore, SessionRules, StoredRegistration } from './types';

const COLUMNS =
  'id, session_id, offer_id, email, name, phone, participants, child_first_name, child_age, school_group, municipality, remarks, status, cancel_token, created_at, updated_at, purge_after';

function toRegistration(r: Row): StoredRegistration {
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
    cancelToken: String(r.cancel_token),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    purgeAfter: String(r.purge_after),
  };
}

/** Create the folder of a `file:` database. */
function ensureFolder(url: string) {
  if (!url.startsWith('file:')) return;
  const path = url.slice('file:'.length).split('?')[0]!;
  if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
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
  ensureFolder(url);
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
    const rs = await tx.execute({
      sql: `SELECT COALESCE(SUM(participants), 0) AS held FROM registrations WHERE session_id = ? AND status IN ('confirmed', 'pending')`,
      args: [sessionId],
    });
    return Number(rs.rows[0]!.held);
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
      const r = await one(tx, `UPDATE registrations SET status = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`, [m.status, now, m.id]);
      if (r) promoted.push(r);
    }
    return promoted;
  }

  return {
    db: { client, write },

    async migrate() {
      if (local) await client.execute('PRAGMA journal_mode = WAL');
      await client.execute(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      for (const m of migrations) {
        await write(async (tx) => {
          const done = await tx.execute({ sql: 'SELECT 1 FROM schema_migrations WHERE version = ?', args: [m.version] });
          if (done.rows.length) return;
          for (const sql of m.statements) await tx.execute(sql);
          await tx.execute({ sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', args: [m.version, m.name, new Date().toISOString()] });
        });
      }
    },

    register(input, rules) {
      return write(async (tx) => {
        const now = new Date().toISOString();
        const state = await tx.execute({
          sql: `SELECT
            (SELECT COALESCE(SUM(participants), 0) FROM registrations WHERE session_id = ?1 AND status IN ('confirmed', 'pending')) AS held,
            EXISTS (SELECT 1 FROM registrations WHERE session_id = ?1 AND status = 'waitlisted') AS waiting,
            (SELECT id FROM registrations WHERE session_id = ?1 AND email = ?2) AS existing`,
          args: [input.sessionId, input.email],
        });
        const row = state.rows[0]!;
        const existingId = row.existing === null ? undefined : String(row.existing);
        if (existingId) {
          const existing = (await one(tx, `SELECT ${COLUMNS} FROM registrations WHERE id = ?`, [existingId]))!;
          if (existing.status !== 'cancelled' && existing.status !== 'declined') return { registration: existing, created: false };
        }
        const status = decideRegistration({
          capacity: rules.capacity,
          held: rules.taken + Number(row.held),
          participants: input.participants,
          intake: rules.intake,
          waiting: Number(row.waiting),
        });
        const values: InValue[] = [
          input.offerId, input.name, input.phone ?? null, input.participants, input.childFirstName ?? null, input.childAge ?? null,
          input.schoolGroup ?? null, input.municipality, input.remarks ?? null, status, randomToken(), now, now, input.purgeAfter.toISOString(),
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
        return { registration: registration!, created: true };
      });
    },

    async heldPlaces(sessionId) {
      return held(client, sessionId);
    },

    findById(id) {
      return one(client, `SELECT ${COLUMNS} FROM registrations WHERE id = ?`, [id]);
    },

    findByCancelToken(token) {
      return one(client, `SELECT ${COLUMNS} FROM registrations WHERE cancel_token = ?`, [token]);
    },

    cancel(token, rulesOf) {
      return write(async (tx) => {
        const r = await one(tx, `SELECT ${COLUMNS} FROM registrations WHERE cancel_token = ?`, [token]);
        if (!r) return undefined;
        if (r.status === 'cancelled' || r.status === 'declined') return { registration: r, promoted: [], changed: false };
        const now = new Date().toISOString();
        const updated = (await one(tx, `UPDATE registrations SET status = 'cancelled', updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`, [now, r.id]))!;
        const promoted = holdsPlace(r.status) ? await promote(tx, r.sessionId, rulesOf(r.sessionId), now) : [];
        return { registration: updated, promoted, changed: true };
      });
    },

    decide(id, decision, rulesOf) {
      return write(async (tx) => {
        const r = await one(tx, `SELECT ${COLUMNS} FROM registrations WHERE id = ?`, [id]);
        if (!r || r.status !== 'pending') return r ? { registration: r, promoted: [] } : undefined;
        const now = new Date().toISOString();
        const updated = (await one(tx, `UPDATE registrations SET status = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`, [decision, now, id]))!;
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

    purge(now) {
      return write(async (tx) => {
        const rs = await tx.execute({ sql: 'DELETE FROM registrations WHERE purge_after <= ?', args: [now.toISOString()] });
        return rs.rowsAffected;
      });
    },

    close() {
      client.close();
    },
  };
}
