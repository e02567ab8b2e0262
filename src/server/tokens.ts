/**
 * The one token and hash helper. Every secret the portal hands out (cancel
 * links, sign-in links, back-office sessions, survey links) is a random
 * 256-bit token, URL-safe; the database keeps only a SHA-256 hash of it,
 * taken with a purpose prefix, so a hash of one kind can never be used as
 * another and a copy of the database opens nothing. Web Crypto only, so it
 * runs on Node and on edge runtimes alike.
 */

export type TokenPurpose =
  /** The cancel/status link in registration mails. */
  | 'cancel'
  /** Sign-in links and back-office session cookies (one prefix: the e2e helpers compute it too). */
  | 'admin'
  /** The satisfaction survey link. */
  | 'survey'
  /** Names a survey invite's outbox message: another hash than the database's, so the name alone links to nothing. */
  | 'survey-outbox'
  /** A shared rate limiter's bucket (src/server/store/limits.ts): limiter name, client key and deployment secret. */
  | 'rate-limit';

const PREFIX: Record<TokenPurpose, string> = {
  cancel: 'so-cancel',
  admin: 'so-admin',
  survey: 'so-survey',
  'survey-outbox': 'so-survey-outbox',
  'rate-limit': 'so-rate-limit',
};

/** What every token looks like: 32 random bytes in base64url, 43 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const encoder = new TextEncoder();

export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random, unguessable token (256 bits), URL-safe. */
export function randomToken(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** SHA-256 of `<prefix>|<token>`, as 64 hex digits. */
export async function hashToken(purpose: TokenPurpose, token: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${PREFIX[purpose]}|${token}`)));
  let s = '';
  for (const b of d) s += b.toString(16).padStart(2, '0');
  return s;
}

/** A fresh token and its hash. */
export async function issueToken(purpose: TokenPurpose): Promise<{ token: string; hash: string }> {
  const token = randomToken();
  return { token, hash: await hashToken(purpose, token) };
}

/**
 * A value to store where a token's hash belongs while no token exists yet
 * (a new registration: every mail gets its own fresh token when it is sent).
 * Unique, and never equal to a hash (those are 64 hex digits), so no link matches it.
 */
export function placeholderTokenHash(): string {
  return `unissued:${crypto.randomUUID()}`;
}

/** A hex digest of any text (content versions, not secrets). */
export async function sha256Hex(text: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let s = '';
  for (const b of d) s += b.toString(16).padStart(2, '0');
  return s;
}
