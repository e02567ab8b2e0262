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
import type { Offer } from '../../schemas/offer';
import type { Session } from '../../schemas/session';
import { buildSessionCatalogue, type CatalogueSession } from '../../catalogue';
import type { Deps } from '../deps';

import { cancelRegistration, cancelUrl, decideRegistration, offerUrl, rulesFor } from '../handlers/registrations';
import { promotedMail, type MailMessage } from '../mail/templates';
import { createAdminRegistrationStore, type AdminRegistrationStore } from '../store/admin-registrations';
import type { LibsqlRegistrationStore } from '../store/libsql';
import type { SessionRules, StoredRegistration } from '../store/types';

/** An offer as the back office needs it: with its provider and all sessions. */
export interface AdminOffer {
  id: string;
  data: Offer;
}

export interface RegistrationAdminDeps extends Deps {
  offers: readonly AdminOffer[];
  registrations: AdminRegistrationStore;
}

export function registrationAdminDeps(deps: Deps, offers: readonly AdminOffer[]): RegistrationAdminDeps {
  const db = (deps.store as LibsqlRegistrationStore).db;
  if (!db) throw new Error('The back office needs the libSQL store.');
  return { ...deps, offers, registrations: createAdminRegistrationStore(db), catalogue: deps.catalogue ?? buildSessionCatalogue(offers) };
}

export type Denied = { type: 'denied'; status: 403 | 404; message: string };
export const isDenied = (x: unknown): x is Denied => typeof x === 'object' && x !== null && (x as Denied).type === 'denied';

const notFound: Denied = { type: 'denied', status: 404, message: 'Deze bijeenkomst bestaat niet (meer).' };
const forbidden: Denied = { type: 'denied', status: 403, message: 'Deze bijeenkomst is van aanbod van een andere organisatie. Je kunt de inschrijvingen niet bekijken.' };

function findSession(sessionId: string, deps: RegistrationAdminDeps): { offer: AdminOffer; session: Session } | undefined {
  for (const offer of deps.offers) {
    const session = offer.data.sessions.find((s) => s.id === sessionId);
    if (session) return { offer, session };
  }
  return undefined;
}

