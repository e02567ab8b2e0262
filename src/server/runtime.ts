/**
 * The long-lived parts of the server (config, store, mailer, rate limiter),
 * created once per process and shared by every route and by the Node entry
 * (`scripts/serve.mjs`, which runs migrations at start and retention daily).
 * Kept on `globalThis` because the Astro routes and the entry are bundled
 * separately: both must use the same store, so writes queue behind each other.
 */
import { loadConfig, type Config } from './config';
import { createRateLimiter, randomToken, type RateLimiter } from './http';
import { createMailer, purgeOutbox, type Mailer } from './mail/transport';
import { createLibsqlStore } from './store/libsql';
import type { RegistrationStore } from './store/types';

export interface Runtime {
  config: Config;
  store: RegistrationStore;
  mailer: Mailer;
  rateLimiter: RateLimiter;
  formSecret: string;
}

const KEY = Symbol.for('samen-opgroeien.runtime');
type Holder = { [KEY]?: Promise<Runtime> };

export async function createRuntime(config: Config): Promise<Runtime> {
  const store = createLibsqlStore(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  await store.migrate();
  return {
    config,
    store,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, outboxDir: config.OUTBOX_DIR }),
    rateLimiter: createRateLimiter(config.RATE_LIMIT_PER_MINUTE),
    formSecret: config.FORM_SECRET ?? randomToken(),
  };
}

/** The process-wide runtime; the first call validates the environment and opens (and migrates) the database. */
export function getRuntime(env: Record<string, string | undefined> = process.env): Promise<Runtime> {
  const holder = globalThis as Holder;
  holder[KEY] ??= createRuntime(loadConfig(env)).catch((e: unknown) => {
    delete holder[KEY];
    throw e;
  });
  return holder[KEY];
}

/** Delete personal data past retention: registrations in the database and old outbox files. */
export async function runRetention(runtime: Pick<Runtime, 'store' | 'config'>, now: Date = new Date()) {
  const registrations = await runtime.store.purge(now);
  const outbox = await purgeOutbox(runtime.config.OUTBOX_DIR, runtime.config.RETENTION_DAYS, now);
  return { registrations, outbox };
}
