/**
 * Registrations in the back office: per session the list and the waiting
 * list; promote, cancel, move, confirm/decline (intake); CSV export; a message
 * to everyone in a session. A partner sees only sessions of their own
 * organisation's offers (canAccessRegistrations); everything else is 403.
 * The Astro pages are thin wrappers around these functions.
 */
import { stringify } from 'csv-stringify/sync';
import { canAccessRegistrations, type Actor } from '../../domain/admin';
import { holdsPlace, placesLeft } from '../../domain/registrations/availability';
import { registrationCsvRows, statusLabels } from '../../domain/csv';
import { formatSlot, isPast } from '../../domain/dates';
import { seriesEnd } from '../../domain/offers';
import { purgeAfter } from '../../domain/registrations/retention';
import { cleanMultiline } from '../../domain/text';
import type { Offer } from '../../schemas/offer';
import type { Session } from '../../schemas/session';
import type { Registration } from '../../schemas/rows';
import type { CatalogueSession } from '../../catalogue';
import type { Deps } from '../deps';
import { cancelRegistration, decideIntake, rulesLookup } from '../handlers/registrations';

/** An offer as the back office needs it: with its provider and all sessions. */
export interface AdminOffer {
  id: string;
  data: Offer;
  /** A content file (edited by the CJG, read-only in the back office) or a partner offer from the database. */
  source?: 'file' | 'database';
}

export type Denied = { type: 'denied'; status: 403 | 404; message: string };
export const isDenied = (x: unknown): x is Denied => typeof x === 'object' && x !== null && (x as Denied).type === 'denied';

const notFound: Denied = { type: 'denied', status: 404, message: 'Deze bijeenkomst bestaat niet (meer).' };
const forbidden: Denied = { type: 'denied', status: 403, message: 'Deze bijeenkomst is van aanbod van een andere organisatie. Je kunt de inschrijvingen niet bekijken.' };

function findSession(sessionId: string, offers: readonly AdminOffer[]): { offer: AdminOffer; session: Session } | undefined {
  for (const offer of offers) {
    const session = offer.data.sessions.find((s) => s.id === sessionId);
    if (session) return { offer, session };
  }
  return undefined;
}

export interface SessionSummary {
  offerId: string;
  offerTitle: string;
  provider: string;
  session: Session;
  held: number;
  waiting: number;
  pending: number;
  placesLeft: number;
}

/** The overview: every portal session the actor may see, next first, past ones last. */
export async function sessionsFor(actor: Actor, deps: Pick<Deps, 'store'>, offers: readonly AdminOffer[]): Promise<SessionSummary[]> {
  const counts = await deps.store.registrations.counts();
  const list: SessionSummary[] = [];
  for (const offer of offers) {
    if (offer.data.registration.method !== 'portal' || !canAccessRegistrations(actor, offer.data)) continue;
    for (const session of offer.data.sessions) {
      const c = counts.get(session.id) ?? { held: 0, waiting: 0, pending: 0 };
      list.push({
        offerId: offer.id,
        offerTitle: offer.data.title,
        provider: offer.data.provider,
        session,
        ...c,
        placesLeft: placesLeft(session.capacity, session.taken + c.held),
      });
    }
  }
  return list.sort((a, b) => a.session.start.localeCompare(b.session.start) || a.session.id.localeCompare(b.session.id));
}

export interface SessionView {
  type: 'session';
  offer: AdminOffer;
  session: Session;
  entry: CatalogueSession | undefined;
  slot: string;
  registrations: Registration[];
  /** Confirmed and pending, by registration time. */
  placed: Registration[];
  waitlist: Registration[];
  /** Cancelled and declined. */
  gone: Registration[];
  held: number;
  placesLeft: number;
  /** Other sessions of the same offer (move targets). */
  siblings: Session[];
}

