/**
 * Small helpers for the back-office pages (Astro on-demand routes). The
 * middleware has already checked origin and session.
 */
import { getCatalogue, type LocationEntry, type OfferLookups } from '../../catalogue/site';
import { locationSchema, type Location } from '../../schemas/location';
import type { ProposedLocation } from '../../domain/offers/location';
import type { Actor } from '../../domain/admin';
import { CJG_PARTNER_ID } from '../../domain/figures';
import { HttpError } from '../http';
import { toActor } from './auth';
import type { OfferFormErrors, OfferFormValues } from '../../domain/offers/form';
import { isDenied, previewOfferForm, saveOffer, type OfferContext } from './offers';
import type { User } from '../../schemas/rows';
import type { Deps } from '../deps';
import { readForm, redirect } from './forms';
import { placeText, type FieldNames } from '../../utils/offer-fields';

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

/** The options of the offer form; with `deps`, also the locations approved since the build (not built yet). */
export async function choices(deps?: Pick<Deps, 'store'>) {
  const { themes, locations, partners } = await getCatalogue();
  const built = new Set(locations.map((l) => l.id));
  const since = deps ? (await deps.store.offers.approvedLocations()).filter((l) => !built.has(l.id)) : [];
  return {
    themes: themes.map((t) => ({ id: t.id, name: t.data.title ?? t.id })),
    locations: [...locations.map((l) => ({ id: l.id, name: l.data.name })), ...since.map((l) => ({ id: l.id, name: String(l.data.name ?? l.id) }))].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    partners: partners.map((p) => ({ id: p.id, name: p.data.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}

/**
 * What the offer page looks up (OfferDetail's `catalogue`) and the names the
 * review's change list shows, from the built collections.
 */
export async function offerLookups(deps?: Pick<Deps, 'store'>, proposed: readonly ProposedLocation[] = []): Promise<{ catalogue: OfferLookups; names: FieldNames }> {
  const c = await getCatalogue();
  // Locations not in the build (yet): approved since, or proposed with the offer under review.
  const extra = new Map<string, Location>();
  for (const l of deps ? await deps.store.offers.approvedLocations() : []) {
    const parsed = locationSchema.safeParse(l.data);
    if (parsed.success) extra.set(l.id, parsed.data);
  }
  for (const p of proposed) extra.set(p.id, p);
  const location = (id: string) => c.location(id) ?? (extra.has(id) ? ({ id, data: extra.get(id)! } as unknown as LocationEntry) : undefined);
  const catalogue: OfferLookups = { partner: (id) => c.partner(id), theme: (id) => c.theme(id), location };
  return {
    catalogue,
    names: {
      theme: (id) => catalogue.theme(id)?.data.title,
      partner: (id) => catalogue.partner(id)?.data.name,
      place: (id) => {
        const l = catalogue.location(id);
        return l ? placeText(l.data) : undefined;
      },
    },
  };
}

/** Who partners ask about offers the CJG manages: the CJG's contact in content/partners/cjg.md. */
export async function cjgContact(): Promise<{ name: string; phone?: string | undefined; email?: string | undefined }> {
  const cjg = (await getCatalogue()).partner(CJG_PARTNER_ID);
  return { name: cjg?.data.name ?? 'het CJG', phone: cjg?.data.contact.phone, email: cjg?.data.contact.email };
}

export { ADMIN_BODY_LIMIT, readForm, redirect } from './forms';

export type OfferPostResult = { redirect: Response } | { values?: OfferFormValues; errors: OfferFormErrors; status: number; preview?: boolean };

/**
 * The POST of the new-offer and edit-offer pages: save, or the form again
 * with its errors and status; with "Bekijk voorbeeld" (no JavaScript
 * needed) the form again as typed, with the preview and without errors.
 */
export async function postOfferForm(request: Request, actor: Actor, id: string | undefined, deps: Deps): Promise<OfferPostResult> {
  try {
    const form = await readForm(request);
    const preview = previewOfferForm(actor, id, form);
    if (preview) return { values: preview, errors: {}, status: 200, preview: true };
    const result = await saveOffer(actor, id, form, await offerContext(), deps);
    if (result.type === 'saved') return { redirect: redirect(`/beheer/aanbod/${result.row.id}/?opgeslagen`) };
    if (isDenied(result)) return { errors: { form: result.message }, status: result.status };
    return { values: result.values, errors: result.errors, status: 422 };
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    return { errors: { form: e.message }, status: e.status };
  }
}

