/**
 * Runs before every on-demand route (never for the prebuilt static pages).
 *
 * Every request that changes something (POST, PUT, PATCH, DELETE) must come
 * from this site: `assertSameOrigin` refuses a foreign `Origin` or a
 * cross-site `Sec-Fetch-Site` with 403. Astro's own `checkOrigin` is off
 * (astro.config.mjs) because our pages send `Referrer-Policy: no-referrer`,
 * which makes browsers send `Origin: null` even for a form on this site;
 * `assertSameOrigin` tells those apart by `Sec-Fetch-Site`.
 */
import { defineMiddleware } from 'astro:middleware';
import { HttpError, assertSameOrigin } from './server/http';
import { loadConfig } from './server/config';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
let publicUrl: string | undefined;

export const onRequest = defineMiddleware(async (ctx, next) => {
  if (ctx.isPrerendered || SAFE.has(ctx.request.method)) return next();
  publicUrl ??= loadConfig().PUBLIC_URL;
  try {
    assertSameOrigin(ctx.request, publicUrl);
  } catch (e) {
    if (e instanceof HttpError) return e.toResponse();
    throw e;
  }
  return next();
});