const SESSION_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** One session's registrations, if the actor may see them. */
export async function loadSession(actor: Actor, sessionId: unknown, deps: Pick<Deps, 'store' | 'catalogue'>, offers: readonly AdminOffer[]): Promise<SessionView | Denied> {
  if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) return notFound;
  const found = findSession(sessionId, offers);
  if (!found) return notFound;
  if (!canAccessRegistrations(actor, found.offer.data)) return forbidden;
  const registrations = await deps.store.registrations.listSession(sessionId);
  const placed = registrations.filter((r) => holdsPlace(r.status));
  const held = placed.reduce((n, r) => n + r.participants, 0);
  return {
    type: 'session',
    offer: found.offer,
    session: found.session,
    entry: (await deps.catalogue())(sessionId),
    slot: formatSlot(found.session.start, found.session.end),
    registrations,
    placed,
    waitlist: registrations.filter((r) => r.status === 'waitlisted'),
    gone: registrations.filter((r) => r.status === 'cancelled' || r.status === 'declined'),
    held,
    placesLeft: placesLeft(found.session.capacity, found.session.taken + held),
    siblings: found.offer.data.sessions.filter((s) => s.id !== sessionId),
  };
}

export const actions = ['promote', 'cancel', 'move', 'confirm', 'decline', 'message', 'cancel-session'] as const;
export type SessionAction = (typeof actions)[number];

export type ActionResult =
  | { type: 'done'; notice: Notice; count?: number }
  | { type: 'invalid'; status: 409 | 422; errors: Record<string, string>; values: Record<string, string> }
  | Denied;

export const MESSAGE_SUBJECT_MAX = 150;
export const MESSAGE_TEXT_MAX = 5000;

export const noticeMessages = {
  promoted: 'De deelnemer heeft een plek gekregen en krijgt een e-mail.',
  cancelled: 'De inschrijving is geannuleerd. De deelnemer krijgt een e-mail.',
  moved: 'De inschrijving is verplaatst. De deelnemer krijgt een e-mail.',
  confirmed: 'De inschrijving is bevestigd. De deelnemer krijgt een e-mail.',
  declined: 'De inschrijving is afgewezen. De deelnemer krijgt een e-mail.',
  sent: 'Je bericht is verstuurd.',
  'session-cancelled': 'De bijeenkomst is afgezegd. Inschrijven kan niet meer. Op de website staat ze als "Gaat niet door" na de volgende publicatie.',
} as const;
export type Notice = keyof typeof noticeMessages;

/** The line shown after an action (the page redirects to ?gedaan=<notice>&n=<count>). */
export function noticeText(notice: string | null, count: string | null): string | undefined {
  if (!notice || !(notice in noticeMessages)) return undefined;
  const base = noticeMessages[notice as Notice];
  const n = Number(count);
  if ((notice !== 'sent' && notice !== 'session-cancelled') || !Number.isInteger(n) || n < 0) return base;
  return `${base} ${n === 0 ? 'Er was niemand ingeschreven.' : `${n} ${n === 1 ? 'persoon krijgt' : 'personen krijgen'} een e-mail.`}`;
}

const field = (form: URLSearchParams, name: string) => form.get(name) ?? '';
const invalid = (errors: Record<string, string>, values: Record<string, string> = {}, status: 409 | 422 = 422): ActionResult => ({ type: 'invalid', status, errors, values });


