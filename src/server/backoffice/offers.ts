/**
 * Partner offers in the back office: save (create or edit), submit, approve,
 * send back. Thin: the decisions are in src/domain/admin.ts, the validation
 * is the offer schema (src/domain/offers/form.ts).
 */
import { canAccessOffer, providerFor, slugify, transition, uniqueId, type Actor, type OfferAction } from '../../domain/admin';
import { copyValues, formFromValues, PREVIEW_FIELD, validateOfferForm, valuesFromForm, valuesFromOffer, type OfferFormErrors, type OfferFormValues } from '../../domain/offers/form';
import { isReservedId } from '../../domain/reserved-ids';
import { cleanMultiline } from '../../domain/text';
import { hasLocationValues, NEW_LOCATION, proposedLocationOf, validateProposedLocation, type ProposedLocation } from '../../domain/offers/location';
import type { PartnerOfferRow } from '../../schemas/rows';
import type { Deps } from '../deps';
import type { OfferMail } from '../store/offers';
import { sha256Hex } from '../tokens';

type AdminDeps = Pick<Deps, 'store' | 'now' | 'mailQueued'>;

/** What is already taken or allowed, from the built collections. */
export interface OfferContext {
  /** Offers in the built `offers` collection (files and published partner offers). */
  offers: { id: string; sessionIds: string[] }[];
  themes: Set<string>;
  locations: Set<string>;
  partners: Set<string>;
}

export type Denied = { type: 'denied'; status: 403 | 404 | 409 | 422; message: string };

export async function loadOfferFor(actor: Actor, id: string, deps: AdminDeps): Promise<PartnerOfferRow | Denied> {
  const row = await deps.store.offers.getOffer(id);
  if (!row) return { type: 'denied', status: 404, message: 'Dit aanbod bestaat niet.' };
  if (!canAccessOffer(actor, row)) return { type: 'denied', status: 403, message: 'Dit aanbod is van een andere organisatie. Je kunt het niet bekijken of wijzigen.' };
  return row;
}

export const isDenied = (x: unknown): x is Denied => typeof x === 'object' && x !== null && (x as Denied).type === 'denied';

export type SaveResult = { type: 'saved'; row: PartnerOfferRow } | { type: 'invalid'; errors: OfferFormErrors; values: OfferFormValues } | Denied;

export async function saveOffer(actor: Actor, id: string | undefined, form: URLSearchParams, ctx: OfferContext, deps: AdminDeps): Promise<SaveResult> {
  // Two partners saving "Filter" at the same moment pick the same free id; the second insert then
  // fails on the primary key and simply tries again with that id taken.
  const lost = new Set<string>();
  for (let attempt = 0; ; attempt++) {
    try {
      return await saveOfferOnce(actor, id, form, ctx, deps, lost);
    } catch (e) {
      if (id || attempt >= 4 || !(e instanceof IdTaken)) throw e;
      lost.add(e.id);
    }
  }
}

class IdTaken extends Error {
  constructor(readonly id: string) {
    super('offer id taken');
  }
}

const isUniqueViolation = (e: unknown) => /UNIQUE|PRIMARY KEY|SQLITE_CONSTRAINT|duplicate key|23505/i.test(e instanceof Error ? `${e.message} ${(e as { code?: string }).code ?? ''}` : '');

