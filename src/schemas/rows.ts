/**
 * Database rows, as the SQL driver returns them (snake_case columns, the
 * same types on libSQL and PostgreSQL: see src/server/store/driver.ts), and
 * the camelCase records the stores hand out. The row types are derived from
 * these schemas, never written a second time; parsing a row also checks
 * that an engine returned what we expect.
 */
import { z } from 'zod';
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
    childAge: r.child_age,
    schoolGroup: r.school_group,
    municipality: r.municipality,
    remarks: r.remarks,
    status: r.status,
    seq: r.seq,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    purgeAfter: r.purge_after,
  }));
export type RegistrationRow = z.input<typeof registrationRow>;
export type Registration = z.output<typeof registrationRow>;
/** The columns of `registrationRow`, for SELECT and RETURNING (the token hash is never read back). */
export const REGISTRATION_COLUMNS = Object.keys(registrationRow.in.shape).join(', ');

export const sessionPlacesRow = z
  .object({ session_id: z.string(), held: z.number().int(), waiting: z.number().int(), seq: z.number().int() })
  .transform((r) => ({ sessionId: r.session_id, held: r.held, waiting: r.waiting }));
export type SessionPlaces = z.output<typeof sessionPlacesRow>;

export const outboxKinds = [
  'registration-confirmed', 'registration-pending', 'registration-waitlisted', 'registration-repeat',
  'cancelled', 'decided-confirmed', 'decided-declined',
  'promoted-confirmed', 'promoted-pending', 'moved-confirmed', 'moved-pending', 'moved-waitlisted',
] as const;

export const outboxRow = z
  .object({
    id: z.string(),
    kind: z.enum(outboxKinds),
    recipient: z.string(),
    /** JSON text, whatever the mail needs besides the registration row (e.g. the cancel link). */
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
