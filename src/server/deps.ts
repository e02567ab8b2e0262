/** What the handlers need from the outside world; tests pass fakes. */
import type { Config } from './config';
import type { SessionCatalogue } from '../catalogue';
import type { RateLimiter } from './http';
import type { Mailer } from './mail/transport';
import type { RegistrationStore } from './store/types';

export interface Deps {
  store: RegistrationStore;
  catalogue: SessionCatalogue;
  mailer: Mailer;
  rateLimiter: RateLimiter;
  config: Pick<Config, 'PUBLIC_URL' | 'RETENTION_DAYS' | 'BODY_LIMIT_BYTES' | 'MIN_FILL_SECONDS'>;
  /** Secret for the signed form stamp (minimum fill time). */
  formSecret: string;
  now?: () => Date;
  /** Run work after the response (mail). Edge runtimes pass `waitUntil`; by default errors are logged. */
  defer?: (work: Promise<unknown>) => void;
  log?: (line: string) => void;
}

/** Per request facts that are not in the Request itself. */
export interface RequestContext {
  clientAddress?: string | undefined;
}
