/**
 * Database rows, as the SQL driver returns them (snake_case columns, the
 * same types on libSQL and PostgreSQL: see src/server/store/driver.ts), and
 * the camelCase records the stores hand out. The row types are derived from
 * these schemas, never written a second time; parsing a row also checks
 * that an engine returned what we expect.
 */
import { z } from 'zod';
import { locales } from '../i18n/locales';
import type { RegistrationStatus } from '../domain/registrations/availability';

export const registrationStatuses = ['confirmed', 'pending', 'waitlisted', 'cancelled', 'declined'] as const;
// The domain's status type and the stored one must be the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const statusesMatch: Same<(typeof registrationStatuses)[number], RegistrationStatus> = true;
void statusesMatch;

const optionalText = z.string().nullable().transform((v) => v ?? undefined);
const optionalInt = z.number().int().nullable().transform((v) => v ?? undefined);

export const registrationRow = z
  .object({
    id: z.string(),
    session_id: z.string(),
    offer_id: z.string(),
    email: z.string(),
    name: z.string(),
    phone: optionalText,
    participants: z.number().int().positive(),
    child_first_name: optionalText,
    /** The child's first name without case or extra spaces ('' where the offer does not ask): one registration per person, session and child. */
    child_key: z.string(),
    child_age: optionalInt,
    school_group: optionalText,
    municipality: z.string(),
    remarks: optionalText,
    status: z.enum(registrationStatuses),
    /** Order in the session: a ticket from the session's counter row, so the waiting list is first come, first served. */
    seq: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
    purge_after: z.string(),
    /** The language of the form the parent used (migration 12); an unknown value reads as Dutch. */
    language: z.enum(locales).catch('nl'),
  })
  .transform((r) => ({
    id: r.id,
    sessionId: r.session_id,
    offerId: r.offer_id,
    email: r.email,
    name: r.name,
    phone: r.phone,
    participants: r.participants,
    childFirstName: r.child_first_name,
    childKey: r.child_key,
    childAge: r.child_age,
    schoolGroup: r.school_group,
    municipality: r.municipality,
    remarks: r.remarks,
    status: r.status,
    seq: r.seq,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    purgeAfter: r.purge_after,
    language: r.language,
  }));
export type RegistrationRow = z.input<typeof registrationRow>;
export type Registration = z.output<typeof registrationRow>;
/** The columns of `registrationRow`, for SELECT and RETURNING (the token hash is never read back). */
export const REGISTRATION_COLUMNS = Object.keys(registrationRow.in.shape).join(', ');

export const sessionPlacesRow = z
  .object({ session_id: z.string(), held: z.number().int(), waiting: z.number().int(), seq: z.number().int() })
  .transform((r) => ({ sessionId: r.session_id, held: r.held, waiting: r.waiting }));
export type SessionPlaces = z.output<typeof sessionPlacesRow>;

/** Mails about a registration: rendered from the registration row as it is when the mail is sent. */
export const registrationOutboxKinds = [
  'registration-confirmed', 'registration-pending', 'registration-waitlisted', 'registration-repeat',
  'cancelled', 'decided-confirmed', 'decided-declined',
  'promoted-confirmed', 'promoted-pending', 'moved-confirmed', 'moved-pending', 'moved-waitlisted',
] as const;

/**
 * Every kind of outbox message, each with the schema of its `payload` (what
 * the mail needs besides current rows). Registration mails need nothing: the
 * row and the catalogue say it all, and their cancel link gets a fresh token
 * when the mail is rendered, so no raw token is ever stored.
 */
const empty = z.object({}).loose();
/**
 * A mail about a partner offer: its id (for the links) and its title as it
 * was when the change was made. Nothing about people: the recipient is the
 * row's own address.
 */
/**
 * A mail that ends a registration. `calendar`: it held a place (confirmed or pending) just before
 * the change, so the parent got a calendar file; this mail then brings one that takes the events out
 * again. Written by the store from the status before the change, in the same batch.
 */
