/**
 * Every statement about places, counters and the waiting list, each written
 * exactly once, in SQL that runs unchanged on SQLite/libSQL and PostgreSQL.
 * The stores compose them into atomic batches (src/server/store/registrations.ts).
 *
 * How a batch decides without an interactive transaction:
 * 1. `lockSession` first: an upsert of the session's counter row. On
 *    PostgreSQL it takes the row lock, held until COMMIT, so batches for the
 *    same session run one after the other, and under READ COMMITTED each
 *    later statement sees everything the previous holder committed. SQLite
 *    (BEGIN IMMEDIATE) and D1 run write batches one at a time anyway. It also
 *    hands out the next ticket (`seq`), the waiting-list order.
 * 2. The change itself, with the rule of src/domain/registrations/availability.ts written
 *    as SQL over live aggregates (`HELD`, `WAITING`).
 * 3. `fillFromWaitlist` where places may have been freed.
 * 4. `recount`: the cached counters from the rows, for every change
 *    (`countRegistration` for a new registration: it adds the one row in
 *    constant time, so registering does not slow down as a session fills).
 * 5. The outbox rows for the people this batch changed (`last_op`).
 *
 * Values the SQL needs from the content files (capacity, places taken
 * outside the portal, intake) come in as arguments (`SessionRules`).
 */
import { outboxPayloads, REGISTRATION_COLUMNS, type OfferOutboxKind, type OutboxKind, type OutboxPayload } from '../../schemas/rows';
import type { SqlValue, Statement } from './driver';

export interface SessionRules {
  capacity: number;
  /** Places taken outside the portal (sample data in the content file). */
  taken: number;
  intake: boolean;
}

/** A piece of SQL with the arguments of its placeholders, in text order. */
export interface Fragment {
  sql: string;
  args: SqlValue[];
}

const isFragment = (v: unknown): v is Fragment => typeof v === 'object' && v !== null && 'sql' in v && 'args' in v;

/**
 * SQL as a template: an interpolated value becomes a `?` placeholder with
 * its argument, an interpolated fragment is inlined with its arguments. So
 * arguments are always in the order of their placeholders.
 */
export function q(strings: TemplateStringsArray, ...values: (SqlValue | Fragment)[]): Fragment {
  let sql = strings[0]!;
  const args: SqlValue[] = [];
  values.forEach((v, i) => {
    if (isFragment(v)) (sql += v.sql), args.push(...v.args);
    else (sql += '?'), args.push(v);
    sql += strings[i + 1]!;
  });
  return { sql, args };
}

/** Trusted SQL text of this module (never input). */
const raw = (sql: string): Fragment => ({ sql, args: [] });
/** An integer argument in an expression (PostgreSQL cannot infer a bare `?` there). */
const int = (n: number): Fragment => ({ sql: 'CAST(? AS INTEGER)', args: [n] });
/** A text argument in an expression (`? || …` is ambiguous to PostgreSQL). */
const text = (v: string): Fragment => ({ sql: 'CAST(? AS TEXT)', args: [v] });
const list = (values: readonly string[]): Fragment => ({ sql: values.map(() => '?').join(', '), args: [...values] });

const HOLDING = raw(`('confirmed', 'pending')`);
const ENDED = raw(`('cancelled', 'declined')`);
const COLUMNS = raw(REGISTRATION_COLUMNS);

/** Participants holding a place in the session `s` (an id argument or a column). */
const held = (s: Fragment | string) => q`(SELECT COALESCE(SUM(h.participants), 0) FROM registrations h WHERE h.session_id = ${s} AND h.status IN ${HOLDING})`;
/** People on the waiting list of session `s`. */
const waiting = (s: Fragment | string) => q`(SELECT COUNT(*) FROM registrations w WHERE w.session_id = ${s} AND w.status = 'waitlisted')`;
/** Whether a party fits in the places left of session `s`, not counting anyone waiting. */
const fitsInPlaces = (participants: Fragment, s: Fragment | string, rules: SessionRules) =>
  q`${participants} + ${int(rules.taken)} + ${held(s)} <= ${int(rules.capacity)}`;
