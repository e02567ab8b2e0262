import { describe, expect, it } from 'vitest';
import { sessionsWithPlaces, similarOffers } from '../../../src/domain/offers/alternatives';
import { sessionSchema } from '../../../src/schemas/session';

const now = new Date('2026-12-01T12:00:00Z');
const session = (id: string, start: string, over: Record<string, unknown> = {}) =>
  sessionSchema.parse({ id, start, end: `${start.slice(0, 11)}23:00`, location: 'online', capacity: 10, ...over });
const offer = (id: string, themes: string[], ages: [number, number], sessions: ReturnType<typeof session>[], title = id) => ({
  id,
  data: { title, themes, ages: { min: ages[0], max: ages[1] }, sessions },
});

describe('sessionsWithPlaces', () => {
  it('lists the other open sessions with a place, soonest first', () => {
    const sessions = [
      session('later', '2027-04-01T19:00'),
      session('full', '2027-01-10T19:00', { taken: 10 }),
      session('this', '2027-01-05T19:00', { taken: 10 }),
      session('past', '2026-11-01T19:00'),
      session('cancelled', '2027-02-01T19:00', { cancelled: true }),
      session('closed', '2027-03-01T19:00', { deadline: '2026-11-30T12:00' }),
      session('soon', '2027-02-01T19:00'),
    ];
    expect(sessionsWithPlaces(sessions, now, 'this').map((s) => s.id)).toEqual(['soon', 'later']);
  });
});

describe('similarOffers', () => {
  const me = offer('me', ['scheiden', 'weerbaarheid'], [8, 12], [session('me-1', '2027-01-05T19:00', { taken: 10 })]);

  it('needs a shared theme, an overlapping age range and an upcoming session with a place; never the offer itself', () => {
    const candidates = [
      me,
      offer('other-theme', ['mindset'], [8, 12], [session('a', '2027-01-06T19:00')]),
      offer('too-old', ['scheiden'], [13, 18], [session('b', '2027-01-06T19:00')]),
      offer('edge-age', ['scheiden'], [12, 16], [session('c', '2027-01-20T19:00')]),
      offer('only-full', ['scheiden'], [8, 12], [session('d', '2027-01-06T19:00', { taken: 10 })]),
      offer('only-past', ['scheiden'], [8, 12], [session('e', '2026-11-06T19:00')]),
      offer('full-then-open', ['weerbaarheid'], [6, 9], [session('f1', '2027-01-06T19:00', { taken: 10 }), session('f2', '2027-02-06T19:00')]),
    ];
    const found = similarOffers(me, candidates, now);
    expect(found.map((f) => f.offer.id)).toEqual(['edge-age', 'full-then-open']);
    // Each with its first session that has a place, not merely its next one.
    expect(found.map((f) => f.session.id)).toEqual(['c', 'f2']);
  });

  it('at most three, in a stable order: shared themes, then soonest, then title, then id', () => {
    const s = (id: string, start = '2027-02-01T19:00') => [session(id, start)];
    const candidates = [
      offer('z-late', ['scheiden'], [8, 12], s('z', '2027-03-01T19:00')),
      offer('b-same', ['scheiden'], [8, 12], s('b'), 'Zelfde'),
      offer('a-same', ['scheiden'], [8, 12], s('a'), 'Zelfde'),
      offer('both', ['scheiden', 'weerbaarheid'], [8, 12], s('both', '2027-05-01T19:00')),
      offer('alpha', ['weerbaarheid'], [8, 12], s('alpha'), 'Alpha'),
    ];
    const order = similarOffers(me, candidates, now).map((f) => f.offer.id);
    expect(order).toEqual(['both', 'alpha', 'a-same']);
    expect(similarOffers(me, [...candidates].reverse(), now).map((f) => f.offer.id)).toEqual(order);
    expect(similarOffers(me, candidates, now, 10)).toHaveLength(5);
  });

  it('finds nothing when nothing fits', () => {
    expect(similarOffers(me, [me], now)).toEqual([]);
  });
});
