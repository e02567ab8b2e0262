/**
 * The edge host's Worker (workerd): what scripts/serve.mjs is on Node.
 * wrangler.jsonc names it as `main`; `npm run build:edge` bundles it with
 * the site. Static files never reach it: Cloudflare's asset layer serves
 * them, with the security headers from the `_headers` file the build wrote.
 *
 * - /api/: the server core's route table (src/server/api.ts), with the
 *   isolate's runtime (src/platform/workerd.ts), before Astro, so an API call
 *   costs no page machinery and `POST /api/registrations` needs no slash.
 * - Everything else on demand: Astro's Cloudflare handler (pages, forms,
 *   the back office; src/middleware.ts takes the same runtime).
 * - Every answer gets the security headers of src/server/security-headers.ts.
 * - Mail: after a request that may have written to the outbox, the drainer
 *   runs in `waitUntil` (the answer does not wait for it); a Cron Trigger
 *   (`scheduled`, every minute) sends what is due and retries failures; a
 *   nightly one runs the retention job.
 */
import { handle } from '@astrojs/cloudflare/handler';
import { platform } from '#platform';
import { handleApi, API_PREFIX } from '../server/api';
import { runRetentionJob } from '../server/retention-job';
import { securityHeaders, withSecurityHeaders, type CspHashes } from '../server/security-headers';

declare const __CSP_HASHES__: CspHashes;

interface Context {
  waitUntil(promise: Promise<unknown>): void;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The second Cron Trigger in wrangler.jsonc: every night at 03:30 UTC. */
const RETENTION_CRON = '30 3 * * *';

async function retention(): Promise<void> {
  try {
    const r = await runRetentionJob(await platform.hostRuntime!());
    console.info(`retention: deleted ${r.registrations} registration(s), ${r.surveyComments} survey comment(s), ${r.surveyInvites} survey invite(s) and ${r.conversations} conversation(s)`);
  } catch (e) {
    console.error(`retention: failed (${e instanceof Error ? e.name : 'error'})`);
  }
}
let headers: Record<string, string> | undefined;

/**
 * The isolate's drain, if one runs: a request during it asks for one more round instead of starting its
 * own (which would claim rows in parallel), and does not wait on it (a promise of another request's
 * context). The rounds run in the context of the request that started them, at most ROUNDS of them, so
 * its `waitUntil` stays short; the Cron Trigger picks up what is left.
 */
let draining: Promise<void> | undefined;
let again = false;
const ROUNDS = 10;

function drain(): Promise<void> {
  if (draining) {
    again = true;
    return Promise.resolve();
  }
  draining = (async () => {
    let rounds = 0;
    do {
      again = false;
      rounds++;
      try {
        await (await platform.hostRuntime!()).drainMail();
      } catch (e) {
        console.error(`mail: outbox round failed (${e instanceof Error ? e.name : 'error'})`);
      }
    } while (again && rounds < ROUNDS);
  })().finally(() => (draining = undefined));
  return draining;
}

/** The runtime could not be created (a missing binding or variable): say so to the visitor, and why in the log. */
function unavailable(e: unknown): Response {
  console.error(e instanceof Error ? `${e.name}: ${e.message}` : 'runtime: could not start');
  return new Response(JSON.stringify({ error: 'De server is niet goed gestart. Probeer het later opnieuw.' }), {
    status: 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '60', 'cache-control': 'no-store' },
  });
}

export default {
  async fetch(request: Request, env: Record<string, unknown>, ctx: Context): Promise<Response> {
    let deps;
    try {
      deps = await platform.hostRuntime!();
    } catch (e) {
      return unavailable(e);
    }
    headers ??= securityHeaders(__CSP_HASHES__, deps.config.PUBLIC_URL);
    const url = new URL(request.url);
    let response: Response;
    if (url.pathname.startsWith(API_PREFIX)) {
      // Cloudflare sets CF-Connecting-IP to the client's address (a client cannot set it through Cloudflare).
      response = (await handleApi(request, deps, { clientAddress: request.headers.get('cf-connecting-ip') ?? undefined }))!;
    } else {
      response = await handle(request as never, env as never, ctx as never);
    }
    if (!SAFE.has(request.method)) ctx.waitUntil(drain());
    return withSecurityHeaders(response, headers);
  },

  async scheduled(event: { cron?: string }, _env: unknown, ctx: Context): Promise<void> {
    ctx.waitUntil(drain());
    // The daily deletion of personal data, as the Node host runs it (wrangler.jsonc: RETENTION_CRON).
    if (event.cron === RETENTION_CRON) ctx.waitUntil(retention());
  },
};
