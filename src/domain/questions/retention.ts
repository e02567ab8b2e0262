/**
 * Retention of anonymous conversations. Every message moves the date: while
 * the youngster waits for the CJG, the conversation is kept `staleDays`
 * after their last message; once the CJG has answered (or closed it),
 * `answeredDays` after that, time to read it. Pure.
 */
export const DEFAULT_QUESTION_ANSWERED_DAYS = 30;
export const DEFAULT_QUESTION_STALE_DAYS = 60;

export interface QuestionRetention {
  /** Days a conversation is kept after the CJG's last answer or the close. */
  answeredDays: number;
  /** Days a conversation is kept after the youngster's last message while it waits for the CJG. */
  staleDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function days(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
  return n * DAY_MS;
}

/** The instant from which the conversation must be gone, counted from its last message (or the close). */
export function conversationDeleteAt(last: { at: Date; waitingForCjg: boolean }, rules: QuestionRetention): Date {
  const answered = days(rules.answeredDays, 'answeredDays');
  const stale = days(rules.staleDays, 'staleDays');
  return new Date(last.at.getTime() + (last.waitingForCjg ? stale : answered));
}
