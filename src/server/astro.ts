/**
 * Glue between Astro and the server core, for pages and endpoints only (it
 * reads the built collections through src/catalogue/site.ts): the built collections the handlers need, and
 * the request's `Deps` from `locals` (set by src/middleware.ts from the
 * runtime scripts/serve.mjs created).
 */
import type { AdminOffer } from './backoffice/registrations';
import { getCatalogue, sessionCatalogue } from '../catalogue/site';
import { withCancelledSessions } from '../catalogue/merge';
import type { Deps } from './deps';
import { HttpError } from './http';

export { sessionCatalogue };

/**
 * The built offers as the back office needs them: with provider, all
 * sessions (with those cancelled in the back office since the build) and
 * where each comes from (a content file, edited by the CJG, or the database).
 */
export async function catalogueOffers(deps: Pick<Deps, 'store'>): Promise<AdminOffer[]> {
  const [{ offers }, cancelled] = await Promise.all([getCatalogue(), deps.store.registrations.cancelledSessions()]);
  return offers.map((o) => ({ id: o.id, data: withCancelledSessions(o.data, cancelled), source: o.filePath ? 'file' : 'database' }));
}

export async function themeList(): Promise<{ id: string; title: string }[]> {
  return (await getCatalogue()).themes.map((t) => ({ id: t.id, title: t.data.title ?? t.id }));
}

/** The request's Deps (the middleware always sets them for on-demand routes). */
export function depsOf(locals: App.Locals): Deps {
  if (!locals.deps) throw new HttpError(503, 'De server is nog niet klaar. Probeer het zo opnieuw.');
  return locals.deps;
}
