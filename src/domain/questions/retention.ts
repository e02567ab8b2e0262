/**
 * Retention of anonymous questions. An answered question is deleted a number
 * of days after it was answered (time to read it); a question that is never
 * answered ("stale") is deleted a number of days after it was asked. Pure.
 */
export const DEFAULT_QUESTION_ANSWERED_DAYS = 30;
export const DEFAULT_QUESTION_STALE_DAYS = 60;

export interface QuestionRetention {
  /** Days an answer stays readable. */
  answeredDays: number;
  /** Days an unanswered question is kept. */
  staleDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function days(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
  return n * DAY_MS;
}

/** The instant from which the question must be gone. */
export function questionDeleteAt(q: { createdAt: Date; answeredAt?: Date | undefined }, rules: QuestionRetention): Date {
  const answeredMs = days(rules.answeredDays, 'answeredDays');
  const staleMs = days(rules.staleDays, 'staleDays');
  const fromAsked = q.createdAt.getTime() + staleMs;
  if (!q.answeredAt) return new Date(fromAsked);
  // Counted from the answer, so an answer given late still gets its full reading time.
  return new Date(q.answeredAt.getTime() + answeredMs);
}

export function isQuestionExpired(q: { createdAt: Date; answeredAt?: Date | undefined }, rules: QuestionRetention, now: Date): boolean {
  return questionDeleteAt(q, rules).getTime() <= now.getTime();
}