async function saveOfferOnce(actor: Actor, id: string | undefined, form: URLSearchParams, ctx: OfferContext, deps: AdminDeps, lost: Set<string>): Promise<SaveResult> {
  const now = deps.now();
  const existing = id ? await loadOfferFor(actor, id, deps) : undefined;
  if (isDenied(existing)) return existing;
  const values = valuesFromForm(form);
  values.provider = existing ? existing.provider : providerFor(actor, values.provider) ?? '';
  // A session called off in the back office stays off (its registrations were cancelled and mailed).
  const called = await deps.store.registrations.cancelledSessions();
  for (const s of values.sessions) if (s.id && called.has(s.id)) s.cancelled = true;

  const dbOffers = await deps.store.offers.listOffers();
  // Taken: content files (the built collection), every database row, and the site's own paths under /aanbod/.
  const offerIds = new Set([...ctx.offers.map((o) => o.id), ...dbOffers.map((o) => o.id), ...lost]);
  const offerIdTaken = (x: string) => offerIds.has(x) || isReservedId('offers', x);
  const sessionIds = new Set<string>();
  for (const o of ctx.offers) if (o.id !== existing?.id) o.sessionIds.forEach((s) => sessionIds.add(s));
  for (const o of dbOffers)
    if (o.id !== existing?.id) for (const d of [o.data, o.approvedData]) for (const s of ((d?.sessions ?? []) as { id: string }[])) sessionIds.add(s.id);

  const offerId = existing?.id ?? uniqueId(slugify(values.title), offerIdTaken);
  values.id = offerId;
  // Ids already used by this offer's own rows stay; a new row gets "<offer>-<date>".
  const own = new Set(values.sessions.map((s) => s.id).filter(Boolean));
  for (const s of own) if (sessionIds.has(s)) return { type: 'invalid', errors: { form: `Bijeenkomst "${s}" bestaat al bij ander aanbod.` }, values };
  for (const s of own) if (isReservedId('sessions', s)) return { type: 'invalid', errors: { form: `Bijeenkomst "${s}" kan niet: die naam is al een pagina van de website.` }, values };
  const newSessionId = (_row: number, start: string) => {
    const sid = uniqueId(slugify(`${offerId}-${start.slice(0, 10)}`), (x) => sessionIds.has(x) || own.has(x) || isReservedId('sessions', x));
    own.add(sid);
    return sid;
  };
  // Locations: the built collection, those approved since (not built yet), and a new one proposed with this offer.
  const approvedLocations = new Set((await deps.store.offers.approvedLocations()).map((l) => l.id));
  const proposal = proposeLocation(values, existing, dbOffers, (x) => ctx.locations.has(x) || approvedLocations.has(x));
  const checked = { ...values, sessions: values.sessions.map((s) => (s.location === NEW_LOCATION && proposal.id ? { ...s, location: proposal.id } : s)) };
  const result = validateOfferForm(checked, newSessionId);
  const errors: OfferFormErrors = { ...proposal.errors, ...(result.ok ? {} : result.errors) };
  const input = result.input as { themes?: string[] };
  if (!ctx.partners.has(values.provider)) errors.provider ??= 'Kies de aanbieder.';
  if ((input.themes ?? []).some((t) => !ctx.themes.has(t))) errors.themes ??= 'Kies thema’s uit de lijst.';
  values.sessions.forEach((s, i) => {
    const known = s.location === 'online' || s.location === NEW_LOCATION || ctx.locations.has(s.location) || approvedLocations.has(s.location);
    if (s.location && !known) errors[`sessions.${i}.location`] ??= 'Kies een locatie uit de lijst.';
  });
  if (!result.ok || Object.keys(errors).length) return { type: 'invalid', errors, values };
  // The proposal travels in the offer's data, so the review's version and the approval cover it.
  const data = proposal.location ? { ...result.offer, proposedLocation: proposal.location } : result.offer;

  if (!existing) {
    try {
      const row = await deps.store.offers.insertOffer({ id: offerId, provider: values.provider, data, body: result.body }, now);
      return { type: 'saved', row };
    } catch (e) {
      if (isUniqueViolation(e)) throw new IdTaken(offerId);
      throw e;
    }
  }
  const t = transition(existing.status, 'save', actor);
  if (!t.ok) return { type: 'denied', status: t.status, message: t.message };
  const row = await deps.store.offers.updateOffer(existing.id, existing.status, { status: t.status, data, body: result.body }, now);
  if (!row) return { type: 'denied', status: 409, message: 'Iemand anders heeft dit aanbod net gewijzigd. Laad de pagina opnieuw.' };
  return { type: 'saved', row };
}

