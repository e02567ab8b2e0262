/**
 * Calendar files (RFC 5545), made with ical-generator: the personal file in a
 * registration's mail, the public file of one session (/api/sessions/<id>.ics)
 * and the subscription feeds (/aanbod.ics, /themas/<id>.ics).
 *
 * - Times are Amsterdam wall-clock, written as `DTSTART;TZID=Europe/Amsterdam`
 *   with the zone's VTIMEZONE in the file, so every client shows 19.30 in
 *   summer and in winter. DTSTAMP is UTC.
 * - One VEVENT per meeting of a series, each with its own summary ("Mindset —
 *   Ouderavond"), and a UID that stays the same: session id + meeting number
 *   (+ registration id in a personal file). SEQUENCE grows with the time the
 *   file is made, so a later file replaces the events of an earlier one.
 * - STATUS follows the registration: CONFIRMED, TENTATIVE while an intake is
 *   pending, CANCELLED once it is cancelled or declined. A waiting-list
 *   registration gets no file: an event in the calendar reads as "I have a
 *   place" and a parent might turn up at a full group; the mail that offers
 *   the place brings the file.
 * - A personal file speaks the parent's language (`words`, the calendar words
 *   of src/i18n/registration-mail.ts, with the offer's translated title);
 *   public files and feeds are Dutch, like the pages they come from.
 * - The join link of an online session is only in a personal file whose place
 *   is confirmed (`joinLinkFor`); public files never read it.
 * - Text that partners type is made one line (summary, location) or cleaned of
 *   control characters (description) before ical-generator escapes and folds it.
 *
 * Web APIs only (no Node imports): the edge host bundles this too.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventBusyStatus, ICalEventStatus, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import type { CatalogueSession } from '../../catalogue';
import { TIME_ZONE, toInstant } from '../../domain/dates';
import { meetingsOf } from '../../domain/offers/meetings';
import type { RegistrationStatus } from '../../domain/registrations/availability';
import { joinLinkFor } from '../../domain/registrations/join-link';
import { cleanMultiline, oneLine } from '../../domain/text';
import { mailDomain } from '../../utils/contact';
import { registrationMailWords, type CalendarWords } from '../../i18n/registration-mail';

/**
 * The organiser's address: RFC 5545 makes it a calendar address, so a name
 * alone is an invalid ORGANIZER line (Mozilla's ical.js refuses the file).
 */
export const ORGANIZER = { name: 'CJG Haarlem-Zandvoort', email: `inschrijven@${mailDomain}` };

const UID_DOMAIN = mailDomain;
const PROD_ID = { company: 'CJG Haarlem-Zandvoort', product: 'Samen Opgroeien', language: 'NL' };

/**
 * Europe/Amsterdam as a VTIMEZONE: CET/CEST with the EU rule (last Sunday of
 * March and of October, at 01:00 UTC), the rule since 1996. Written here, not
 * taken from a zone database: the portal has one time zone, and the tests
 * check this component against the domain's own conversion (Intl) on both
 * sides of every change of the clock.
 */
export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** Feeds ask to be read again twice a day. */
const FEED_REFRESH_SECONDS = 12 * 60 * 60;
/** SEQUENCE: seconds since 2024 at the time the file is made (fits an int32 until 2092). */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/** The registration a personal file is for: only its id and status are read. */
export interface CalendarRegistration {
  id: string;
  status: RegistrationStatus;
}

export interface SessionIcsOptions {
  /** The offer's page (or the personal page). */
  url: string;
  /** Added to every event's description (e.g. the cancel link). */
  description: string;
  /** A personal file; without it the file is public: no join link, no personal data. */
  registration?: CalendarRegistration;
  /** When the file is made (DTSTAMP, SEQUENCE); defaults to the clock. */
  now?: Date;
  /** The words of a personal file in the parent's language (src/i18n/registration-mail.ts); Dutch by default. */
  words?: CalendarWords;
}

function newCalendar(extra: Parameters<typeof ical>[0] = {}): ICalCalendar {
  return ical({
    prodId: PROD_ID,
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name (that would write DTSTAMP without its Z): each event names its zone,
    // and the generator adds the VTIMEZONE for the zones the events use.
    timezone: { name: null, generator: (tz) => (tz === TIME_ZONE ? AMSTERDAM_VTIMEZONE : null) },
    ...extra,
  });
}

const wallClock = (local: string) => new TZDate(toInstant(local).getTime(), TIME_ZONE);

/** A URI property value: ical-generator escapes `,` and `;` as text, which a URI must not be; percent-encode them instead. */
const uri = (href: string) => href.replace(/,/g, '%2C').replace(/;/g, '%3B');

type Kind = { personal: CalendarRegistration } | { feed: boolean };

function statusOf(entry: CatalogueSession, kind: Kind): ICalEventStatus {
  if ('personal' in kind) {
    switch (kind.personal.status) {
      case 'confirmed':
        return ICalEventStatus.CONFIRMED;
      case 'pending':
        return ICalEventStatus.TENTATIVE;
      case 'cancelled':
      case 'declined':
        return ICalEventStatus.CANCELLED;
      case 'waitlisted':
        // See the module comment: no calendar file for a place that is not there.
        throw new RangeError('No calendar file for a waiting-list registration.');
    }
  }
  return entry.session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED;
}

