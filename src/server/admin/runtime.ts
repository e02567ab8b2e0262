/**
 * The back office's share of the process runtime: the admin store on the
 * same database as the registrations, and a stricter limiter for sign-in.
 */
import { createRateLimiter, type RateLimiter } from '../http';
import { getRuntime, type Runtime } from '../runtime';
import { createAdminStore, type AdminStore } from '../store/admin';
import type { LibsqlRegistrationStore } from '../store/libsql';

export interface AdminDeps {
  admin: AdminStore;
  runtime: Pick<Runtime, 'store' | 'mailer' | 'config'>;
  /** Sign-in requests per client per minute. */
  signInLimiter: RateLimiter;
  /** Sign-in links per account per requester per hour (LINKS_PER_HOUR): counts requesters, so nobody else can use up your links. */
  linkLimiter: RateLimiter;
  /** Run work after the response (the sign-in mail). Edge runtimes pass `waitUntil`; Node just lets it run. */
  defer?: (work: Promise<unknown>) => void;
  now?: () => Date;
  log?: (line: string) => void;
}

/** Sign-in links one requester can have sent to one account per hour. */
export const LINKS_PER_HOUR = 5;

/** Requests for a sign-in link per client per minute (a person needs one or two). */
export const SIGN_IN_PER_MINUTE = 5;

export function adminDepsFor(runtime: Pick<Runtime, 'store' | 'mailer' | 'config'>, over: Partial<AdminDeps> = {}): AdminDeps {
  const db = (runtime.store as LibsqlRegistrationStore).db;
  if (!db) throw new Error('The back office needs the libSQL store.');
  return {
    admin: createAdminStore(db),
    runtime,
    signInLimiter: createRateLimiter(runtime.config.RATE_LIMIT_PER_MINUTE === 0 ? 0 : SIGN_IN_PER_MINUTE),
    linkLimiter: createRateLimiter(LINKS_PER_HOUR, 3600_000),
    ...over,
  };
}

const KEY = Symbol.for('samen-opgroeien.admin');
type Holder = { [KEY]?: Promise<AdminDeps> };

export function getAdminDeps(): Promise<AdminDeps> {
  const holder = globalThis as Holder;
  holder[KEY] ??= getRuntime().then((r) => adminDepsFor(r));
  return holder[KEY];
}
