/**
 * The satisfaction question after a session: "Hoe tevreden ben je?" (1–5)
 * with an optional comment. After a session has ended, everyone with a
 * confirmed place gets an e-mail with their own unguessable link
 * (/evaluatie/?t=…). The invite stores only a hash of the token and the
 * session, never the registration or address, so an answer cannot be traced
 * to a person; each link works once, for SURVEY_TTL_DAYS.
 *
 * Retention (run by the daily job, src/server/retention-job.ts): an invite
 * row is deleted as soon as it is used and when it expires, and the outbox
 * message of an invite (address + raw token: its row and its outbox file) is
 * deleted when it is used or expires, so nothing left can tie an answer to
 * an address. Free-text comments are
 * deleted SURVEY_COMMENT_DAYS after the end of the month of the answer (an
 * answer stores only its month, on purpose); the score stays for the figures.
 */
import { toInstant } from '../../domain/dates';
import { seriesEnd } from '../../domain/offers';
import type { Deps } from '../deps';
import { surveyOutboxId } from '../mail/render';
import { forgetOutboxMessage } from '../mail/transport';
import { hashToken, issueToken, TOKEN_PATTERN } from '../tokens';
import type { AdminOffer } from './registrations';

export const SURVEY_TTL_DAYS = 30;
/** Sessions that ended longer ago than this get no survey (e.g. on the first run). */
export const SURVEY_MAX_AGE_DAYS = 14;
export const COMMENT_MAX = 1000;
/** Days after the end of the answer's month that a free-text comment is kept (README, /privacy/). */
export const SURVEY_COMMENT_DAYS = 90;

const TOKEN = TOKEN_PATTERN;

/**
 * When a session's last meeting ends (`seriesEnd`), so a 6-week course gets the question after week 6.
 */
export function lastMeetingEnd(s: Parameters<typeof seriesEnd>[0]): Date {
  return toInstant(seriesEnd(s));
}

/**
 * Send the survey for every session that ended in the last two weeks and has
 * not had it yet, one batch per session (claim, invites, outbox rows). Safe to run often.
 */
export async function sendSurveyInvites(deps: Pick<Deps, 'store' | 'now' | 'mailQueued'>, offers: readonly AdminOffer[]): Promise<{ sessions: number; invites: number }> {
  const now = deps.now();
  let sessions = 0;
  let invites = 0;
  for (const offer of offers) {
    if (offer.data.registration.method !== 'portal') continue;
    for (const s of offer.data.sessions) {
      if (s.cancelled) continue;
      const ended = lastMeetingEnd(s).getTime();
      if (ended > now.getTime() || now.getTime() - ended > (SURVEY_MAX_AGE_DAYS + 1) * 86_400_000) continue;
      const people = await deps.store.registrations.list({ sessionId: s.id, status: 'confirmed' });
      const list = await Promise.all(
        people.map(async (r) => {
          const { token, hash } = await issueToken('survey');
          return { tokenHash: hash, outboxId: await surveyOutboxId(token), email: r.email, name: r.name, token };
        }),
      );
      const sent = await deps.store.surveys.sendInvites({ sessionId: s.id, offerId: offer.id, offerTitle: offer.data.title }, list, new Date(now.getTime() + SURVEY_TTL_DAYS * 86_400_000), now);
      if (!sent) continue;
      sessions++;
      invites += list.length;
    }
  }
  if (invites) deps.mailQueued();
  return { sessions, invites };
}

export type SurveyInvite = { offerTitle: string } | undefined;

/** The open invite behind a link, with the offer's title (for the question). */
export async function findInvite(token: unknown, deps: Pick<Deps, 'store' | 'now'>, offers: readonly AdminOffer[]): Promise<SurveyInvite> {
  if (typeof token !== 'string' || !TOKEN.test(token)) return undefined;
  const invite = await deps.store.surveys.invite(await hashToken('survey', token), deps.now());
  if (!invite) return undefined;
  return { offerTitle: offers.find((o) => o.id === invite.offerId)?.data.title ?? 'de bijeenkomst' };
}

export type SurveyAnswer =
  | { type: 'saved' }
  | { type: 'invalid'; errors: { score?: string; comment?: string }; values: { score: string; comment: string } }
  | { type: 'gone' };

export async function answerSurvey(form: URLSearchParams, deps: Pick<Deps, 'store' | 'now' | 'config'>): Promise<SurveyAnswer> {
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
  // One batch: use the invite, store the answer, forget the invite and its outbox row. Then the
  // outbox file: nothing left ties this answer to the address it was sent to.
  const outboxId = await surveyOutboxId(token);
  const ok = await deps.store.surveys.answer(await hashToken('survey', token), outboxId, score!, comment || undefined, deps.now());
  if (!ok) return { type: 'gone' };
  await forgetOutboxMessage(deps.config.OUTBOX_DIR, outboxId.slice('survey-'.length));
  return { type: 'saved' };
}

/** The first month (YYYY-MM, UTC) whose comments are still kept at `now`. */
export function firstKeptCommentMonth(now: Date, days = SURVEY_COMMENT_DAYS): string {
  // A comment of month M goes once the end of M lies `days` back: M < month(now - days).
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 7);
}

