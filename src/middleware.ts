/**
 * Runs before every on-demand route; for the prebuilt static pages only the
 * first step (`validHtml`) applies, when they are built.
 *
 * 0. The request's `Deps`: scripts/serve.mjs passes the runtime it created at
 *    start as `locals.deps`; here its catalogue becomes the built `offers`
 *    collection (what the pages show), with the sessions cancelled since. Under `astro dev` only, a dev runtime
 *    is created on first use.
 * 1. Every request that changes something (POST, PUT, PATCH, DELETE) must come
 *    from this site: `assertSameOrigin` refuses a foreign `Origin` or a
 *    cross-site `Sec-Fetch-Site` with 403. Astro's own `checkOrigin` is off
 *    (astro.config.mjs) because our pages send `Referrer-Policy: no-referrer`,
 *    which makes browsers send `Origin: null` even for a form on this site;
 *    `assertSameOrigin` tells those apart by `Sec-Fetch-Site`.
 * 2. The back office's gate (src/server/backoffice/gate.ts): /beheer/
 *    needs a session; responses are never cached or indexed.
 * /api/ gets only its Deps here: its route table (src/server/api.ts) applies
 * both checks itself, as it does when the Node host calls it directly.
 *    Public paths pass straight through and get no cookie.
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { hoistIslandStyle } from './utils/island-style';
import { platform } from '#platform';
import { adminGate, isAdminPage } from './server/backoffice/gate';
import { sessionCatalogue } from './server/astro';
import type { Deps } from './server/deps';
import { HttpError, assertSameOrigin, discardUnread, problem } from './server/http';
import { API_PREFIX } from './server/api';
import { withLiveCancellations } from './catalogue/sessions';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const withCatalogue = new WeakMap<Deps, Deps>();
let devRuntime: Promise<Deps> | undefined;

async function requestDeps(given: Deps | undefined): Promise<Deps | undefined> {
  let deps = given;
  // The edge host: the isolate's runtime (src/platform/workerd.ts). On Node, scripts/serve.mjs passes it.
  if (!deps && platform.hostRuntime) deps = await platform.hostRuntime();
  if (!deps && import.meta.env.DEV) {
    devRuntime ??= import('./server/runtime').then((m) => m.createRuntime(process.env));
    deps = await devRuntime;
    deps.startMailWorker();
  }
  if (!deps) return undefined;
  let routed = withCatalogue.get(deps);
  if (!routed) {
    const store = deps.store;
    // The built collection, with the sessions cancelled in the back office since the build.
    withCatalogue.set(deps, (routed = { ...deps, catalogue: withLiveCancellations(sessionCatalogue, () => store.registrations.cancelledSessions()) }));
  }
  return routed;
}

/** Every HTML page, prebuilt (this runs when it is built) or on demand: valid HTML (src/utils/island-style.ts). */
const validHtml = defineMiddleware(async (_ctx, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html') || !response.body) return response;
  const html = await response.text();
  return new Response(hoistIslandStyle(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});

const portal = defineMiddleware(async (ctx, next) => {
  if (ctx.isPrerendered) return next();
  const deps = await requestDeps(ctx.locals.deps);
  if (!deps) return problem(503, 'De server is niet goed gestart. Probeer het later opnieuw.');
  ctx.locals.deps = deps;
  // The API's route table applies the same checks itself (src/server/api.ts).
  if (ctx.url.pathname.startsWith(API_PREFIX)) return next();
  if (!SAFE.has(ctx.request.method)) {
    try {
      assertSameOrigin(ctx.request, deps.config.PUBLIC_URL);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      await discardUnread(ctx.request);
      return e.toResponse();
    }
  }
  const path = ctx.url.pathname;
  const response = isAdminPage(path)
    ? await adminGate(ctx.request, path, deps, async (user) => {
        if (user) ctx.locals.user = user;
        return next();
      })
    : await next();
  // A page or the gate may answer without reading the body.
  if (!SAFE.has(ctx.request.method)) await discardUnread(ctx.request);
  return response;
});

export const onRequest = sequence(validHtml, portal);
