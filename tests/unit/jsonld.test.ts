/** The schema.org builders: availability, status and attendance mode per session, Course schedules, series, one Organization by @id. */
import { describe, expect, it } from 'vitest';
import { offerSchema, type Offer } from '../../src/schemas/offer';
import { articleJsonLd, availabilityOf, offerJsonLd, organisationId, organisationJsonLd, scheduleOf, serializeJsonLd } from '../../src/utils/jsonld';
import { partnerOfferData } from '../support/partner-offer';

const site = new URL('https://samenopgroeien.example/');
const url = new URL('/aanbod/x/', site);
const place = (id: string) => (id === 'cjg-noord' ? { name: 'CJG Noord', address: { street: 'Straat 1', postcode: '2000 AA', city: 'Haarlem' } } : undefined);
const offer = (over: Record<string, unknown> = {}): Offer => offerSchema.parse(partnerOfferData('x', over));
const weekly = [
  { start: '2027-03-16T19:30', end: '2027-03-16T21:30' },
  { start: '2027-03-23T19:30', end: '2027-03-23T21:30' },
];
const cjg = { id: 'cjg', name: 'Centrum voor Jeugd en Gezin Haarlem-Zandvoort' };
const partner = { id: 'kenter-jeugdhulp', name: 'Kenter Jeugdhulp' };
type Ld = Record<string, any>;

describe('the Organization', () => {
  it('has one @id, an absolute logo and an address', () => {
    const org = organisationJsonLd(site);
    expect(org['@id']).toBe('https://samenopgroeien.example/#organisatie');
    expect(org.logo).toBe('https://samenopgroeien.example/logo.png');
    expect(org.address).toMatchObject({ '@type': 'PostalAddress', addressLocality: 'Haarlem', addressCountry: 'NL' });
  });
  it('is referred to by @id when the CJG provides an offer or publishes an article', () => {
    const events = offerJsonLd(offer({ provider: 'cjg' }), url, cjg, place, site) as Ld[];
    expect(events[0]!.organizer).toEqual({ '@id': organisationId(site) });
    const article = articleJsonLd({ title: 'T', summary: 'S', updated: new Date('2026-11-29') }, new URL('/artikelen/t/', site), site);
    expect(article.publisher).toEqual({ '@id': organisationId(site) });
  });
  it('names a youth partner as its own Organization with its page', () => {
    const events = offerJsonLd(offer(), url, partner, place, site) as Ld[];
    expect(events[0]!.organizer).toEqual({ '@type': 'Organization', name: 'Kenter Jeugdhulp', url: 'https://samenopgroeien.example/partners/kenter-jeugdhulp/' });
  });
});

describe('Events', () => {
  it('carry offers.availability from the places the build knows', () => {
    expect(availabilityOf({ capacity: 20, taken: 0, cancelled: false })).toBe('https://schema.org/InStock');
    expect(availabilityOf({ capacity: 20, taken: 17, cancelled: false })).toBe('https://schema.org/LimitedAvailability');
    expect(availabilityOf({ capacity: 20, taken: 20, cancelled: false })).toBe('https://schema.org/SoldOut');
    const [full] = offerJsonLd(offer({ sessions: [{ id: 'x-s1', start: '2027-03-09T19:30', end: '2027-03-09T21:30', location: 'cjg-noord', capacity: 10, taken: 10 }] }), url, partner, place, site) as Ld[];
    expect(full!.offers).toMatchObject({ '@type': 'Offer', price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/SoldOut' });
  });
  it('say cancelled and online or on site', () => {
    const [ev] = offerJsonLd(offer({ sessions: [{ id: 'x-s1', start: '2027-03-09T19:30', end: '2027-03-09T21:30', location: 'online', capacity: 10, cancelled: true }], format: 'online' }), url, partner, place, site) as Ld[];
    expect(ev!.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(ev!.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(ev!.location['@type']).toBe('VirtualLocation');
    const [onSite] = offerJsonLd(offer(), url, partner, place, site) as Ld[];
    expect(onSite!.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(onSite!.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(onSite!.startDate).toBe('2027-03-09T19:30:00+01:00');
  });
  it('a series of another kind is one Event that ends with its last meeting, with its schedule and every meeting', () => {
    const [ev] = offerJsonLd(offer({ sessions: [{ id: 'x-s1', start: '2027-03-09T19:30', end: '2027-03-09T21:30', location: 'cjg-noord', capacity: 10, laterMeetings: weekly }] }), url, partner, place, site) as Ld[];
    expect(ev!.endDate).toBe('2027-03-23T21:30:00+01:00');
    expect(ev!.eventSchedule).toMatchObject({ '@type': 'Schedule', repeatFrequency: 'P1W', repeatCount: 3, startDate: '2027-03-09', endDate: '2027-03-23' });
    expect(ev!.subEvent.map((s: Ld) => s.startDate)).toEqual(['2027-03-09T19:30:00+01:00', '2027-03-16T19:30:00+01:00', '2027-03-23T19:30:00+01:00']);
  });
});

describe('Courses', () => {
  it('give each instance a courseMode and a courseSchedule', () => {
    const course = offerJsonLd(offer({ kind: 'training', format: 'hybride', sessions: [
      { id: 'x-s1', start: '2027-03-09T19:30', end: '2027-03-09T21:30', location: 'cjg-noord', capacity: 10, laterMeetings: weekly },
      { id: 'x-s2', start: '2027-04-06T10:00', end: '2027-04-06T11:00', location: 'online', capacity: 10 },
    ] }), url, partner, place, site) as Ld;
    expect(course['@type']).toBe('Course');
    const [a, b] = course.hasCourseInstance as Ld[];
    expect(a!['@type']).toBe('CourseInstance');
    expect(a!.courseMode).toBe('blended');
    expect(a!.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(a!.courseSchedule).toMatchObject({ '@type': 'Schedule', repeatFrequency: 'P1W', repeatCount: 3, duration: 'PT120M', startTime: '19:30:00', endTime: '21:30:00' });
    expect(a!.endDate).toBe('2027-03-23T21:30:00+01:00');
    expect(b!.courseMode).toBe('online');
    expect(b!.courseSchedule).toMatchObject({ repeatCount: 1 });
    expect(b!.courseSchedule.repeatFrequency).toBeUndefined();
  });
  it('an irregular series has no repeatFrequency, but its count and dates', () => {
    const s = scheduleOf({ start: '2027-03-09T19:30', end: '2027-03-09T21:30', laterMeetings: [{ start: '2027-03-11T19:30', end: '2027-03-11T21:30' }, { start: '2027-03-25T19:30', end: '2027-03-25T21:00', label: 'Ouderavond' }] });
    expect(s.repeatFrequency).toBeUndefined();
    expect(s).toMatchObject({ repeatCount: 3, startDate: '2027-03-09', endDate: '2027-03-25' });
  });
  it('still goes through serializeJsonLd as valid JSON', () => {
    const course = offerJsonLd(offer({ kind: 'training', title: '</script><b>' }), url, partner, place, site);
    expect(JSON.parse(serializeJsonLd(course))).toEqual(course);
  });
});
