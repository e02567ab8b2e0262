/**
 * Retention, as the server runs it daily (scripts/serve.mjs) and
 * `npm run retention` runs it at once: registrations past their session's
 * *current* end + RETENTION_DAYS (with their outbox rows), old outbox files,
 * survey comments and used or expired invites, conversations (with their messages) past their date.
 */
import { seriesEnd } from '../domain/offers';
import { purgeAfter } from '../domain/registrations/retention';
import { firstKeptCommentMonth, SURVEY_TTL_DAYS } from './backoffice/survey';
import type { SessionCatalogue } from '../catalogue';
import type { Deps } from './deps';
import { platform } from '#platform';
import { purgeRateLimits } from './store/limits';

export interface RetentionResult {
  registrations: number;
  outbox: number;
  surveyComments: number;
  surveyInvites: number;
  conversations: number;
}

/**
 * Delete personal data past retention. With `catalogue` (the catalogue as it
 * is now) each session's registrations go RETENTION_DAYS after its current
 * end, so a session that moved takes its deletion date along; without it
 * (or for a session it no longer knows) the date stored at registration counts.
 */
export async function runRetention(deps: Pick<Deps, 'store' | 'config' | 'drivers'>, now: Date, catalogue?: SessionCatalogue): Promise<RetentionResult> {
  const days = deps.config.RETENTION_DAYS;
  const purgeAfterOf = catalogue
    ? (sessionId: string) => {
        const entry = catalogue(sessionId);
        return entry ? purgeAfter(seriesEnd(entry.session), days) : undefined;
      }
    : undefined;
  const registrations = await deps.store.registrations.purge(now, purgeAfterOf);
  await deps.store.outbox.purgeUnowned(now);
  const outbox = await platform.purgeMailFiles(deps.config, days, now, SURVEY_TTL_DAYS);
  const survey = await deps.store.surveys.purge(now, firstKeptCommentMonth(now), SURVEY_TTL_DAYS);
  const conversations = await deps.store.conversations.purge(now);
  await purgeRateLimits(deps.drivers.core, now);
  return { registrations, outbox, surveyComments: survey.comments, surveyInvites: survey.invites, conversations };
}

/** The daily job: the catalogue as it is now, then `runRetention`. A catalogue that cannot be read is logged and the stored dates count. */
export async function runRetentionJob(deps: Deps, now: Date = deps.now()): Promise<RetentionResult> {
  let catalogue: SessionCatalogue | undefined;
  try {
    catalogue = await deps.catalogue();
  } catch (e) {
    deps.log(`retention: the catalogue could not be read (${e instanceof Error ? e.name : 'error'}); the deletion dates stored with the registrations count`);
  }
  return runRetention(deps, now, catalogue);
}