/** `decideRegistration`'s "fits": nobody is waiting and the party fits in the places left. */
const fits = (participants: Fragment, s: Fragment | string, rules: SessionRules) =>
  q`(${waiting(s)} = 0 AND ${fitsInPlaces(participants, s, rules)})`;

/**
 * The same "fits" over the session's cached counters instead of its rows: a
 * new registration is decided in constant time, however many people are
 * registered. Exact at the start of a batch (after `lockSession`), because
 * every batch brings the counters in line before it commits.
 */
const fitsByCounters = (participants: Fragment, sessionId: string, rules: SessionRules) => {
  const counter = (c: 'held' | 'waiting') => q`(SELECT c.${raw(c)} FROM session_places c WHERE c.session_id = ${sessionId})`;
  return q`(${counter('waiting')} = 0 AND ${participants} + ${int(rules.taken)} + ${counter('held')} <= ${int(rules.capacity)})`;
};

/** The status a place-holder gets in a session: pending when the offer has an intake call. */
export const placeStatus = (rules: SessionRules) => (rules.intake ? 'pending' : 'confirmed');

const statement = (f: Fragment): Statement => ({ sql: f.sql, args: f.args });

/** Lock the session's counter row (creating it) and take the next ticket. Returns `seq`. */
export function lockSession(sessionId: string): Statement {
  return statement(q`INSERT INTO session_places (session_id, held, waiting, seq) VALUES (${sessionId}, 0, 0, 1)
    ON CONFLICT (session_id) DO UPDATE SET seq = session_places.seq + 1
    RETURNING seq`);
}

/**
 * The same as `lockSession` without the lock: read the ticket only. For the
 * control test that shows what the lock is for; never used by a store.
 */
export function readSessionUnlocked(sessionId: string): Statement {
  return statement(q`SELECT seq FROM session_places WHERE session_id = ${sessionId}`);
}

const RECOUNT = q`held = ${held(raw('session_places.session_id'))}, waiting = ${waiting(raw('session_places.session_id'))}`;

/** The cached counters of one session, from its rows. */
export function recount(sessionId: string): Statement {
  return statement(q`UPDATE session_places SET ${RECOUNT} WHERE session_id = ${sessionId}`);
}

/**
 * The counters after `insertRegistration`, in constant time: add the row
 * when this batch (`op`) registered it anew (it has this batch's ticket); a
 * repeat of a live registration kept its older ticket and changes nothing.
 * Must follow `insertRegistration` in the same batch.
 */
export function countRegistration(sessionId: string, op: string): Statement {
  const mine = (status: Fragment) =>
    q`FROM registrations n WHERE n.last_op = ${op} AND n.session_id = session_places.session_id AND n.seq = session_places.seq AND n.status ${status}`;
  return statement(q`UPDATE session_places SET
      held = held + (SELECT COALESCE(SUM(n.participants), 0) ${mine(q`IN ${HOLDING}`)}),
      waiting = waiting + (SELECT COUNT(*) ${mine(raw(`= 'waitlisted'`))})
    WHERE session_id = ${sessionId}`);
}

/** The cached counters of every session (after retention deleted rows). */
export const recountAll: Statement = statement(q`UPDATE session_places SET ${RECOUNT}`);

export interface NewRegistrationRow {
  id: string;
  sessionId: string;
  offerId: string;
  email: string;
  name: string;
  phone?: string | undefined;
  participants: number;
  childFirstName?: string | undefined;
  /** `childKey` of the child's first name; '' (the default) where the offer does not ask for the child. */
  childKey?: string | undefined;
  childAge?: number | undefined;
  schoolGroup?: string | undefined;
  municipality: string;
  remarks?: string | undefined;
  /** The language of the form (src/i18n/locales.ts); the mails follow it. Default 'nl'. */
  language?: string | undefined;
  /** SHA-256 of the cancel token; the token itself is only in the mail. */
  cancelTokenHash: string;
  purgeAfter: string;
}

/** Columns a new registration, or a new registration after an ended one of the same person, takes from the input. */
const FRESH_COLUMNS = [
  'offer_id', 'name', 'phone', 'participants', 'child_first_name', 'child_age', 'school_group', 'municipality', 'remarks',
  'status', 'seq', 'created_at', 'purge_after', 'language',
] as const;

