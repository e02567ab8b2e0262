/**
 * Registrations: create (POST /api/registrations and the form page), cancel
 * (the link in the e-mail), and the coordinator's decision. Web-standard:
 * Request in, Response out.
 */
import type { RegistrationStatus } from '../../domain/registrations/availability';
import { registrationWindow } from '../../domain/registrations/window';
import { purgeAfter } from '../../domain/registrations/retention';
import { seriesEnd } from '../../domain/offers';
import { postedLocale, registrationAsksOf, sessionRefSchema, validateRegistration, type RegistrationErrors } from '../../schemas/registration';
import { registrationStrings } from '../../i18n/registration';
import { localePath, type Locale } from '../../i18n/locales';
import { portalOptions, type CatalogueSession } from '../../catalogue';
import type { Deps, RequestContext } from '../deps';
import { assertSameOrigin, checkFormStamp, HttpError, json, problem, readFields, type BodyKind } from '../http';
import type { Registration } from '../../schemas/rows';
import type { RulesOf, SessionRules } from '../store/registrations';
import { hashToken, placeholderTokenHash, TOKEN_PATTERN } from '../tokens';

export const HONEYPOT_FIELD = 'website';
export const STAMP_FIELD = 'formStamp';

/**
 * `accepted` is all a poster learns: the same for a new registration and a repeat
 * of an existing one (same session and address), so nobody can find out who is
 * registered for what. The outcome (place, waiting list, intake) goes by mail.
 */
export type SubmitResult =
  | { type: 'accepted'; locale: Locale }
  | { type: 'invalid'; errors: RegistrationErrors & { form?: string } }
  | { type: 'refused'; status: number; message: string; headers?: Record<string, string> };

// The messages about a closed session and the form stamp are in src/i18n/registration.ts (`closed`, `stamp`), per language.

export const statusMessages: Record<RegistrationStatus, string> = {
  confirmed: 'Je bent ingeschreven.',
  pending: 'Je bent aangemeld. We bellen je om te kijken of de training past. Tot dan houden we een plek voor je vrij.',
  waitlisted: 'De bijeenkomst is vol. Je staat op de wachtlijst.',
  cancelled: 'Je inschrijving is geannuleerd.',
  declined: 'Je inschrijving is stopgezet.',
};

export function rulesFor(entry: CatalogueSession): SessionRules {
  return { capacity: entry.session.capacity, taken: entry.session.taken, intake: portalOptions(entry.offer).intake };
}

/** The capacity rules of every session, from the catalogue as it is now. */
export async function rulesLookup(deps: Pick<Deps, 'catalogue'>): Promise<RulesOf> {
  const catalogue = await deps.catalogue();
  return (sessionId: string): SessionRules => {
    const entry = catalogue(sessionId);
    // A session removed from the content: nobody can be promoted into it.
    return entry ? rulesFor(entry) : { capacity: 0, taken: 0, intake: false };
  };
}

/** Where a browser goes after any accepted registration: one neutral page, "look in your mail". */
export const SENT_PATH = '/inschrijven/verstuurd/';

// The one answer to every accepted registration, new or repeat: `accepted` in src/i18n/registration.ts, per language.

/** The checks every state-changing request passes: same origin, rate limit, body size and type. */
export async function readPost(request: Request, deps: Deps, ctx: RequestContext): Promise<{ kind: BodyKind; fields: Record<string, unknown> }> {
  if (request.method !== 'POST') throw new HttpError(405, 'Gebruik POST.', { allow: 'POST' });
  assertSameOrigin(request, deps.config.PUBLIC_URL);
  const wait = await deps.limits.post.hit(ctx.clientAddress);
  if (wait > 0) throw new HttpError(429, `Je hebt te veel verzoeken gestuurd. Probeer het over ${wait} seconden opnieuw.`, { 'retry-after': String(wait) });
  return readFields(request, deps.config.BODY_LIMIT_BYTES);
}

