/**
 * "Now" for a page.
 *
 * - `buildNow` is the moment the static pages are rendered.
 * - `pageNow(Astro)` is the moment that fits the page being rendered: the build's moment for a
 *   prerendered page, the request's moment for a page rendered on request (one value per request,
 *   kept in `locals.now`, so every component of that page agrees). A server that has run for a week
 *   must not show last week's sessions as open on its filter pages.
 *
 * Tests and benchmarks can pin both with BUILD_NOW (an ISO date) so output is stable.
 */
const pinned: Date | undefined = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : undefined;

export const buildNow: Date = pinned ?? new Date();

/** What `pageNow` needs from `Astro` (or an APIContext). */
export interface PageContext {
  isPrerendered: boolean;
  locals: { now?: Date };
}

export function pageNow(page: PageContext, clock: () => Date = () => new Date()): Date {
  if (page.isPrerendered) return buildNow;
  if (pinned) return pinned;
  return (page.locals.now ??= clock());
}
