/**
 * Registrations over the SQL driver, on any engine: register, cancel,
 * decide (intake), promote by hand, move, retention. Every change is one
 * atomic batch of the statements in ./sql.ts (lock the session's counter
 * row, change, fill from the waiting list, recount, write the outbox rows),
 * so the capacity decision is made by the database under the lock and not
 * by read-decide-write in this process. A read before a batch only picks
 * the session to lock and the answer to give when nothing changed; every
 * statement in the batch re-checks the state it relies on.
 */
import { REGISTRATION_COLUMNS as registrationColumns, registrationRow, type Registration } from '../../schemas/rows';
import type { SqlDriver, Statement, StatementResult } from './driver';
import * as sql from './sql';
import type { NewRegistrationRow, SessionRules } from './sql';

export type { SessionRules } from './sql';

export type NewRegistration = Omit<NewRegistrationRow, 'id'>;

export interface RegisterResult {
  registration: Registration;
  /** The same person was already registered for the session (a retry): nothing changed but, with `rotateToken`, the token hash. */
  repeat: boolean;
  /** The outbox row written in the same batch. */
  outboxId: string;
}

export interface ChangeOutcome {
  registration: Registration;
  /** People who got a place from the waiting list in the same batch. */
  promoted: Registration[];
  /** False when the registration already had the end state (nothing was written for it). */
  changed: boolean;
}

export type ChangeResult =
  | ({ ok: true } & ChangeOutcome)
  | { ok: false; reason: 'not-found' | 'not-waiting' | 'full' | 'not-movable' | 'same-session' | 'already-there' };

export type RulesOf = (sessionId: string) => SessionRules;

export interface RegistrationStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

const LIVE = ['confirmed', 'pending', 'waitlisted'] as const;
const holds = (r: Registration) => r.status === 'confirmed' || r.status === 'pending';

/** Run named statements as one batch; results by name. */
async function run<K extends string>(driver: SqlDriver, statements: [K, Statement][]): Promise<Record<K, StatementResult>> {
  const results = await driver.batch(statements.map(([, s]) => s));
  return Object.fromEntries(statements.map(([k], i) => [k, results[i]!])) as Record<K, StatementResult>;
}

const rowsOf = (r: StatementResult | undefined) => (r?.rows ?? []).map((row) => registrationRow.parse(row));

