/**
 * Is registration open for a session? Pure; `now` is passed in.
 * Registration closes at the deadline (default: the start).
 */
import { toInstant } from '../dates';

export type WindowState = 'open' | 'closed' | 'past' | 'cancelled';

export interface SessionTimes {
  start: string;
  end: string;
  deadline?: string | undefined;
  cancelled?: boolean | undefined;
}

export function registrationWindow(session: SessionTimes, now: Date): WindowState {
  if (session.cancelled) return 'cancelled';
  const t = now.getTime();
  if (toInstant(session.start).getTime() <= t) return 'past';
  if (toInstant(session.deadline ?? session.start).getTime() <= t) return 'closed';
  return 'open';
}

/** The instant registration closes. */
export function closesAt(session: SessionTimes): Date {
  return toInstant(session.deadline ?? session.start);
}
