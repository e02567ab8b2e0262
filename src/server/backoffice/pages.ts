/**
 * Small helpers for the back-office pages (Astro on-demand routes). The
 * middleware has already checked origin and session.
 */
import { getCatalogue } from '../../catalogue/site';
import type { Actor } from '../../domain/admin';
import { HttpError } from '../http';
import { toActor } from './auth';
import type { OfferFormErrors, OfferFormValues } from '../../domain/offers/form';
import { isDenied, saveOffer, type OfferContext } from './offers';
import type { User } from '../../schemas/rows';
import type { Deps } from '../deps';
import { readForm, redirect } from './forms';

/** The signed-in user (the middleware guarantees one on protected pages). */
export function requireUser(locals: App.Locals): { user: User; actor: Actor } {
  if (!locals.user) throw new HttpError(401, 'Log eerst in.');
  return { user: locals.user, actor: toActor(locals.user) };
}

export async function offerContext(): Promise<OfferContext> {
  const { offers, themes, locations, partners } = await getCatalogue();
  return {
    offers: offers.map((o) => ({ id: o.id, sessionIds: o.data.sessions.map((s) => s.id) })),
    themes: new Set(themes.map((t) => t.id)),
    locations: new Set(locations.map((l) => l.id)),
    partners: new Set(partners.map((p) => p.id)),
  };
}

export async function choices() {
  const { themes, locations, partners } = await getCatalogue();
  return {
    themes: themes.map((t) => ({ id: t.id, name: t.data.title ?? t.id })),
    locations: locations.map((l) => ({ id: l.id, name: l.data.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    partners: partners.map((p) => ({ id: p.id, name: p.data.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}

export { ADMIN_BODY_LIMIT, readForm, redirect } from './forms';

export type OfferPostResult = { redirect: Response } | { values?: OfferFormValues; errors: OfferFormErrors; status: number };

/** The POST of the new-offer and edit-offer pages: save, or the form again with its errors and status. */
export async function postOfferForm(request: Request, actor: Actor, id: string | undefined, deps: Deps): Promise<OfferPostResult> {
  try {
    const result = await saveOffer(actor, id, await readForm(request), await offerContext(), deps);
    if (result.type === 'saved') return { redirect: redirect(`/beheer/aanbod/${result.row.id}/?opgeslagen`) };
    if (isDenied(result)) return { errors: { form: result.message }, status: result.status };
    return { values: result.values, errors: result.errors, status: 422 };
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    return { errors: { form: e.message }, status: e.status };
  }
}