function rulesLookup(deps: RegistrationAdminDeps) {
  return (sessionId: string): SessionRules => {
    const entry = deps.catalogue(sessionId);
    return entry ? rulesFor(entry) : { capacity: 0, taken: 0, intake: false };
  };
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
export async function sessionsFor(actor: Actor, deps: RegistrationAdminDeps): Promise<SessionSummary[]> {
  const counts = await deps.registrations.counts();
  const list: SessionSummary[] = [];
  for (const offer of deps.offers) {
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
  registrations: StoredRegistration[];
  /** Confirmed and pending, by registration time. */
  placed: StoredRegistration[];
  waitlist: StoredRegistration[];
  /** Cancelled and declined. */
  gone: StoredRegistration[];
  held: number;
  placesLeft: number;
  /** Other sessions of the same offer (move targets). */
  siblings: Session[];
}

const SESSION_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** One session's registrations, if the actor may see them. */
export async function loadSession(actor: Actor, sessionId: unknown, deps: RegistrationAdminDeps): Promise<SessionView | Denied> {
  if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) return notFound;
  const found = findSession(sessionId, deps);
  if (!found) return notFound;
  if (!canAccessRegistrations(actor, found.offer.data)) return forbidden;
  const registrations = await deps.registrations.listSession(sessionId);
  const placed = registrations.filter((r) => holdsPlace(r.status));
  const held = placed.reduce((n, r) => n + r.participants, 0);
  return {
    type: 'session',
    offer: found.offer,
    session: found.session,
    entry: deps.catalogue(sessionId),
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

export const actions = ['promote', 'cancel', 'move', 'confirm', 'decline', 'message'] as const;
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
} as const;
export type Notice = keyof typeof noticeMessages;

/** The line shown after an action (the page redirects to ?gedaan=<notice>&n=<count>). */
export function noticeText(notice: string | null, count: string | null): string | undefined {
  if (!notice || !(notice in noticeMessages)) return undefined;
  const base = noticeMessages[notice as Notice];
  const n = Number(count);
  if (notice !== 'sent' || !Number.isInteger(n) || n < 0) return base;
  return `${base} ${n} ${n === 1 ? 'persoon krijgt' : 'personen krijgen'} een e-mail.`;
}

function sendLater(deps: Deps, message: MailMessage) {
  const log = deps.log ?? console.error;
  const work = deps.mailer.send(message).catch((e: unknown) => log(`mail: ${message.kind} could not be sent (${e instanceof Error ? e.name : 'error'})`));
  if (deps.defer) deps.defer(work);
}

const field = (form: URLSearchParams, name: string) => form.get(name) ?? '';
const invalid = (errors: Record<string, string>, values: Record<string, string> = {}, status: 409 | 422 = 422): ActionResult => ({ type: 'invalid', status, errors, values });

/** Remove control characters other than tab and line breaks; normalise line breaks. */
const cleanText = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();

function movedMail(entry: CatalogueSession, r: StoredRegistration, deps: Deps): MailMessage {
  const where = r.status === 'waitlisted' ? 'Je staat op de wachtlijst van deze bijeenkomst.' : r.status === 'pending' ? 'We bellen je nog om te kijken of de training past.' : 'Er is een plek voor je.';
  return {
    to: r.email,
    subject: `Nieuwe datum: ${entry.offer.title}`,
    text: [
      `Hallo ${r.name},`,
      '',
      `We hebben je inschrijving voor ${entry.offer.title} verplaatst naar een andere bijeenkomst: ${formatSlot(entry.session.start, entry.session.end)}, ${entry.place}.`,
      where,
      '',
      'Kun je dan niet? Annuleer via deze link (links uit eerdere e-mails werken niet meer):',
      cancelUrl(deps, r.cancelToken),
      '',
      'Met vriendelijke groet,',
      'CJG Haarlem-Zandvoort',
    ].join('\n'),
    kind: 'registration-moved',
  };
}

/** Handle one POSTed action on a session's page. */
export async function sessionAction(actor: Actor, sessionId: unknown, form: URLSearchParams, deps: RegistrationAdminDeps): Promise<ActionResult> {
  const view = await loadSession(actor, sessionId, deps);
  if (isDenied(view)) return view;
  const action = field(form, 'action');
  if (!(actions as readonly string[]).includes(action)) return invalid({ form: 'Kies wat je wilt doen.' });
  const now = deps.now?.() ?? new Date();

  if (action === 'message') return sendSessionMessage(view, form, deps);

  // Every other action is about one registration of this session; an id from another session is not found here.
  const id = field(form, 'registration');
  const r = view.registrations.find((x) => x.id === id);
  if (!r) return invalid({ form: 'Deze inschrijving hoort niet bij deze bijeenkomst (meer). Laad de pagina opnieuw.' }, {}, 409);
  const entry = view.entry;

  switch (action as SessionAction) {
    case 'promote': {
      const result = await deps.registrations.promote(r.id, rulesLookup(deps), now);
      if (!result.ok)
        return invalid(
          { form: result.reason === 'full' ? `Er zijn niet genoeg plaatsen vrij voor ${r.participants} ${r.participants === 1 ? 'persoon' : 'personen'}. Annuleer of verplaats eerst iemand.` : 'Deze persoon staat niet (meer) op de wachtlijst.' },
          {},
          409,
        );
      if (entry) sendLater(deps, promotedMail(entry, result.registration, cancelUrl(deps, result.registration.cancelToken), offerUrl(deps, entry)));
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
      await decideRegistration(r.id, action === 'confirm' ? 'confirmed' : 'declined', deps);
      return done(action === 'confirm' ? 'confirmed' : 'declined');
    }
    case 'move': {
      const to = field(form, 'to');
      const target = view.siblings.find((s) => s.id === to);
      if (!target) return invalid({ [`to-${r.id}`]: 'Kies een andere bijeenkomst van dit aanbod.' }, { to });
      if (target.cancelled) return invalid({ [`to-${r.id}`]: 'Die bijeenkomst gaat niet door. Kies een andere.' }, { to });
      if (isPast(target.start, now)) return invalid({ [`to-${r.id}`]: 'Die bijeenkomst is al geweest. Kies een andere.' }, { to });
      const result = await deps.registrations.move(r.id, target.id, rulesLookup(deps), now, purgeAfter(seriesEnd(target), deps.config.RETENTION_DAYS));
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
      const targetEntry = deps.catalogue(target.id);
      if (targetEntry) sendLater(deps, movedMail(targetEntry, result.registration, deps));
      if (entry)
        for (const p of result.promoted)
          sendLater(deps, promotedMail(entry, p, cancelUrl(deps, p.cancelToken), offerUrl(deps, entry)));
      return done('moved');
    }
  }
  return invalid({ form: 'Kies wat je wilt doen.' });
}

function done(notice: Notice): ActionResult {
  return { type: 'done', notice };
}

/** Who gets a message: people with a place, and optionally the waiting list. */
export function recipients(view: SessionView, includeWaitlist: boolean): StoredRegistration[] {
  return view.registrations.filter((r) => holdsPlace(r.status) || (includeWaitlist && r.status === 'waitlisted'));
}

function sendSessionMessage(view: SessionView, form: URLSearchParams, deps: RegistrationAdminDeps): ActionResult {
  const subject = cleanText(field(form, 'subject')).replace(/\s+/g, ' ');
  const text = cleanText(field(form, 'text'));
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
  const title = view.offer.data.title;
  for (const r of to)
    sendLater(deps, {
      to: r.email,
      subject: `${subject} – ${title}`,
      text: [`Hallo ${r.name},`, '', `Een bericht over ${title} op ${view.slot}:`, '', text, '', 'Met vriendelijke groet,', 'CJG Haarlem-Zandvoort'].join('\n'),
      kind: 'session-message',
    });
  return { type: 'done', notice: 'sent', count: to.length };
}

/** The session's registrations as CSV (every status, with a status column), formula cells escaped. */
export async function registrationsCsv(actor: Actor, sessionId: unknown, deps: RegistrationAdminDeps): Promise<Response | Denied> {
  const view = await loadSession(actor, sessionId, deps);
  if (isDenied(view)) return view;
  const order = (r: StoredRegistration) => (holdsPlace(r.status) ? 0 : r.status === 'waitlisted' ? 1 : 2);
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
