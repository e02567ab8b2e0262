/**
 * The retention job as the server runs it daily (scripts/serve.mjs) and
 * `npm run retention` runs it at once: reads the catalogue as it is now (so
 * moved sessions move their registrations' deletion date) and opens the
 * questions store, then runs `runRetention`. A part that cannot be read is
 * logged (without personal data) and the rest still runs.
 */
import { loadContentCatalogue } from '../catalogue';
import { getQuestionDeps } from './questions-runtime';
import { runRetention, type RetentionSources, type Runtime } from './runtime';

export async function runRetentionJob(
  runtime: Pick<Runtime, 'store' | 'config'>,
  env: Record<string, string | undefined> = process.env,
  now: Date = new Date(),
  log: (line: string) => void = console.error,
  contentRoot = 'content',
) {
  const sources: RetentionSources = {};
  try {
    sources.catalogue = await loadContentCatalogue(contentRoot, { url: runtime.config.DATABASE_URL, authToken: runtime.config.DATABASE_AUTH_TOKEN });
  } catch (e) {
    log(`retention: the catalogue could not be read (${e instanceof Error ? e.name : 'error'}); the deletion dates stored with the registrations count`);
  }
  try {
    sources.questions = (await getQuestionDeps(env)).store;
  } catch (e) {
    log(`retention: the questions database could not be opened (${e instanceof Error ? e.name : 'error'}); questions are not purged now`);
  }
  return runRetention(runtime, now, sources);
}