const endedPayload = z.object({ calendar: z.boolean().optional() }).loose();
/** A move to another session: where from, and whether it held a place there (a calendar file to take out). */
const movedPayload = endedPayload.extend({ from: z.string().max(200).optional() });
const offerMailPayload = z.object({ offerId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/), title: z.string().max(500) });
export const outboxPayloads = {
  ...(Object.fromEntries(registrationOutboxKinds.map((k) => [k, empty])) as Record<Exclude<(typeof registrationOutboxKinds)[number], 'cancelled' | `moved-${string}`>, typeof empty>),
  /** The parent (or staff) cancelled. */
  cancelled: endedPayload,
  'moved-confirmed': movedPayload,
  'moved-pending': movedPayload,
  'moved-waitlisted': movedPayload,
  /** The session will not take place: to everyone who was registered (one row per person, with their registration), with an optional word of explanation. */
  'session-cancelled': endedPayload.extend({ message: z.string().max(1000).optional() }),
  /** A coordinator's message to everyone in a session (one row per person, with their registration). */
  'session-message': z.object({ subject: z.string().min(1).max(300), text: z.string().min(1).max(10_000) }),
  /**
   * Someone asked for a sign-in link for this address. The request path
   * writes only this row, whatever the address: the account is looked up,
   * the link made and the mail composed by the drainer, after the answer.
   */
  'sign-in-link': z.object({ email: z.string().max(320), requester: z.string().max(200) }),
  /** The satisfaction question: the raw link token until the mail is sent (then the payload is cleared). */
  'survey-invite': z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/), offerTitle: z.string().max(500), name: z.string().max(200) }),
  /** To the coordinators: a partner submitted an offer for review. */
  'offer-submitted': offerMailPayload,
  /** To the partner's accounts: the coordinator approved their offer. */
  'offer-approved': offerMailPayload,
  /** To the partner's accounts: the coordinator sent their offer back, with the reason. */
  'offer-sent-back': offerMailPayload.extend({ reason: z.string().min(1).max(4000) }),
  /** To the partner's accounts: the approved version is on the website (after a publish). */
  'offer-online': offerMailPayload,
  /** To the partner's accounts: the coordinator took the offer offline, maybe saying why. */
  'offer-offline': offerMailPayload.extend({ reason: z.string().max(4000).optional() }),
} as const;
/** Kinds about a partner offer: to staff accounts, never tied to a registration. */
export const offerOutboxKinds = ['offer-submitted', 'offer-approved', 'offer-sent-back', 'offer-online', 'offer-offline'] as const;
export type OfferOutboxKind = (typeof offerOutboxKinds)[number];
export const isOfferKind = (k: string): k is OfferOutboxKind => (offerOutboxKinds as readonly string[]).includes(k);
export type OutboxKind = keyof typeof outboxPayloads;
export type OutboxPayload<K extends OutboxKind> = z.infer<(typeof outboxPayloads)[K]>;
export const outboxKinds = Object.keys(outboxPayloads) as [OutboxKind, ...OutboxKind[]];
export const isRegistrationKind = (k: OutboxKind): k is (typeof registrationOutboxKinds)[number] => (registrationOutboxKinds as readonly string[]).includes(k);

export const outboxRow = z
  .object({
    id: z.string(),
    kind: z.enum(outboxKinds),
    recipient: z.string(),
    /** JSON text, checked against the kind's payload schema when the mail is rendered. */
    payload: z.string(),
    registration_id: z.string().nullable(),
    created_at: z.string(),
    attempts: z.number().int(),
    next_attempt_at: z.string(),
    sent_at: z.string().nullable(),
    last_error: z.string().nullable(),
  })
  .transform((r) => ({
    id: r.id,
    kind: r.kind,
    recipient: r.recipient,
    payload: JSON.parse(r.payload) as unknown,
    registrationId: r.registration_id ?? undefined,
    createdAt: r.created_at,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    sentAt: r.sent_at ?? undefined,
    lastError: r.last_error ?? undefined,
  }));
