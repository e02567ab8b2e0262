/**
 * The satisfaction question after a session: "Hoe tevreden ben je?" (1–5)
 * with an optional comment. After a session has ended, everyone with a
 * confirmed place gets an e-mail with their own unguessable link
 * (/evaluatie/?t=…). The invite stores only a hash of the token and the
 * session, never the registration or address, so an answer cannot be traced
 * to a person; each link works once, for SURVEY_TTL_DAYS.
 *
 * Retention (run by the daily job, `purgeSurveyData`): an invite row is
 * deleted as soon as it is used and when it expires, and the outbox file of
 * an invite (address + raw token) is deleted when it is used or expires, so
 * nothing left can tie an answer to an address. Free-text comments are
 * deleted SURVEY_COMMENT_DAYS after the end of the month of the answer (an
 * answer stores only its month, on purpose); the score stays for the figures.
 */
import { toInstant } from '../../domain/dates';
import { seriesEnd } from '../../domain/offers';
import { randomToken } from '../http';
import { createAdminStore } from '../store/admin';
import type { LibsqlDb, LibsqlRegistrationStore } from '../store/libsql';
import type { RegistrationStore } from '../store/types';
import { forgetOutboxMessage, type Mailer } from '../mail/transport';
import type { AdminOffer } from './registrations';

export const SURVEY_TTL_DAYS = 30;
/** Sessions that ended longer ago than this get no survey (e.g. on the first run). */
export const SURVEY_MAX_AGE_DAYS = 14;
export const COMMENT_MAX = 1000;
/** Days after the end of the answer's month that a free-text comment is kept (README, /privacy/). */
export const SURVEY_COMMENT_DAYS = 90;

export interface SurveyDeps {
  store: RegistrationStore;
  mailer: Mailer;
  offers: readonly AdminOffer[];
  config: { PUBLIC_URL: string };
  now?: () => Date;
  log?: (line: string) => void;
}

const encoder = new TextEncoder();
async function sha256Hex(text: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}
export function surveyHash(token: string): Promise<string> {
  return sha256Hex(`so-survey|${token}`);
}
/** Names the invite's outbox file; a different hash from the database's, so the file name alone links to nothing. */
export async function surveyOutboxKey(token: string): Promise<string> {
  return (await sha256Hex(`so-survey-outbox|${token}`)).slice(0, 32);
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * When a session's last meeting ends (`seriesEnd`: `lastEnd`, or weekly
 * meetings after the first), so a 6-week course gets the question after week 6.
 */
export function lastMeetingEnd(s: { end: string; meetings: number; lastEnd?: string | undefined }): Date {
  return toInstant(seriesEnd(s));
}
const dbOf = (store: RegistrationStore): LibsqlDb => (store as LibsqlRegistrationStore).db;
const adminOf = (store: RegistrationStore) => createAdminStore(dbOf(store));

/** Send the survey for every session that ended in the last two weeks and has not had it yet. Safe to run often. */
export async function sendSurveyInvites(deps: SurveyDeps): Promise<{ sessions: number; invites: number }> {
  const now = deps.now?.() ?? new Date();
  const admin = adminOf(deps.store);
  let sessions = 0;
  let invites = 0;
  for (const offer of deps.offers) {
    if (offer.data.registration.method !== 'portal') continue;
    for (const s of offer.data.sessions) {
      if (s.cancelled) continue;
      const ended = lastMeetingEnd(s).getTime();
      if (ended > now.getTime() || now.getTime() - ended > (SURVEY_MAX_AGE_DAYS + 1) * 86_400_000) continue;
      if (!(await admin.claimSurvey(s.id, now))) continue;
      sessions++;
      const people = await deps.store.list({ sessionId: s.id, status: 'confirmed' });
      for (const r of people) {
        const token = randomToken();
        await admin.createSurveyInvite(await surveyHash(token), s.id, offer.id, new Date(now.getTime() + SURVEY_TTL_DAYS * 86_400_000));
        const url = new URL(`/evaluatie/?t=${token}`, deps.config.PUBLIC_URL).toString();
        try {
          await deps.mailer.send({
            to: r.email,
            kind: 'survey-invite',
            outboxKey: await surveyOutboxKey(token),
            subject: `Hoe vond je ${offer.data.title}?`,
            text: [
              `Hallo ${r.name},`,
              '',
              `Je deed mee aan ${offer.data.title}. We willen graag weten hoe tevreden je bent. Het is één vraag en kost een minuut.`,
              url,
              '',
              'Je antwoord is anoniem: we zien niet wie welk antwoord gaf. De link werkt één keer en 30 dagen lang.',
              '',
              'Met vriendelijke groet,',
              'CJG Haarlem-Zandvoort',
            ].join('\n'),
          });
          invites++;
        } catch (e) {
          (deps.log ?? console.error)(`survey: an invite could not be sent (${e instanceof Error ? e.name : 'error'})`);
        }
      }
    }
  }
  return { sessions, invites };
}

