/**
 * The anonymous satisfaction question over the SQL driver. An invite holds
 * only a hash of its link token with the session and offer (never the
 * registration or address); an answer only its session and month. Sending a
 * session's invites is one batch: the claim (`survey_sent`, so a session is
 * asked once), every invite and every outbox row.
 */
import { SURVEY_RESPONSE_COLUMNS, surveyResponseRow, type SurveyResponse } from '../../schemas/rows';
import type { SqlDriver, Statement } from './driver';
import { outboxMessage } from './sql';

export type { SurveyResponse };

export interface SurveyInviteInput {
  tokenHash: string;
  /** The outbox message's id (derived from the token with another prefix: see src/server/tokens.ts). */
  outboxId: string;
  email: string;
  name: string;
  token: string;
}

export function createSurveyStore(driver: SqlDriver, options: { newId?: () => string } = {}) {
  const newId = options.newId ?? (() => crypto.randomUUID());
  return {
    /**
     * Ask a session's participants, once: false when the session had its
     * invites already (the claim is the batch's first statement, so a second
     * run fails as a whole and writes nothing).
     */
    async sendInvites(session: { sessionId: string; offerId: string; offerTitle: string }, invites: readonly SurveyInviteInput[], expiresAt: Date, now: Date): Promise<boolean> {
      const at = now.toISOString();
      const claimed = async () => (await driver.query('SELECT 1 AS x FROM survey_sent WHERE session_id = ?', [session.sessionId])).length > 0;
      if (await claimed()) return false;
      const statements: Statement[] = [{ sql: 'INSERT INTO survey_sent (session_id, sent_at) VALUES (?, ?)', args: [session.sessionId, at] }];
      for (const i of invites) {
        statements.push({ sql: 'INSERT INTO survey_invites (token_hash, session_id, offer_id, expires_at) VALUES (?, ?, ?, ?)', args: [i.tokenHash, session.sessionId, session.offerId, expiresAt.toISOString()] });
        statements.push(outboxMessage({ id: i.outboxId, kind: 'survey-invite', recipient: i.email, payload: { token: i.token, offerTitle: session.offerTitle, name: i.name } }, at));
      }
      try {
        await driver.batch(statements);
        return true;
      } catch (e) {
        if (await claimed()) return false; // another process claimed it meanwhile
        throw e;
      }
    },

    /** The open invite behind a token hash. */
    async invite(tokenHash: string, now: Date): Promise<{ sessionId: string; offerId: string } | undefined> {
      const [r] = await driver.query<{ session_id: string; offer_id: string }>('SELECT session_id, offer_id FROM survey_invites WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?', [tokenHash, now.toISOString()]);
      return r ? { sessionId: r.session_id, offerId: r.offer_id } : undefined;
    },

    /**
     * Use an invite once and store the answer without any link to the
     * person, in one batch: mark it used, store the answer, then forget the
     * invite and its outbox message (address + token), so nothing left ties
     * the answer to an address. False when the link was unknown, used or expired.
     */
    async answer(tokenHash: string, outboxId: string, score: number, comment: string | undefined, now: Date): Promise<boolean> {
      const at = now.toISOString();
      const [use] = await driver.batch([
        { sql: 'UPDATE survey_invites SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING session_id', args: [at, tokenHash, at] },
        {
          sql: `INSERT INTO survey_responses (id, session_id, offer_id, score, comment, month)
            SELECT ?, session_id, offer_id, CAST(? AS INTEGER), ?, ? FROM survey_invites WHERE token_hash = ? AND used_at = ?`,
          args: [newId(), score, comment ?? null, at.slice(0, 7), tokenHash, at],
        },
        { sql: 'DELETE FROM survey_invites WHERE token_hash = ? AND used_at IS NOT NULL', args: [tokenHash] },
        { sql: 'DELETE FROM outbox WHERE id = ?', args: [outboxId] },
      ]);
      return use!.rows.length > 0;
    },

    async responses(): Promise<SurveyResponse[]> {
      return (await driver.query(`SELECT ${SURVEY_RESPONSE_COLUMNS} FROM survey_responses ORDER BY month, id`)).map((r) => surveyResponseRow.parse(r));
    },

    /** Retention: comments of months before `firstKeptMonth`, used and expired invites, and the outbox rows of expired invites. */
    async purge(now: Date, firstKeptMonth: string, inviteTtlDays: number): Promise<{ comments: number; invites: number }> {
      const [comments, invites] = await driver.batch([
        { sql: 'UPDATE survey_responses SET comment = NULL WHERE comment IS NOT NULL AND month < ?', args: [firstKeptMonth] },
        { sql: 'DELETE FROM survey_invites WHERE used_at IS NOT NULL OR expires_at <= ?', args: [now.toISOString()] },
        { sql: `DELETE FROM outbox WHERE kind = 'survey-invite' AND created_at <= ?`, args: [new Date(now.getTime() - inviteTtlDays * 86_400_000).toISOString()] },
      ]);
      return { comments: comments!.rowsAffected, invites: invites!.rowsAffected };
    },
  };
}

export type SurveyStore = ReturnType<typeof createSurveyStore>;
