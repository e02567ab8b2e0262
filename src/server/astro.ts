/**
 * Glue for the Astro on-demand routes: the process runtime plus the session
 * catalogue built from the `offers` collection (read once per process).
 */
import { sessionCatalogue } from '../catalogue/site';
import type { Deps } from './deps';
import { getRuntime } from './runtime';

export { sessionCatalogue };

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
