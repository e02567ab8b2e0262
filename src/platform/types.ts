/**
 * What differs between the two hosts, and nothing else: the Node host
 * (`npm start`, scripts/serve.mjs) and the edge host (workerd, `npm run
 * start:edge`). `#platform` (package.json "imports") resolves to ./node.ts
 * by default and to ./workerd.ts under the `workerd` condition, which the
 * edge build sets. The runtime (src/server/runtime.ts) asks the platform for
 * these parts and builds the same `Deps` from them on both hosts.
 */
import type { SessionCatalogue } from '../catalogue';
import type { Config } from '../schemas/env';
import type { RateLimiter } from '../server/http';
import type { MailTransport } from '../server/mail/transport';
import type { SqlDriver } from '../server/store/driver';
import type { Deps } from '../server/deps';

export interface Platform {
  readonly name: 'node' | 'workerd';
  /** The core database (registrations, accounts, offers, outbox) or the separate one for anonymous questions. */
  openDatabase(which: 'core' | 'questions', config: Config): Promise<SqlDriver>;
  /** How that database is named in messages (never a URL, which may hold a password). */
  describeDatabase(which: 'core' | 'questions', config: Config): string;
  /** How mail leaves the outbox: SMTP or the outbox folder on Node, an HTTP mail API on the edge. */
  createTransport(config: Config, log: (line: string) => void): MailTransport;
  /**
   * A rate limiter: `limit` hits per `windowMs` per client. In memory on
   * Node (one process); in the core database on the edge, where every
   * isolate must see the same count.
   */
  createLimiter(spec: { name: string; limit: number; windowMs: number }, core: SqlDriver, config: Config): RateLimiter;
  /**
   * Retention for mails kept as files (the Node host's outbox folder):
   * deletes those older than `days` (`keyedDays` for links tied to anonymous
   * data). Nothing on the edge, which writes no files. Returns how many.
   */
  purgeMailFiles(config: Config, days: number, now: Date, keyedDays: number): Promise<number>;
  /** How to read the catalogue when the caller gives none: the content files on Node, the built collection on the edge (the runtime keeps what it read). */
  catalogue(config: Config): () => Promise<SessionCatalogue>;
  /**
   * The runtime when the host creates none itself: on the edge one per
   * isolate, from the Worker's variables and bindings. On Node the host
   * (scripts/serve.mjs) creates the runtime and hands it to every request,
   * so there is none here.
   */
  hostRuntime?(): Promise<Deps>;
}
