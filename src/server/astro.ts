/**
 * Glue between Astro and the server core, for pages and endpoints only (it
 * imports `astro:content`): the built collections the handlers need, and
 * the request's `Deps` from `locals` (set by src/middleware.ts from the
 * runtime scripts/serve.mjs created).
 */
import { getCollection } from 'astro:content';
import type { AdminOffer } from './admin/registrations';
import { buildSessionCatalogue, type SessionCatalogue } from './catalogue';
import type { Deps } from './deps';
import { HttpError } from './http';

let catalogue: Promise<SessionCatalogue> | undefined;
let offers: Promise<AdminOffer[]> | undefined;

/** The session catalogue of the built `offers` collection (content files and published partner offers), read once. */
export function sessionCatalogue(): Promise<SessionCatalogue> {
  catalogue ??= Promise.all([getCollection('offers'), getCollection('locations')]).then(([o, l]) => buildSessionCatalogue(o, l));
  return catalogue;
}

/** The built offers as the back office needs them: with provider and all sessions. */
export function catalogueOffers(): Promise<AdminOffer[]> {
  offers ??= getCollection('offers').then((list) => list.map((o) => ({ id: o.id, data: o.data })));
  return offers!;
}

export async function themeList(): Promise<{ id: string; title: string }[]> {
  return (await getCollection('themes')).map((t) => ({ id: t.id, title: t.data.title ?? t.id }));
}

/** The request's Deps (the middleware always sets them for on-demand routes). */
export function depsOf(locals: App.Locals): Deps {
  if (!locals.deps) throw new HttpError(503, 'De server is nog niet klaar. Probeer het zo opnieuw.');
  return locals.deps;
}