/** Handle one POSTed action on a session's page. */
export async function sessionAction(actor: Actor, sessionId: unknown, form: URLSearchParams, deps: Deps, offers: readonly AdminOffer[]): Promise<ActionResult> {
  const view = await loadSession(actor, sessionId, deps, offers);
  if (isDenied(view)) return view;
  const action = field(form, 'action');
  if (!(actions as readonly string[]).includes(action)) return invalid({ form: 'Kies wat je wilt doen.' });
  const now = deps.now();

  if (action === 'message') return sendSessionMessage(view, form, deps);
  if (action === 'cancel-session') return cancelWholeSession(actor, view, form, deps);

  // Every other action is about one registration of this session; an id from another session is not found here.
  const id = field(form, 'registration');
  const r = view.registrations.find((x) => x.id === id);
  if (!r) return invalid({ form: 'Deze inschrijving hoort niet bij deze bijeenkomst (meer). Laad de pagina opnieuw.' }, {}, 409);

  switch (action as SessionAction) {
    case 'promote': {
      const result = await deps.store.registrations.promote(r.id, await rulesLookup(deps));
      if (!result.ok)
        return invalid(
          { form: result.reason === 'full' ? `Er zijn niet genoeg plaatsen vrij voor ${r.participants} ${r.participants === 1 ? 'persoon' : 'personen'}. Annuleer of verplaats eerst iemand.` : 'Deze persoon staat niet (meer) op de wachtlijst.' },
          {},
          409,
        );
      deps.mailQueued();
      return done('promoted');
    }
    case 'cancel': {
      if (r.status === 'cancelled' || r.status === 'declined') return invalid({ form: 'Deze inschrijving is al geannuleerd of afgewezen.' }, {}, 409);
      await cancelRegistration({ id: r.id }, deps);
      return done('cancelled');
    }
    case 'confirm':
    case 'decline': {
      if (r.status !== 'pending') return invalid({ form: 'Alleen een aanmelding die wacht op het intakegesprek kun je bevestigen of afwijzen.' }, {}, 409);
      await decideIntake(r.id, action === 'confirm' ? 'confirmed' : 'declined', deps);
      return done(action === 'confirm' ? 'confirmed' : 'declined');
    }
    case 'move': {
      const to = field(form, 'to');
      const target = view.siblings.find((s) => s.id === to);
      if (!target) return invalid({ [`to-${r.id}`]: 'Kies een andere bijeenkomst van dit aanbod.' }, { to });
      if (target.cancelled) return invalid({ [`to-${r.id}`]: 'Die bijeenkomst gaat niet door. Kies een andere.' }, { to });
      if (isPast(target.start, now)) return invalid({ [`to-${r.id}`]: 'Die bijeenkomst is al geweest. Kies een andere.' }, { to });
      const result = await deps.store.registrations.move(r.id, target.id, await rulesLookup(deps), purgeAfter(seriesEnd(target), deps.config.RETENTION_DAYS));
      if (!result.ok) {
        const messages: Record<string, string> = {
          full: 'Die bijeenkomst is vol. Kies een andere of geef eerst iemand anders een andere plek.',
          'already-there': 'Deze persoon staat al ingeschreven voor die bijeenkomst.',
          'not-movable': 'Een geannuleerde of afgewezen inschrijving kun je niet verplaatsen.',
          'same-session': 'Kies een andere bijeenkomst.',
          'not-found': 'Deze inschrijving bestaat niet meer.',
          'not-waiting': 'Deze inschrijving kun je niet verplaatsen.',
        };
        return invalid({ [`to-${r.id}`]: messages[result.reason] ?? 'Verplaatsen lukte niet.' }, { to }, 409);
      }
      deps.mailQueued();
      return done('moved');
    }
  }
  return invalid({ form: 'Kies wat je wilt doen.' });
}

function done(notice: Notice): ActionResult {
  return { type: 'done', notice };
}

export const CANCEL_MESSAGE_MAX = 1000;

/**
 * Whether this person may call off the session: the coordinator any session;
 * a partner only a session of their own organisation's database offer (a
 * content file's offer is the CJG's: they ask the CJG).
 */
export function canCancelSession(actor: Actor, offer: AdminOffer): boolean {
  return actor.role === 'coordinator' || (canAccessRegistrations(actor, offer.data) && offer.source === 'database');
}

const managedByCjg: Denied = { type: 'denied', status: 403, message: 'Dit aanbod beheert het CJG. Vraag het CJG om de bijeenkomst af te zeggen.' };

/**
 * The session will not take place: recorded in the database (the content
 * file is not edited; the catalogue applies it), and everyone registered or
 * waiting is cancelled with a mail, in one batch. Needs a ticked "zeker".
 */
