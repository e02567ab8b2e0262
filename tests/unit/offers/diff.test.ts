import { describe, expect, it } from 'vitest';
import { diffFields, diffLines, type DisplayField } from '../../../src/domain/offers/diff';
import { offerFields, type FieldNames } from '../../../src/utils/offer-fields';
import { offerSchema, type Offer } from '../../../src/schemas/offer';
import { partnerOfferData } from '../../support/partner-offer';

const names: FieldNames = {
  theme: (id) => ({ weerbaarheid: 'Weerbaarheid', scheiden: 'Scheiden' })[id],
  partner: (id) => ({ 'kenter-jeugdhulp': 'Kenter Jeugdhulp' })[id],
  place: (id) => ({ 'cjg-noord': 'CJG Noord, Kweekhof 40, Haarlem (Haarlem Noord)', 'cjg-schalkwijk': 'CJG Schalkwijk, Floridahof 7, Haarlem (Schalkwijk)' })[id],
};

// The shared partner-offer fixture, with a title, summary and two sessions of its own.
const base: Offer = offerSchema.parse(
  partnerOfferData('vlinderkracht', {
    title: 'Vlinderkracht',
    summary: 'Een avond voor ouders over spanning bij kinderen.',
    sessions: [
      { id: 's1', start: '2027-03-09T19:30', end: '2027-03-09T21:30', location: 'cjg-noord', capacity: 20 },
      { id: 's2', start: '2027-03-16T19:30', end: '2027-03-16T21:30', location: 'cjg-noord', capacity: 20 },
    ],
  }),
);
const body = 'Voor ouders.\n\n- Wat is spanning?\n- Hoe help je?';

const changesOf = (after: Partial<Offer>, afterBody = body) => diffFields(offerFields(base, body, names), offerFields({ ...base, ...after }, afterBody, names));

describe('diffFields', () => {
  it('finds nothing when nothing changed', () => {
    expect(changesOf({})).toEqual([]);
  });

  it('names a changed field with its old and new text, in words', () => {
    const [c, ...rest] = changesOf({ title: 'Vlinderkracht voor ouders' });
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ key: 'title', label: 'Titel', kind: 'gewijzigd', before: 'Vlinderkracht', after: 'Vlinderkracht voor ouders' });
  });

  it('shows costs and ages as the offer page says them', () => {
    const changes = changesOf({ cost: { type: 'betaald', amount: 15, freeForResidents: true }, ages: { min: 6, max: 12 } });
    expect(changes.find((c) => c.key === 'cost')).toMatchObject({ before: 'Gratis', after: expect.stringMatching(/^€\s15,00 \(gratis als je in Haarlem of Zandvoort woont\)$/) });
    expect(changes.find((c) => c.key === 'ages')).toMatchObject({ before: '8 tot en met 12 jaar', after: '6 tot en met 12 jaar' });
  });

  it('compares sessions by id: new, removed, and what changed inside (date, place, places, cancelled)', () => {
    const [s1, s2] = base.sessions;
    const changes = changesOf({
      sessions: [
        { ...s1!, start: '2027-03-10T19:30', end: '2027-03-10T21:30', location: 'cjg-schalkwijk', capacity: 15, cancelled: true },
        { ...s2!, id: 's3', start: '2027-04-13T19:30', end: '2027-04-13T21:30' },
      ],
    });
    expect(changes.map((c) => [c.key, c.kind])).toEqual([
      ['session:s1', 'gewijzigd'],
      ['session:s3', 'nieuw'],
      ['session:s2', 'verwijderd'],
    ]);
    const moved = changes[0]!;
    expect(moved.label).toBe('Bijeenkomst woensdag 10 maart 2027, 19.30 tot 21.30 uur');
    expect(moved.parts!.map((p) => [p.label, p.kind, p.before, p.after])).toEqual([
      ['Wanneer', 'gewijzigd', 'dinsdag 9 maart 2027, 19.30 tot 21.30 uur', 'woensdag 10 maart 2027, 19.30 tot 21.30 uur'],
      ['Waar', 'gewijzigd', 'CJG Noord, Kweekhof 40, Haarlem (Haarlem Noord)', 'CJG Schalkwijk, Floridahof 7, Haarlem (Schalkwijk)'],
      ['Plaatsen', 'gewijzigd', '20', '15'],
      ['Inschrijven kan tot', 'gewijzigd', 'dinsdag 9 maart 2027, 19.30 uur', 'woensdag 10 maart 2027, 19.30 uur'],
      ['Gaat niet door', 'nieuw', '', 'Gaat niet door'],
    ]);
    expect(changes[2]!.label).toBe('Bijeenkomst dinsdag 16 maart 2027, 19.30 tot 21.30 uur');
  });

  it('treats an empty field as new or removed (keywords)', () => {
    expect(changesOf({ keywords: ['spanning'] })).toMatchObject([{ key: 'keywords', kind: 'nieuw', after: 'spanning' }]);
    const withKeywords = offerFields({ ...base, keywords: ['spanning'] }, body, names);
    expect(diffFields(withKeywords, offerFields(base, body, names))).toMatchObject([{ key: 'keywords', kind: 'verwijderd', before: 'spanning' }]);
  });

  it('compares the description line by line', () => {
    const [c] = changesOf({}, 'Voor ouders.\n\n- Wat is spanning?\n- Hoe praat je erover?\n- Hoe help je?');
    expect(c).toMatchObject({ key: 'body', kind: 'gewijzigd' });
    expect(c!.lines!.filter((l) => l.kind !== 'same')).toEqual([{ kind: 'nieuw', text: '- Hoe praat je erover?' }]);
  });

  it('compares groups without parts and fields that only exist on one side', () => {
    const a: DisplayField[] = [{ key: 'x', label: 'X', value: 'a' }];
    expect(diffFields(a, [])).toEqual([{ key: 'x', label: 'X', kind: 'verwijderd', before: 'a', after: '' }]);
    expect(diffFields([], a)).toEqual([{ key: 'x', label: 'X', kind: 'nieuw', before: '', after: 'a' }]);
  });
});

describe('diffLines', () => {
  it('keeps the order of the new text and names what is gone', () => {
    expect(diffLines('a\nb\nc', 'a\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'verwijderd', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'nieuw', text: 'd' },
    ]);
  });

  it('ignores line-ending style and surrounding spaces', () => {
    expect(diffLines('a\r\nb', 'a \nb').every((l) => l.kind === 'same')).toBe(true);
  });

  it('stays quick for very long texts (compares as blocks beyond a size)', () => {
    const long = Array.from({ length: 1000 }, (_, i) => `regel ${i}`).join('\n');
    const t = Date.now();
    const lines = diffLines(long, `${long}\nnog een`);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(lines.filter((l) => l.kind === 'nieuw').map((l) => l.text)).toContain('nog een');
  });
});
