import { describe, expect, it } from 'vitest';
import { barChart, niceMax } from '../../src/domain/charts';
import { registrationCsvRows, safeCell } from '../../src/domain/csv';
import { computeFigures, figuresCsvRows, localMonth, reachOf, type FigureOffer } from '../../src/domain/figures';

const parents: FigureOffer = {
  id: 'pubers', title: 'Pubers & Zo', provider: 'cjg', themes: ['opvoeden'], audience: ['ouders'], askChild: false, portal: true,
  sessions: [
    { id: 'pubers-1', start: '2026-03-10T19:30', capacity: 10, taken: 2, cancelled: false },
    { id: 'pubers-2', start: '2027-01-10T19:30', capacity: 10, taken: 0, cancelled: false },
  ],
};
const kids: FigureOffer = {
  id: 'rots', title: 'Rots & Water', provider: 'sportbedrijf', themes: ['weerbaarheid', 'opvoeden'], audience: ['kinderen', 'ouders'], askChild: true, portal: true,
  sessions: [
    { id: 'rots-1', start: '2026-05-01T15:00', capacity: 4, taken: 0, cancelled: false },
    { id: 'rots-x', start: '2026-06-01T15:00', capacity: 4, taken: 0, cancelled: true },
  ],
};
const youth: FigureOffer = {
  id: 'gastles', title: 'Gastles', provider: 'coc', themes: ['weerbaarheid'], audience: ['jongeren', 'professionals'], askChild: false, portal: true,
  sessions: [{ id: 'gastles-1', start: '2026-09-01T10:00', capacity: 30, taken: 0, cancelled: false }],
};
const extern: FigureOffer = { id: 'ext', title: 'Extern', provider: 'home-start', themes: ['opvoeden'], audience: ['ouders'], askChild: false, portal: false, sessions: [] };
const old: FigureOffer = { id: 'old', title: 'Oud', provider: 'oud', themes: ['opvoeden'], audience: ['ouders'], askChild: false, portal: true, sessions: [{ id: 'old-1', start: '2025-03-01T10:00', capacity: 5, taken: 0, cancelled: false }] };

const themes = [{ id: 'opvoeden', title: 'Opvoeden' }, { id: 'weerbaarheid', title: 'Weerbaarheid' }];
const reg = (sessionId: string, offerId: string, status: string, participants: number, registeredAt: string) => ({ sessionId, offerId, status, participants, registeredAt });

describe('reachOf', () => {
  it('counts parents for parent offers, children for youth-only offers, and child + parents where the child is asked', () => {
    expect(reachOf(parents, 2)).toEqual({ children: 0, parents: 2 });
    expect(reachOf(youth, 3)).toEqual({ children: 3, parents: 0 });
    expect(reachOf(kids, 2)).toEqual({ children: 1, parents: 2 });
    expect(reachOf({ audience: ['ouders'], askChild: true }, 1)).toEqual({ children: 0, parents: 1 });
  });
});

