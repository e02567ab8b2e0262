/**
 * Who gets the link to join an online session: only someone whose place is
 * confirmed. Not while an intake is pending (the CJG may still decide the
 * training does not fit), not on the waiting list, never in a public file.
 * Calendars and mails ask here. Pure.
 */
import type { RegistrationStatus } from './availability';

export function joinLinkFor(session: { joinUrl?: string | undefined }, status: RegistrationStatus): string | undefined {
  return status === 'confirmed' ? session.joinUrl : undefined;
}
