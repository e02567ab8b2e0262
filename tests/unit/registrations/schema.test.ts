import { describe, expect, test } from 'vitest';
import { validateRegistration } from '../../../src/schemas/registration';

const plain = { askChild: false, askSchoolGroup: false };
const child = { askChild: true, askSchoolGroup: true };
const kids = { askChild: true, askSchoolGroup: true, childPlaces: true, ages: { min: 9, max: 12 }, kind: 'training' };
const noor = { firstName: 'Noor', age: 10, schoolGroup: 'groep-6' };
const valid = { sessionId: 'pubers-en-zo-2026', name: 'Anne de Vries', email: 'Anne@Voorbeeld.nl', municipality: 'haarlem', consent: true };

describe('registration schema', () => {
  test('accepts a minimal JSON registration and normalises it', () => {
    const r = validateRegistration(valid, plain);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toMatchObject({ email: 'anne@voorbeeld.nl', participants: 1, consent: true });
  });

  test('accepts form-encoded strings', () => {
    const r = validateRegistration({ ...valid, participants: '2', consent: 'on', phone: '', remarks: '' }, plain);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toMatchObject({ participants: 2, phone: undefined, remarks: undefined });
  });

  test('explains every missing field in Dutch, in form order', () => {
    const r = validateRegistration({}, child);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toEqual(['sessionId', 'name', 'email', 'children', 'municipality', 'consent']);
    expect(r.errors.children).toBe('Vul voor elk kind de voornaam en de leeftijd in');
    expect(r.errors.email).toBe('Vul je e-mailadres in, bijvoorbeeld naam@voorbeeld.nl');
    expect(r.errors.name).toBe('Vul je naam in');
  });

  test('drops child fields the offer does not ask for', () => {
    const r = validateRegistration({ ...valid, childFirstName: 'Sam', childAge: 'x', schoolGroup: 'nope', children: [{ firstName: '<x>' }] }, plain);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.children).toEqual([]);
  });

  test.each([
    ['email', 'a@b.nl\r\nBcc: evil@x.nl'],
    ['email', 'geen-adres'],
    ['email', 42],
    ['name', 123],
    ['name', '<script>alert(1)</script>'],
    ['name', 'x'.repeat(101)],
    ['name', 'Anne\nBcc: x'],
    ['participants', 0],
    ['participants', 5],
    ['participants', 1.5],
    ['participants', 'veel'],
    ['phone', '06-12<script>'],
    ['remarks', 'x'.repeat(1001)],
    ['municipality', 'amsterdam'],
    ['consent', false],
    ['consent', 'nee'],
    ['sessionId', '../../etc/passwd'],
    ['sessionId', { $gt: '' }],
  ])('rejects %s = %j', (field, value) => {
    const r = validateRegistration({ ...valid, [field]: value }, plain);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual([field]);
  });

  test('child fields are required where asked, with how-to-fix messages', () => {
    const r = validateRegistration({ ...valid, childFirstName: 'Sam', childAge: '30', schoolGroup: 'groep-9' }, child);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual({ 'children.0.age': 'Vul een leeftijd in van 0 tot en met 23 jaar', 'children.0.schoolGroup': 'Kies in welke groep of klas je kind zit' });
  });

  test('the single child fields still work (the JSON API before the children list)', () => {
    const r = validateRegistration({ ...valid, childFirstName: ' Sam ', childAge: '9', schoolGroup: 'groep-6' }, child);
    expect(r.ok && r.data.children).toEqual([{ firstName: 'Sam', age: 9, schoolGroup: 'groep-6', key: 'sam' }]);
  });

  test('an offer for parents that asks about the child takes one child and asks how many people come', () => {
    const r = validateRegistration({ ...valid, participants: '2', children: [noor, { ...noor, firstName: 'Daan' }] }, child);
    expect(!r.ok && r.errors).toEqual({ children: 'Je kunt hier één kind inschrijven' });
    const one = validateRegistration({ ...valid, participants: '2', children: [noor] }, child);
    expect(one.ok && one.data.participants).toBe(2);
  });

  describe('children on a children\'s training', () => {
    test('lists up to four children from JSON or form fields, each one place; "how many people" is not asked', () => {
      const json = validateRegistration({ ...valid, participants: 3, children: [noor, { firstName: 'Daan', age: '9', schoolGroup: 'groep-5' }] }, kids);
      expect(json.ok && json.data).toMatchObject({ participants: 1, children: [{ firstName: 'Noor', key: 'noor' }, { firstName: 'Daan', age: 9, key: 'daan' }] });
      const form = validateRegistration(
        { ...valid, 'children.0.firstName': 'Noor', 'children.0.age': '10', 'children.0.schoolGroup': 'groep-6', 'children.1.firstName': '', 'children.1.age': '', 'children.2.firstName': 'Daan', 'children.2.age': '9', 'children.2.schoolGroup': 'groep-5' },
        kids,
      );
      // The empty "add another" row is left out.
      expect(form.ok && form.data.children.map((c) => c.firstName)).toEqual(['Noor', 'Daan']);
    });

    test('messages name the child in the list', () => {
      const r = validateRegistration({ ...valid, children: [noor, { age: 9 }] }, kids);
      expect(!r.ok && r.errors).toEqual({ 'children.1.firstName': 'Vul de voornaam van het 2e kind in', 'children.1.schoolGroup': 'Kies in welke groep of klas het 2e kind zit' });
      const one = validateRegistration({ ...valid, children: [{ firstName: 'Noor', schoolGroup: 'groep-6' }] }, kids);
      // The example is an age the training is for.
      expect(!one.ok && one.errors).toEqual({ 'children.0.age': 'Vul de leeftijd van je kind in hele jaren in, bijvoorbeeld 10' });
    });

    test('an age outside the offer is refused with the range; "klas 1" does not make a 13-year-old fit', () => {
      const r = validateRegistration({ ...valid, children: [{ firstName: 'Sam', age: 13, schoolGroup: 'klas-1' }] }, kids);
      expect(!r.ok && r.errors).toEqual({ 'children.0.age': 'Deze training is voor kinderen van 9 tot en met 12 jaar.' });
      const two = validateRegistration({ ...valid, children: [noor, { firstName: 'Sam', age: 13, schoolGroup: 'klas-1' }] }, kids);
      expect(!two.ok && two.errors).toEqual({ 'children.1.age': 'Het 2e kind is 13 jaar. Deze training is voor kinderen van 9 tot en met 12 jaar.' });
      const young = validateRegistration({ ...valid, children: [{ firstName: 'Sam', age: 11, schoolGroup: 'klas-1' }] }, { ...kids, ages: { min: 12, max: 15 }, kind: 'gezinsaanbod' });
      expect(!young.ok && young.errors['children.0.age']).toBe('Dit gezinsaanbod is voor jongeren van 12 tot en met 15 jaar.');
    });

    test('a school group that cannot go with the offer\'s ages is not offered', () => {
      const r = validateRegistration({ ...valid, children: [{ ...noor, schoolGroup: 'groep-1' }] }, kids);
      expect(!r.ok && r.errors).toEqual({ 'children.0.schoolGroup': 'Kies in welke groep of klas je kind zit' });
    });

    test('the same child twice in one form is refused, however the name is typed', () => {
      const r = validateRegistration({ ...valid, children: [noor, { ...noor, firstName: '  NOOR ' }] }, kids);
      expect(!r.ok && r.errors).toEqual({ 'children.1.firstName': 'Deze voornaam staat al bij het 1e kind. Vul elk kind één keer in' });
    });

    test.each([
      ['a thousand children', Array.from({ length: 1000 }, () => noor), { children: 'Je kunt hoogstens 4 kinderen tegelijk inschrijven' }],
      ['five children', Array.from({ length: 5 }, (_, i) => ({ ...noor, firstName: `Kind ${i}` })), { children: 'Je kunt hoogstens 4 kinderen tegelijk inschrijven' }],
      ['no children', [], { children: 'Vul voor elk kind de voornaam en de leeftijd in' }],
      ['a string', 'Noor', { children: 'Vul voor elk kind de voornaam en de leeftijd in' }],
      ['an object', { 0: noor }, { children: 'Vul voor elk kind de voornaam en de leeftijd in' }],
      ['nested garbage', [[noor], null, 7], {
        'children.0.firstName': 'Vul de voornaam van het 1e kind in', 'children.0.age': 'Vul de leeftijd van het 1e kind in hele jaren in, bijvoorbeeld 10', 'children.0.schoolGroup': 'Kies in welke groep of klas het 1e kind zit',
        'children.1.firstName': 'Vul de voornaam van het 2e kind in', 'children.1.age': 'Vul de leeftijd van het 2e kind in hele jaren in, bijvoorbeeld 10', 'children.1.schoolGroup': 'Kies in welke groep of klas het 2e kind zit',
        'children.2.firstName': 'Vul de voornaam van het 3e kind in', 'children.2.age': 'Vul de leeftijd van het 3e kind in hele jaren in, bijvoorbeeld 10', 'children.2.schoolGroup': 'Kies in welke groep of klas het 3e kind zit',
      }],
      ['a script as a name', [{ ...noor, firstName: '<script>alert(1)</script>' }], { 'children.0.firstName': 'De voornaam van je kind mag geen < of > bevatten' }],
      ['an object as a name', [{ ...noor, firstName: { $ne: '' } }], { 'children.0.firstName': 'Vul de voornaam van je kind in' }],
      ['a header in a name', [{ ...noor, firstName: 'Noor\r\nBcc: x@y.nl' }], { 'children.0.firstName': 'Gebruik alleen gewone tekens.' }],
      ['an age as text', [{ ...noor, age: 'tien' }], { 'children.0.age': 'Vul de leeftijd van je kind in hele jaren in, bijvoorbeeld 10' }],
    ])('refuses %s with field errors', (_, children, errors) => {
      const r = validateRegistration({ ...valid, children }, kids);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual(errors);
    });
  });

  test('remarks may contain markup-like text (it is escaped on output) and line breaks', () => {
    const r = validateRegistration({ ...valid, remarks: 'Mijn zoon <3 voetbal.\nGraag een plek bij het raam.' }, plain);
    expect(r.ok).toBe(true);
  });
});
