/**
 * The back office's gate, without Astro: src/middleware.ts calls it for every
 * on-demand request, and the integration tests call it for every route file.
 * For paths under /beheer/ and /api/admin/:
 * - a POST (or other change) from another site is refused (403);
 * - without a valid session: pages redirect (303) to the sign-in page, the
 *   API answers 401; only the sign-in pages themselves are open;
 * - responses are never cached and never indexed.
 * Every other path passes straight through: public pages set no cookie.
 */
import { HttpError, assertSameOrigin, problem } from '../http';
import type { User } from '../../schemas/rows';
import type { Deps } from '../deps';
import { currentUser } from './auth';

export const SIGN_IN_PATH = '/beheer/inloggen/';
/** The only back-office pages open without a session. */
export const OPEN_PATHS: ReadonlySet<string> = new Set([SIGN_IN_PATH, '/beheer/inloggen/link/', '/beheer/inloggen/verstuurd/']);

export const isAdminPage = (path: string) => path === '/beheer' || path.startsWith('/beheer/');
export const isAdminApi = (path: string) => path === '/api/admin' || path.startsWith('/api/admin/');

export async function adminGate(
  request: Request,
  path: string,
  deps: Deps,
  next: (user: User | undefined) => Promise<Response>,
): Promise<Response> {
  const page = isAdminPage(path);
  const api = isAdminApi(path);
  if (!page && !api) return next(undefined);
  let response: Response;
  try {
    if (!['GET', 'HEAD'].includes(request.method)) assertSameOrigin(request, deps.config.PUBLIC_URL);
    const user = await currentUser(request, deps);
    if (!user && !OPEN_PATHS.has(path)) {
      response = api ? problem(401, 'Log eerst in.') : new Response(null, { status: 303, headers: { location: SIGN_IN_PATH } });
    } else {
      response = await next(user);
    }
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    response = e.toResponse();
  }
  // Responses from Astro may have immutable headers; copy when needed.
  try {
    response.headers.set('cache-control', 'no-store');
  } catch {
    response = new Response(response.body, response);
    response.headers.set('cache-control', 'no-store');
  }
  response.headers.set('x-robots-tag', 'noindex, nofollow');
  return response;
}
