import { describe, expect, it } from 'vitest';
import { offerSchema, locationSchema } from '../../src/schemas';
import { checkReferences } from '../../src/catalogue';

const valid = {
  title: 'Pubers & Zo',
  kind: 'training',
  summary: 'Zes bijeenkomsten voor ouders van pubers tussen 11 en 16 jaar.',
  themes: ['opvoeden-en-opgroeien'],
  audience: ['ouders'],
  ages: { min: 11, max: 16 },
  format: 'op-locatie',
  provider: 'cjg',
  cost: { type: 'gratis' },
  registration: { method: 'portal' },
  sessions: [{ id: 'p-1', start: '2026-12-01T19:30', end: '2026-12-01T21:30', location: 'cjg-noord', capacity: 12 }],
};

describe('offer schema', () => {
  it('accepts a valid offer and fills defaults', () => {
    const o = offerSchema.parse(valid);
    expect(o.evidence.level).toBe('geen');
    expect(o.sessions[0]!.laterMeetings).toEqual([]);
    expect(o.registration).toEqual({ method: 'portal', intake: false, askChild: false, askSchoolGroup: false });
  });
  it('names the field that is wrong', () => {
    const r = offerSchema.safeParse({ ...valid, ages: { min: 12, max: 4 } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('ages.max');
  });
  it('rejects an unknown kind, a missing theme, a bad cost and a bad external URL', () => {
    for (const bad of [
      { kind: 'cursus' },
      { themes: [] },
      { cost: { type: 'betaald' } },
      { registration: { method: 'extern', url: 'niet-een-url' } },
      { provider: 'Het CJG' },
    ]) expect(offerSchema.safeParse({ ...valid, ...bad }).success, JSON.stringify(bad)).toBe(false);
  });
  it('rejects duplicate session ids and physical locations for online offers', () => {
    const dup = { ...valid, sessions: [valid.sessions[0], valid.sessions[0]] };
    expect(offerSchema.safeParse(dup).error?.issues[0]?.message).toMatch(/twee keer/);
    expect(offerSchema.safeParse({ ...valid, format: 'online' }).error?.issues[0]?.path).toEqual(['sessions', 0, 'location']);
  });
});

describe('location schema', () => {
  it('requires a district in Haarlem and a Dutch postcode', () => {
    const base = { name: 'CJG Noord', address: { street: 'Straat 1', postcode: '2021 AB', city: 'Haarlem' }, municipality: 'haarlem', accessibility: 'Gelijkvloers, met lift.' };
    expect(locationSchema.safeParse(base).success).toBe(false);
    expect(locationSchema.safeParse({ ...base, district: 'noord' }).success).toBe(true);
    expect(locationSchema.safeParse({ ...base, district: 'noord', address: { ...base.address, postcode: '20211' } }).success).toBe(false);
  });
});

describe('reference check', () => {
  const offer = offerSchema.parse(valid);
  const refs = { themes: [{ id: 'opvoeden-en-opgroeien', data: {} }], partners: [{ id: 'cjg', data: {} }], locations: [{ id: 'cjg-noord', data: {} }] };
  it('passes when every id exists', () => {
    expect(checkReferences({ ...refs, offers: [{ id: 'p', filePath: 'content/offers/p.mdx', data: offer }] })).toEqual([]);
  });
  it('names the file and field of an unknown partner, theme or location', () => {
    const bad = { ...offer, provider: 'onbekend', themes: ['geen-thema'], sessions: [{ ...offer.sessions[0]!, location: 'nergens' }] };
    const problems = checkReferences({ ...refs, offers: [{ id: 'p', filePath: 'content/offers/p.mdx', data: bad }] });
    expect(problems).toEqual([
      { file: 'content/offers/p.mdx', field: 'themes[0]', message: 'thema "geen-thema" bestaat niet' },
      { file: 'content/offers/p.mdx', field: 'provider', message: 'partner "onbekend" bestaat niet' },
      { file: 'content/offers/p.mdx', field: 'sessions[0].location', message: 'locatie "nergens" bestaat niet' },
    ]);
  });
  it('finds a session id used by two offers', () => {
    const problems = checkReferences({ ...refs, offers: [{ id: 'a', data: offer }, { id: 'b', data: offer }] });
    expect(problems[0]?.message).toMatch(/ook gebruikt/);
  });
});
