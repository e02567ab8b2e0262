/** schema.org JSON-LD builders, and the one safe way to put them in a page. */
import { contact, organisation } from './contact';
import { toInstant, toIsoWithOffset } from '../domain/dates';
import { meetingsOf, seriesEnd, type Meeting } from '../domain/offers/meetings';
import { FEW_PLACES, placesLeft } from '../domain/registrations/availability';
import type { Offer } from '../schemas/offer';

const SCHEMA = 'https://schema.org';

/** The one id of the CJG as an organisation: every other block refers to it. */
export const organisationId = (site: URL) => new URL('#organisatie', site).href;

interface Address { street: string; postcode: string; city: string }
const postalAddress = (a: Address) => ({ '@type': 'PostalAddress', streetAddress: a.street, postalCode: a.postcode, addressLocality: a.city, addressCountry: 'NL' });

export function organisationJsonLd(site: URL) {
  return {
    '@context': SCHEMA,
    '@type': 'GovernmentOrganization',
    '@id': organisationId(site),
    name: organisation.name,
    alternateName: organisation.alternateName,
    url: site.href,
    logo: new URL('/logo.png', site).href,
    image: new URL('/og-image.png', site).href,
    telephone: contact.tel,
    email: contact.email,
    address: postalAddress(organisation.address),
    areaServed: ['Haarlem', 'Zandvoort'],
    sameAs: [contact.website],
  };
}

interface PlaceLike { name: string; address: Address }
type SessionData = Offer['sessions'][number];

/** The provider: the CJG by its @id, a youth partner by name and its page on this site. */
export interface Provider { id: string; name: string }
function providerRef(provider: Provider, site: URL) {
  return provider.id === 'cjg' ? { '@id': organisationId(site) } : { '@type': 'Organization', name: provider.name, url: new URL(`/partners/${provider.id}/`, site).href };
}

/** schema.org availability from the places the build knows (the live figure is on the page). */
export function availabilityOf(session: Pick<SessionData, 'capacity' | 'taken' | 'cancelled'>): string {
  if (session.cancelled) return `${SCHEMA}/Discontinued`;
  const left = placesLeft(session.capacity, session.taken);
  return `${SCHEMA}/${left <= 0 ? 'SoldOut' : left <= FEW_PLACES ? 'LimitedAvailability' : 'InStock'}`;
}

/** online | onsite | blended, as schema.org's courseMode. */
export function courseModeOf(offer: Pick<Offer, 'format'>, session: Pick<SessionData, 'location'>): 'online' | 'onsite' | 'blended' {
  if (session.location === 'online') return 'online';
  return offer.format === 'hybride' ? 'blended' : 'onsite';
}

function attendanceModeOf(offer: Pick<Offer, 'format'>, session: Pick<SessionData, 'location'>): string {
  const mode = courseModeOf(offer, session);
  return `${SCHEMA}/${mode === 'online' ? 'Online' : mode === 'blended' ? 'Mixed' : 'Offline'}EventAttendanceMode`;
}

const DAY = 86_400_000;
const time = (local: string) => local.slice(11, 16);
const minutes = (m: Meeting) => Math.round((toInstant(m.end).getTime() - toInstant(m.start).getTime()) / 60_000);

/**
 * The meetings of a session as a schema.org Schedule: how often (weekly,
 * daily or every n days, when the meetings are evenly spaced at the same
 * times), how many times, from the first to the last day, how long each.
 * Irregular series get no repeatFrequency; their dates are in `subEvent`s.
 */
export function scheduleOf(session: Pick<SessionData, 'start' | 'end' | 'laterMeetings'>) {
  const meetings = meetingsOf(session);
  const days = meetings.map((m) => Date.parse(`${m.start.slice(0, 10)}T00:00:00Z`));
  const gaps = days.slice(1).map((d, i) => Math.round((d - days[i]!) / DAY));
  const sameTimes = meetings.every((m) => time(m.start) === time(session.start) && time(m.end) === time(session.end));
  const even = gaps.length > 0 && sameTimes && gaps.every((g) => g === gaps[0]) && gaps[0]! > 0;
  const repeatFrequency = !even ? undefined : gaps[0] === 7 ? 'P1W' : gaps[0] === 1 ? 'P1D' : `P${gaps[0]}D`;
  return {
    '@type': 'Schedule',
    startDate: session.start.slice(0, 10),
    endDate: seriesEnd(session).slice(0, 10),
    ...(sameTimes ? { startTime: `${time(session.start)}:00`, endTime: `${time(session.end)}:00` } : {}),
    ...(repeatFrequency ? { repeatFrequency } : {}),
    repeatCount: meetings.length,
    duration: `PT${minutes(meetings[0]!)}M`,
    scheduleTimezone: 'Europe/Amsterdam',
  };
}

