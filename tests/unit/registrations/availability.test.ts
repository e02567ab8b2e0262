import { describe, expect, test } from 'vitest';
import { decideRegistration, FEW_PLACES, placesLeft, placesStatus, placesStatusText, promoteFromWaitlist } from '../../../src/domain/registrations/availability';

describe('decideRegistration', () => {
  test('confirms while places are left', () => {
    expect(decideRegistration({ capacity: 14, held: 13, participants: 1, intake: false })).toBe('confirmed');
  });
  test('waitlists when full', () => {
    expect(decideRegistration({ capacity: 14, held: 14, participants: 1, intake: false })).toBe('waitlisted');
  });
  test('waitlists a group that does not fit in the last place', () => {
    expect(decideRegistration({ capacity: 14, held: 13, participants: 2, intake: false })).toBe('waitlisted');
  });
  test('intake offers hold a place as pending', () => {
    expect(decideRegistration({ capacity: 2, held: 0, participants: 2, intake: true })).toBe('pending');
  });
  test('newcomers queue behind people already waiting', () => {
    expect(decideRegistration({ capacity: 14, held: 13, participants: 1, intake: false, waiting: 1 })).toBe('waitlisted');
  });
  test('held above capacity (sample data) never goes negative', () => {
    expect(placesLeft(10, 12)).toBe(0);
  });
});

describe('promoteFromWaitlist', () => {
  const list = [
    { id: 'a', participants: 1 },
    { id: 'b', participants: 2 },
    { id: 'c', participants: 1 },
  ];
  test('promotes the first in line into a freed place', () => {
    expect(promoteFromWaitlist(10, 9, list, false)).toEqual([{ id: 'a', status: 'confirmed' }]);
  });
  test('promotes several while they fit, in order', () => {
    expect(promoteFromWaitlist(10, 6, list, false).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
  test('nobody jumps the queue when the first does not fit', () => {
    expect(promoteFromWaitlist(10, 9, list.slice(1), false)).toEqual([]);
  });
  test('intake offers promote to pending', () => {
    expect(promoteFromWaitlist(10, 9, list, true)).toEqual([{ id: 'a', status: 'pending' }]);
  });
  test('nothing when full', () => {
    expect(promoteFromWaitlist(10, 10, list, false)).toEqual([]);
  });
});

describe('placesStatus: one status per session', () => {
  test('full: the waiting list when registering still puts you on it, else plain full', () => {
    expect(placesStatus(0, true)).toBe('waitlist');
    expect(placesStatus(0, false)).toBe('full');
    expect(placesStatus(-2, true)).toBe('waitlist');
  });
  test(`few up to ${FEW_PLACES} places, free above`, () => {
    expect(FEW_PLACES).toBe(3);
    expect(placesStatus(1, true)).toBe('few');
    expect(placesStatus(3, false)).toBe('few');
    expect(placesStatus(4, true)).toBe('free');
    expect(placesStatus(200, true)).toBe('free');
  });
  test('says it in one short Dutch label', () => {
    expect(placesStatusText('full', 0)).toBe('Vol');
    expect(placesStatusText('waitlist', 0)).toBe('Wachtlijst');
    expect(placesStatusText('few', 1)).toBe('Nog 1 plaats');
    expect(placesStatusText('few', 2)).toBe('Nog 2 plaatsen');
    expect(placesStatusText('free', 9)).toBe('Plaats vrij');
  });
});
