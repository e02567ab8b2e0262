/**
 * The stable name of a mail: every message is sent under the id of its
 * outbox row (src/server/mail/outbox.ts), so sending the same row again is
 * recognisable. Web APIs only (TextEncoder), so both transports can use it:
 * SMTP and the folder outbox (transport.ts, Node) and the HTTP mail API
 * (transport-http.ts, also in workerd).
 */
import { mailDomain } from '../../utils/contact';

/**
 * An id as a safe token for a file name and a Message-ID: letters, digits,
 * `_` and `-` stay, every other byte becomes `%XX`. Injective, so two rows
 * never share a file; never `.` or `/`, so never a path.
 */
export function idToken(id: string): string {
  if (!id) throw new Error('a mail needs the id of its outbox row');
  return Array.from(new TextEncoder().encode(id), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9_-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** The Message-ID of an outbox row's mail, the same on every send of that row. */
export const messageIdOf = (id: string, domain = mailDomain) => `<${idToken(id)}@${domain}>`;
