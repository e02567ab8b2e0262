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
import { purgeSurveyData, SURVEY_TTL_DAYS } from './admin/survey';
import type { SessionCatalogue } from '../catalogue';
import { seriesEnd } from '../domain/offers';
import { purgeAfter } from '../domain/registrations/retention';
import type { QuestionStore } from './store/questions';
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

export interface RetentionSources {
  /**
   * The catalogue as it is now (content files + approved partner offers): each
   * session's registrations are deleted RETENTION_DAYS after its *current* end,
   * so a session that moved takes its deletion date along. Without it (or for
   * a session it no longer knows) the date stored at registration counts.
   */
  catalogue?: SessionCatalogue | undefined;
  /** The questions store: questions past their deletion date are deleted too. */
  questions?: Pick<QuestionStore, 'purge'> | undefined;
}

/**
 * Delete personal data past retention (the daily job and `npm run retention`):
 * registrations, old outbox files (survey invites once their link has expired),
 * survey comments past SURVEY_COMMENT_DAYS and used or expired invites, and
 * anonymous questions past their deletion date.
 */
export async function runRetention(runtime: Pick<Runtime, 'store' | 'config'>, now: Date = new Date(), sources: RetentionSources = {}) {
  const { catalogue } = sources;
  const days = runtime.config.RETENTION_DAYS;
  const purgeAfterOf = catalogue
    ? (sessionId: string) => {
        const entry = catalogue(sessionId);
        return entry ? purgeAfter(seriesEnd(entry.session), days) : undefined;
      }
    : undefined;
  const registrations = await runtime.store.purge(now, purgeAfterOf);
  const outbox = await purgeOutbox(runtime.config.OUTBOX_DIR, days, now, SURVEY_TTL_DAYS);
  const survey = await purgeSurveyData(runtime.store, now);
  const questions = sources.questions ? await sources.questions.purge(now) : 0;
  return { registrations, outbox, surveyComments: survey.comments, surveyInvites: survey.invites, questions };
}
