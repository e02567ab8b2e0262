/**
 * Registrations: create (POST /api/registrations and the form page), cancel
 * (the link in the e-mail), and the coordinator's decision. Web-standard:
 * Request in, Response out.
 */
import { placesLeft, type RegistrationStatus } from '../../domain/availability';
import { registrationWindow, type WindowState } from '../../domain/registration-window';
import { purgeAfter } from '../../domain/retention';
import { sessionRefSchema, validateRegistration, type RegistrationErrors } from '../../schemas/registration';
import { portalOptions, type CatalogueSession } from '../catalogue';
import type { Deps, RequestContext } from '../deps';
import { assertSameOrigin, checkFormStamp, HttpError, json, problem, readFields, type BodyKind } from '../http';
import { cancelledMail, confirmationMail, decidedMail, promotedMail, type MailMessage } from '../mail/templates';
import type { SessionRules, StoredRegistration } from '../store/types';

export const HONEYPOT_FIELD = 'website';
export const STAMP_FIELD = 'formStamp';

export type SubmitResult =
  | { type: 'registered'; created: boolean; registration: StoredRegistration; entry: CatalogueSession; cancelUrl: string; placesLeft: number }
  | { type: 'invalid'; errors: RegistrationErrors & { form?: string } }
  | { type: 'refused'; status: number; message: string; headers?: Record<string, string> };

const windowMessages: Record<Exclude<WindowState, 'open'>, string> = {
  closed: 'Inschrijven voor deze bijeenkomst is gesloten.',
  past: 'Deze bijeenkomst is al geweest.',
  cancelled: 'Deze bijeenkomst gaat niet door.',
};

const stampMessages = {
  missing: 'Het formulier is niet compleet verstuurd. Controleer je gegevens en verstuur het formulier opnieuw.',
  invalid: 'Het formulier is niet compleet verstuurd. Controleer je gegevens en verstuur het formulier opnieuw.',
  expired: 'Het formulier stond te lang open. Controleer je gegevens en verstuur het formulier opnieuw.',
  'too-fast': 'Het formulier is erg snel verstuurd. Controleer je gegevens en verstuur het formulier opnieuw.',
} as const;

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

function rulesLookup(deps: Deps) {
  return (sessionId: string): SessionRules => {
    const entry = deps.catalogue(sessionId);
    // A session removed from the content: nobody can be promoted into it.
    return entry ? rulesFor(entry) : { capacity: 0, taken: 0, intake: false };
  };
}

export function cancelUrl(deps: Deps, token: string): string {
  return new URL(`/inschrijven/annuleren/?token=${encodeURIComponent(token)}`, deps.config.PUBLIC_URL).toString();
}

export function resultPath(id: string): string {
  return `/inschrijven/bevestigd/?id=${encodeURIComponent(id)}`;
}

function sendLater(deps: Deps, message: MailMessage) {
  const log = deps.log ?? console.error;
  const work = deps.mailer.send(message).catch((e: unknown) => log(`mail: ${message.kind} could not be sent (${e instanceof Error ? e.name : 'error'}); it is not lost from the database`));
  if (deps.defer) deps.defer(work);
}

/** The checks every state-changing request passes: same origin, rate limit, body size and type. */
export async function readPost(request: Request, deps: Deps, ctx: RequestContext): Promise<{ kind: BodyKind; fields: Record<string, unknown> }> {
  if (request.method !== 'POST') throw new HttpError(405, 'Gebruik POST.', { allow: 'POST' });
  assertSameOrigin(request, deps.config.PUBLIC_URL);
  const wait = await deps.rateLimiter.hit(ctx.clientAddress);
  if (wait > 0) throw new HttpError(429, `Je hebt te veel verzoeken gestuurd. Probeer het over ${wait} seconden opnieuw.`, { 'retry-after': String(wait) });
  return readFields(request, deps.config.BODY_LIMIT_BYTES);
}

