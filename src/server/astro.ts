/**
 * Glue for the Astro on-demand routes: the process runtime plus the session
 * catalogue built from the `offers` collection (read once per process).
 */
import { getCollection } from 'astro:content';
import { buildSessionCatalogue, type SessionCatalogue } from './catalogue';
import type { Deps } from './deps';
import { getRuntime } from './runtime';

let catalogue: Promise<SessionCatalogue> | undefined;

export function sessionCatalogue(): Promise<SessionCatalogue> {
  catalogue ??= Promise.all([getCollection('offers'), getCollection('locations')]).then(([offers, locations]) =>
    buildSessionCatalogue(offers, locations),
  );
  return catalogue;
}

export async function routeDeps(): Promise<Deps> {
  const [runtime, cat] = await Promise.all([getRuntime(), sessionCatalogue()]);
  return {
    store: runtime.store,
    mailer: runtime.mailer,
    rateLimiter: runtime.rateLimiter,
    config: runtime.config,
    formSecret: runtime.formSecret,
    catalogue: cat,
  };
}