/**
 * The new location proposed in the form, if any: validated with the
 * location schema, with an id from its name that no location, other
 * offer's proposal, "online" or "nieuw" has. Proposal fields filled in but chosen at no session: an error,
 * so nothing is stored that nobody asked for.
 */
function proposeLocation(
  values: OfferFormValues,
  existing: PartnerOfferRow | undefined,
  dbOffers: readonly PartnerOfferRow[],
  isLocation: (id: string) => boolean,
): { id?: string; location?: ProposedLocation; errors: OfferFormErrors } {
  const used = values.sessions.some((s) => s.location === NEW_LOCATION);
  const filled = hasLocationValues(values.newLocation);
  if (!used && !filled) return { errors: {} };
  if (!used) return { errors: { 'newLocation.name': 'Kies de nieuwe locatie bij een bijeenkomst (bij Locatie), of maak de velden van de nieuwe locatie leeg.' } };
  const v = validateProposedLocation(values.newLocation);
  if (!v.ok) return { errors: v.errors };
  const proposals = new Set(dbOffers.filter((o) => o.id !== existing?.id).flatMap((o) => [proposedLocationOf(o.data)?.id, proposedLocationOf(o.approvedData)?.id]).filter((x): x is string => !!x));
  const taken = (x: string) => isLocation(x) || proposals.has(x) || x === 'online' || x === NEW_LOCATION;
  // From the name, free of every location and of other offers' proposals (this offer's own earlier proposal is not in the way).
  const id = uniqueId(slugify(v.location.name), taken);
  return { id, location: { ...v.location, id }, errors: {} };
}

/**
 * The version of an offer's working copy: a hash of exactly what the
 * coordinator reads (data and description). The review form carries it, so
 * an approval applies to the version that was reviewed and nothing else.
 */
export async function offerVersion(row: Pick<PartnerOfferRow, 'data' | 'body'>): Promise<string> {
  return (await sha256Hex(`${JSON.stringify(row.data)}\n${row.body}`)).slice(0, 16);
}

export const VERSION_CHANGED_MESSAGE = 'Deze versie is intussen gewijzigd door de partner. Bekijk de nieuwe versie hieronder en beoordeel opnieuw.';
export const VERSION_MISSING_MESSAGE = 'Het is niet duidelijk welke versie je hebt beoordeeld. Laad de pagina opnieuw en beoordeel opnieuw.';

export type StatusResult = { type: 'changed'; row: PartnerOfferRow } | (Denied & { version?: string });

/**
 * Submit (owner), approve, send back or take offline (coordinator).
 * `reviewedVersion` (from offerVersion) binds an approval or send-back to the
 * version the coordinator saw: the pages and the API always pass it ('' when
 * the form had none); when the offer changed since, nothing happens and the
 * answer is 409 with the current version. Only internal callers (commands,
 * tests of other rules) leave it undefined.
 */
