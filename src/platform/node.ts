/** The Node host's platform (the default): see ./types.ts. */
import { loadContentCatalogue } from '../catalogue';
import { createRateLimiter } from '../server/http';
import { createMailTransport, purgeOutbox } from '../server/mail/transport';
import { openDriver } from '../server/store/drivers';
import { libsqlFilePath } from '../server/store/drivers/libsql';
import type { Platform } from './types';

export const platform: Platform = {
  name: 'node',
  openDatabase(which, config) {
    return which === 'core'
      ? openDriver(config.DATABASE_URL, { authToken: config.DATABASE_AUTH_TOKEN })
      : openDriver(config.QUESTIONS_DATABASE_URL, { authToken: config.QUESTIONS_DATABASE_AUTH_TOKEN });
  },
  describeDatabase(which, config) {
    const [url, variable] = which === 'core' ? [config.DATABASE_URL, 'DATABASE_URL'] : [config.QUESTIONS_DATABASE_URL, 'QUESTIONS_DATABASE_URL'];
    return libsqlFilePath(url) ?? `the database in ${variable}`;
  },
  createTransport: (config) =>
    createMailTransport({ smtpUrl: config.SMTP_URL, mailApiUrl: config.MAIL_API_URL, mailApiToken: config.MAIL_API_TOKEN, from: config.MAIL_FROM, outboxDir: config.OUTBOX_DIR }),
  purgeMailFiles: (config, days, now, keyedDays) => purgeOutbox(config.OUTBOX_DIR, days, now, keyedDays),
  createLimiter: ({ limit, windowMs }) => createRateLimiter(limit, windowMs),
  // The content files plus the approved partner offers (the runtime keeps what it read until a new build goes live).
  catalogue: (config) => () => loadContentCatalogue('content', { url: config.DATABASE_URL, authToken: config.DATABASE_AUTH_TOKEN }),
};
