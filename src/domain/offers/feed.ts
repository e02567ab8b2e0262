/**
 * Which sessions a public calendar feed (/aanbod.ics, /themas/<id>.ics) lists:
 * every session that is not cancelled and whose series has not ended yet, so
 * a subscriber also keeps the later meetings of a series that has begun. Pure.
 */
import type { Session } from '../../schemas/session';
import { toInstant } from '../dates';
import { seriesEnd } from './meetings';

export function inFeed(session: Pick<Session, 'cancelled' | 'start' | 'end' | 'laterMeetings'>, now: Date): boolean {
  return !session.cancelled && toInstant(seriesEnd(session)).getTime() > now.getTime();
}
