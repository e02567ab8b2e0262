/**
 * robots.txt, built from the site's address (PUBLIC_URL): search engines want
 * the sitemap as an absolute URL. The back office and the API are not for them.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Disallow: /beheer/', 'Disallow: /api/', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
