/** GET /api/sessions/<id>: places left, live; GET /api/sessions/<id>.ics: the calendar file. */
import { placesLeft } from '../../domain/registrations/availability';
import { closesAt, registrationWindow } from '../../domain/registrations/window';
import type { Deps } from '../deps';
import { json, problem } from '../http';
import { errorResponse } from './registrations';
import { sessionIcs } from '../mail/ics';

export async function sessionAvailability(sessionId: string, deps: Deps) {
  const entry = (await deps.catalogue())(sessionId);
  if (!entry) return undefined;
  const { held } = await deps.store.registrations.places(sessionId);
  const { session } = entry;
  return {
    sessionId,
    capacity: session.capacity,
    placesLeft: placesLeft(session.capacity, session.taken + held),
    state: registrationWindow(session, deps.now()),
    closesAt: closesAt(session).toISOString(),
  };
}

export async function handleGetSession(request: Request, deps: Deps, sessionId: string): Promise<Response> {
  try {
    if (request.method !== 'GET' && request.method !== 'HEAD') return problem(405, 'Gebruik GET.', {}, { allow: 'GET' });
    const result = await sessionAvailability(sessionId, deps);
    if (!result) return problem(404, 'Deze bijeenkomst bestaat niet (meer).');
    return json(200, result, { 'cache-control': 'no-store' });
  } catch (e) {
    return errorResponse(e, deps);
  }
}

/** GET /api/sessions/<id>.ics: the session as a calendar file, every meeting (public: no personal data, no join link). */
export async function handleSessionIcs(request: Request, deps: Deps, sessionId: string): Promise<Response> {
  try {
    const entry = (await deps.catalogue())(sessionId);
    if (!entry) return new Response('Deze bijeenkomst bestaat niet (meer).', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const url = new URL(`/aanbod/${entry.offer.id}/`, deps.config.PUBLIC_URL).toString();
    const ics = sessionIcs(entry, { url, description: `${entry.offer.title}. Meer informatie: ${url}`, now: deps.now() });
    return new Response(ics, {
      headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${entry.session.id}.ics"` },
    });
  } catch (e) {
    return errorResponse(e, deps);
  }
}