export function createRegistrationStore(driver: SqlDriver, options: RegistrationStoreOptions = {}) {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());

  async function one(where: string, arg: string): Promise<Registration | undefined> {
    const rows = await driver.query(`SELECT ${registrationColumns} FROM registrations WHERE ${where} = ?`, [arg]);
    return rows[0] ? registrationRow.parse(rows[0]) : undefined;
  }
  const findById = (id: string) => one('id', id);

  /** The outbox rows of a change: one for the person concerned, one per promoted person. */
  const mails = (op: string, id: string, kind: sql.Fragment, payload: unknown, at: string): [string, Statement][] => [
    ['mail', sql.outbox(op, kind, sql.q`r.id = ${id}`, payload, at)],
    ['mailPromoted', sql.outbox(op, sql.KIND.promoted, sql.q`r.id <> ${id}`, {}, at)],
  ];

  /**
   * Set a status (cancel, decide) in one batch: lock, change, fill when a
   * place may have been freed, recount, mails. Retries when the row moved
   * to another session between the read and the batch.
   */
  async function changeStatus(
    find: () => Promise<Registration | undefined>,
    from: readonly string[],
    to: 'cancelled' | 'confirmed' | 'declined',
    kind: sql.Fragment,
    rulesOf: RulesOf,
    payload: unknown,
  ): Promise<ChangeOutcome | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await find();
      if (!r) return undefined;
      if (!from.includes(r.status)) return { registration: r, promoted: [], changed: false };
      const op = newId();
      const at = now();
      const s = r.sessionId;
      const result = await run(driver, [
        ['lock', sql.lockSession(s)],
        ['change', sql.setStatus(r.id, s, from, to, op, at)],
        // Someone leaving may free places or unblock the head of the queue: fill after every cancel or decline.
        ...(to === 'confirmed' ? [] : ([['fill', sql.fillFromWaitlist(s, rulesOf(s), op, at)]] as [string, Statement][])),
        ['recount', sql.recount(s)],
        ...mails(op, r.id, kind, payload, at),
      ]);
      const [changed] = rowsOf(result.change);
      if (changed) return { registration: changed, promoted: rowsOf(result.fill), changed: true };
    }
    throw new Error('registration changed during three attempts');
  }

  return {
    /**
     * Register: decided (confirmed / pending / waitlisted) in one batch with
     * its outbox row. The same (session, email) while live is a repeat;
     * after a cancel or decline it is registered anew.
     */
    async register(input: NewRegistration, rules: SessionRules, mail: { payload?: unknown; rotateToken?: boolean } = {}): Promise<RegisterResult> {
      const op = newId();
      const at = now();
      const result = await run(driver, [
        ['lock', sql.lockSession(input.sessionId)],
        ['insert', sql.insertRegistration({ ...input, id: newId() }, rules, op, at, mail.rotateToken ?? true)],
        ['recount', sql.recount(input.sessionId)],
        ['mail', sql.outbox(op, sql.KIND.registration, sql.q`1 = 1`, mail.payload, at)],
      ]);
      const [registration] = rowsOf(result.insert);
      const ticket = Number(result.lock.rows[0]?.seq);
      const outboxId = result.mail.rows[0]?.id;
      if (!registration || typeof outboxId !== 'string') throw new Error('registration batch returned no row');
      return { registration, repeat: registration.seq !== ticket, outboxId };
    },

    /** Cancel by the token hash of the link (a no-op for an ended one); fills freed places from the waiting list. */
    cancel(tokenHash: string, rulesOf: RulesOf, payload?: unknown): Promise<ChangeOutcome | undefined> {
      return changeStatus(() => one('cancel_token_hash', tokenHash), LIVE, 'cancelled', sql.KIND.cancelled, rulesOf, payload);
    },

    /** After the intake call: confirm or decline a pending registration (declining fills from the waiting list). */
    decide(id: string, decision: 'confirmed' | 'declined', rulesOf: RulesOf, payload?: unknown): Promise<ChangeOutcome | undefined> {
      return changeStatus(() => findById(id), ['pending'], decision, sql.KIND.decided, rulesOf, payload);
    },

    /** The coordinator gives someone on the waiting list a place, out of turn, if their party fits. */
    async promote(id: string, rulesOf: RulesOf, payload?: unknown): Promise<ChangeResult> {
      const r = await findById(id);
      if (!r) return { ok: false, reason: 'not-found' };
      if (r.status !== 'waitlisted') return { ok: false, reason: 'not-waiting' };
      const op = newId();
      const at = now();
      const result = await run(driver, [
        ['lock', sql.lockSession(r.sessionId)],
        ['change', sql.promoteOne(id, r.sessionId, rulesOf(r.sessionId), op, at)],
        ['recount', sql.recount(r.sessionId)],
        ['mail', sql.outbox(op, sql.KIND.promoted, sql.q`r.id = ${id}`, payload, at)],
      ]);
      const [changed] = rowsOf(result.change);
      if (changed) return { ok: true, registration: changed, promoted: [], changed: true };
      const current = await findById(id);
      return { ok: false, reason: !current ? 'not-found' : current.status !== 'waitlisted' ? 'not-waiting' : 'full' };
    },

    /**
     * Move to another session (the caller checks it is of the same offer and
     * open). Freed places in the old session go to its waiting list.
     */
    async move(id: string, toSessionId: string, rulesOf: RulesOf, purgeAfter: Date, payload?: unknown): Promise<ChangeResult> {
      const r = await findById(id);
      if (!r) return { ok: false, reason: 'not-found' };
      if (!(LIVE as readonly string[]).includes(r.status)) return { ok: false, reason: 'not-movable' };
      if (r.sessionId === toSessionId) return { ok: false, reason: 'same-session' };
      const op = newId();
      const at = now();
      const from = r.sessionId;
      // Lock both counter rows in one order, so two moves in opposite directions cannot deadlock on PostgreSQL.
      const [first, second] = [from, toSessionId].sort();
      const [facts, remove, move] = sql.moveRegistration(id, from, toSessionId, rulesOf(toSessionId), purgeAfter.toISOString(), op, at);
      const result = await run(driver, [
        ['lockFirst', sql.lockSession(first!)],
        ['lockSecond', sql.lockSession(second!)],
        ['facts', facts!],
        ['remove', remove!],
        ['move', move!],
        ['fill', sql.fillFromWaitlist(from, rulesOf(from), op, at)],
        ['recountFrom', sql.recount(from)],
        ['recountTo', sql.recount(toSessionId)],
        ...mails(op, id, sql.KIND.moved, payload, at),
      ]);
      const [moved] = rowsOf(result.move);
      if (moved) return { ok: true, registration: moved, promoted: rowsOf(result.fill), changed: true };
      const there = await driver.query(`SELECT status FROM registrations WHERE session_id = ? AND email = ?`, [toSessionId, r.email]);
      if (there.some((t) => (LIVE as readonly unknown[]).includes(t.status))) return { ok: false, reason: 'already-there' };
      const current = await findById(id);
      if (!current || current.sessionId !== from || !(LIVE as readonly string[]).includes(current.status)) return { ok: false, reason: 'not-movable' };
      return { ok: false, reason: holds(current) ? 'full' : 'not-movable' };
    },

    /** Retention: delete every registration past `purge_after`, keeping the anonymous facts. Returns how many. */
    async purge(at: Date): Promise<number> {
      const statements = sql.purgeRegistrations(at.toISOString());
      const results = await driver.batch(statements);
      return results[statements.findIndex((s) => s.sql.startsWith('DELETE FROM registrations'))]!.rowsAffected;
    },

    findById,
    findByTokenHash: (hash: string) => one('cancel_token_hash', hash),

    /** A session's registrations, in queue order. */
    async listSession(sessionId: string): Promise<Registration[]> {
      const rows = await driver.query(`SELECT ${registrationColumns} FROM registrations WHERE session_id = ? ORDER BY seq, id`, [sessionId]);
      return rows.map((row) => registrationRow.parse(row));
    },

    /** The cached counters of a session: participants holding a place, people waiting. */
    async places(sessionId: string): Promise<{ held: number; waiting: number }> {
      const rows = await driver.query<{ held: number; waiting: number }>('SELECT held, waiting FROM session_places WHERE session_id = ?', [sessionId]);
      return { held: rows[0]?.held ?? 0, waiting: rows[0]?.waiting ?? 0 };
    },
  };
}

export type RegistrationStore = ReturnType<typeof createRegistrationStore>;
