/**
 * What every route, page, command and test gets: ONE `Deps`, built by
 * `createRuntime` (src/server/runtime.ts). Tests build it too, over a temp
 * database, and override what they must (clock, transport, catalogue).
 */
import type { Config } from '../schemas/env';
import type { SessionCatalogue } from '../catalogue';
import type { RateLimiter } from './http';
import type { MailTransport } from './mail/transport';
import type { SqlDriver } from './store/driver';
import type { Store } from './store';

export interface Limits {
  /** Public POSTs (registrations, cancel), per client per minute. */
  post: RateLimiter;
  /** Sign-in requests and link uses, per client per minute. */
  signIn: RateLimiter;
  /** Sign-in links per account per requester per hour (applied by the drainer). */
  signInLinks: RateLimiter;
  /** New anonymous questions, per client per minute. */
  questionPosts: RateLimiter;
  /** Pickup-code lookups, per client per minute (the guessing limit). */
  questionLookups: RateLimiter;
}

export interface Deps {
  config: Config;
  /** The stores by concept, over the drivers. */
  store: Store;
  /** The databases themselves, for the migration runner, the drainer and tests; store code never needs them. */
  drivers: { core: SqlDriver; questions: SqlDriver };
  /** Sends one rendered outbox message (SMTP or the outbox folder). */
  transport: MailTransport;
  limits: Limits;
  /** The session catalogue as it is now (content files + approved partner offers). */
  catalogue: () => Promise<SessionCatalogue>;
  /** A new build went live (scripts/serve.mjs): read the catalogue again at its next use. */
  catalogueChanged: () => void;
  /** Secret for the signed form stamp (minimum fill time). */
  formSecret: string;
  now: () => Date;
  log: (line: string) => void;
  /** Tell the mail worker there is something in the outbox (no-op when no worker runs). */
  mailQueued: () => void;
  /** Send what is due in the outbox now (the worker, `npm run mail:drain`, tests). */
  drainMail: () => Promise<{ sent: number; failed: number }>;
  /** Run the outbox worker in this process (`npm start`). */
  startMailWorker: (intervalMs?: number) => void;
  close: () => Promise<void>;
}

/** Per request facts that are not in the Request itself. */
export interface RequestContext {
  clientAddress?: string | undefined;
}
