/**
 * The back office's changes to registrations that the public store does not
 * make: promote someone from the waiting list by hand, and move a
 * registration to another session of the same offer. Each runs in one write
 * transaction on the registration store's database and keeps the
 * per-session counters (session_places) in step, deciding with the same pure
 * rules as a new registration (src/domain/registrations/availability.ts). Cancel and
 * confirm/decline use the registration store itself.
 */
import type { InValue, Transaction } from '@libsql/client';
import { decideRegistration, holdsPlace, placesLeft, promoteFromWaitlist, type RegistrationStatus } from '../../domain/registrations/availability';
import { COLUMNS, issueCancelToken, toRegistration, withToken, type LibsqlDb } from './libsql';
import type { SessionRules, StoredRegistration } from './types';

export type ChangeResult =
  | { ok: true; registration: StoredRegistration; promoted: StoredRegistration[] }
  | { ok: false; reason: 'not-found' | 'not-waiting' | 'full' | 'not-movable' | 'same-session' | 'already-there' };

export function createAdminRegistrationStore(db: LibsqlDb) {
  const { client, write } = db;

  async function one(tx: Transaction, sql: string, args: InValue[]) {
    const rs = await tx.execute({ sql, args });
    return rs.rows[0] ? toRegistration(rs.rows[0]) : undefined;
  }

  async function counters(tx: Transaction, sessionId: string): Promise<{ held: number; waiting: number }> {
    const rs = await tx.execute({ sql: 'SELECT held, waiting FROM session_places WHERE session_id = ?', args: [sessionId] });
    const r = rs.rows[0];
    return { held: r ? Number(r.held) : 0, waiting: r ? Number(r.waiting) : 0 };
  }

  async function adjust(tx: Transaction, sessionId: string, from: RegistrationStatus | undefined, to: RegistrationStatus | undefined, participants: number) {
    const h = (s: RegistrationStatus | undefined) => (s && holdsPlace(s) ? participants : 0);
    const w = (s: RegistrationStatus | undefined) => (s === 'waitlisted' ? 1 : 0);
    const dHeld = h(to) - h(from);
    const dWaiting = w(to) - w(from);
    if (!dHeld && !dWaiting) return;
    await tx.execute({
      sql: `INSERT INTO session_places (session_id, held, waiting) VALUES (?1, MAX(?2, 0), MAX(?3, 0))
            ON CONFLICT (session_id) DO UPDATE SET held = held + ?2, waiting = waiting + ?3`,
      args: [sessionId, dHeld, dWaiting],
    });
  }

  /** Fill freed places of `sessionId` from its waiting list, first come first served. */
  async function fillFromWaitlist(tx: Transaction, sessionId: string, rules: SessionRules, now: string) {
    const waiting = await tx.execute({
      sql: `SELECT id, participants FROM registrations WHERE session_id = ? AND status = 'waitlisted' ORDER BY created_at, rowid LIMIT 100`,
      args: [sessionId],
    });
    const moves = promoteFromWaitlist(
      rules.capacity,
      rules.taken + (await counters(tx, sessionId)).held,
      waiting.rows.map((r) => ({ id: String(r.id), participants: Number(r.participants) })),
      rules.intake,
    );
    const promoted: StoredRegistration[] = [];
    for (const m of moves) {
      // Each status change below is mailed with a cancel link: a fresh token (only its hash is stored).
      const issued = issueCancelToken();
      const r = withToken(await one(tx, `UPDATE registrations SET status = ?, cancel_token = ?, updated_at = ? WHERE id = ? AND status = 'waitlisted' RETURNING ${COLUMNS}`, [m.status, issued.hash, now, m.id]), issued.token);
      if (!r) continue;
      await adjust(tx, sessionId, 'waitlisted', r.status, r.participants);
      promoted.push(r);
    }
    return promoted;
  }

  return {
    async listSession(sessionId: string): Promise<StoredRegistration[]> {
      const rs = await client.execute({ sql: `SELECT ${COLUMNS} FROM registrations WHERE session_id = ? ORDER BY created_at, rowid`, args: [sessionId] });
      return rs.rows.map(toRegistration);
    },

    /** Places held and people waiting, per session (for the overview). */
    async counts(): Promise<Map<string, { held: number; waiting: number; pending: number }>> {
      const rs = await client.execute(
        `SELECT session_id, COALESCE(SUM(CASE WHEN status IN ('confirmed', 'pending') THEN participants END), 0) AS held,
           COUNT(CASE WHEN status = 'waitlisted' THEN 1 END) AS waiting, COUNT(CASE WHEN status = 'pending' THEN 1 END) AS pending
         FROM registrations GROUP BY session_id`,
      );
      return new Map(rs.rows.map((r) => [String(r.session_id), { held: Number(r.held), waiting: Number(r.waiting), pending: Number(r.pending) }]));
    },

    /**
     * Give someone on the waiting list a place (the coordinator may pick
     * anyone on the list), only if their party fits in the places left.
     * An offer with an intake call makes them pending, like automatic promotion.
     */
    promote(id: string, rulesOf: (sessionId: string) => SessionRules, now: Date): Promise<ChangeResult> {
      return write(async (tx) => {
        const r = await one(tx, `SELECT ${COLUMNS} FROM registrations WHERE id = ?`, [id]);
        if (!r) return { ok: false, reason: 'not-found' };
        if (r.status !== 'waitlisted') return { ok: false, reason: 'not-waiting' };
        const rules = rulesOf(r.sessionId);
        const { held } = await counters(tx, r.sessionId);
        if (r.participants > placesLeft(rules.capacity, rules.taken + held)) return { ok: false, reason: 'full' };
        const status = rules.intake ? 'pending' : 'confirmed';
        const issued = issueCancelToken();
        const updated = withToken(await one(tx, `UPDATE registrations SET status = ?, cancel_token = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`, [status, issued.hash, now.toISOString(), id]), issued.token)!;
        await adjust(tx, r.sessionId, 'waitlisted', status, r.participants);
        return { ok: true, registration: updated, promoted: [] };
      });
    },

    /**
     * Move a registration to another session (the caller checks it is of the
     * same offer). In the new session it is decided like a new registration,
     * except that someone already confirmed stays confirmed (their intake is
     * done); a party holding a place is only moved where it fits. The places
     * it frees in the old session go to that session's waiting list; its
     * personal data is now kept until `purgeAfter` of the new session.
     */
    move(id: string, toSessionId: string, rulesOf: (sessionId: string) => SessionRules, now: Date, purgeAfter: Date): Promise<ChangeResult> {
      return write(async (tx) => {
        const r = await one(tx, `SELECT ${COLUMNS} FROM registrations WHERE id = ?`, [id]);
        if (!r) return { ok: false, reason: 'not-found' };
        if (!holdsPlace(r.status) && r.status !== 'waitlisted') return { ok: false, reason: 'not-movable' };
        if (r.sessionId === toSessionId) return { ok: false, reason: 'same-session' };
        const there = await tx.execute({ sql: 'SELECT id, status FROM registrations WHERE session_id = ? AND email = ?', args: [toSessionId, r.email] });
        const existing = there.rows[0];
        if (existing && !['cancelled', 'declined'].includes(String(existing.status))) return { ok: false, reason: 'already-there' };

        const rules = rulesOf(toSessionId);
        const target = await counters(tx, toSessionId);
        const decided = decideRegistration({ capacity: rules.capacity, held: rules.taken + target.held, participants: r.participants, intake: rules.intake, waiting: target.waiting });
        if (holdsPlace(r.status) && decided === 'waitlisted') return { ok: false, reason: 'full' };
        const status: RegistrationStatus = r.status === 'confirmed' && decided !== 'waitlisted' ? 'confirmed' : decided;

        // An old cancelled or declined registration of this person in the target session makes way (its anonymous fact is kept by the trigger).
        if (existing) await tx.execute({ sql: 'DELETE FROM registrations WHERE id = ?', args: [String(existing.id)] });
        const nowIso = now.toISOString();
        const issued = issueCancelToken();
        const updated = withToken(
          await one(tx, `UPDATE registrations SET session_id = ?, status = ?, cancel_token = ?, updated_at = ?, purge_after = ? WHERE id = ? RETURNING ${COLUMNS}`, [toSessionId, status, issued.hash, nowIso, purgeAfter.toISOString(), id]),
          issued.token,
        )!;
        await adjust(tx, r.sessionId, r.status, undefined, r.participants);
        await adjust(tx, toSessionId, undefined, status, r.participants);
        const promoted = holdsPlace(r.status) ? await fillFromWaitlist(tx, r.sessionId, rulesOf(r.sessionId), nowIso) : [];
        return { ok: true, registration: updated, promoted };
      });
    },
  };
}

export type AdminRegistrationStore = ReturnType<typeof createAdminRegistrationStore>;