/**
 * Insert a registration, decided by `decideRegistration` in SQL. The same
 * (session, email, child) again:
 * - while it is live (a repeat) it keeps everything, and its cancel-token
 *   hash is replaced by the new one when `rotateToken` (the repeat mails a
 *   fresh link); the caller sees a repeat because the row's `seq` is not this
 *   batch's ticket;
 * - after it was cancelled or declined it is registered anew (at the back of the queue).
 * Must follow `lockSession(sessionId)` in the batch. Returns the row.
 */
export function insertRegistration(r: NewRegistrationRow, rules: SessionRules, op: string, now: string, rotateToken: boolean): Statement {
  const status = q`CASE WHEN ${fitsByCounters(int(r.participants), r.sessionId, rules)} THEN ${placeStatus(rules)} ELSE 'waitlisted' END`;
  const ended = raw(`registrations.status IN ${ENDED.sql}`);
  const fresh = raw(FRESH_COLUMNS.map((c) => `${c} = CASE WHEN ${ended.sql} THEN excluded.${c} ELSE registrations.${c} END`).join(', '));
  return statement(q`INSERT INTO registrations (id, session_id, email, child_key, cancel_token_hash, last_op, updated_at, ${raw(FRESH_COLUMNS.join(', '))})
    VALUES (${r.id}, ${r.sessionId}, ${r.email}, ${r.childKey ?? ''}, ${r.cancelTokenHash}, ${op}, ${now},
      ${r.offerId}, ${r.name}, ${r.phone ?? null}, ${r.participants}, ${r.childFirstName ?? null}, ${r.childAge ?? null}, ${r.schoolGroup ?? null},
      ${r.municipality}, ${r.remarks ?? null},
      (SELECT ${status}), (SELECT c.seq FROM session_places c WHERE c.session_id = ${r.sessionId}), ${now}, ${r.purgeAfter}, ${r.language ?? 'nl'})
    ON CONFLICT (session_id, email, child_key) DO UPDATE SET ${fresh},
      cancel_token_hash = CASE WHEN ${ended} OR ${int(rotateToken ? 1 : 0)} = 1 THEN excluded.cancel_token_hash ELSE registrations.cancel_token_hash END,
      last_op = excluded.last_op, updated_at = excluded.updated_at
    RETURNING ${COLUMNS}`);
}

/**
 * `promoteFromWaitlist` in SQL: first come first served by `seq`, in strict
 * order. The running sum of the parties in line is increasing, so "the
 * running sum fits in the places left" selects exactly the people before the
 * first who does not fit. Returns the promoted rows.
 */
export function fillFromWaitlist(sessionId: string, rules: SessionRules, op: string, now: string): Statement {
  return statement(q`UPDATE registrations SET status = ${placeStatus(rules)}, updated_at = ${now}, last_op = ${op}
    WHERE id IN (
      SELECT l.id FROM (
        SELECT r.id, SUM(r.participants) OVER (ORDER BY r.seq, r.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto
        FROM registrations r WHERE r.session_id = ${sessionId} AND r.status = 'waitlisted'
      ) l
      WHERE ${fitsInPlaces(raw('l.upto'), q`${sessionId}`, rules)}
    )
    RETURNING ${COLUMNS}`);
}

/** Change a registration's status when it has one of `from`. Returns the changed row (none when it had another status). */
export function setStatus(id: string, sessionId: string, from: readonly string[], to: string, op: string, now: string): Statement {
  return statement(q`UPDATE registrations SET status = ${to}, updated_at = ${now}, last_op = ${op}
    WHERE id = ${id} AND session_id = ${sessionId} AND status IN (${list(from)})
    RETURNING ${COLUMNS}`);
}

/** The coordinator gives someone on the waiting list a place, out of turn, if their party fits. */
export function promoteOne(id: string, sessionId: string, rules: SessionRules, op: string, now: string): Statement {
  return statement(q`UPDATE registrations SET status = ${placeStatus(rules)}, updated_at = ${now}, last_op = ${op}
    WHERE id = ${id} AND session_id = ${sessionId} AND status = 'waitlisted' AND ${fitsInPlaces(raw('participants'), q`${sessionId}`, rules)}
    RETURNING ${COLUMNS}`);
}

