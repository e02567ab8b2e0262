/**
 * Server configuration from the environment, validated once at start.
 * A bad value stops the server with a message that names the variable.
 */
import { z } from 'zod';
import { DEFAULT_RETENTION_DAYS } from '../domain/registrations/retention';
import { compileTrustedProxies } from './proxy';

const int = (def: number, min: number, max: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? def : Number(v)), z.number().int().min(min).max(max));

const envSchema = z.object({
  PORT: int(4321, 1, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** libSQL URL: `file:./data/portal.db` (embedded, created on first start) or `libsql://…` (remote). */
  DATABASE_URL: z
    .string()
    .default('file:./data/portal.db')
    .refine((u) => /^(file:|libsql:|https?:|wss?:)/.test(u), 'must start with file:, libsql:, http(s): or ws(s):'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** e.g. smtp://user:pass@mail.example.nl:587; without it mail goes to OUTBOX_DIR. */
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: z.string().default('Samen Opgroeien <inschrijven@samenopgroeien.nl>').refine((s) => !/[\r\n]/.test(s), 'no line breaks'),
  OUTBOX_DIR: z.string().default('./outbox'),
  /** Requests per minute per client on the POST endpoints; 0 switches the limit off. */
  RATE_LIMIT_PER_MINUTE: int(20, 0, 1_000_000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
  RETENTION_DAYS: int(DEFAULT_RETENTION_DAYS, 0, 3650),
  /** Secret for signing the form's start time; random per start when absent (open forms then need a reload after a restart). */
  FORM_SECRET: z.string().min(16).optional(),
  /** Minimum seconds between showing the form and sending it (bots are faster). */
  MIN_FILL_SECONDS: int(3, 0, 600),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT_BYTES: int(16 * 1024, 1024, 1024 * 1024),
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
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid server configuration (environment variables):\n${lines.join('\n')}`);
  }
  return result.data;
}
