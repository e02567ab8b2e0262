/**
 * The security headers every response gets, on both hosts: the Node host
 * (scripts/serve.mjs) sets them on every response, static files included;
 * the edge host sets them on the Worker's responses (src/edge/worker.ts)
 * and, for the static files the asset layer serves without the Worker, in
 * the `_headers` file the build writes (src/integrations/csp-hashes.ts).
 *
 * One Content-Security-Policy, fixed at build time: inline scripts and
 * styles are allowed only by the hashes of Astro's own island runtime
 * (computed from the astro package), never by anything in a response body.
 * 'wasm-unsafe-eval' lets the browser compile Pagefind's WebAssembly (from
 * this origin); it does not allow eval() of JavaScript.
 */
export interface CspHashes {
  /** CSP source expressions ('sha256-…') for script-src. */
  scripts: string[];
  /** CSP source expressions for style-src. */
  styles: string[];
}

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** Whether a parsed csp.json holds lists of hashes and nothing else. */
export function isCspHashes(value: unknown): value is CspHashes {
  const ok = (list: unknown) => Array.isArray(list) && list.every((h) => typeof h === 'string' && HASH.test(h));
  return typeof value === 'object' && value !== null && ok((value as CspHashes).scripts) && ok((value as CspHashes).styles);
}

export function contentSecurityPolicy(hashes: CspHashes): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes.scripts].join(' '),
    ["style-src 'self'", ...hashes.styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header, by lower-case name. HSTS only when people reach the site over https. */
export function securityHeaders(hashes: CspHashes, publicUrl: string): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(hashes),
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    ...(new URL(publicUrl).protocol === 'https:' ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Headers that only mean something on a document (or a worker script): the policy,
 * framing, opener and permissions. A stylesheet, module or image ignores them.
 */
const DOCUMENT_ONLY = ['content-security-policy', 'x-frame-options', 'cross-origin-opener-policy', 'permissions-policy'];

/**
 * The headers for Astro's hashed build files under `/_astro/` (scripts, styles, images; never a
 * page or a worker): the others without the document-only ones, about a kilobyte less on each of
 * the five or six files a page loads.
 */
export function assetHeaders(all: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(all).filter(([k]) => !DOCUMENT_ONLY.includes(k)));
}

/**
 * The same for the edge host's `_headers`: the lines of the one `/_astro/*` rule that detach the
 * document-only headers (src/integrations/csp-hashes.ts adds its Cache-Control to the same rule).
 */
export function assetDetachLines(): string[] {
  const names: Record<string, string> = { 'content-security-policy': 'Content-Security-Policy', 'x-frame-options': 'X-Frame-Options', 'cross-origin-opener-policy': 'Cross-Origin-Opener-Policy', 'permissions-policy': 'Permissions-Policy' };
  return DOCUMENT_ONLY.map((k) => `  ! ${names[k]}`);
}

/** A response with the headers set (replacing any a route set itself); copies when the headers are immutable. */
export function withSecurityHeaders(response: Response, headers: Record<string, string>): Response {
  let r = response;
  try {
    for (const [k, v] of Object.entries(headers)) r.headers.set(k, v);
  } catch {
    r = new Response(response.body, response);
    for (const [k, v] of Object.entries(headers)) r.headers.set(k, v);
  }
  return r;
}

/** The `_headers` file of Cloudflare's static assets: the same headers for every path. */
export function headersFile(headers: Record<string, string>): string {
  const names: Record<string, string> = {
    'content-security-policy': 'Content-Security-Policy',
    'referrer-policy': 'Referrer-Policy',
    'x-content-type-options': 'X-Content-Type-Options',
    'x-frame-options': 'X-Frame-Options',
    'cross-origin-opener-policy': 'Cross-Origin-Opener-Policy',
    'permissions-policy': 'Permissions-Policy',
    'strict-transport-security': 'Strict-Transport-Security',
  };
  return ['/*', ...Object.entries(headers).map(([k, v]) => `  ${names[k] ?? k}: ${v}`), ''].join('\n');
}