async function cancelWholeSession(actor: Actor, view: SessionView, form: URLSearchParams, deps: Deps): Promise<ActionResult> {
  if (!canCancelSession(actor, view.offer)) return managedByCjg;
  const message = cleanMultiline(field(form, 'message'));
  const values = { message: field(form, 'message').slice(0, CANCEL_MESSAGE_MAX * 2), zeker: field(form, 'zeker') === 'ja' ? 'ja' : '' };
  if (view.session.cancelled || (await deps.store.registrations.cancelledSessions()).has(view.session.id))
    return invalid({ form: 'Deze bijeenkomst is al afgezegd.' }, values, 409);
  if (isPast(view.session.start, deps.now())) return invalid({ form: 'Deze bijeenkomst is al begonnen of geweest. Je kunt hem niet meer afzeggen.' }, values, 409);
  const errors: Record<string, string> = {};
  if (message.length > CANCEL_MESSAGE_MAX) errors.message = `Je uitleg is te lang. Gebruik hoogstens ${CANCEL_MESSAGE_MAX} tekens.`;
  if (values.zeker !== 'ja') errors.zeker = 'Vink aan dat je de bijeenkomst echt wilt afzeggen.';
  if (Object.keys(errors).length) return invalid(errors, values);
  const cancelled = await deps.store.registrations.cancelSession(view.session.id, view.offer.id, message ? { message } : {});
  deps.mailQueued();
  return { type: 'done', notice: 'session-cancelled', count: cancelled.length };
}

/** Who gets a message: people with a place, and optionally the waiting list. */
export function recipients(view: SessionView, includeWaitlist: boolean): Registration[] {
  return view.registrations.filter((r) => holdsPlace(r.status) || (includeWaitlist && r.status === 'waitlisted'));
}

async function sendSessionMessage(view: SessionView, form: URLSearchParams, deps: Deps): Promise<ActionResult> {
  const subject = cleanMultiline(field(form, 'subject')).replace(/\s+/g, ' ');
  const text = cleanMultiline(field(form, 'text'));
  const includeWaitlist = field(form, 'waitlist') === 'ja';
  const values = { subject: field(form, 'subject').slice(0, MESSAGE_SUBJECT_MAX * 2), text: field(form, 'text').slice(0, MESSAGE_TEXT_MAX * 2), waitlist: includeWaitlist ? 'ja' : '' };
  const errors: Record<string, string> = {};
  if (subject.length < 3) errors.subject = 'Vul een onderwerp in.';
  else if (subject.length > MESSAGE_SUBJECT_MAX) errors.subject = `Het onderwerp is te lang. Gebruik maximaal ${MESSAGE_SUBJECT_MAX} tekens.`;
  if (text.length < 10) errors.text = 'Schrijf je bericht (minstens 10 tekens).';
  else if (text.length > MESSAGE_TEXT_MAX) errors.text = `Je bericht is te lang. Gebruik maximaal ${MESSAGE_TEXT_MAX} tekens.`;
  const to = recipients(view, includeWaitlist);
  if (!Object.keys(errors).length && to.length === 0) errors.form = 'Er is niemand ingeschreven voor deze bijeenkomst. Er is niets verstuurd.';
  if (Object.keys(errors).length) return invalid(errors, values);
  // One outbox row per person, in one batch: nobody sees another's address, and none is lost.
  await deps.store.registrations.message(to, { subject, text });
  deps.mailQueued();
  return { type: 'done', notice: 'sent', count: to.length };
}

/** The session's registrations as CSV (every status, with a status column), formula cells escaped. */
export async function registrationsCsv(actor: Actor, sessionId: unknown, deps: Pick<Deps, 'store' | 'catalogue'>, offers: readonly AdminOffer[]): Promise<Response | Denied> {
  const view = await loadSession(actor, sessionId, deps, offers);
  if (isDenied(view)) return view;
  const order = (r: Registration) => (holdsPlace(r.status) ? 0 : r.status === 'waitlisted' ? 1 : 2);
  const rows = registrationCsvRows([...view.registrations].sort((a, b) => order(a) - order(b)));
  // A byte-order mark so Excel reads the UTF-8 names correctly; semicolons as Dutch Excel expects.
  const body = `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n', quoted_match: /^'/ })}`;
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="inschrijvingen-${view.session.id}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

export { statusLabels };
