/**
 * The one runtime factory. `createRuntime(env)` validates the environment
 * (src/schemas/env.ts), opens both databases with the driver their URL
 * names, migrates them with the one runner, and builds the one `Deps` every
 * route, page, command and test uses: the stores, the mail transport and
 * outbox drainer, the rate limiters, the clock.
 *
 * Nothing is kept on `globalThis`: scripts/serve.mjs creates the runtime once
 * and hands it to every request as Astro `locals.deps`; an edge host would
 * create one per request (the driver keeps any long-lived client).
 */
import { platform } from '#platform';
import { loadConfig, type Config, type Env } from '../schemas/env';
import { withLiveCancellations } from '../catalogue';
import type { SessionCatalogue } from '../catalogue';
import type { Deps, Limits } from './deps';
import { createRenderer } from './mail/render';
import { drainOutbox, startOutboxWorker } from './mail/outbox';
import { migrate } from './store/migrate';
import { coreMigrations } from './store/migrations/sql/core';
import { questionsMigrations } from './store/migrations/sql/questions';
import { createStore } from './store';
import { randomToken } from './tokens';

/** Sign-in links one requester can have sent to one account per hour. */
export const LINKS_PER_HOUR = 5;
/** Requests for a sign-in link per client per minute (a person needs one or two). */
export const SIGN_IN_PER_MINUTE = 5;

export type RuntimeOverrides = Partial<Pick<Deps, 'transport' | 'catalogue' | 'now' | 'log' | 'formSecret'>> & { limits?: Partial<Limits> };

export async function createRuntime(env: Env | Config = process.env, overrides: RuntimeOverrides = {}): Promise<Deps> {
  const config = loadConfig(env as Env);
  const now = overrides.now ?? (() => new Date());
  const log = overrides.log ?? ((line: string) => console.error(line));
  const core = await platform.openDatabase('core', config);
  let questions;
  try {
    await migrate(core, coreMigrations, now, platform.describeDatabase('core', config));
    questions = await platform.openDatabase('questions', config);
    await migrate(questions, questionsMigrations, now, platform.describeDatabase('questions', config));
  } catch (e) {
    await core.close();
    await questions?.close();
    throw e;
  }
  const drivers = { core, questions };
  const store = createStore(drivers, { now, questionRetention: { answeredDays: config.QUESTION_ANSWERED_DAYS, staleDays: config.QUESTION_STALE_DAYS } });

  const limiter = (name: string, limit: number, windowMs = 60_000) => platform.createLimiter({ name, limit, windowMs }, core, config);
  const limits: Limits = {
    post: limiter('post', config.RATE_LIMIT_PER_MINUTE),
    signIn: limiter('sign-in', config.RATE_LIMIT_PER_MINUTE === 0 ? 0 : SIGN_IN_PER_MINUTE),
    signInLinks: limiter('sign-in-links', LINKS_PER_HOUR, 3600_000),
    questionPosts: limiter('question-posts', config.QUESTION_POSTS_PER_MINUTE),
    questionLookups: limiter('question-lookups', config.QUESTION_LOOKUPS_PER_MINUTE),
    ...overrides.limits,
  };

  // The catalogue as the commands and the drainer see it (on Node the content files plus the approved
  // partner offers; on the edge the built collection), read once and kept until a new build goes live
  // (`catalogueChanged`, called by scripts/serve.mjs when it switches builds). Astro pages pass the built collection.
  const read = platform.catalogue(config);
  let cached: Promise<SessionCatalogue> | undefined;
  const base =
    overrides.catalogue ??
    (() => {
      cached ??= read().catch((e: unknown) => {
        cached = undefined;
        throw e;
      });
      return cached;
    });
  // Sessions cancelled in the back office count at once, before the next publish.
  const catalogue = withLiveCancellations(base, () => store.registrations.cancelledSessions());

  const transport = overrides.transport ?? platform.createTransport(config, log);
  const render = createRenderer({ registrations: store.registrations, accounts: store.accounts, catalogue, publicUrl: config.PUBLIC_URL, linkLimiter: limits.signInLinks, now });
  const drainOpts = { driver: core, render, transport, now, log, leaseMs: config.MAIL_LEASE_SECONDS * 1000 };
  let worker: ReturnType<typeof startOutboxWorker> | undefined;

  return {
    config,
    store,
    drivers,
    transport,
    limits,
    catalogue,
    catalogueChanged() {
      cached = undefined;
    },
    formSecret: overrides.formSecret ?? config.FORM_SECRET ?? randomToken(),
    now,
    log,
    mailQueued: () => worker?.kick(),
    drainMail: () => drainOutbox(drainOpts),
    startMailWorker(intervalMs = 5_000) {
      worker ??= startOutboxWorker({ ...drainOpts, intervalMs });
    },
    async close() {
      // A send that hangs must not keep the process from closing: it is retried after a restart.
      if (worker) await Promise.race([worker.stop(), new Promise((r) => setTimeout(r, 1000).unref?.())]);
      await Promise.all([core.close(), questions.close(), transport.close?.()]);
    },
  };
}
