import { describe, expect, test } from 'vitest';
import { decideRegistration, placesLeft, promoteFromWaitlist } from '../../../src/domain/registrations/availability';

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