/** Keep the anonymous facts of the rows about to be deleted (what the old trigger did). */
function keepFacts(where: Fragment): Statement {
  return statement(q`INSERT INTO registration_facts (session_id, offer_id, status, participants, registered_at)
    SELECT session_id, offer_id, status, participants, created_at FROM registrations WHERE ${where}`);
}

/**
 * Move a registration to another session. In the new session it is decided
 * like a new registration, except that someone confirmed stays confirmed;
 * a place-holder moves only where they fit, and goes to the back of the
 * queue there. An ended registration of the same person (and child) in the target
 * session makes way (its facts are kept). Must follow both sessions' locks;
 * the caller fills the old session's freed places and recounts both.
 */
export function moveRegistration(id: string, from: string, to: string, toRules: SessionRules, purgeAfter: string, op: string, now: string): Statement[] {
  const target = q`${to}`;
  /** Row `m` may move: on the waiting list, or holding a place that fits in the target. */
  const movable = (m: string) => q`(${raw(m)}.status = 'waitlisted' OR (${raw(m)}.status IN ${HOLDING} AND ${fits(raw(`${m}.participants`), target, toRules)}))`;
  const ended = q`session_id = ${to} AND status IN ${ENDED}
    AND email = (SELECT e.email FROM registrations e WHERE e.id = ${id}) AND child_key = (SELECT e.child_key FROM registrations e WHERE e.id = ${id})
    AND EXISTS (SELECT 1 FROM registrations m WHERE m.id = ${id} AND m.session_id = ${from} AND ${movable('m')})`;
  return [
    keepFacts(ended),
    statement(q`DELETE FROM registrations WHERE ${ended}`),
    statement(q`UPDATE registrations SET
        status = CASE WHEN NOT ${fits(raw('registrations.participants'), target, toRules)} THEN 'waitlisted'
                      WHEN registrations.status = 'confirmed' THEN 'confirmed' ELSE ${placeStatus(toRules)} END,
        session_id = ${to}, seq = (SELECT c.seq FROM session_places c WHERE c.session_id = ${to}),
        purge_after = ${purgeAfter}, updated_at = ${now}, last_op = ${op}
      WHERE id = ${id} AND session_id = ${from} AND ${movable('registrations')}
        AND NOT EXISTS (SELECT 1 FROM registrations o WHERE o.session_id = ${to} AND o.email = registrations.email AND o.child_key = registrations.child_key)
      RETURNING ${COLUMNS}`),
  ];
}

/** Retention: keep the facts, delete the rows and their mails (sent or not), recount. Locks the sessions concerned first. */
export function purgeRegistrations(now: string): Statement[] {
  const due = q`purge_after <= ${now}`;
  return [
    statement(q`UPDATE session_places SET seq = seq + 1 WHERE session_id IN (SELECT session_id FROM registrations WHERE ${due})`),
    keepFacts(due),
    statement(q`DELETE FROM outbox WHERE registration_id IN (SELECT id FROM registrations WHERE ${due})`),
    statement(q`DELETE FROM registrations WHERE ${due}`),
    recountAll,
  ];
}

/** Outbox kinds as SQL over the row `r` (see `outboxKinds` in src/schemas/rows.ts). */
export const KIND = {
  /** A new registration by its status, or a repeat (its seq is an older ticket than this batch's). */
  registration: raw(`CASE WHEN r.seq = (SELECT c.seq FROM session_places c WHERE c.session_id = r.session_id) THEN 'registration-' || r.status ELSE 'registration-repeat' END`),
  cancelled: raw(`'cancelled'`),
  decided: raw(`'decided-' || r.status`),
  promoted: raw(`'promoted-' || r.status`),
  moved: raw(`'moved-' || r.status`),
  sessionCancelled: raw(`'session-cancelled'`),
} as const;

/**
 * A session will not take place: record it (once) and cancel every live
 * registration in it (`ops.holders` marks those that held a place,
 * `ops.waiting` those on the waiting list, for their outbox rows). Nobody is
 * promoted: there is no session to promote into. Must follow `lockSession`.
 */
