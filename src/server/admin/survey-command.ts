/**
 * `npm run survey:send`: send the satisfaction question for every session
 * that ended in the last two weeks and has not had it yet (safe to run as
 * often as you like; run it daily from cron or a systemd timer). Offers come
 * from the content files and the partner offers the coordinator approved.
 */
import { readOffers } from '../../catalogue';
import type { Runtime } from '../runtime';
import type { AdminOffer } from './registrations';
import { sendSurveyInvites } from './survey';

/** The offers as the site knows them (src/catalogue: files + approved partner offers, file wins). */
export async function loadOffersForCommands(runtime: Pick<Runtime, 'config'>, root = 'content'): Promise<AdminOffer[]> {
  return readOffers(root, { url: runtime.config.DATABASE_URL, authToken: runtime.config.DATABASE_AUTH_TOKEN });
}

export async function runSurveyCommand(runtime: Pick<Runtime, 'store' | 'mailer' | 'config'>, now = new Date()) {
  const offers = await loadOffersForCommands(runtime);
  return sendSurveyInvites({ store: runtime.store, mailer: runtime.mailer, offers, config: runtime.config, now: () => now });
}