/**
 * A Course with a CourseInstance per session for a training; an Event per
 * session for everything else. A session of several meetings ends at the end
 * of its series, carries its Schedule and lists every meeting as a subEvent.
 */
export function offerJsonLd(offer: Offer, url: URL, provider: Provider, place: (id: string) => PlaceLike | undefined, site: URL = new URL('/', url)) {
  const price = offer.cost.type === 'gratis' ? 0 : offer.cost.amount;
  const training = offer.kind === 'training';
  // The language the training is given in (issue 18: `languages`), on the Dutch page and on every language page.
  const languages = offer.languages ?? ['nl'];
  const inLanguage = languages.length === 1 ? languages[0] : languages;
  const instance = (s: SessionData) => {
    const p = s.location === 'online' ? undefined : place(s.location);
    const physical = p ? { '@type': 'Place', name: p.name, address: postalAddress(p.address) } : undefined;
    const virtual = { '@type': 'VirtualLocation', url: url.href };
    const mode = courseModeOf(offer, s);
    const meetings = meetingsOf(s);
    const series = meetings.length > 1;
    return {
      '@type': training ? 'CourseInstance' : 'Event',
      name: offer.title,
      startDate: toIsoWithOffset(s.start),
      endDate: toIsoWithOffset(seriesEnd(s)),
      eventStatus: s.cancelled ? `${SCHEMA}/EventCancelled` : `${SCHEMA}/EventScheduled`,
      eventAttendanceMode: attendanceModeOf(offer, s),
      ...(training ? { courseMode: mode, courseSchedule: scheduleOf(s) } : series ? { eventSchedule: scheduleOf(s) } : {}),
      ...(series
        ? { subEvent: meetings.map((m) => ({ '@type': 'Event', name: m.label ?? offer.title, startDate: toIsoWithOffset(m.start), endDate: toIsoWithOffset(m.end) })) }
        : {}),
      location: mode === 'blended' && physical ? [physical, virtual] : (physical ?? virtual),
      maximumAttendeeCapacity: s.capacity,
      offers: { '@type': 'Offer', price, priceCurrency: 'EUR', url: url.href, availability: availabilityOf(s) },
      organizer: providerRef(provider, site),
    };
  };
  if (training) {
    return {
      '@context': SCHEMA,
      '@type': 'Course',
      name: offer.title,
      description: offer.summary,
      url: url.href,
      inLanguage,
      provider: providerRef(provider, site),
      offers: { '@type': 'Offer', price, priceCurrency: 'EUR', category: price === 0 ? 'Free' : 'Paid' },
      hasCourseInstance: offer.sessions.map(instance),
    };
  }
  return offer.sessions.map((s) => ({ '@context': SCHEMA, ...instance(s), description: offer.summary, url: url.href, inLanguage }));
}

/** An article, published by the CJG (by its @id). */
export function articleJsonLd(article: { title: string; summary: string; updated: Date }, url: URL, site: URL) {
  return {
    '@context': SCHEMA,
    '@type': 'Article',
    headline: article.title,
    description: article.summary,
    inLanguage: 'nl',
    url: url.href,
    dateModified: article.updated.toISOString().slice(0, 10),
    publisher: { '@id': organisationId(site) },
    author: { '@id': organisationId(site) },
    image: new URL('/og-image.png', site).href,
  };
}

/**
 * JSON for inside a `<script type="application/ld+json">` element. JSON.stringify alone is not
 * safe there: a partner's title like `</script><script>…` would close the element. `<`, `>` and `&`
 * become `\u003c`, `\u003e`, `\u0026` (still the same JSON string for every reader), and U+2028/2029
 * are escaped too, so the text can never end the element, open a comment or break a JS parser.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
