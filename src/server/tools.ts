/**
 * Entry for the Node-side tools (bundled by esbuild into dist/tools/): the
 * serve script, the retention command and the coordinator command import
 * from here. The Astro routes use the same runtime through `globalThis`.
 */
export { getRuntime, runRetention, createRuntime } from './runtime';
export { runRetentionJob } from './retention-job';
export { loadConfig, ConfigError } from './config';
export { getQuestionDeps } from './questions-runtime';
export { compileTrustedProxies, resolveClient } from './proxy';
export { buildSessionCatalogue, loadContentCatalogue } from '../catalogue';
export { decideRegistration } from './handlers/registrations';
export { runSurveyCommand } from './admin/survey-command';
export { createUserCommand, markPublished, parseArgs } from './admin/cli';
