/**
 * `npm run survey:send`: send the satisfaction question for every session
 * that ended in the last two weeks and has not had it yet (safe to run as
 * often as you like; run it daily from cron or a systemd timer). Offers come
 * from the content files and the partner offers the coordinator approved.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { offerSchema } from '../../schemas/offer';
import type { Deps } from '../deps';
import type { AdminOffer } from './registrations';
import { sendSurveyInvites } from './survey';

export async function loadOffersForCommands(deps: Pick<Deps, 'store'>, root = 'content'): Promise<AdminOffer[]> {
  const dir = join(root, 'offers');
  const files = (await readdir(dir)).filter((n) => /\.mdx?$/.test(n));
  const offers = new Map<string, AdminOffer>();
  for (const name of files) {
    const raw = await readFile(join(dir, name), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw);
    offers.set(name.replace(/\.mdx?$/, ''), { id: name.replace(/\.mdx?$/, ''), data: offerSchema.parse(m ? parse(m[1]!) : {}) });
  }
  for (const row of await deps.store.offers.approvedOffers()) {
    if (offers.has(row.id) || !row.approvedData) continue;
    const data = offerSchema.safeParse(row.approvedData);
    if (data.success) offers.set(row.id, { id: row.id, data: data.data });
  }
  return [...offers.values()];
}

export async function runSurveyCommand(deps: Deps, root = 'content') {
  return sendSurveyInvites(deps, await loadOffersForCommands(deps, root));
}
