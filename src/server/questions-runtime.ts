/**
 * Configuration and process-wide parts for anonymous questions: validated
 * once at start (a bad value stops the server naming the variable), shared
 * by the API routes, the result pages and the staff command.
 */
import { z } from 'zod';
import { DEFAULT_QUESTION_ANSWERED_DAYS, DEFAULT_QUESTION_STALE_DAYS } from '../domain/questions/retention';
import { createRateLimiter, type RateLimiter } from './http';
import { createQuestionStore, type QuestionStore } from './store/questions';

const int = (def: number, min: number, max: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? def : Number(v)), z.number().int().min(min).max(max));

const questionsEnvSchema = z.object({
  /** Separate from DATABASE_URL on purpose (see store/migrations/questions.ts). */
  QUESTIONS_DATABASE_URL: z
    .string()
    .default('file:./data/questions.db')
    .refine((u) => /^(file:|libsql:|https?:|wss?:)/.test(u), 'must start with file:, libsql:, http(s): or ws(s):'),
  QUESTIONS_DATABASE_AUTH_TOKEN: z.string().optional(),
  /** Days an answer stays readable after it is given. */
  QUESTION_ANSWERED_DAYS: int(DEFAULT_QUESTION_ANSWERED_DAYS, 0, 3650),
  /** Days an unanswered question is kept. */
  QUESTION_STALE_DAYS: int(DEFAULT_QUESTION_STALE_DAYS, 1, 3650),
  /** New questions per minute per client; 0 switches the limit off. */
  QUESTION_POSTS_PER_MINUTE: int(5, 0, 100_000),
  /** Code lookups per minute per client (the guessing limit); 0 switches it off. */
  QUESTION_LOOKUPS_PER_MINUTE: int(10, 0, 100_000),
  /** Largest question request body, in bytes. */
  QUESTION_BODY_LIMIT_BYTES: int(16 * 1024, 1024, 1024 * 1024),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
});
export type QuestionsConfig = z.infer<typeof questionsEnvSchema>;

export function loadQuestionsConfig(env: Record<string, string | undefined> = process.env): QuestionsConfig {
  const result = questionsEnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration for questions (environment variables):\n${lines.join('\n')}`);
  }
  return result.data;
}

export interface QuestionDeps {
  store: QuestionStore;
  /** Limits new questions. */
  postLimiter: RateLimiter;
  /** Limits code lookups, so codes cannot be guessed. */
  lookupLimiter: RateLimiter;
  config: Pick<QuestionsConfig, 'PUBLIC_URL' | 'QUESTION_BODY_LIMIT_BYTES'>;
  now?: () => Date;
}

export async function createQuestionDeps(config: QuestionsConfig): Promise<QuestionDeps> {
  const store = createQuestionStore(
    config.QUESTIONS_DATABASE_URL,
    { answeredDays: config.QUESTION_ANSWERED_DAYS, staleDays: config.QUESTION_STALE_DAYS },
    config.QUESTIONS_DATABASE_AUTH_TOKEN,
  );
  await store.migrate();
  return {
    store,
    postLimiter: createRateLimiter(config.QUESTION_POSTS_PER_MINUTE),
    lookupLimiter: createRateLimiter(config.QUESTION_LOOKUPS_PER_MINUTE),
    config,
  };
}

const KEY = Symbol.for('samen-opgroeien.questions');
type Holder = { [KEY]?: Promise<QuestionDeps> };

/** The process-wide question deps; the first call validates the environment and opens (and migrates) the database. */
export function getQuestionDeps(env: Record<string, string | undefined> = process.env): Promise<QuestionDeps> {
  const holder = globalThis as Holder;
  holder[KEY] ??= createQuestionDeps(loadQuestionsConfig(env)).catch((e: unknown) => {
    delete holder[KEY];
    throw e;
  });
  return holder[KEY];
}