/** "Mindset — bijeenkomst 2 van 6": the meeting after a dash starts small (a no-op for scripts without case). */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function addSessionEvents(cal: ICalCalendar, entry: CatalogueSession, kind: Kind, opts: { url: string; description?: string; now: Date; words?: CalendarWords | undefined; movedAway?: boolean }): void {
  const w = opts.words ?? registrationMailWords.nl.calendar;
  const { session, offer } = entry;
  const status = statusOf(entry, kind);
  const personal = 'personal' in kind ? kind.personal : undefined;
  const feed = 'feed' in kind && kind.feed;
  const joinUrl = personal ? joinLinkFor(session, personal.status) : undefined;
  const meetings = meetingsOf(session);
  const title = oneLine(offer.title, 120);
  const place = oneLine(entry.place, 200);
  const sequence = Math.max(0, Math.floor((opts.now.getTime() - SEQUENCE_EPOCH) / 1000));
  const extra = opts.description ? cleanMultiline(opts.description) : '';

  meetings.forEach((m, i) => {
    const label = m.label ? oneLine(m.label, 60) : '';
    const series = meetings.length > 1;
    let summary = !series ? title : label ? `${title} — ${label}` : `${title} — ${lowerFirst(w.meeting(i + 1, meetings.length))}`;
    if (status === ICalEventStatus.TENTATIVE) summary += ` ${w.tentative}`;
    if (status === ICalEventStatus.CANCELLED) summary = w.cancelled(summary);

    const lines: string[] = [];
    if (series) lines.push(`${w.meeting(i + 1, meetings.length)}${label ? `: ${label}` : ''}.`);
    if (personal?.status === 'pending') lines.push(w.pending);
    if (status === ICalEventStatus.CANCELLED) lines.push(!personal ? 'Deze bijeenkomst gaat niet door.' : opts.movedAway ? w.movedAway : w.stopped);
    if (joinUrl) lines.push(`${w.join}: ${joinUrl}`);
    if (extra) lines.push(extra);

    cal.createEvent({
      id: `${session.id}-${i + 1}${personal ? `-${personal.id}` : ''}@${UID_DOMAIN}`,
      sequence,
      stamp: opts.now,
      timezone: TIME_ZONE,
      start: wallClock(m.start),
      end: wallClock(m.end),
      summary,
      description: lines.join('\n'),
      location: joinUrl && session.location === 'online' ? joinUrl : place,
      url: uri(joinUrl ?? opts.url),
      status,
      // A feed is information, not the subscriber's own appointment: it does not make them busy.
      transparency: feed ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      busystatus: feed || status === ICalEventStatus.CANCELLED ? ICalEventBusyStatus.FREE : status === ICalEventStatus.TENTATIVE ? ICalEventBusyStatus.TENTATIVE : ICalEventBusyStatus.BUSY,
      // The CJG's address answers for registrations made here; a partner's own registration is not the CJG's to organise.
      ...(offer.registration.method === 'portal' && !feed ? { organizer: ORGANIZER } : {}),
    });
  });
}

/**
 * One session as a calendar file: every meeting. With `registration` it is
 * the personal file of the mail (status, join link when confirmed); without,
 * the public file.
 */
export function sessionIcs(entry: CatalogueSession, opts: SessionIcsOptions): string {
  const cal = newCalendar();
  const kind: Kind = opts.registration ? { personal: opts.registration } : { feed: false };
  addSessionEvents(cal, entry, kind, { url: opts.url, description: opts.description, now: opts.now ?? new Date(), words: opts.registration ? opts.words : undefined });
  return cal.toString();
}

/**
 * The file of a move to another session, for the same registration: the new session's events where it
 * holds a place there, and the old session's events, cancelled (their UIDs are those of the old file),
 * where it held one there (`from`). Undefined when neither: from a waiting list to a waiting list.
 */
export function movedIcs(to: CatalogueSession, from: CatalogueSession | undefined, registration: CalendarRegistration, opts: Omit<SessionIcsOptions, 'registration'>): string | undefined {
  const holds = registration.status !== 'waitlisted';
  if (!holds && !from) return undefined;
  const cal = newCalendar();
  const now = opts.now ?? new Date();
  if (holds) addSessionEvents(cal, to, { personal: registration }, { url: opts.url, description: opts.description, now, words: opts.words });
  if (from) addSessionEvents(cal, from, { personal: { id: registration.id, status: 'cancelled' } }, { url: opts.url, now, words: opts.words, movedAway: true });
  return cal.toString();
}

export interface FeedOptions {
  /** The calendar's name in the subscriber's app, e.g. "Samen Opgroeien: alle trainingen en webinars". */
  name: string;
  description: string;
  /** The feed's own address (SOURCE, URL). */
  feedUrl: string;
  /** The offer page of an entry. */
  pageUrl: (entry: CatalogueSession) => string;
  now: Date;
}

/**
 * The feed's name and description: ical-generator writes them unescaped, and
 * clients differ on whether X-WR-CALNAME is unescaped text. Without `\ ; ,`
 * and line breaks, both readings are the same.
 */
const calendarText = (s: string, max: number) => oneLine(s.replace(/[\\;,]/g, ' '), max);

/** A subscription feed: the given public sessions, every meeting, no personal data, no join links. */
export function feedIcs(entries: readonly CatalogueSession[], opts: FeedOptions): string {
  const cal = newCalendar({
    name: calendarText(opts.name, 120),
    description: calendarText(opts.description, 300),
    source: opts.feedUrl,
    url: opts.feedUrl,
    ttl: FEED_REFRESH_SECONDS,
  });
  for (const entry of entries) {
    const page = opts.pageUrl(entry);
    addSessionEvents(cal, entry, { feed: true }, { url: page, description: `${oneLine(entry.offer.title, 120)}. Meer informatie en inschrijven: ${page}`, now: opts.now });
  }
  return cal.toString();
}
