/**
 * "Now" for the build: the moment the static pages are rendered. Tests and
 * benchmarks can pin it with BUILD_NOW (an ISO date) so output is stable.
 */
export const buildNow: Date = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();
