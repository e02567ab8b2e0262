/** GET /api/sessions/<id>: places left, live. */
import { placesLeft } from '../../domain/registrations/availability';
import { closesAt, registrationWindow } from '../../domain/registrations/window';
import type { Deps } from '../deps';
import { json, problem } from '../http';
import { errorResponse } from './registrations';

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