export function cancelWholeSession(sessionId: string, offerId: string, ops: { holders: string; waiting: string }, now: string): [record: Statement, holders: Statement, waiting: Statement] {
  // Two updates, each with its own op: who held a place (and so has a calendar file to take out) and who waited.
  const cancel = (op: string, statuses: Fragment) =>
    statement(q`UPDATE registrations SET status = 'cancelled', updated_at = ${now}, last_op = ${op}
      WHERE session_id = ${sessionId} AND status IN ${statuses}
      RETURNING ${COLUMNS}`);
  return [
    statement(q`INSERT INTO session_cancellations (session_id, offer_id, cancelled_at) VALUES (${sessionId}, ${offerId}, ${now}) ON CONFLICT (session_id) DO NOTHING`),
    cancel(ops.holders, raw(`('confirmed', 'pending')`)),
    cancel(ops.waiting, raw(`('waitlisted')`)),
  ];
}

/**
 * The outbox rows for the registrations this batch (`op`) changed and that
 * `filter` (over `r`) selects, one per person, in the same batch as the change.
 * Ids are `<op>:<tag><registration id>`: the drainer sends in id order.
 */
export function outbox(op: string, kind: Fragment, filter: Fragment, payload: unknown, now: string, tag = ''): Statement {
  return statement(q`INSERT INTO outbox (id, kind, recipient, payload, registration_id, created_at, attempts, next_attempt_at)
    SELECT ${text(`${op}:${tag}`)} || r.id, ${kind}, r.email, ${JSON.stringify(payload ?? {})}, r.id, ${now}, 0, ${now} FROM registrations r
    WHERE r.last_op = ${op} AND ${filter}
    RETURNING id`);
}

/**
 * One outbox row for a message that is not (only) about a registration's
 * status: a sign-in link, a survey invite, a coordinator's message. The
 * payload is checked against its kind's schema (src/schemas/rows.ts) here,
 * so the drainer never meets a row it cannot render.
 */
export function outboxMessage<K extends OutboxKind>(
  m: { id: string; kind: K; recipient: string; payload: OutboxPayload<K>; registrationId?: string | undefined },
  now: string,
): Statement {
  const payload = outboxPayloads[m.kind].parse(m.payload);
  return statement(q`INSERT INTO outbox (id, kind, recipient, payload, registration_id, created_at, attempts, next_attempt_at)
    VALUES (${m.id}, ${m.kind}, ${m.recipient}, ${JSON.stringify(payload)}, ${m.registrationId ?? null}, ${now}, 0, ${now})`);
}

/** Who gets a mail about an offer: every active coordinator, or the active accounts of the offer's provider. */
export type OfferAudience = 'coordinators' | 'partners';

const AUDIENCE: Record<OfferAudience, Fragment> = {
  coordinators: raw(`u.role = 'coordinator'`),
  partners: raw(`u.role = 'partner' AND u.partner_id = p.provider`),
};

/**
 * The outbox rows of a change to a partner offer, one per staff account of
 * `audience` (except the person who made the change), in the same batch as
 * the change: only written when the offer's `last_op` is this batch's `op`,
 * so a change that did not happen mails nobody. Ids `<op>:<user id>`, or
 * `<key>:<user id>` with `key` given: then a row that exists already (sent
 * or not) is not written again, so the same event never mails twice.
 */
export function offerOutbox<K extends OfferOutboxKind>(
  m: { op: string; offerId: string; kind: K; audience: OfferAudience; payload: OutboxPayload<K>; except?: string | undefined; key?: string },
  now: string,
): Statement {
  const payload = outboxPayloads[m.kind].parse(m.payload);
  const byOp = m.key === undefined ? q` AND p.last_op = ${m.op}` : raw('');
  return statement(q`INSERT INTO outbox (id, kind, recipient, payload, registration_id, created_at, attempts, next_attempt_at)
    SELECT ${text(`${m.key ?? m.op}:`)} || u.id, ${text(m.kind)}, u.email, ${text(JSON.stringify(payload))}, NULL, ${text(now)}, 0, ${text(now)}
    FROM partner_offers p JOIN users u ON u.active = 1 AND ${AUDIENCE[m.audience]}
    WHERE p.id = ${m.offerId}${byOp} AND u.id <> ${m.except ?? ''}
    ON CONFLICT (id) DO NOTHING`);
}