/** Decide and store a registration from already-read fields. */
export async function submitRegistration(fields: Record<string, unknown>, kind: BodyKind, deps: Deps): Promise<SubmitResult> {
  const now = deps.now?.() ?? new Date();
  const honeypot = fields[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== '') return { type: 'refused', status: 400, message: 'Je inschrijving kon niet worden verwerkt.' };

  const ref = sessionRefSchema.safeParse(fields);
  if (!ref.success) {
    const v = validateRegistration(fields, { askChild: false, askSchoolGroup: false });
    return { type: 'invalid', errors: v.ok ? { sessionId: 'Kies een bijeenkomst' } : v.errors };
  }
  const entry = deps.catalogue(ref.data.sessionId);
  if (!entry) return { type: 'refused', status: 404, message: 'Deze bijeenkomst bestaat niet (meer).' };
  if (entry.offer.registration.method !== 'portal')
    return { type: 'refused', status: 409, message: `Voor ${entry.offer.title} schrijf je je in bij de aanbieder: ${entry.offer.registration.url}` };
  const state = registrationWindow(entry.session, now);
  if (state !== 'open') return { type: 'refused', status: 409, message: windowMessages[state] };

  const options = portalOptions(entry.offer);
  const v = validateRegistration(fields, options);
  if (kind === 'form') {
    const stamp = await checkFormStamp(deps.formSecret, fields[STAMP_FIELD], deps.config.MIN_FILL_SECONDS, now.getTime());
    if (stamp !== 'ok') return { type: 'invalid', errors: { form: stampMessages[stamp], ...(v.ok ? {} : v.errors) } };
  }
  if (!v.ok) return { type: 'invalid', errors: v.errors };

  const d = v.data;
  const { registration, created, held } = await deps.store.register(
    {
      sessionId: entry.session.id,
      offerId: entry.offer.id,
      name: d.name,
      email: d.email,
      phone: d.phone,
      participants: d.participants,
      childFirstName: d.childFirstName,
      childAge: d.childAge,
      schoolGroup: d.schoolGroup,
      municipality: d.municipality,
      remarks: d.remarks,
      purgeAfter: purgeAfter(entry.session.end, deps.config.RETENTION_DAYS),
    },
    rulesFor(entry),
  );
  const url = cancelUrl(deps, registration.cancelToken);
  if (created) sendLater(deps, confirmationMail(entry, registration, url, new URL(resultPath(registration.id), deps.config.PUBLIC_URL).toString()));
  return { type: 'registered', created, registration, entry, cancelUrl: url, placesLeft: placesLeft(entry.session.capacity, entry.session.taken + held) };
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
    case 'registered': {
      const r = result.registration;
      // A browser form posted straight here: send it on to the result page.
      if (request && (request.headers.get('accept') ?? '').includes('text/html'))
        return new Response(null, { status: 303, headers: { location: resultPath(r.id), 'cache-control': 'no-store' } });
      return json(result.created ? 201 : 200, {
        status: r.status,
        registrationId: r.id,
        cancelUrl: result.cancelUrl,
        sessionId: r.sessionId,
        participants: r.participants,
        placesLeft: result.placesLeft,
        message: statusMessages[r.status],
        ...(result.created ? {} : { duplicate: true }),
      });
    }
  }
}

/** Turn anything thrown into a 4xx for known problems, or a 500 without details. */
export function errorResponse(e: unknown, deps: Pick<Deps, 'log'>): Response {
  if (e instanceof HttpError) return e.toResponse();
  (deps.log ?? console.error)(`registrations: unexpected ${e instanceof Error ? `${e.name}: ${e.message.replace(/'[^']*'/g, "'…'")}` : 'error'}`);
  return problem(500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
}

/** What the cancel page shows before the parent confirms. */
export async function findForCancel(token: string, deps: Deps): Promise<{ registration: StoredRegistration; entry: CatalogueSession | undefined } | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const registration = await deps.store.findByCancelToken(token);
  return registration ? { registration, entry: deps.catalogue(registration.sessionId) } : undefined;
}

/** Cancel by token; mails the parent and everyone promoted from the waiting list. */
export async function cancelRegistration(token: string, deps: Deps) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const result = await deps.store.cancel(token, rulesLookup(deps));
  if (!result) return undefined;
  const entry = deps.catalogue(result.registration.sessionId);
  if (entry && result.changed) {
    sendLater(deps, cancelledMail(entry, result.registration));
    for (const p of result.promoted)
      sendLater(deps, promotedMail(entry, p, cancelUrl(deps, p.cancelToken), new URL(resultPath(p.id), deps.config.PUBLIC_URL).toString()));
  }
  return { ...result, entry };
}

/** POST /api/registrations/cancel with { token }. */
export async function handleCancelRegistration(request: Request, deps: Deps, ctx: RequestContext = {}): Promise<Response> {
  try {
    const { fields } = await readPost(request, deps, ctx);
    const token = typeof fields.token === 'string' ? fields.token : '';
    const result = await cancelRegistration(token, deps);
    if (!result) return problem(404, 'Deze annuleerlink klopt niet of is verlopen.');
    return json(200, { status: result.registration.status, registrationId: result.registration.id, promoted: result.promoted.length, message: statusMessages.cancelled });
  } catch (e) {
    return errorResponse(e, deps);
  }
}

/** Coordinator: confirm or decline a pending registration (after the intake call). */
export async function decideRegistration(id: string, decision: 'confirmed' | 'declined', deps: Deps) {
  const result = await deps.store.decide(id, decision, rulesLookup(deps));
  if (!result) return undefined;
  const entry = deps.catalogue(result.registration.sessionId);
  if (entry && result.registration.status === decision) {
    const r = result.registration;
    sendLater(deps, decidedMail(entry, r, cancelUrl(deps, r.cancelToken), new URL(resultPath(r.id), deps.config.PUBLIC_URL).toString()));
    for (const p of result.promoted)
      sendLater(deps, promotedMail(entry, p, cancelUrl(deps, p.cancelToken), new URL(resultPath(p.id), deps.config.PUBLIC_URL).toString()));
  }
  return result;
}

/** The result page: what happened to a registration (by its random id). */
export async function findResult(id: string, deps: Deps) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const registration = await deps.store.findById(id);
  if (!registration) return undefined;
  return { registration, entry: deps.catalogue(registration.sessionId), cancelUrl: cancelUrl(deps, registration.cancelToken), message: statusMessages[registration.status] };
}
