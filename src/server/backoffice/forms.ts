/**
 * Reading back-office form posts and answering with a redirect. No Astro
 * imports, so the integration tests use the same code as the pages.
 */
import { HttpError, readLimited } from '../http';

/** Back-office forms carry a long description: allow up to 64 kB. */
export const ADMIN_BODY_LIMIT = 64 * 1024;

export async function readForm(request: Request): Promise<URLSearchParams> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'Stuur het formulier opnieuw.');
  return new URLSearchParams(await readLimited(request, ADMIN_BODY_LIMIT));
}

/** 303 See Other (after a POST the browser GETs the new page), never cached. */
export function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ location, 'cache-control': 'no-store' });
  for (const c of cookies) headers.append('set-cookie', c);
  return new Response(null, { status: 303, headers });
}
