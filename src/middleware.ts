/**
 * The back office's gate (src/server/admin/gate.ts) in front of every
 * on-demand route: /beheer/ and /api/admin/ need a session, foreign origins
 * are refused. Prerendered (public) pages pass straight through.
 */
import { defineMiddleware } from 'astro:middleware';
import { adminGate, isAdminApi, isAdminPage } from './server/admin/gate';
import { getAdminDeps } from './server/admin/runtime';

export const onRequest = defineMiddleware(async (ctx, next) => {
  const path = ctx.url.pathname;
  if (ctx.isPrerendered || (!isAdminPage(path) && !isAdminApi(path))) return next();
  return adminGate(ctx.request, path, await getAdminDeps(), async (user) => {
    if (user) ctx.locals.user = user;
    return next();
  });
});
