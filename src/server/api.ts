/**
 * The JSON API's one route table: every `/api/…` address and the
 * Web-standard handler that answers it. A host calls `handleApi` for a
 * request under /api/: scripts/serve.mjs (Node) does so before Astro, so an
 * API call costs no page machinery; `astro dev` and the edge host reach it
 * through the one catch-all endpoint src/pages/api/[...path].ts.
 *
 * Here, for every route, as src/middleware.ts does for pages: a change
 * (POST, …) from another site is refused (403), and /api/admin/ passes the
 * back office's gate (a session, never cached or indexed).
 */
import { adminGate, isAdminApi } from './backoffice/gate';
import { getOfferApi, listOffersApi, offerActionApi } from './backoffice/api';
import type { User } from '../schemas/rows';
import type { Deps, RequestContext } from './deps';
import { handleCreateRegistration, handleCancelRegistration, errorResponse } from './handlers/registrations';
import { handleGetSession, handleSessionIcs } from './handlers/sessions';
import { getConversation, lookupConversation, postMessage, postQuestion } from './handlers/conversations';
import { assertSameOrigin, discardUnread, HttpError, problem } from './http';

export const API_PREFIX = '/api/';

type Method = 'GET' | 'POST';
interface Route {
  method: Method;
  /** As written in the table, e.g. `sessions/:id.ics`. */
  path: string;
  /** The path after /api/, without its trailing slash; `:name` is one segment. */
  pattern: RegExp;
  handle(request: Request, deps: Deps, ctx: RequestContext, params: string[], user: User | undefined): Promise<Response>;
}

const segment = '([^/]+)';
const route = (method: Method, path: string, handle: Route['handle']): Route => ({
  method,
  path,
  pattern: new RegExp(`^${path.replace(/:[a-z]+/g, segment).replace(/\./g, '\\.')}$`),
  handle,
});

/** Every API address (the trailing slash is optional). */
export const ROUTES: readonly Route[] = [
  route('POST', 'registrations', (request, deps, ctx) => handleCreateRegistration(request, deps, ctx)),
  route('POST', 'registrations/cancel', (request, deps, ctx) => handleCancelRegistration(request, deps, ctx)),
  route('GET', 'sessions/:id.ics', (request, deps, _ctx, [id]) => handleSessionIcs(request, deps, id!)),
  route('GET', 'sessions/:id', (request, deps, _ctx, [id]) => handleGetSession(request, deps, id!)),
  route('POST', 'questions', (request, deps, ctx) => postQuestion(request, ctx, deps)),
  route('GET', 'questions/:code', (_request, deps, ctx, [code]) => getConversation(code, ctx, deps)),
  route('POST', 'questions/lookup', (request, deps, ctx) => lookupConversation(request, ctx, deps)),
  route('POST', 'questions/:code/messages', (request, deps, ctx, [code]) => postMessage(code, request, ctx, deps)),
  route('GET', 'admin/offers', (_request, deps, _ctx, _params, user) => listOffersApi(user, deps)),
  route('GET', 'admin/offers/:id', (_request, deps, _ctx, [id], user) => getOfferApi(user, id!, deps)),
  route('POST', 'admin/offers/:id', (request, deps, _ctx, [id], user) => offerActionApi(user, id!, request, deps)),
];

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

/** Answer a request under /api/; undefined for any other path. */
export async function handleApi(request: Request, deps: Deps, ctx: RequestContext = {}): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (!url.pathname.startsWith(API_PREFIX)) return undefined;
  const run = (user: User | undefined) => dispatch(request, url.pathname, deps, ctx, user);
  try {
    if (!SAFE.has(request.method)) assertSameOrigin(request, deps.config.PUBLIC_URL);
    // Back-office addresses answer nothing, not even "no such address", before the gate let the request in.
    const response = isAdminApi(url.pathname) ? await adminGate(request, url.pathname, deps, run) : await run(undefined);
    // A handler may answer (429, 404, …) without reading the body.
    await discardUnread(request);
    return request.method === 'HEAD' ? new Response(null, response) : response;
  } catch (e) {
    await discardUnread(request);
    if (e instanceof HttpError) return e.toResponse();
    return errorResponse(e, deps);
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

async function dispatch(request: Request, pathname: string, deps: Deps, ctx: RequestContext, user: User | undefined): Promise<Response> {
  const path = pathname.slice(API_PREFIX.length).replace(/\/$/, '');
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const matches = ROUTES.map((r) => ({ r, m: r.pattern.exec(path) })).filter((x) => x.m);
  if (!matches.length) return problem(404, 'Dit adres bestaat niet.');
  const match = matches.find((x) => x.r.method === method);
  const allowed = [...new Set(matches.map((x) => x.r.method))];
  if (!match) return problem(405, `Gebruik ${allowed.join(' of ')}.`, {}, { allow: allowed.join(', ') });
  const params = match.m!.slice(1).map(decode);
  if (params.some((p) => p === undefined)) return problem(400, 'Dit adres klopt niet.');
  return match.r.handle(request, deps, ctx, params as string[], user);
}
