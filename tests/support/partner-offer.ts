/** A valid approved partner offer's data (a workshop with one session), for tests of the catalogue's "file wins" merge. */
export const partnerOfferData = (id: string, over: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: 'Zenuwen de baas',
  kind: 'workshop',
  summary: 'Een avond voor ouders over spanning en faalangst bij kinderen van 8 tot 12.',
  themes: ['weerbaarheid'],
  audience: ['ouders'],
  ages: { min: 8, max: 12 },
  format: 'op-locatie',
  provider: 'kenter-jeugdhulp',
  cost: { type: 'gratis' },
  registration: { method: 'portal' },
  sessions: [{ id: `${id}-s1`, start: '2027-03-09T19:30', end: '2027-03-09T21:30', location: 'cjg-noord', capacity: 20 }],
  ...over,
});
