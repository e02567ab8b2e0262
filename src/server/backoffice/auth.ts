/**
 * Sign-in by e-mail link, and back-office sessions.
 *
 * - A link token is 256 random bits; only its SHA-256 hash is stored. It
 *   works once, for 15 minutes (src/domain/admin.ts).
 * - Opening the link shows a button; only the POST signs in, so mail
 *   scanners that fetch links cannot use it up.
 * - The session token is stored hashed too, sent in a `Secure; HttpOnly;
 *   SameSite=Strict` cookie that only /beheer/ and /api/admin/ receive.
 * - Asking for a link always gives the same answer, in the same time,
 *   whether the address has an account, had one (deactivated) or never had:
 *   the request path only checks the form and the requester's limit; looking
 *   the account up, creating the link and sending the mail happen after the
 *   response: the request path writes one outbox row (the address as typed
 *   and a salted hash of the requester), the same for every address, and the
 *   drainer does the rest (src/server/mail/render.ts). The limits count
 *   requesters, never the target address, so nobody can use up someone
 *   else's links; a new link replaces the account's older unused ones.
 * - Nothing about the address reaches a log line, also when SMTP refuses.
 */
import { SESSION_TTL_MS, signInLinkState, linkStateMessages, type Actor } from '../../domain/admin';
import type { User } from '../../schemas/rows';
import type { Deps } from '../deps';
import { LINKS_PER_HOUR } from '../runtime';
import { hashToken, issueToken, sha256Hex, TOKEN_PATTERN } from '../tokens';
import { redirect } from './forms';

type AdminDeps = Pick<Deps, 'store' | 'limits' | 'config' | 'now' | 'log' | 'formSecret' | 'mailQueued'>;

export const COOKIE = 'so_beheer';
export const COOKIE_PATHS = ['/beheer/', '/api/admin/'] as const;
/** At most this many links per account per hour, per requester. */
export { LINKS_PER_HOUR };
export const SIGN_IN_SENT_PATH = '/beheer/inloggen/verstuurd/';

const TOKEN = TOKEN_PATTERN;

export function sessionCookies(token: string, maxAgeSeconds = SESSION_TTL_MS / 1000): string[] {
  return COOKIE_PATHS.map((path) => `${COOKIE}=${token}; Path=${path}; Max-Age=${maxAgeSeconds}; Secure; HttpOnly; SameSite=Strict`);
}

export function clearedCookies(): string[] {
  return COOKIE_PATHS.map((path) => `${COOKIE}=; Path=${path}; Max-Age=0; Secure; HttpOnly; SameSite=Strict`);
}

export function sessionToken(request: Request): string | undefined {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) {
      const t = v.join('=');
      if (TOKEN.test(t)) return t;
    }
  }
  return undefined;
}

export function toActor(u: User): Actor {
  return { id: u.id, role: u.role, partnerId: u.partnerId };
}

export async function currentUser(request: Request, deps: AdminDeps): Promise<User | undefined> {
  const token = sessionToken(request);
  if (!token) return undefined;
  return deps.store.accounts.sessionUser(await hashToken('admin', token), deps.now());
}

export const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,}$/;

export type SignInRequest = { ok: true } | { ok: false; status: 422 | 429; message: string };

/**
 * Ask for a link. The answer depends only on the form and on the requester,
 * never on the account: the account is looked up after the response.
 */
export async function requestSignInLink(emailInput: unknown, deps: AdminDeps, clientAddress: string | undefined): Promise<SignInRequest> {
  const email = typeof emailInput === 'string' ? emailInput.trim().toLowerCase() : '';
  if (!EMAIL.test(email) || /[\r\n]/.test(email)) return { ok: false, status: 422, message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.' };
  const wait = await deps.limits.signIn.hit(clientAddress);
  if (wait > 0) return { ok: false, status: 429, message: `Je hebt te vaak een link gevraagd. Probeer het over ${wait} seconden opnieuw.` };
  // The requester as a salted hash (never the address itself in the database): the per-account link limit counts it.
  const requester = (await sha256Hex(`${deps.formSecret}|requester|${clientAddress ?? 'unknown'}`)).slice(0, 32);
  await deps.store.accounts.requestLink(email, requester, deps.now());
  deps.mailQueued();
  return { ok: true };
}

export type SignInPost = { response: Response } | { ok: false; status: number; message: string; email: string };

/**
 * The POST of the sign-in page: on success always the same redirect (same
 * status, headers and empty body), whatever the address.
 */
export async function postSignInRequest(form: URLSearchParams, deps: AdminDeps, clientAddress: string | undefined): Promise<SignInPost> {
  const result = await requestSignInLink(form.get('email'), deps, clientAddress);
  if (result.ok) return { response: redirect(SIGN_IN_SENT_PATH) };
  return { ok: false, status: result.status, message: result.message, email: (form.get('email') ?? '').slice(0, 254) };
}

export type SignInResult = { ok: true; user: User; cookies: string[] } | { ok: false; status: 400 | 410 | 429; message: string };

/**
 * Use a link: it must exist, be unused and unexpired. Then start a session.
 * Attempts per client are limited too (a token has 256 bits, so this only
 * keeps the server calm, guessing is hopeless anyway).
 */
export async function signInWithLink(tokenInput: unknown, deps: AdminDeps, clientAddress?: string): Promise<SignInResult> {
  const wait = await deps.limits.signIn.hit(`link|${clientAddress ?? 'unknown'}`);
  if (wait > 0) return { ok: false, status: 429, message: `Te veel pogingen. Probeer het over ${wait} seconden opnieuw.` };
  const token = typeof tokenInput === 'string' ? tokenInput : '';
  if (!TOKEN.test(token)) return { ok: false, status: 400, message: linkStateMessages.unknown };
  const now = deps.now();
  const { link } = await deps.store.accounts.consumeLink(await hashToken('admin', token), now);
  const state = signInLinkState(link, now);
  if (state !== 'ok') return { ok: false, status: state === 'unknown' ? 400 : 410, message: linkStateMessages[state] };
  const user = await deps.store.accounts.findUserById(link!.userId);
  if (!user) return { ok: false, status: 400, message: linkStateMessages.unknown };
  const session = await issueToken('admin');
  await deps.store.accounts.createSession(session.hash, user.id, new Date(now.getTime() + SESSION_TTL_MS), now);
  deps.log(`admin: ${user.role} signed in`);
  return { ok: true, user, cookies: sessionCookies(session.token) };
}

export async function signOut(request: Request, deps: AdminDeps): Promise<string[]> {
  const token = sessionToken(request);
  if (token) await deps.store.accounts.deleteSession(await hashToken('admin', token));
  return clearedCookies();
}