/** Decide and store a registration from already-read fields. */
export async function submitRegistration(fields: Record<string, unknown>, kind: BodyKind, deps: Deps): Promise<SubmitResult> {
  const now = deps.now();
  const honeypot = fields[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== '') return { type: 'refused', status: 400, message: 'Je inschrijving kon niet worden verwerkt.' };

  // The language of the form: its messages, its mails (issue 18). An unknown one is refused by the schema (in Dutch).
  const locale = postedLocale(fields);
  const words = registrationStrings[locale];
  const ref = sessionRefSchema.safeParse(fields);
  if (!ref.success) {
    const v = validateRegistration(fields, { askChild: false, askSchoolGroup: false }, locale);
    return { type: 'invalid', errors: v.ok ? { sessionId: 'Kies een bijeenkomst' } : v.errors };
  }
  const entry = (await deps.catalogue())(ref.data.sessionId);
  if (!entry) return { type: 'refused', status: 404, message: 'Deze bijeenkomst bestaat niet (meer).' };
  if (entry.offer.registration.method !== 'portal')
    return { type: 'refused', status: 409, message: `Voor ${entry.offer.title} schrijf je je in bij de aanbieder: ${entry.offer.registration.url}` };
  const state = registrationWindow(entry.session, now);
  if (state !== 'open') return { type: 'refused', status: 409, message: words.closed[state] };

  const v = validateRegistration(fields, registrationAsksOf(entry.offer), locale);
  if (kind === 'form') {
    const stamp = await checkFormStamp(deps.formSecret, fields[STAMP_FIELD], deps.config.MIN_FILL_SECONDS, now.getTime());
    if (stamp !== 'ok') return { type: 'invalid', errors: { form: words.stamp[stamp], ...(v.ok ? {} : v.errors) } };
  }
  if (!v.ok) return { type: 'invalid', errors: v.errors };

  const d = v.data;
  const common = {
    sessionId: entry.session.id,
    offerId: entry.offer.id,
    name: d.name,
    email: d.email,
    phone: d.phone,
    participants: d.participants,
    municipality: d.municipality,
    remarks: d.remarks,
    language: d.language,
    purgeAfter: purgeAfter(seriesEnd(entry.session), deps.config.RETENTION_DAYS).toISOString(),
  };
  // One registration per child (each its own place, status and link), or one without a child. The store
  // keeps only a hash; no token exists yet (every mail gets a fresh one when it is rendered).
  const rows = (d.children.length ? d.children : [undefined]).map((c) => ({
    ...common,
    childFirstName: c?.firstName,
    childKey: c?.key ?? '',
    childAge: c?.age,
    schoolGroup: c?.schoolGroup,
    cancelTokenHash: placeholderTokenHash(),
  }));
  // New or repeat, per child: one batch (decisions in order, counters, one outbox row each), and the same
  // answer. The mail is composed by the drainer from the row on file: a repeat gets its owner's own data
  // and a fresh link.
  await deps.store.registrations.registerAll(rows, rulesFor(entry));
  deps.mailQueued();
  return { type: 'accepted', locale };
}

/** POST /api/registrations (JSON or form-encoded). */
export async function handleCreateRegistration(request: Request, deps: Deps, ctx: RequestContext = {}): Promise<Response> {
  try {
    const { kind, fields } = await readPost(request, deps, ctx);
    // The JSON API has no form stamp; a browser form post to the API is checked like the form page.
    const result = await submitRegistration(fields, kind, deps);
    return registrationResponse(result, request);
  } catch (e) {
    return errorResponse(e, deps);
  }
}

export function registrationResponse(result: SubmitResult, request?: Request): Response {
  switch (result.type) {
    case 'invalid':
      return json(422, { errors: result.errors });
    case 'refused':
      return problem(result.status, result.message, {}, result.headers);
    case 'accepted':
      // A browser form posted straight here: send it on to the neutral page.
      if (request && (request.headers.get('accept') ?? '').includes('text/html'))
        return new Response(null, { status: 303, headers: { location: localePath(result.locale, SENT_PATH), 'cache-control': 'no-store' } });
      // No id, token, status or places: those would tell a repeat from a new registration.
      return json(202, { message: registrationStrings[result.locale].accepted });
  }
}

/** Turn anything thrown into a 4xx for known problems, or a 500 without details. */
export function errorResponse(e: unknown, deps: Pick<Deps, 'log'>): Response {
  if (e instanceof HttpError) return e.toResponse();
  deps.log(`registrations: unexpected ${e instanceof Error ? `${e.name}: ${e.message.replace(/'[^']*'/g, "'…'")}` : 'error'}`);
  return problem(500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
}

/** What the cancel page shows before the parent confirms. */
export async function findForCancel(token: string, deps: Pick<Deps, 'store' | 'catalogue'>): Promise<{ registration: Registration; entry: CatalogueSession | undefined } | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const registration = await deps.store.registrations.findByTokenHash(await hashToken('cancel', token));
  return registration ? { registration, entry: (await deps.catalogue())(registration.sessionId) } : undefined;
}

/**
 * Cancel by the token from the mail, or by id (staff): one batch that frees
 * the places, fills them from the waiting list and writes the mails for the
 * parent and everyone promoted.
 */
export async function cancelRegistration(ref: string | { id: string }, deps: Deps) {
  if (typeof ref === 'string' && !TOKEN_PATTERN.test(ref)) return undefined;
  const rulesOf = await rulesLookup(deps);
  const result = typeof ref === 'string' ? await deps.store.registrations.cancel(await hashToken('cancel', ref), rulesOf) : await deps.store.registrations.cancelById(ref.id, rulesOf);
  if (!result) return undefined;
  if (result.changed) deps.mailQueued();
  return { ...result, entry: (await deps.catalogue())(result.registration.sessionId) };
}

/** POST /api/registrations/cancel with { token }. */
export async function handleCancelRegistration(request: Request, deps: Deps, ctx: RequestContext = {}): Promise<Response> {
  try {
    const { fields } = await readPost(request, deps, ctx);
    const token = typeof fields.token === 'string' ? fields.token : '';
    const result = await cancelRegistration(token, deps);
    if (!result) return problem(404, 'Deze annuleerlink klopt niet of is verlopen.');
    return json(200, { status: result.registration.status, promoted: result.promoted.length, message: statusMessages.cancelled });
  } catch (e) {
    return errorResponse(e, deps);
  }
}

/**
 * The coordinator's intake decision: confirm or decline a pending
 * registration (declining fills from the waiting list). One batch with the
 * mails; deciding twice changes and sends nothing.
 */
export async function decideIntake(id: string, decision: 'confirmed' | 'declined', deps: Deps) {
  const result = await deps.store.registrations.decide(id, decision, await rulesLookup(deps));
  if (result?.changed) deps.mailQueued();
  return result;
}
