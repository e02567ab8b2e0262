/**
 * The server's configuration: ONE schema for every environment variable the
 * server, the commands and the mail drainer read, validated once at start
 * (`createRuntime`). A bad value stops the process with a message that names
 * the variable.
 */
import { z } from 'zod';
import { DEFAULT_QUESTION_ANSWERED_DAYS, DEFAULT_QUESTION_STALE_DAYS } from '../domain/questions/retention';
import { DEFAULT_RETENTION_DAYS } from '../domain/registrations/retention';
import { compileTrustedProxies } from '../server/proxy';
import { mailDomain } from '../utils/contact';

const int = (def: number, min: number, max: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? def : Number(v)), z.number().int().min(min).max(max));

/** A database URL the driver factory (src/server/store/drivers) can open. */
const databaseUrl = (def: string) =>
  z
    .string()
    .default(def)
    .refine((u) => /^(file:|libsql:|https?:|wss?:|postgres(ql)?:)/.test(u), 'must start with file:, libsql:, http(s):, ws(s): or postgres(ql):');

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const envSchema = z.object({
  PORT: int(4321, 1, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),

  /** `file:./data/portal.db` (embedded libSQL, created on first start), `libsql://…` (remote) or `postgres://…`. */
  DATABASE_URL: databaseUrl('file:./data/portal.db'),
  /** libSQL remote servers only. */
  DATABASE_AUTH_TOKEN: optional,
  /**
   * Anonymous questions live in a database of their own, on purpose: nothing
   * can join them with registrations (names, addresses), and each has its own
   * retention. Opened by the same driver factory, migrated by the same runner.
   */
  QUESTIONS_DATABASE_URL: databaseUrl('file:./data/questions.db'),
  QUESTIONS_DATABASE_AUTH_TOKEN: optional,

  /** e.g. smtp://user:pass@mail.example.nl:587; without it mail goes to OUTBOX_DIR as .eml files. */
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^smtps?$/ }).optional()),
  /**
   * An HTTP mail API instead of SMTP (the edge host has no SMTP): each mail is POSTed as JSON
   * (src/server/mail/transport-http.ts). https; plain http only to this machine (a local test sink).
   */
  MAIL_API_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url({ protocol: /^https?$/, error: 'must be an https:// address' })
      .refine((u) => isHttpsOrLoopback(u), 'must be https (http only on loopback: localhost, 127.0.0.1 or [::1])')
      .optional(),
  ),
  /** Bearer token for MAIL_API_URL; required with it. */
  MAIL_API_TOKEN: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^[\x21-\x7e]+$/, 'must be the API token: visible ASCII characters, no spaces or line breaks').optional(),
  ),
  MAIL_FROM: z.string().default(`Samen Opgroeien <inschrijven@${mailDomain}>`).refine((s) => !/[\r\n]/.test(s), 'no line breaks'),
  OUTBOX_DIR: z.string().default('./outbox'),
  /**
   * Seconds a drainer holds the mails it is sending. After a crash mid-send those mails wait this
   * long before another drainer sends them again (the folder file is then overwritten, not doubled).
   */
  MAIL_LEASE_SECONDS: int(300, 1, 86_400),

  /** Requests per minute per client on the public POST endpoints; 0 switches the limit off (and the sign-in limit with it). */
  RATE_LIMIT_PER_MINUTE: int(20, 0, 1_000_000),
  RETENTION_DAYS: int(DEFAULT_RETENTION_DAYS, 0, 3650),
  /** Secret for signing the form's start time; random per start when absent (open forms then need a reload after a restart). */
  FORM_SECRET: z.string().min(16).optional(),
  /** Minimum seconds between showing the form and sending it (bots are faster). */
  MIN_FILL_SECONDS: int(3, 0, 600),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT_BYTES: int(16 * 1024, 1024, 1024 * 1024),

  /** Days an answer to an anonymous question stays readable after it is given. */
  QUESTION_ANSWERED_DAYS: int(DEFAULT_QUESTION_ANSWERED_DAYS, 0, 3650),
  /** Days an unanswered question is kept. */
  QUESTION_STALE_DAYS: int(DEFAULT_QUESTION_STALE_DAYS, 1, 3650),
  /** New questions per minute per client; 0 switches the limit off. */
  QUESTION_POSTS_PER_MINUTE: int(5, 0, 100_000),
  /** Code lookups per minute per client (the guessing limit); 0 switches it off. */
  QUESTION_LOOKUPS_PER_MINUTE: int(10, 0, 100_000),
  /** Largest question request body, in bytes. */
  QUESTION_BODY_LIMIT_BYTES: int(16 * 1024, 1024, 1024 * 1024),

  /**
   * Where published builds live (src/server/backoffice/builds.ts): `<BUILDS_DIR>/<build id>/` per build and
   * the symlink `<BUILDS_DIR>/current` to the live one, which `npm start` serves and follows.
   */
  BUILDS_DIR: z.string().min(1).default('./builds'),
  /** A build that takes longer is stopped and the publication fails (the old version stays online). */
  PUBLISH_TIMEOUT_SECONDS: int(600, 10, 86_400),

  /**
   * Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (src/server/proxy.ts):
   * empty = none, a hop count, or a comma-separated list of IPs, CIDRs, `loopback`, `linklocal`, `uniquelocal`.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .refine((v) => {
      try {
        compileTrustedProxies(v);
        return true;
      } catch {
        return false;
      }
    }, 'a hop count, or a comma-separated list of IP addresses, CIDR ranges, loopback, linklocal or uniquelocal'),
}).superRefine((c, ctx) => {
  // One way to send mail; the API needs its token, and a token without the API is a mistake (mail would go to the folder).
  if (c.MAIL_API_URL && c.SMTP_URL) ctx.addIssue({ code: 'custom', path: ['MAIL_API_URL'], message: 'cannot be used together with SMTP_URL: set one of them' });
  if (c.MAIL_API_URL && !c.MAIL_API_TOKEN) ctx.addIssue({ code: 'custom', path: ['MAIL_API_TOKEN'], message: 'is required when MAIL_API_URL is set' });
  if (c.MAIL_API_TOKEN && !c.MAIL_API_URL) ctx.addIssue({ code: 'custom', path: ['MAIL_API_TOKEN'], message: 'is set but MAIL_API_URL is not' });
});

/** https anywhere; http only to loopback, where nothing crosses a network. */
function isHttpsOrLoopback(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'https:') return true;
  return u.hostname === 'localhost' || u.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(u.hostname);
}

export type Config = z.infer<typeof envSchema>;
export type Env = Record<string, string | undefined>;

/**
 * Thrown for a bad environment. Recognised by `name` (not `instanceof`): the
 * error crosses from the tools bundle into scripts/serve.mjs.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Env = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid server configuration (environment variables):\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Every configuration variable's name (the edge host hands exactly these to its Worker). */
export const CONFIG_KEYS = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];