export async function changeOfferStatus(
  actor: Actor,
  id: string,
  action: Exclude<OfferAction, 'save'>,
  reason: string | undefined,
  deps: AdminDeps,
  reviewedVersion?: string,
): Promise<StatusResult> {
  const now = deps.now();
  const existing = await loadOfferFor(actor, id, deps);
  if (isDenied(existing)) return existing;
  const t = transition(existing.status, action, actor, reason);
  const review = action === 'approve' || action === 'send-back';
  const bound = review && reviewedVersion !== undefined;
  // Roles first; then the version, so a partner's edit since the review page was opened gets its own message.
  if (bound && (t.ok || t.status !== 403)) {
    const current = await offerVersion(existing);
    if (!reviewedVersion) return { type: 'denied', status: 422, message: VERSION_MISSING_MESSAGE, version: current };
    if (reviewedVersion !== current) return { type: 'denied', status: 409, message: VERSION_CHANGED_MESSAGE, version: current };
  }
  if (!t.ok) return { type: 'denied', status: t.status, message: t.message };
  if (action === 'offline') return takeOffline(actor, existing, reason, deps);
  const cleaned = action === 'send-back' ? cleanMultiline(reason ?? '') : '';
  if (action === 'send-back' && !cleaned) return { type: 'denied', status: 422, message: REASON_MISSING_MESSAGE };
  if (cleaned.length > REASON_MAX) return { type: 'denied', status: 422, message: REASON_TOO_LONG_MESSAGE };
  const remarks = action === 'send-back' ? cleaned : action === 'approve' ? null : undefined;
  const title = String(existing.data.title ?? existing.id).slice(0, 500);
  const payload = { offerId: existing.id, title };
  // Who hears of it, in the same batch as the change: the coordinators of a submission, the partner of a decision.
  const mail: OfferMail =
    action === 'submit'
      ? { kind: 'offer-submitted', audience: 'coordinators', payload, except: actor.id }
      : action === 'approve'
        ? { kind: 'offer-approved', audience: 'partners', payload, except: actor.id }
        : { kind: 'offer-sent-back', audience: 'partners', payload: { ...payload, reason: cleaned }, except: actor.id };
  // A location proposed with the offer and chosen at a session becomes a location with the approval.
  const proposal = action === 'approve' ? proposedLocationOf(existing.data) : undefined;
  const usesProposal = proposal && ((existing.data.sessions ?? []) as { location?: string }[]).some((s) => s.location === proposal.id);
  let approveLocation: { id: string; data: Record<string, unknown> } | undefined;
  if (proposal && usesProposal) {
    const { id: locationId, ...location } = proposal;
    const other = (await deps.store.offers.approvedLocations()).find((l) => l.id === locationId);
    if (other && other.offerId !== existing.id)
      return { type: 'denied', status: 409, message: 'Er is intussen een andere locatie met dezelfde naam. Stuur het aanbod terug en vraag de aanbieder de nieuwe locatie een andere naam te geven.' };
    if (!other) approveLocation = { id: locationId, data: location };
  }
  const row = await deps.store.offers.updateOffer(
    id,
    existing.status,
    { status: t.status, remarks, approve: action === 'approve', submitted: action === 'submit', mail, ...(approveLocation ? { approveLocation } : {}) },
    now,
    // The check above and the write are not one step: the write also requires the same content.
    bound ? { data: existing.data, body: existing.body } : undefined,
  );
  if (!row) {
    const fresh = await deps.store.offers.getOffer(id);
    if (bound && fresh) return { type: 'denied', status: 409, message: VERSION_CHANGED_MESSAGE, version: await offerVersion(fresh) };
    return { type: 'denied', status: 409, message: 'Iemand anders heeft dit aanbod net gewijzigd. Laad de pagina opnieuw.' };
  }
  deps.mailQueued();
  return { type: 'changed', row };
}

/**
 * The coordinator takes an offer offline: its approved version is removed
 * (the next build leaves it out; until then it says "Gaat offline bij de
 * volgende publicatie"), the working copy stays as a draft the partner can
 * change and submit again, and the partner gets a mail (with the reason, if
 * one was given), in the same batch.
 */
async function takeOffline(actor: Actor, existing: PartnerOfferRow, reason: string | undefined, deps: AdminDeps): Promise<StatusResult> {
  if (!existing.approvedAt) return { type: 'denied', status: 409, message: 'Dit aanbod is niet goedgekeurd en staat niet op de website. Er is niets offline te halen.' };
  const cleaned = cleanMultiline(reason ?? '');
  if (cleaned.length > REASON_MAX) return { type: 'denied', status: 422, message: REASON_TOO_LONG_MESSAGE };
  const payload = { offerId: existing.id, title: String(existing.approvedData?.title ?? existing.data.title ?? existing.id).slice(0, 500), ...(cleaned ? { reason: cleaned } : {}) };
  const row = await deps.store.offers.updateOffer(
    existing.id,
    existing.status,
    { status: 'draft', offline: true, ...(cleaned ? { remarks: cleaned } : {}), mail: { kind: 'offer-offline', audience: 'partners', payload, except: actor.id } },
    deps.now(),
  );
  if (!row) return { type: 'denied', status: 409, message: 'Iemand anders heeft dit aanbod net gewijzigd. Laad de pagina opnieuw.' };
  deps.mailQueued();
  return { type: 'changed', row };
}

