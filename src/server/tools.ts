/**
 * Entry for the Node-side tools (bundled by esbuild into dist/tools/): the
 * serve script, the mail drainer and the commands import from here. The
 * Astro routes get the same runtime per request as `locals.deps`.
 */
export { createRuntime } from './runtime';
export { runRetention, runRetentionJob } from './retention-job';
export { loadConfig, ConfigError, CONFIG_KEYS } from '../schemas/env';
export { compileTrustedProxies, resolveClient } from './proxy';
export { buildSessionCatalogue } from '../catalogue';
export { decideIntake } from './handlers/registrations';
export { loadContentCatalogue } from '../catalogue';
export { runSurveyCommand } from './backoffice/survey-command';
export { createUserCommand, markPublished, parseArgs } from './backoffice/cli';
export { main as answerCommand } from './cli/answer';
export { handleApi } from './api';
export { runPublication } from './backoffice/publisher';
export { liveBuildId, readManifest, sourceHash } from './backoffice/builds';
export { assetHeaders, isCspHashes, securityHeaders } from './security-headers';
export { notifyOnline } from './backoffice/offers';
export { cacheControlFor } from './cache-policy';
