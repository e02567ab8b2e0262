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
 *   response (`defer`). The limits count requesters (salted hashes of the
 *   client address), never the target address, so nobody can use up someone
 *   else's links; a new link replaces the account's older unused ones.
 * - Nothing about the address reaches a log line, also when SMTP refuses.
 */
import { LINK_TTL_MS, SESSION_TTL_MS, signInLinkState, linkStateMessages, type Actor } from '../../domain/admin';
import { randomToken } from '../http';
import type { User } from '../store/admin';
import { redirect } from './forms';
import { LINKS_PER_HOUR, type AdminDeps } from './runtime';

export const COOKIE = 'so_beheer';
export const COOKIE_PATHS = ['/beheer/', '/api/admin/'] as const;
/** At most this many links per account per hour, per requester. */
export { LINKS_PER_HOUR };
export const SIGN_IN_SENT_PATH = '/beheer/inloggen/verstuurd/';

const encoder = new TextEncoder();

export async function hashToken(token: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`so-admin|${token}`)));
  let s = '';
  for (const b of d) s += b.toString(16).padStart(2, '0');
  return s;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

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
  return deps.admin.sessionUser(await hashToken(token), deps.now?.() ?? new Date());
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
  const wait = await deps.signInLimiter.hit(clientAddress);
  if (wait > 0) return { ok: false, status: 429, message: `Je hebt te vaak een link gevraagd. Probeer het over ${wait} seconden opnieuw.` };
  const log = deps.log ?? console.error;
  // Starts on a later turn of the event loop: not even the account lookup runs before the response.
  const work = new Promise((resolve) => setTimeout(resolve, 0)).then(() => sendSignInLink(email, deps, clientAddress)).catch((e: unknown) => {
    // The error of a refused mail names the recipient: log only its kind.
    const code = typeof (e as { code?: unknown })?.code === 'string' ? ` ${(e as { code: string }).code}` : '';
    log(`admin: sign-in link could not be sent (${e instanceof Error ? e.name : 'error'}${code.replace(/[^A-Za-z0-9_ ]/g, '')})`);
  });
  deps.defer?.(work);
  return { ok: true };
}

/** After the response: find the account, make a link (replacing older ones) and mail it. */
async function sendSignInLink(email: string, deps: AdminDeps, clientAddress: string | undefined): Promise<void> {
  const now = deps.now?.() ?? new Date();
  const user = await deps.admin.findUserByEmail(email);
  if (!user) return;
  // Per account and requester: someone else asking for your links does not use up yours.
  if ((await deps.linkLimiter.hit(`${user.id}|${clientAddress ?? 'unknown'}`, now.getTime())) > 0) return;
  const token = randomToken();
  await deps.admin.createLink(await hashToken(token), user.id, new Date(now.getTime() + LINK_TTL_MS), now);
  const url = new URL(`/beheer/inloggen/link/?token=${token}`, deps.runtime.config.PUBLIC_URL).toString();
  await deps.runtime.mailer.send({
    to: user.email,
    kind: 'sign-in-link',
    subject: 'Je inloglink voor Samen Opgroeien',
    text: [
      'Hallo,',
      '',
      'Je vroeg om in te loggen bij het beheer van Samen Opgroeien. Gebruik deze link:',
      url,
      '',
      'De link werkt 15 minuten en maar één keer. Vraag je daarna een nieuwe link? Dan werkt alleen de nieuwste.',
      'Heb je niet om deze link gevraagd? Dan hoef je niets te doen.',
      '',
      'CJG Haarlem-Zandvoort',
    ].join('\n'),
  });
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
  const wait = await deps.signInLimiter.hit(`link|${clientAddress ?? 'unknown'}`);
  if (wait > 0) return { ok: false, status: 429, message: `Te veel pogingen. Probeer het over ${wait} seconden opnieuw.` };
  const token = typeof tokenInput === 'string' ? tokenInput : '';
  if (!TOKEN.test(token)) return { ok: false, status: 400, message: linkStateMessages.unknown };
  const now = deps.now?.() ?? new Date();
  const { link } = await deps.admin.consumeLink(await hashToken(token), now);
  const state = signInLinkState(link, now);
  if (state !== 'ok') return { ok: false, status: state === 'unknown' ? 400 : 410, message: linkStateMessages[state] };
  const user = await deps.admin.findUserById(link!.userId);
  if (!user) return { ok: false, status: 400, message: linkStateMessages.unknown };
  const sessionTokenValue = randomToken();
  await deps.admin.createSession(await hashToken(sessionTokenValue), user.id, new Date(now.getTime() + SESSION_TTL_MS), now);
  deps.log?.(`admin: ${user.role} signed in`);
  return { ok: true, user, cookies: sessionCookies(sessionTokenValue) };
}

export async function signOut(request: Request, deps: AdminDeps): Promise<string[]> {
  const token = sessionToken(request);
  if (token) await deps.admin.deleteSession(await hashToken(token));
  return clearedCookies();
}
