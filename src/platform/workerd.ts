/**
 * The edge host's platform (workerd, `npm run build:edge`): see ./types.ts.
 * Resolved instead of ./node.ts under the `workerd` condition, so the edge
 * bundle never loads the libSQL engine, pg, nodemailer or the file readers.
 *
 * - Databases: the D1 bindings `DB` (core) and `QUESTIONS_DB` (anonymous
 *   questions, kept apart from everything with a name in it, as on Node).
 * - Mail: the HTTP mail API at MAIL_API_URL (no SMTP and no files on the
 *   edge): required, the runtime refuses to start without it.
 * - Rate limits: counted in the core database, so every isolate sees the same count.
 * - Catalogue: the collection built into the Worker.
 * - The runtime: one per isolate, created on its first request from the
 *   Worker's variables (the same names as on Node) and migrated then. It
 *   holds no I/O object of a request: D1 bindings may be used by every request.
 */
import { env } from 'cloudflare:workers';
import { sessionCatalogue } from '../catalogue/site';
import { ConfigError, type Env } from '../schemas/env';
import type { Deps } from '../server/deps';
import { createHttpMailTransport } from '../server/mail/transport-http';
import { createRuntime } from '../server/runtime';
import { openD1, type D1DatabaseLike } from '../server/store/drivers/d1';
import { createSqlRateLimiter } from '../server/store/limits';
import type { Platform } from './types';

const BINDINGS = { core: 'DB', questions: 'QUESTIONS_DB' } as const;

/** The Worker's string variables and secrets: the configuration, by the same names as `npm start` reads. */
function variables(): Env {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out as Env;
}


let runtime: Promise<Deps> | undefined;

export const platform: Platform = {
  name: 'workerd',
  async openDatabase(which) {
    const binding = (env as Record<string, unknown>)[BINDINGS[which]] as D1DatabaseLike | undefined;
    if (!binding) throw new ConfigError(`The D1 binding ${BINDINGS[which]} is missing: add it to wrangler.jsonc (d1_databases).`);
    return openD1(binding);
  },
  describeDatabase: (which) => `the D1 database ${BINDINGS[which]}`,
  createTransport(config) {
    if (!config.MAIL_API_URL) throw new ConfigError('MAIL_API_URL is required on the edge host (there is no SMTP and no outbox folder there): set it with the mail API token as a secret (MAIL_API_TOKEN).');
    return createHttpMailTransport({ url: config.MAIL_API_URL, token: config.MAIL_API_TOKEN ?? '', from: config.MAIL_FROM });
  },
  purgeMailFiles: async () => 0,
  createLimiter: ({ name, limit, windowMs }, core, config) => createSqlRateLimiter(core, { name, limit, windowMs, secret: config.FORM_SECRET }),
  catalogue: () => sessionCatalogue,
  hostRuntime() {
    const vars = variables();
    // Every isolate must sign and check the form stamp (and hash rate-limit buckets) with the same secret.
    if (!vars.FORM_SECRET) return Promise.reject(new ConfigError('FORM_SECRET is required on the edge host: every isolate must use the same one (`wrangler secret put FORM_SECRET`).'));
    runtime ??= createRuntime(vars).catch((e: unknown) => {
      runtime = undefined;
      throw e;
    });
    return runtime;
  },
};
