/**
 * The back office's JSON API (/api/admin/…), for scripts and tests. The
 * middleware has checked origin and session; these check roles and
 * ownership with the same rules as the pages.
 */
import type { OfferAction } from '../../domain/admin';
import { json, problem, readFields, HttpError } from '../http';
import type { User } from '../../schemas/rows';
import type { Deps } from '../deps';
import { toActor } from './auth';
import { changeOfferStatus, isDenied, loadOfferFor, offerVersion } from './offers';

const API_BODY_LIMIT = 16 * 1024;

type ViewRow = { id: string; provider: string; status: string; remarks: string | null; approvedAt: string | null; publishedAt: string | null; updatedAt: string; data: Record<string, unknown>; body: string };

/** `version` is what an approve or send-back must send back: it binds the decision to this content. */
async function view(row: ViewRow) {
  return { id: row.id, provider: row.provider, status: row.status, title: row.data.title, version: await offerVersion(row), remarks: row.remarks, approvedAt: row.approvedAt, publishedAt: row.publishedAt, updatedAt: row.updatedAt };
}

export async function listOffersApi(user: User | undefined, deps: Deps): Promise<Response> {
  if (!user) return problem(401, 'Log eerst in.');
  const actor = toActor(user);
  const rows = await deps.store.offers.listOffers(actor.role === 'partner' ? { provider: actor.partnerId ?? '-' } : {});
  return json(200, { offers: await Promise.all(rows.map(view)) });
}

export async function getOfferApi(user: User | undefined, id: string, deps: Deps): Promise<Response> {
  if (!user) return problem(401, 'Log eerst in.');
  const found = await loadOfferFor(toActor(user), id, deps);
  if (isDenied(found)) return problem(found.status, found.message);
  return json(200, { offer: { ...(await view(found)), data: found.data, body: found.body } });
}

const actions: Record<string, Exclude<OfferAction, 'save'>> = { submit: 'submit', approve: 'approve', 'send-back': 'send-back', offline: 'offline' };

/**
 * POST {action: "submit" | "approve" | "send-back" | "offline", reason?, version?}.
 * Approve and send-back need the `version` from GET: if the offer changed
 * since, 409 with the current version (and nothing changes).
 */
export async function offerActionApi(user: User | undefined, id: string, request: Request, deps: Deps): Promise<Response> {
  if (!user) return problem(401, 'Log eerst in.');
  try {
    const { fields } = await readFields(request, API_BODY_LIMIT);
    const action = typeof fields.action === 'string' && Object.hasOwn(actions, fields.action) ? actions[fields.action]! : undefined;
    if (!action) return problem(422, 'Kies een actie: submit, approve, send-back of offline.', { fieldErrors: { action: 'Onbekende actie.' } });
    const reason = typeof fields.reason === 'string' ? fields.reason : undefined;
    const version = action === 'submit' || action === 'offline' ? undefined : typeof fields.version === 'string' ? fields.version.slice(0, 100) : '';
    const result = await changeOfferStatus(toActor(user), id, action, reason, deps, version);
    if (result.type === 'denied') {
      if (result.version === undefined) return problem(result.status, result.message);
      const extra: Record<string, unknown> = { version: result.version };
      if (result.status === 422) extra.fieldErrors = { version: result.message };
      if (result.status === 409) {
        const fresh = await deps.store.offers.getOffer(id);
        if (fresh) extra.offer = { ...(await view(fresh)), data: fresh.data, body: fresh.body };
      }
      return problem(result.status, result.message, extra);
    }
    return json(200, { offer: await view(result.row) });
  } catch (e) {
    if (e instanceof HttpError) return e.toResponse();
    throw e;
  }
}
