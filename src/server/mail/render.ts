/**
 * The one render function: an outbox row plus the data as it is now → the
 * mail (src/server/mail/templates.ts), or nothing when there is nothing to
 * send any more (the registration was deleted, the address has no account).
 *
 * - Registration mails are composed from the registration row and the
 *   catalogue at send time. A mail with a cancel link gets a fresh token
 *   here (only its hash is stored; every earlier link stops working), so no
 *   raw token is ever kept in the database.
 * - A sign-in link: the request only wrote the address; here the account is
 *   looked up, the per-account limit applied and the link created, after
 *   the answer was sent, so the answer is the same for every address.
 * - A survey invite and a coordinator's message carry their text in the payload.
 */
import { localePath, type Locale } from '../../i18n/locales';
import { LINK_TTL_MS } from '../../domain/admin';
import { isOfferKind, isRegistrationKind, outboxPayloads, type OutboxMessage } from '../../schemas/rows';
import type { SessionCatalogue } from '../../catalogue';
import type { RateLimiter } from '../http';
import type { AccountStore } from '../store/accounts';
import type { RegistrationStore } from '../store/registrations';
import { hashToken, issueToken } from '../tokens';
import {
  cancelledMail,
  confirmationMail,
  decidedMail,
  movedMail,
  offerApprovedMail,
  offerOfflineMail,
  offerOnlineMail,
  offerSentBackMail,
  offerSubmittedMail,
  promotedMail,
  sessionCancelledMail,
  sessionMessageMail,
  signInMail,
  surveyInviteMail,
  type MailMessage,
} from './templates';

export interface RenderDeps {
  registrations: RegistrationStore;
  accounts: AccountStore;
  catalogue: () => Promise<SessionCatalogue>;
  publicUrl: string;
  /** Sign-in links per account per requester per hour. */
  linkLimiter: RateLimiter;
  now: () => Date;
}

/** The personal link, on the page in the language the parent registered in (issue 18). */
export const cancelLink = (publicUrl: string, token: string, locale: Locale = 'nl') =>
  new URL(localePath(locale, `/inschrijven/annuleren/?token=${encodeURIComponent(token)}`), publicUrl).toString();
/** An offer's page, in the parent's language (every offer has a page in every language). */
export const offerLink = (publicUrl: string, offerId: string, locale: Locale = 'nl') => new URL(localePath(locale, `/aanbod/${encodeURIComponent(offerId)}/`), publicUrl).toString();
export const backOfficeOfferLink = (publicUrl: string, offerId: string) => new URL(`/beheer/aanbod/${encodeURIComponent(offerId)}/`, publicUrl).toString();
export const signInLink = (publicUrl: string, token: string) => new URL(`/beheer/inloggen/link/?token=${token}`, publicUrl).toString();
export const surveyLink = (publicUrl: string, token: string) => new URL(`/evaluatie/?t=${token}`, publicUrl).toString();