export type OutboxRow = z.input<typeof outboxRow>;
export type OutboxMessage = z.output<typeof outboxRow>;
export const OUTBOX_COLUMNS = Object.keys(outboxRow.in.shape).join(', ');

/** Columns of a row schema, for SELECT and RETURNING. */
const columnsOf = (schema: { in: { shape: object } }) => Object.keys(schema.in.shape).join(', ');
const bool = z.union([z.number(), z.boolean()]).transform((v) => v === 1 || v === true);
const json = <T extends z.ZodType>(schema: T) => z.string().transform((s) => schema.parse(JSON.parse(s)) as z.output<T>);
const record = z.record(z.string(), z.unknown());

/** Back-office accounts (no passwords: sign-in is by e-mail link). */
export const userRow = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['coordinator', 'partner']),
    partner_id: z.string().nullable(),
    active: bool,
    created_at: z.string(),
  })
  .transform((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role, partnerId: r.partner_id ?? undefined, active: r.active, createdAt: r.created_at }));
export type User = z.output<typeof userRow>;
export const USER_COLUMNS = columnsOf(userRow);

/** A sign-in link (only its hash is stored); `replaced_at` when a newer link made it worthless. */
export const loginLinkRow = z
  .object({ user_id: z.string(), expires_at: z.string(), used_at: z.string().nullable(), replaced_at: z.string().nullable() })
  .transform((r) => ({ userId: r.user_id, expiresAt: r.expires_at, usedAt: r.used_at, replacedAt: r.replaced_at }));
export type LoginLink = z.output<typeof loginLinkRow>;
export const LOGIN_LINK_COLUMNS = columnsOf(loginLinkRow);

export const offerStatuses = ['draft', 'submitted', 'approved', 'sent-back'] as const;

/** An offer written in the back office: `data`/`body` the working version, `approved_*` what the build publishes. */
export const partnerOfferRow = z
  .object({
    id: z.string(),
    provider: z.string(),
    status: z.enum(offerStatuses),
    data: json(record),
    body: z.string(),
    remarks: z.string().nullable(),
    approved_data: json(record).nullable(),
    approved_body: z.string().nullable(),
    approved_at: z.string().nullable(),
    published_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    submitted_at: z.string().nullable(),
  })
  .transform((r) => ({
    id: r.id,
    provider: r.provider,
    status: r.status,
    data: r.data,
    body: r.body,
    remarks: r.remarks,
    approvedData: r.approved_data,
    approvedBody: r.approved_body,
    approvedAt: r.approved_at,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
  }));
export type PartnerOfferRow = z.output<typeof partnerOfferRow>;
export const PARTNER_OFFER_COLUMNS = columnsOf(partnerOfferRow);

/** The anonymous counts kept when retention deletes a registration. */
export const registrationFactRow = z
  .object({ session_id: z.string(), offer_id: z.string(), status: z.string(), participants: z.number().int(), registered_at: z.string() })
  .transform((r) => ({ sessionId: r.session_id, offerId: r.offer_id, status: r.status, participants: r.participants, registeredAt: r.registered_at }));
export type RegistrationFact = z.output<typeof registrationFactRow>;
export const REGISTRATION_FACT_COLUMNS = columnsOf(registrationFactRow);

/** An answer to the satisfaction question: its session and month only. */
export const surveyResponseRow = z
  .object({ session_id: z.string(), offer_id: z.string(), score: z.number().int().min(1).max(5), comment: z.string().nullable(), month: z.string() })
  .transform((r) => ({ sessionId: r.session_id, offerId: r.offer_id, score: r.score, comment: r.comment, month: r.month }));
