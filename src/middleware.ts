/**
 * The back office's gate. For every request under /beheer/ and /api/admin/:
 * - a POST (or other change) from another site is refused (403);
 * - without a valid session: pages redirect to the sign-in page, the API
 *   answers 401 (only the sign-in pages themselves are open);
 * - responses are never cached and never indexed.
 * Every other path passes straight through: public pages set no cookie.
 */
import { defineMiddleware } from 'astro:middleware';
import { HttpError, assertSameOrigin, problem } from './server/http';
import { currentUser } from './server/admin/auth';
import { getAdminDeps } from './server/admin/runtime';

const OPEN = new Set(['/beheer/inloggen/', '/beheer/inloggen/link/', '/beheer/inloggen/verstuurd/']);

export const onRequest = defineMiddleware(async (ctx, next) => {
  const path = ctx.url.pathname;
  const page = path === '/beheer' || path.startsWith('/beheer/');
  const api = path.startsWith('/api/admin/') || path === '/api/admin';
  if ((!page && !api) || ctx.isPrerendered) return next();

  const deps = await getAdminDeps();
  if (!['GET', 'HEAD'].includes(ctx.request.method)) {
    try {
      assertSameOrigin(ctx.request, deps.runtime.config.PUBLIC_URL);
    } catch (e) {
      if (e instanceof HttpError) return e.toResponse();
      throw e;
    }
  }
  const user = await currentUser(ctx.request, deps);
  if (user) ctx.locals.user = user;
  let response: Response;
  if (!user && !OPEN.has(path)) {
    response = api
      ? problem(401, 'Log eerst in.')
      : new Response(null, { status: 303, headers: { location: '/beheer/inloggen/' } });
  } else {
    response = await next();
  }
  response.headers.set('cache-control', 'no-store');
  response.headers.set('x-robots-tag', 'noindex, nofollow');
  return response;
});
