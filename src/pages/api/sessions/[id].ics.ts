/** GET /api/sessions/<id>.ics — the session as a calendar file (no personal data). */
import type { APIRoute } from 'astro';
import { sessionCatalogue } from '../../../server/astro';
import { sessionIcs } from '../../../server/mail/ics';

export const prerender = false;

export const GET: APIRoute = async ({ params, site }) => {
  const entry = (await sessionCatalogue())(params.id ?? '');
  if (!entry) return new Response('Deze bijeenkomst bestaat niet (meer).', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const url = new URL(`/aanbod/${entry.offer.id}/`, site).toString();
  const ics = sessionIcs(entry, { uid: `${entry.session.id}@samenopgroeien`, url, description: `${entry.offer.title}. Meer informatie: ${url}` });
  return new Response(ics, {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${entry.session.id}.ics"` },
  });
};