export type SurveyInvite = { offerTitle: string } | undefined;

/** The open invite behind a link, with the offer's title (for the question). */
export async function findInvite(token: unknown, deps: Pick<SurveyDeps, 'store' | 'offers' | 'now'>): Promise<SurveyInvite> {
  if (typeof token !== 'string' || !TOKEN.test(token)) return undefined;
  const invite = await adminOf(deps.store).surveyInvite(await surveyHash(token), deps.now?.() ?? new Date());
  if (!invite) return undefined;
  return { offerTitle: deps.offers.find((o) => o.id === invite.offerId)?.data.title ?? 'de bijeenkomst' };
}

export type SurveyAnswer =
  | { type: 'saved' }
  | { type: 'invalid'; errors: { score?: string; comment?: string }; values: { score: string; comment: string } }
  | { type: 'gone' };

export async function answerSurvey(form: URLSearchParams, deps: Pick<SurveyDeps, 'store' | 'now'> & { outboxDir?: string | undefined }): Promise<SurveyAnswer> {
  const token = form.get('t') ?? '';
  const scoreInput = form.get('score') ?? '';
  const commentInput = form.get('comment') ?? '';
  if (!TOKEN.test(token)) return { type: 'gone' };
  const errors: { score?: string; comment?: string } = {};
  const score = /^[1-5]$/.test(scoreInput) ? Number(scoreInput) : undefined;
  if (score === undefined) errors.score = 'Kies een cijfer van 1 tot en met 5.';
  const comment = commentInput.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  if (comment.length > COMMENT_MAX) errors.comment = `Je toelichting is te lang. Gebruik maximaal ${COMMENT_MAX} tekens.`;
  if (errors.score || errors.comment) return { type: 'invalid', errors, values: { score: score ? String(score) : '', comment: commentInput.slice(0, COMMENT_MAX * 2) } };
  const hash = await surveyHash(token);
  const ok = await adminOf(deps.store).answerSurvey(hash, score!, comment || undefined, deps.now?.() ?? new Date());
  if (!ok) return { type: 'gone' };
  // The link is used up: forget it. Without the invite row (and its used_at) and the outbox file,
  // nothing ties this answer to the address it was sent to. A deleted invite reads as "used".
  await dbOf(deps.store).write((tx) => tx.execute({ sql: 'DELETE FROM survey_invites WHERE token_hash = ?', args: [hash] }));
  if (deps.outboxDir) await forgetOutboxMessage(deps.outboxDir, await surveyOutboxKey(token));
  return { type: 'saved' };
}

/** The first month (YYYY-MM, UTC) whose comments are still kept at `now`. */
export function firstKeptCommentMonth(now: Date, days = SURVEY_COMMENT_DAYS): string {
  // A comment of month M goes once the end of M lies `days` back: M < month(now - days).
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 7);
}

/** Daily retention for the survey: comments past their period, used and expired invites. */
export async function purgeSurveyData(store: RegistrationStore, now: Date): Promise<{ comments: number; invites: number }> {
  return dbOf(store).write(async (tx) => {
    const comments = await tx.execute({ sql: 'UPDATE survey_responses SET comment = NULL WHERE comment IS NOT NULL AND month < ?', args: [firstKeptCommentMonth(now)] });
    const invites = await tx.execute({ sql: 'DELETE FROM survey_invites WHERE used_at IS NOT NULL OR expires_at <= ?', args: [now.toISOString()] });
    return { comments: comments.rowsAffected, invites: invites.rowsAffected };
  });
}
