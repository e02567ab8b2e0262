/**
 * The browser's plain check (src/islands/registration-check.ts) against the
 * zod schema (src/schemas/registration.ts, the server's judge): for every
 * case, the same field keys with the same Dutch messages. And the island
 * ships without zod.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkRegistration, type ClientRules } from '../../../src/islands/registration-check';
import { registrationMunicipalities, validateRegistration, type RegistrationAsks } from '../../../src/schemas/registration';

const withLists = (asks: RegistrationAsks): ClientRules => ({ ...asks, municipalities: [...registrationMunicipalities] });
const forms: Record<string, RegistrationAsks> = {
  plain: { askChild: false, askSchoolGroup: false, kind: 'webinar' },
  parents: { askChild: true, askSchoolGroup: false, childPlaces: false, ages: { min: 2, max: 7 }, kind: 'training' },
  kids: { askChild: true, askSchoolGroup: true, childPlaces: true, ages: { min: 9, max: 12 }, kind: 'training' },
  teens: { askChild: true, askSchoolGroup: true, childPlaces: true, ages: { min: 12, max: 15 }, kind: 'groep' },
};

// What a browser form sends: strings only.
const base = { sessionId: 'mindset-2027-01', name: 'Sanne de Vries', email: 'sanne@example.nl', municipality: 'haarlem', consent: 'ja' };
const child = (i: number, firstName: string, age: string, schoolGroup = 'groep-6') => ({
  [`children.${i}.firstName`]: firstName,
  [`children.${i}.age`]: age,
  [`children.${i}.schoolGroup`]: schoolGroup,
});

const cases: [string, Record<string, unknown>][] = [
  ['empty form', { sessionId: 'mindset-2027-01' }],
  ['complete, one child', { ...base, ...child(0, 'Noor', '10') }],
  ['two children', { ...base, ...child(0, 'Noor', '10'), ...child(1, 'Daan', '9', 'groep-5') }],
  ['an empty extra row', { ...base, ...child(0, 'Noor', '10'), ...child(1, '', '', '') }],
  ['a gap in the rows', { ...base, ...child(0, 'Noor', '10'), ...child(2, '', '9') }],
  ['five children', { ...base, ...[0, 1, 2, 3, 4].reduce((a, i) => ({ ...a, ...child(i, `Kind${i}`, '10') }), {}) }],
  ['the same child twice', { ...base, ...child(0, 'Noor', '10'), ...child(1, ' noor ', '10') }],
  ['too old', { ...base, ...child(0, 'Sam', '13', 'klas-1') }],
  ['too old, second child', { ...base, ...child(0, 'Noor', '10'), ...child(1, 'Sam', '13', 'klas-1') }],
  ['too young', { ...base, ...child(0, 'Sam', '3', 'groep-1') }],
  ['not an age', { ...base, ...child(0, 'Sam', 'tien') }],
  ['over 23', { ...base, ...child(0, 'Sam', '30') }],
  ['a group that does not fit', { ...base, ...child(0, 'Sam', '10', 'groep-1') }],
  ['no group', { ...base, ...child(0, 'Sam', '10', '') }],
  ['a script as the name', { ...base, ...child(0, '<script>', '10') }],
  ['a long child name', { ...base, ...child(0, 'x'.repeat(61), '10') }],
  ['the old single child fields', { ...base, childFirstName: 'Sam', childAge: '10', schoolGroup: 'groep-6' }],
  ['a wrong e-mail address', { ...base, email: 'geen-adres', ...child(0, 'Noor', '10') }],
  ['a header in the name', { ...base, name: 'Anne\nBcc: x', ...child(0, 'Noor', '10') }],
  ['a name with < >', { ...base, name: '<b>Anne</b>', ...child(0, 'Noor', '10') }],
  ['a long name', { ...base, name: 'x'.repeat(101), ...child(0, 'Noor', '10') }],
  ['a wrong phone number', { ...base, phone: '06-12<script>', ...child(0, 'Noor', '10') }],
  ['a good phone number', { ...base, phone: '06 12345678', ...child(0, 'Noor', '10') }],
  ['too many people', { ...base, participants: '5', ...child(0, 'Noor', '4', '') }],
  ['people as a word', { ...base, participants: 'veel', ...child(0, 'Noor', '4', '') }],
  ['two people', { ...base, participants: '2', ...child(0, 'Noor', '4', '') }],
  ['another municipality', { ...base, municipality: 'amsterdam', ...child(0, 'Noor', '10') }],
  ['no consent', { ...base, consent: '', ...child(0, 'Noor', '10') }],
  ['long remarks', { ...base, remarks: 'x'.repeat(1001), ...child(0, 'Noor', '10') }],
  ['remarks with a control character', { ...base, remarks: 'a\u0007b', ...child(0, 'Noor', '10') }],
  ['remarks on two lines', { ...base, remarks: 'Graag\nbij het raam', ...child(0, 'Noor', '10') }],
];

describe.each(Object.entries(forms))('the browser check says what the server says (%s form)', (_, asks) => {
  test.each(cases)('%s', (_, input) => {
    const server = validateRegistration(input, asks);
    const client = checkRegistration(input, withLists(asks));
    // The browser cannot check the session id (a hidden field): the server does.
    const { sessionId: _s, ...serverErrors } = server.ok ? {} : server.errors;
    expect(client).toEqual(serverErrors);
  });
});

// Issue 18: in every other language the two say the same words too (the children's form asks the most).
describe.each(['en', 'ar', 'tr', 'pl', 'uk'] as const)('the browser check says what the server says in %s', (locale) => {
  test.each(cases)('%s', (_, input) => {
    const server = validateRegistration(input, forms.kids!, locale);
    const client = checkRegistration(input, { ...withLists(forms.kids!), locale });
    const { sessionId: _s, ...serverErrors } = server.ok ? {} : server.errors;
    expect(client).toEqual(serverErrors);
    // …and not the Dutch words.
    if (!server.ok) expect(Object.values(serverErrors)).not.toContain(validateRegistration(input, forms.kids!).ok ? '' : 'Vul je naam in');
  });
});

test('the JSON shape gives the same answers too', () => {
  const input = { ...base, children: [{ firstName: 'Noor', age: 10, schoolGroup: 'groep-6' }, 'x', { firstName: 'NOOR', age: 10, schoolGroup: 'groep-6' }] };
  const server = validateRegistration(input, forms.kids!);
  expect(server.ok).toBe(false);
  expect(checkRegistration(input, withLists(forms.kids!))).toEqual(server.ok ? {} : server.errors);
});

test('the island and its check import no zod', () => {
  for (const file of ['src/islands/RegistrationEnhancer.tsx', 'src/islands/registration-check.ts', 'src/schemas/registration-rules.ts', 'src/domain/ages.ts', 'src/i18n/registration.ts']) {
    const source = readFileSync(file, 'utf8');
    expect(source, file).not.toMatch(/from ['"]zod['"]/);
    for (const [, spec] of source.matchAll(/^import (?!type)[^'"]*['"]([^'"]+)['"]/gm)) expect(spec, `${file} imports ${spec}`).not.toMatch(/schemas\/(registration|common)$/);
  }
});
