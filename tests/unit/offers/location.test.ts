import { describe, expect, it } from 'vitest';
import { emptyLocationValues, locationValuesFrom, proposedLocationOf, validateProposedLocation } from '../../../src/domain/offers/location';

const kolk = { name: 'Buurthuis De Kolk', street: 'Kolkstraat 12', postcode: '2011ab', municipality: 'haarlem', district: 'centrum', accessibility: 'Drempelvrij, met lift.' };

describe('a proposed location', () => {
  it('becomes a location of content/locations (postcode written as 2011 AB, the city from the municipality)', () => {
    const r = validateProposedLocation(kolk);
    expect(r).toEqual({
      ok: true,
      location: { name: 'Buurthuis De Kolk', address: { street: 'Kolkstraat 12', postcode: '2011 AB', city: 'Haarlem' }, municipality: 'haarlem', district: 'centrum', accessibility: 'Drempelvrij, met lift.', sampleData: false },
    });
  });

  it('in Zandvoort has district "zandvoort", whatever was chosen', () => {
    const r = validateProposedLocation({ ...kolk, municipality: 'zandvoort', district: 'noord', postcode: '2042 JA' });
    expect(r.ok && r.location).toMatchObject({ municipality: 'zandvoort', district: 'zandvoort', address: { city: 'Zandvoort' } });
  });

  it('names every wrong field in Dutch, and only Haarlem and Zandvoort', () => {
    const r = validateProposedLocation({ ...emptyLocationValues(), municipality: 'amsterdam' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['newLocation.accessibility', 'newLocation.municipality', 'newLocation.name', 'newLocation.postcode', 'newLocation.street']);
    expect(validateProposedLocation({ ...kolk, district: '' })).toMatchObject({ ok: false, errors: { 'newLocation.district': 'Kies de wijk in Haarlem.' } });
    expect(validateProposedLocation({ ...kolk, postcode: '<script>' })).toMatchObject({ ok: false, errors: { 'newLocation.postcode': expect.stringMatching(/2011 AB/) } });
    expect(validateProposedLocation({ ...kolk, name: 'x'.repeat(101), accessibility: 'y'.repeat(1001) })).toMatchObject({ ok: false, errors: { 'newLocation.name': expect.any(String), 'newLocation.accessibility': expect.stringMatching(/hoogstens 1000/) } });
  });

  it('reads back from an offer’s data, and ignores a broken one', () => {
    const r = validateProposedLocation(kolk);
    if (!r.ok) throw new Error('invalid');
    const p = proposedLocationOf({ proposedLocation: { ...r.location, id: 'buurthuis-de-kolk' } });
    expect(p?.id).toBe('buurthuis-de-kolk');
    expect(locationValuesFrom(p)).toEqual({ ...kolk, postcode: '2011 AB' });
    expect(proposedLocationOf({ proposedLocation: { id: 'x', name: 'kapot' } })).toBeUndefined();
    expect(proposedLocationOf({})).toBeUndefined();
  });
});