export type SurveyResponse = z.output<typeof surveyResponseRow>;
export const SURVEY_RESPONSE_COLUMNS = columnsOf(surveyResponseRow);

/** An anonymous conversation (its own database: QUESTIONS_DATABASE_URL). `id` is the staff side's handle; `code` is the youngster's. */
export const conversationRow = z
  .object({
    id: z.string(),
    code: z.string(),
    age: optionalInt,
    topic: optionalText,
    status: z.enum(['open', 'closed']),
    waiting_since: optionalText,
    message_count: z.number().int(),
    created_at: z.string(),
    last_message_at: z.string(),
    first_answer_at: optionalText,
    closed_at: optionalText,
    claimed_by: optionalText,
    claimed_name: optionalText,
    claimed_until: optionalText,
    delete_after: z.string(),
    /** The language of the page the conversation was started on (`nl`, `en`; questions migration 4): none before. */
    language: optionalText,
  })
  .transform((r) => ({
    id: r.id,
    code: r.code,
    age: r.age,
    topic: r.topic,
    status: r.status,
    waitingSince: r.waiting_since,
    messageCount: r.message_count,
    createdAt: r.created_at,
    lastMessageAt: r.last_message_at,
    firstAnswerAt: r.first_answer_at,
    closedAt: r.closed_at,
    claimedBy: r.claimed_by,
    claimedName: r.claimed_name,
    claimedUntil: r.claimed_until,
    deleteAfter: r.delete_after,
    language: r.language,
  }));
export type StoredConversation = z.output<typeof conversationRow>;
export const CONVERSATION_COLUMNS = columnsOf(conversationRow);

/** One message of a conversation: from the youngster ("jongere") or the CJG ("cjg"). */
export const messageRow = z
  .object({ seq: z.number().int(), sender: z.enum(['jongere', 'cjg']), text: z.string(), at: z.string() })
  .transform((r) => ({ seq: r.seq, from: r.sender, text: r.text, at: r.at }));
export type StoredMessage = z.output<typeof messageRow>;
export const MESSAGE_COLUMNS = columnsOf(messageRow);

/** A short answer the CJG can start from (edited in the back office). */
export const replyTemplateRow = z
  .object({ id: z.string(), title: z.string(), text: z.string(), updated_at: z.string() })
  .transform((r) => ({ id: r.id, title: r.title, text: r.text, updatedAt: r.updated_at }));
export type ReplyTemplate = z.output<typeof replyTemplateRow>;
export const REPLY_TEMPLATE_COLUMNS = columnsOf(replyTemplateRow);

/** One publication of the site (a build, or a step back to an older build): src/server/store/publications.ts. */
export const publicationRow = z
  .object({
    id: z.string(),
    kind: z.enum(['publish', 'rollback']),
    state: z.enum(['building', 'checking', 'online', 'failed']),
    build_id: z.string(),
    from_build_id: optionalText,
    started_by: optionalText,
    started_at: z.string(),
    finished_at: optionalText,
    reason: optionalText,
    offers: optionalInt,
    build_pid: optionalInt,
  })
  .transform((r) => ({
    id: r.id,
    kind: r.kind,
    state: r.state,
    buildId: r.build_id,
    fromBuildId: r.from_build_id,
    startedBy: r.started_by,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    reason: r.reason,
    offers: r.offers,
    buildPid: r.build_pid,
  }));
export type Publication = z.output<typeof publicationRow>;
export const PUBLICATION_COLUMNS = columnsOf(publicationRow);

/** The one row of `publish_lock`. */
export const publishLockRow = z
  .object({ holder: z.string().nullable(), pid: z.number().int().nullable(), host: z.string().nullable(), lease_until: z.string().nullable() })
  .transform((r) => ({ holder: r.holder, pid: r.pid, host: r.host, leaseUntil: r.lease_until }));
export const PUBLISH_LOCK_COLUMNS = columnsOf(publishLockRow);
