/**
 * Runs before every on-demand route (never for the prebuilt static pages).
 *
 * 1. Every request that changes something (POST, PUT, PATCH, DELETE) must come
 *    from this site: `assertSameOrigin` refuses a foreign `Origin` or a
 *    cross-site `Sec-Fetch-Site` with 403. Astro's own `checkOrigin` is off
 *    (astro.config.mjs) because our pages send `Referrer-Policy: no-referrer`,
 *    which makes browsers send `Origin: null` even for a form on this site;
 *    `assertSameOrigin` tells those apart by `Sec-Fetch-Site`.
 * 2. The back office's gate (src/server/admin/gate.ts): /beheer/ and
 *    /api/admin/ need a session; responses are never cached or indexed.
 *    Public paths pass straight through and get no cookie.
 */
import { defineMiddleware } from 'astro:middleware';
import { HttpError, assertSameOrigin } from './server/http';
import { loadConfig } from './server/config';
import { adminGate, isAdminApi, isAdminPage } from './server/admin/gate';
import { getAdminDeps } from './server/admin/runtime';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
let publicUrl: string | undefined;

export const onRequest = defineMiddleware(async (ctx, next) => {
  if (ctx.isPrerendered) return next();
  if (!SAFE.has(ctx.request.method)) {
    publicUrl ??= loadConfig().PUBLIC_URL;
    try {
      assertSameOrigin(ctx.request, publicUrl);
    } catch (e) {
      if (e instanceof HttpError) return e.toResponse();
      throw e;
    }
  }
  const path = ctx.url.pathname;
  if (!isAdminPage(path) && !isAdminApi(path)) return next();
  return adminGate(ctx.request, path, await getAdminDeps(), async (user) => {
    if (user) ctx.locals.user = user;
    return next();
  });
});
