/** schema.org JSON-LD builders, and the one safe way to put them in a page. */
import { contact } from './site';
import { toIsoWithOffset } from '../domain/dates';
import type { Offer } from '../schemas/offer';

export function organisationJsonLd(site: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: 'Centrum voor Jeugd en Gezin Haarlem en Zandvoort',
    alternateName: 'Samen Opgroeien',
    url: site.href,
    telephone: contact.tel,
    email: contact.email,
    areaServed: ['Haarlem', 'Zandvoort'],
  };
}

interface PlaceLike { name: string; address: { street: string; postcode: string; city: string } }

/** A Course with CourseInstances for a training; Events for single webinars and evenings. */
export function offerJsonLd(offer: Offer, url: URL, providerName: string, place: (id: string) => PlaceLike | undefined) {
  const price = offer.cost.type === 'gratis' ? 0 : offer.cost.amount;
  const instance = (s: Offer['sessions'][number]) => {
    const p = s.location === 'online' ? undefined : place(s.location);
    return {
      '@type': offer.kind === 'training' ? 'CourseInstance' : 'Event',
      ...(offer.kind === 'training' ? {} : { name: offer.title }),
      startDate: toIsoWithOffset(s.start),
      endDate: toIsoWithOffset(s.end),
      eventStatus: s.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode:
        s.location === 'online' ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
      location: p
        ? { '@type': 'Place', name: p.name, address: { '@type': 'PostalAddress', streetAddress: p.address.street, postalCode: p.address.postcode, addressLocality: p.address.city, addressCountry: 'NL' } }
        : { '@type': 'VirtualLocation', url: url.href },
      maximumAttendeeCapacity: s.capacity,
      offers: { '@type': 'Offer', price, priceCurrency: 'EUR', url: url.href },
      organizer: { '@type': 'Organization', name: providerName },
    };
  };
  if (offer.kind === 'training') {
    return {
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: offer.title,
      description: offer.summary,
      url: url.href,
      inLanguage: 'nl',
      provider: { '@type': 'Organization', name: providerName },
      offers: { '@type': 'Offer', price, priceCurrency: 'EUR', category: price === 0 ? 'Free' : 'Paid' },
      hasCourseInstance: offer.sessions.map(instance),
    };
  }
  return offer.sessions.map((s) => ({ '@context': 'https://schema.org', ...instance(s), description: offer.summary, url: url.href }));
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