export function createRenderer(deps: RenderDeps): (row: OutboxMessage) => Promise<MailMessage | undefined> {
  return async (row) => {
    if (isRegistrationKind(row.kind) || row.kind === 'session-message' || row.kind === 'session-cancelled') {
      const found = row.registrationId ? await deps.registrations.findById(row.registrationId) : undefined;
      if (!found) return undefined; // deleted by retention (its outbox rows go with it) or never there
      const entry = (await deps.catalogue())(found.sessionId);
      if (!entry) return undefined; // a session removed from the content: nothing true to tell
      if (row.kind === 'session-message') return sessionMessageMail(entry, found, outboxPayloads['session-message'].parse(row.payload));
      const pageUrl = offerLink(deps.publicUrl, entry.offer.id, found.language);
      if (row.kind === 'session-cancelled') {
        const { message, calendar = false } = outboxPayloads['session-cancelled'].parse(row.payload);
        return sessionCancelledMail(entry, found, message, { calendar, pageUrl });
      }
      if (row.kind === 'cancelled') return cancelledMail(entry, found, { calendar: outboxPayloads.cancelled.parse(row.payload).calendar ?? false, pageUrl });
      if (row.kind === 'decided-declined') return decidedMail(entry, found, '', pageUrl);
      // Every other mail carries the personal link: a fresh token, now.
      const issued = await issueToken('cancel');
      const r = await deps.registrations.rotateToken(found.id, issued.hash);
      if (!r) return undefined;
      const link = cancelLink(deps.publicUrl, issued.token, r.language);
      const page = offerLink(deps.publicUrl, entry.offer.id, r.language);
      switch (row.kind) {
        case 'registration-repeat':
          return confirmationMail(entry, r, link, page, { repeat: true });
        case 'registration-confirmed':
        case 'registration-pending':
        case 'registration-waitlisted':
          return confirmationMail(entry, r, link, page);
        case 'decided-confirmed':
          return decidedMail(entry, r, link, page);
        case 'promoted-confirmed':
        case 'promoted-pending':
          return promotedMail(entry, r, link, page);
        case 'moved-confirmed':
        case 'moved-pending':
        case 'moved-waitlisted': {
          const { from, calendar } = outboxPayloads[row.kind].parse(row.payload);
          const left = from && calendar ? (await deps.catalogue())(from) : undefined;
          return movedMail(entry, r, link, page, left);
        }
      }
    }
    if (row.kind === 'sign-in-link') {
      const { email, requester } = outboxPayloads['sign-in-link'].parse(row.payload);
      const now = deps.now();
      const user = await deps.accounts.findUserByEmail(email);
      if (!user) return undefined;
      // Per account and requester: someone else asking for your links does not use up yours.
      if ((await deps.linkLimiter.hit(`${user.id}|${requester}`, now.getTime())) > 0) return undefined;
      const issued = await issueToken('admin');
      await deps.accounts.createLink(issued.hash, user.id, new Date(now.getTime() + LINK_TTL_MS), now);
      return signInMail(user.email, signInLink(deps.publicUrl, issued.token));
    }
    if (isOfferKind(row.kind)) {
      // The address was the account's when the change was made (the same batch); the text is from the payload.
      if (!row.recipient) return undefined;
      const p = outboxPayloads[row.kind].parse(row.payload);
      const o = { title: p.title, backOfficeUrl: backOfficeOfferLink(deps.publicUrl, p.offerId), publicUrl: offerLink(deps.publicUrl, p.offerId) };
      switch (row.kind) {
        case 'offer-submitted':
          return offerSubmittedMail(row.recipient, o);
        case 'offer-approved':
          return offerApprovedMail(row.recipient, o);
        case 'offer-sent-back':
          return offerSentBackMail(row.recipient, o, outboxPayloads['offer-sent-back'].parse(row.payload).reason);
        case 'offer-online':
          return offerOnlineMail(row.recipient, o);
        case 'offer-offline':
          return offerOfflineMail(row.recipient, o, outboxPayloads['offer-offline'].parse(row.payload).reason);
      }
    }
    if (row.kind === 'survey-invite') {
      const p = outboxPayloads['survey-invite'].parse(row.payload);
      // Keyed by the id's hash part: the folder file is deleted as soon as the link is used (survey.ts).
      return { ...surveyInviteMail(row.recipient, p.name, p.offerTitle, surveyLink(deps.publicUrl, p.token)), outboxKey: row.id.slice(SURVEY_ID_PREFIX.length) };
    }
    return undefined;
  };
}

const SURVEY_ID_PREFIX = 'survey-';

/** The outbox id of a survey invite: from the token with its own prefix, so the id alone links to nothing. */
export async function surveyOutboxId(token: string): Promise<string> {
  return `${SURVEY_ID_PREFIX}${(await hashToken('survey-outbox', token)).slice(0, 32)}`;
}
