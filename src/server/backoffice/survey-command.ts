/**
 * `npm run survey:send`: send the satisfaction question for every session
 * that ended in the last two weeks and has not had it yet (safe to run as
 * often as you like; run it daily from cron or a systemd timer). Offers come
 * from the content files and the partner offers the coordinator approved.
 */
import { readOffers } from '../../catalogue';
import type { Deps } from '../deps';
import type { AdminOffer } from './registrations';
import { sendSurveyInvites } from './survey';

/** The offers as the site knows them (src/catalogue: files + approved partner offers, file wins). */
export async function loadOffersForCommands(deps: Pick<Deps, 'config'>, root = 'content'): Promise<AdminOffer[]> {
  return readOffers(root, { url: deps.config.DATABASE_URL, authToken: deps.config.DATABASE_AUTH_TOKEN });
}

export async function runSurveyCommand(deps: Deps, root = 'content') {
  return sendSurveyInvites(deps, await loadOffersForCommands(deps, root));
}
