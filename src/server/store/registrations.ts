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
import {
  outboxPayloads,
  REGISTRATION_COLUMNS as registrationColumns,
  REGISTRATION_FACT_COLUMNS,
  registrationFactRow,
  registrationRow,
  type OutboxPayload,
  type Registration,
  type RegistrationFact,
} from '../../schemas/rows';
import type { RegistrationStatus } from '../../domain/registrations/availability';
import type { SqlDriver, Statement, StatementResult } from './driver';
import { sortableId } from './ids';
import * as sql from './sql';
import type { NewRegistrationRow, SessionRules } from './sql';

export type { SessionRules } from './sql';
export type { Registration, RegistrationFact };

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
  const newId = options.newId ?? sortableId;

  async function one(where: string, arg: string): Promise<Registration | undefined> {
    const rows = await driver.query(`SELECT ${registrationColumns} FROM registrations WHERE ${where} = ?`, [arg]);
    return rows[0] ? registrationRow.parse(rows[0]) : undefined;
  }
  const findById = (id: string) => one('id', id);

  /** The outbox rows of a change: one for the person concerned, one per promoted person. */
  const mails = (op: string, id: string, kind: sql.Fragment, payload: unknown, at: string): [string, Statement][] => [
    ['mail', sql.outbox(op, kind, sql.q`r.id = ${id}`, payload, at)],
    // Tagged `p:` so the person's own mail sorts (and is sent) before the promoted people's.
    ['mailPromoted', sql.outbox(op, sql.KIND.promoted, sql.q`r.id <> ${id}`, {}, at, 'p:')],
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
      // The mail that ends a place brings a file that takes it out of the calendar: only if there was a place.
      const mailPayload = to === 'cancelled' ? { ...(payload as object | undefined), calendar: holds(r) } : payload;
      const result = await run(driver, [
        ['lock', sql.lockSession(s)],
        // Only from the status just read (else the batch changes nothing and this tries again), so the mail's calendar flag is true.
        ['change', sql.setStatus(r.id, s, [r.status], to, op, at)],
        // Someone leaving may free places or unblock the head of the queue: fill after every cancel or decline.
        ...(to === 'confirmed' ? [] : ([['fill', sql.fillFromWaitlist(s, rulesOf(s), op, at)]] as [string, Statement][])),
        ['recount', sql.recount(s)],
        ...mails(op, r.id, kind, mailPayload, at),
      ]);
      const [changed] = rowsOf(result.change);
      if (changed) return { registration: changed, promoted: rowsOf(result.fill), changed: true };
    }
    throw new Error('registration changed during three attempts');
  }

  /**
   * Register several children of one family for the same session in one
   * batch, in order, each decided as if registered on its own just before
   * the next: per child the session's lock (its own ticket), the insert,
   * the counters, its outbox row. So the last place goes to the first
   * child and the next one waits, and nothing is written unless all are.
   */
  async function registerAll(inputs: readonly NewRegistration[], rules: SessionRules, mail: { payload?: unknown; rotateToken?: boolean } = {}): Promise<RegisterResult[]> {
    if (!inputs.length) return [];
    const at = now();
    const ops = inputs.map(() => newId());
    const statements: Statement[] = inputs.flatMap((input, i) => [
      sql.lockSession(input.sessionId),
      sql.insertRegistration({ ...input, id: newId() }, rules, ops[i]!, at, mail.rotateToken ?? true),
      sql.countRegistration(input.sessionId, ops[i]!),
      sql.outbox(ops[i]!, sql.KIND.registration, sql.q`1 = 1`, mail.payload, at),
    ]);
    const results = await driver.batch(statements);
    return inputs.map((_, i) => {
      const [lock, insert, , outbox] = results.slice(i * 4, i * 4 + 4);
      const [registration] = rowsOf(insert);
      const ticket = Number(lock?.rows[0]?.seq);
      const outboxId = outbox?.rows[0]?.id;
      if (!registration || typeof outboxId !== 'string') throw new Error('registration batch returned no row');
      return { registration, repeat: registration.seq !== ticket, outboxId };
    });
  }

  return {
    /**
     * Register: decided (confirmed / pending / waitlisted) in one batch with
     * its outbox row. The same (session, email, child) while live is a
     * repeat; after a cancel or decline it is registered anew.
     */
    async register(input: NewRegistration, rules: SessionRules, mail: { payload?: unknown; rotateToken?: boolean } = {}): Promise<RegisterResult> {
      const [result] = await registerAll([input], rules, mail);
      return result!;
    },

    registerAll,

    /** Cancel by the token hash of the link (a no-op for an ended one); fills freed places from the waiting list. */
    cancel(tokenHash: string, rulesOf: RulesOf, payload?: unknown): Promise<ChangeOutcome | undefined> {
      return changeStatus(() => one('cancel_token_hash', tokenHash), LIVE, 'cancelled', sql.KIND.cancelled, rulesOf, payload);
    },

    /** Staff cancel by id: the same batch as the parent's cancel link. */
    cancelById(id: string, rulesOf: RulesOf, payload?: unknown): Promise<ChangeOutcome | undefined> {
      return changeStatus(() => findById(id), LIVE, 'cancelled', sql.KIND.cancelled, rulesOf, payload);
    },

    /**
     * A session will not take place: record it and cancel everyone in it (places and waiting list),
     * each with a mail, in one batch. Calling it again cancels and mails only who is still live.
     */
    async cancelSession(sessionId: string, offerId: string, payload: OutboxPayload<'session-cancelled'> = {}): Promise<Registration[]> {
      const ops = { holders: newId(), waiting: newId() };
      const at = now();
      const [record, holders, waiting] = sql.cancelWholeSession(sessionId, offerId, ops, at);
      const mail = (op: string, calendar: boolean) =>
        sql.outbox(op, sql.KIND.sessionCancelled, sql.q`r.session_id = ${sessionId}`, outboxPayloads['session-cancelled'].parse({ ...payload, calendar }), at);
      const result = await run(driver, [
        ['lock', sql.lockSession(sessionId)],
        ['record', record],
        ['holders', holders],
        ['waiting', waiting],
        ['recount', sql.recount(sessionId)],
        ['mailHolders', mail(ops.holders, true)],
        ['mailWaiting', mail(ops.waiting, false)],
      ]);
      return [...rowsOf(result.holders), ...rowsOf(result.waiting)];
    },

    /** The sessions cancelled in the back office. */
    async cancelledSessions(): Promise<Set<string>> {
      const rows = await driver.query<{ session_id: string }>('SELECT session_id FROM session_cancellations');
      return new Set(rows.map((r) => r.session_id));
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
        // From the status just read: a promotion in between would leave out the old date's cancelling events.
        ...mails(op, id, sql.KIND.moved, { ...(payload as object | undefined), from, calendar: holds(r) }, at),
      ]);
      const [moved] = rowsOf(result.move);
      if (moved) return { ok: true, registration: moved, promoted: rowsOf(result.fill), changed: true };
      const there = await driver.query(`SELECT status FROM registrations WHERE session_id = ? AND email = ? AND child_key = ?`, [toSessionId, r.email, r.childKey]);
      if (there.some((t) => (LIVE as readonly unknown[]).includes(t.status))) return { ok: false, reason: 'already-there' };
      const current = await findById(id);
      if (!current || current.sessionId !== from || !(LIVE as readonly string[]).includes(current.status)) return { ok: false, reason: 'not-movable' };
      return { ok: false, reason: holds(current) ? 'full' : 'not-movable' };
    },

    /**
     * Retention: delete every registration past `purge_after` with its mails,
     * keeping the anonymous facts. Returns how many. With `purgeAfterOf` (the
     * catalogue's current session end + retention days) each session's
     * deletion date is first brought in line with it, in the same batch, so a
     * session that moved takes its registrations' deletion date along;
     * sessions it does not know keep the date stored with them.
     */
    async purge(at: Date, purgeAfterOf?: (sessionId: string) => Date | undefined): Promise<number> {
      const align: Statement[] = [];
      if (purgeAfterOf) {
        const sessions = await driver.query<{ session_id: string }>('SELECT DISTINCT session_id FROM registrations');
        for (const { session_id: sessionId } of sessions) {
          const date = purgeAfterOf(sessionId)?.toISOString();
          if (date) align.push({ sql: 'UPDATE registrations SET purge_after = ? WHERE session_id = ? AND purge_after <> ?', args: [date, sessionId, date] });
        }
      }
      const statements = sql.purgeRegistrations(at.toISOString());
      const results = await driver.batch([...align, ...statements]);
      return results[align.length + statements.findIndex((s) => s.sql.startsWith('DELETE FROM registrations'))]!.rowsAffected;
    },

    /**
     * A fresh cancel token for a mail that is about to be sent (only its hash
     * is stored; every earlier link stops working). Undefined when the
     * registration is gone.
     */
    async rotateToken(id: string, tokenHash: string): Promise<Registration | undefined> {
      const [row] = await driver.query(`UPDATE registrations SET cancel_token_hash = ? WHERE id = ? RETURNING ${registrationColumns}`, [tokenHash, id]);
      return row ? registrationRow.parse(row) : undefined;
    },

    /** A coordinator's message to these registrations: one outbox row per person, in one batch. */
    async message(registrations: readonly Registration[], payload: OutboxPayload<'session-message'>): Promise<number> {
      if (!registrations.length) return 0;
      const op = newId();
      const at = now();
      await driver.batch(registrations.map((r) => sql.outboxMessage({ id: `${op}:${r.id}`, kind: 'session-message', recipient: r.email, payload, registrationId: r.id }, at)));
      return registrations.length;
    },

    /** Registrations by status and/or session, in queue order per session. */
    async list(filter: { status?: RegistrationStatus; sessionId?: string } = {}): Promise<Registration[]> {
      const where: string[] = [];
      const args: string[] = [];
      if (filter.status) (where.push('status = ?'), args.push(filter.status));
      if (filter.sessionId) (where.push('session_id = ?'), args.push(filter.sessionId));
      const rows = await driver.query(`SELECT ${registrationColumns} FROM registrations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY session_id, seq, id`, args);
      return rows.map((row) => registrationRow.parse(row));
    },

    /** Places held, people waiting and pending intakes, per session (the back office's overview). */
    async counts(): Promise<Map<string, { held: number; waiting: number; pending: number }>> {
      const rows = await driver.query<{ session_id: string; held: number; waiting: number; pending: number }>(
        `SELECT session_id, COALESCE(SUM(CASE WHEN status IN ('confirmed', 'pending') THEN participants END), 0) AS held,
           COUNT(CASE WHEN status = 'waitlisted' THEN 1 END) AS waiting, COUNT(CASE WHEN status = 'pending' THEN 1 END) AS pending
         FROM registrations GROUP BY session_id`,
      );
      return new Map(rows.map((r) => [r.session_id, { held: r.held, waiting: r.waiting, pending: r.pending }]));
    },

    /** The anonymous facts of registrations retention has deleted (for the figures). */
    async facts(): Promise<RegistrationFact[]> {
      return (await driver.query(`SELECT ${REGISTRATION_FACT_COLUMNS} FROM registration_facts`)).map((r) => registrationFactRow.parse(r));
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
