import { describe, expect, test } from 'vitest';
import { validateRegistration } from '../../../src/schemas/registration';

const plain = { askChild: false, askSchoolGroup: false };
const child = { askChild: true, askSchoolGroup: true };
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
    expect(Object.keys(r.errors)).toEqual(['sessionId', 'name', 'email', 'childFirstName', 'childAge', 'schoolGroup', 'municipality', 'consent']);
    expect(r.errors.email).toBe('Vul je e-mailadres in, bijvoorbeeld naam@voorbeeld.nl');
    expect(r.errors.name).toBe('Vul je naam in');
  });

  test('drops child fields the offer does not ask for', () => {
    const r = validateRegistration({ ...valid, childFirstName: 'Sam', childAge: 'x', schoolGroup: 'nope' }, plain);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.childAge).toBeUndefined();
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
    if (!r.ok) expect(r.errors).toEqual({ childAge: 'Vul een leeftijd in van 0 tot en met 23 jaar', schoolGroup: 'Kies in welke groep of klas je kind zit' });
  });

  test('remarks may contain markup-like text (it is escaped on output) and line breaks', () => {
    const r = validateRegistration({ ...valid, remarks: 'Mijn zoon <3 voetbal.\nGraag een plek bij het raam.' }, plain);
    expect(r.ok).toBe(true);
  });
});