export const REASON_MAX = 4000;
export const REASON_MISSING_MESSAGE = 'Schrijf op wat de aanbieder moet veranderen.';
export const REASON_TOO_LONG_MESSAGE = `Je uitleg is te lang. Gebruik hoogstens ${REASON_MAX} tekens.`;


/**
 * THE "online" event, for the publish code: call it after a successful
 * build has marked the offers published (`markPublished`), with the ids of
 * the partner offers that build put on the website. Each partner account of
 * an offer's provider gets one mail per approved version that is online;
 * ids that are not online (or not known) are skipped, and calling it again
 * mails nobody twice. Returns the number of mails queued.
 */
export async function notifyOnline(deps: Pick<Deps, 'store' | 'now' | 'mailQueued'>, offerIds: readonly string[]): Promise<number> {
  const queued = await deps.store.offers.queueOnlineMails(offerIds, deps.now());
  if (queued) deps.mailQueued();
  return queued;
}

/**
 * "Bekijk voorbeeld": the form as posted, to show again with a preview of
 * the description; nothing is checked or saved. Undefined when the button
 * was not pressed. (The page has checked the person may edit `id`.)
 */
export function previewOfferForm(actor: Actor, id: string | undefined, form: URLSearchParams): OfferFormValues | undefined {
  if (!form.has(PREVIEW_FIELD)) return undefined;
  const values = valuesFromForm(form);
  if (actor.role === 'partner') values.provider = actor.partnerId ?? '';
  values.id = id;
  return values;
}

export const COPY_MAX_WEEKS = 104;

export type CopyResult = SaveResult | { type: 'copy-invalid'; errors: Record<string, string>; values: { data: string; weken: string } };

/**
 * "Kopiëren voor nieuwe data": a new draft with the same fields as an offer
 * this person may edit, without sessions (`data=zonder`) or with the same
 * sessions `weken` weeks later (`data=verschuiven`). Saved like a new offer
 * (a free id, the partner's own organisation, the same checks).
 */
export async function copyOffer(actor: Actor, id: string, form: URLSearchParams, ctx: OfferContext, deps: AdminDeps): Promise<CopyResult> {
  const source = await loadOfferFor(actor, id, deps);
  if (isDenied(source)) return source;
  const values = { data: (form.get('data') ?? '').slice(0, 20), weken: (form.get('weken') ?? '').trim().slice(0, 10) };
  const errors: Record<string, string> = {};
  if (values.data !== 'zonder' && values.data !== 'verschuiven') errors.data = 'Kies of de kopie data krijgt.';
  const weeks = Number(values.weken);
  if (values.data === 'verschuiven' && !(/^\d{1,3}$/.test(values.weken) && weeks >= 1 && weeks <= COPY_MAX_WEEKS))
    errors.weken = `Vul het aantal weken in: een heel getal van 1 tot ${COPY_MAX_WEEKS}.`;
  if (Object.keys(errors).length) return { type: 'copy-invalid', errors, values };
  const approvedLocations = new Set((await deps.store.offers.approvedLocations()).map((l) => l.id));
  const copy = copyValues(valuesFromOffer(source.data, source.body, undefined, (l) => approvedLocations.has(l)), values.data === 'zonder' ? { type: 'none' } : { type: 'shift', weeks });
  return saveOffer(actor, undefined, formFromValues(copy), ctx, deps);
}
