/**
 * The back office's JSON API (/api/admin/…), for scripts and tests. The
 * middleware has checked origin and session; these check roles and
 * ownership with the same rules as the pages.
 */
import type { OfferAction } from '../../domain/admin';
import { json, problem, readFields, HttpError } from '../http';
import type { User } from '../store/admin';
import { toActor } from './auth';
import { changeOfferStatus, isDenied, loadOfferFor } from './offers';
import type { AdminDeps } from './runtime';

const API_BODY_LIMIT = 16 * 1024;

function view(row: { id: string; provider: string; status: string; remarks: string | null; approvedAt: string | null; publishedAt: string | null; updatedAt: string; data: Record<string, unknown> }) {
  return { id: row.id, provider: row.provider, status: row.status, title: row.data.title, remarks: row.remarks, approvedAt: row.approvedAt, publishedAt: row.publishedAt, updatedAt: row.updatedAt };
}

export async function listOffersApi(user: User | undefined, deps: AdminDeps): Promise<Response> {
  if (!user) return problem(401, 'Log eerst in.');
  const actor = toActor(user);
  const rows = await deps.admin.listOffers(actor.role === 'partner' ? { provider: actor.partnerId ?? '-' } : {});
  return json(200, { offers: rows.map(view) });
}

export async function getOfferApi(user: User | undefined, id: string, deps: AdminDeps): Promise<Response> {
  if (!user) return problem(401, 'Log eerst in.');
  const found = await loadOfferFor(toActor(user), id, deps);
  if (isDenied(found)) return problem(found.status, found.message);
  return json(200, { offer: { ...view(found), data: found.data, body: found.body } });
}

const actions: Record<string, Exclude<OfferAction, 'save'>> = { submit: 'submit', approve: 'approve', 'send-back': 'send-back' };

/** POST {action: "submit" | "approve" | "send-back", reason?} */
export async function offerActionApi(user: User | undefined, id: string, request: Request, deps: AdminDeps): Promise<Response> {
  if (!user) return problem(401, 'Log eerst in.');
  try {
    const { fields } = await readFields(request, API_BODY_LIMIT);
    const action = typeof fields.action === 'string' && Object.hasOwn(actions, fields.action) ? actions[fields.action]! : undefined;
    if (!action) return problem(422, 'Kies een actie: submit, approve of send-back.', { fieldErrors: { action: 'Onbekende actie.' } });
    const reason = typeof fields.reason === 'string' ? fields.reason : undefined;
    const result = await changeOfferStatus(toActor(user), id, action, reason, deps);
    if (result.type === 'denied') return problem(result.status, result.message);
    return json(200, { offer: view(result.row) });
  } catch (e) {
    if (e instanceof HttpError) return e.toResponse();
    throw e;
  }
}