describe('computeFigures', () => {
  const registrations = [
    reg('pubers-1', 'pubers', 'confirmed', 2, '2026-02-01T10:00:00Z'),
    reg('pubers-1', 'pubers', 'cancelled', 1, '2026-02-02T10:00:00Z'),
    reg('pubers-1', 'pubers', 'pending', 1, '2026-02-28T23:30:00Z'), // 1 March in Amsterdam
    reg('pubers-2', 'pubers', 'confirmed', 1, '2026-12-20T10:00:00Z'), // session in 2027: not reached in 2026
    reg('rots-1', 'rots', 'confirmed', 2, '2026-04-01T10:00:00Z'),
    reg('gastles-1', 'gastles', 'confirmed', 3, '2026-08-01T10:00:00Z'),
    reg('gone-1', 'gone', 'confirmed', 1, '2026-01-05T10:00:00Z'), // offer no longer listed
  ];
  const f = computeFigures({ year: 2026, offers: [parents, kids, youth, extern, old], themes, registrations, responses: [
    { sessionId: 'pubers-1', offerId: 'pubers', score: 5, comment: 'Heel fijn', month: '2026-03' },
    { sessionId: 'pubers-1', offerId: 'pubers', score: 4, comment: null, month: '2026-03' },
    { sessionId: 'rots-1', offerId: 'rots', score: 2, comment: '  ', month: '2026-05' },
    { sessionId: 'old-1', offerId: 'old', score: 1, comment: 'oud', month: '2025-03' },
  ] });

  it('counts reach by the session year and only for confirmed registrations', () => {
    expect(f.childrenReached).toBe(1 + 3);
    expect(f.parentsReached).toBe(2 + 2);
    expect(f.confirmed).toBe(3);
  });

  it('counts registrations per Amsterdam month and per theme (both themes of an offer)', () => {
    expect(f.registrations).toBe(7);
    expect(f.perMonth).toHaveLength(12);
    expect(f.perMonth[1]).toEqual({ month: '2026-02', registrations: 2 });
    expect(f.perMonth[2]!.registrations).toBe(1);
    expect(f.perMonth[0]!.registrations).toBe(1); // the unlisted offer's registration counts for its month, under no theme
    expect(f.perTheme).toEqual([
      { themeId: 'opvoeden', title: 'Opvoeden', registrations: 5 },
      { themeId: 'weerbaarheid', title: 'Weerbaarheid', registrations: 2 },
    ]);
  });

  it('computes fill rates of the year’s sessions, skipping cancelled ones', () => {
    expect(f.fill.sessions.map((s) => [s.sessionId, s.held, s.capacity])).toEqual([
      ['pubers-1', 2 + 2 + 1, 10],
      ['rots-1', 2, 4],
      ['gastles-1', 3, 30],
    ]);
    expect(f.fill.average).toBeCloseTo(10 / 44);
  });

  it('counts partners other than the CJG with an offer in the year or without dates', () => {
    expect(f.partners).toMatchObject({ count: 3, ids: ['coc', 'home-start', 'sportbedrijf'] });
  });

  it('lists per partner its offers online in the year and their sessions that went ahead (for the municipality)', () => {
    expect(f.partners.list).toEqual([
      { id: 'coc', offers: 1, sessions: 1 },
      { id: 'home-start', offers: 1, sessions: 0 },
      { id: 'sportbedrijf', offers: 1, sessions: 1 },
    ]);
  });

  it('summarises satisfaction of the year', () => {
    expect(f.satisfaction).toEqual({ responses: 3, average: 3.7, distribution: [0, 1, 0, 1, 1], comments: ['Heel fijn'] });
    const none = computeFigures({ year: 2030, offers: [], themes, registrations: [], responses: [] });
    expect(none.conversations).toEqual({ answered: 0, medianMinutesToFirstAnswer: null });
    const asked = computeFigures({ year: 2030, offers: [], themes, registrations: [], responses: [], firstAnswerMinutes: [1440, 30, 120, 45] });
    expect(asked.conversations).toEqual({ answered: 4, medianMinutesToFirstAnswer: 82.5 });
    expect(figuresCsvRows(asked)).toEqual(expect.arrayContaining([
      ['vragen van jongeren', 'gesprekken beantwoord (eerste antwoord in het jaar)', '4'],
      ['vragen van jongeren', 'mediaan tijd tot eerste antwoord (minuten)', '83'],
    ]));
    expect(none.satisfaction.average).toBeNull();
    expect(none.fill.average).toBeNull();
  });

  it('gives the same figures from anonymous facts as from the registrations they replaced', () => {
    const again = computeFigures({ year: 2026, offers: [parents, kids, youth, extern, old], themes, registrations: registrations.map((r) => ({ ...r })), responses: [] });
    expect(again.childrenReached).toBe(f.childrenReached);
  });

  it('writes a CSV with one row per figure and no comments', () => {
    const rows = figuresCsvRows(f);
    expect(rows[0]).toEqual(['onderdeel', 'omschrijving', 'waarde']);
    expect(rows).toContainEqual(['bereik', 'kinderen en jongeren bereikt', '4']);
    expect(rows).toContainEqual(['inschrijvingen per maand', 'februari', '2']);
    expect(rows).toContainEqual(['tevredenheid', 'gemiddeld cijfer (1-5)', '3.7']);
    expect(rows.flat().join(' ')).not.toContain('Heel fijn');
  });

  it('reads months in Amsterdam time and ignores garbage', () => {
    expect(localMonth('2026-12-31T23:30:00Z')).toBe('2027-01');
    expect(localMonth('not a date')).toBeUndefined();
  });
});

describe('safeCell (CSV injection)', () => {
  it('prefixes cells that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+31612345678', '-2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","klik")'])
      expect(safeCell(s)).toBe(`'${s}`);
    expect(safeCell('Anne')).toBe('Anne');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(3)).toBe('3');
    expect(safeCell(undefined)).toBe('');
  });

  it('escapes every text column of a registration row', () => {
    const [header, row] = registrationCsvRows([
      { status: 'confirmed', name: '=cmd|calc', email: '@x@y.nl', phone: '+31 6 1234', participants: 1, municipality: 'haarlem', remarks: '-1', createdAt: '2026-01-01T00:00:00Z' },
    ]);
    expect(header![0]).toBe('status');
    expect(row).toEqual(['Ingeschreven', "'=cmd|calc", "'@x@y.nl", "'+31 6 1234", '1', '', '', '', 'haarlem', "'-1", '2026-01-01T00:00:00Z', 'Nederlands (nl)']);
  });

  it('names the language the parent registered in (issue 18)', () => {
    const [header, row] = registrationCsvRows([
      { status: 'waitlisted', name: 'Samira', email: 's@voorbeeld.nl', participants: 1, municipality: 'haarlem', createdAt: '2026-01-01T00:00:00Z', language: 'ar' },
    ]);
    expect(header!.at(-1)).toBe('taal');
    expect(row!.at(-1)).toBe('Arabisch (ar)');
  });
});

describe('barChart', () => {
  it('scales bars to a round maximum', () => {
    expect([0, 1, 7, 23, 130].map(niceMax)).toEqual([1, 1, 10, 25, 150]);
    const c = barChart([{ label: 'a', value: 5 }, { label: 'b', value: 10 }, { label: 'c', value: 0 }], { width: 456, labelWidth: 200 });
    expect(c.max).toBe(10);
    expect(c.bars.map((b) => b.width)).toEqual([100, 200, 0]);
    expect(c.bars.map((b) => b.y)).toEqual([0, 28, 56]);
    expect(c.height).toBe(84);
  });
});
